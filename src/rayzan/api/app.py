"""The FastAPI application: JSON API under /api, the dashboard at /."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import rayzan
from rayzan.api.guards import DEFAULT_MAX_BODY, BodySizeLimit, install_error_handlers
from rayzan.api.repository import Repository
from rayzan.api.routes import router
from rayzan.settings import Settings

STATIC = Path(__file__).parent / "static"

# The dashboard loads only its own files: even if article text ever reached the
# DOM as markup, the browser would refuse inline scripts and event handlers.
_SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


def create_app(db: str | None = None, ingest_token: str | None = None, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The API and dashboard over the store at ``db`` (default: RAYZAN_DB or ./rayzan.db).

    POST /api/ingest is enabled only when ``ingest_token`` (or RAYZAN_API_TOKEN) is set.
    """
    settings = Settings().with_db(db)
    repository = Repository.open(settings.db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        repository.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Rayzan",
        version=rayzan.__version__,
        description="Political events coded from Persian news, each tied to the sentences that report it.",
        # Swagger UI and ReDoc load their assets from a CDN; Rayzan serves nothing from outside.
        docs_url=None,
        redoc_url=None,
    )
    app.state.repository = repository
    app.state.ingest_token = ingest_token or settings.api_token
    install_error_handlers(app)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.add_middleware(BodySizeLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + _SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)
