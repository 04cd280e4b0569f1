"""Request guards: the body size limit, the ingest token, and one error format.

Every error answer is ``{"error": code, "message": text}`` (see ``ErrorOut``), so
clients never have to parse Starlette's or Pydantic's own shapes.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rayzan.errors import InputError, RayzanError, StoreError

DEFAULT_MAX_BODY = 2 * 1024 * 1024  # a long article with every paragraph is well under 1 MB

_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                 413: "too_large", 415: "unsupported_media_type", 422: "invalid_request"}


class ApiError(Exception):
    """An HTTP answer the API chose to give; turned into ``ErrorOut`` JSON."""

    def __init__(self, status: int, error: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.error, self.message, self.headers = status, error, message, headers


def error_response(status: int, error: str, message: str, details: list[dict] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": error, "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse(body, status_code=status, headers=headers)


class BodySizeLimit:
    """Refuses bodies over ``max_body`` bytes with 413, whether or not the client
    sent Content-Length (a chunked upload is counted as it arrives)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await self._refuse(scope, receive, send)
            return
        received = 0
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _BodyTooLarge(self.max_body)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _BodyTooLarge:
            # Reached only when the app let the exception escape (e.g. a raw ASGI route).
            if not response_started:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, "too_large", f"request body is larger than {self.max_body} bytes; send one article at a time")
        await response(scope, receive, send)


class _BodyTooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException so that FastAPI's body
    parsing passes it on instead of turning it into a 400."""

    def __init__(self, max_body: int) -> None:
        super().__init__(413, f"request body is larger than {max_body} bytes; send one article at a time")


def check_bearer(request: Request, token: str | None) -> None:
    """Ingest is closed unless a token is configured and the request carries it."""
    if not token:
        raise ApiError(403, "forbidden", "ingest is disabled: start the server with RAYZAN_API_TOKEN set to enable it")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "unauthorized", "send the ingest token as 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "unauthorized", "the bearer token is not the configured ingest token",
                       headers={"WWW-Authenticate": "Bearer"})


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.error, exc.message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                   for e in exc.errors()]
        where = ", ".join(".".join(str(p) for p in d["loc"]) + ": " + d["msg"] for d in details[:5])
        return error_response(422, "invalid_request", f"invalid request ({where})", details=json.loads(json.dumps(details, default=str)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code
        return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(InputError)
    async def _input(_: Request, exc: InputError) -> JSONResponse:
        return error_response(400, "bad_input", str(exc))

    @app.exception_handler(StoreError)
    async def _store(_: Request, exc: StoreError) -> JSONResponse:
        return error_response(503, "store_unavailable", str(exc))

    @app.exception_handler(sa.exc.OperationalError)
    async def _database_gone(request: Request, exc: sa.exc.OperationalError) -> JSONResponse:
        # The server stopped, restarted or refuses connections (SQLite: the file is locked): the
        # next request may find it again (connections are checked before use).
        reason = str(exc.orig or exc).splitlines()[0]
        where = request.app.state.repository.store.where
        return error_response(503, "store_unavailable", f"{where}: the database cannot be reached ({reason})")

    @app.exception_handler(RayzanError)
    async def _rayzan(_: Request, exc: RayzanError) -> JSONResponse:
        # Only InputError is the caller's fault; anything else (a missing model, a
        # pipeline that cannot be built) is the server's, and says how to fix it.
        return error_response(500, "server_error", str(exc))
