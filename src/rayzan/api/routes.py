"""The /api routes: each one parses its parameters and makes one repository call."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool

from rayzan.api.aggregates import PARTS
from rayzan.api.countries import country_names
from rayzan.api.filters import EventFilters, as_422, clean, event_filters
from rayzan.api.guards import ApiError, check_bearer
from rayzan.api.ingest import analyse_article
from rayzan.api.repository import Repository
from rayzan.api.schemas import (
    ActorPage,
    ArticleIn,
    ArticleOut,
    ErrorOut,
    EventDetail,
    EventPage,
    IngestOut,
    SortKey,
    StatsOut,
    country_schema,
    kind_schema,
)
from rayzan.store import filters

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such record"},
    422: {"model": ErrorOut, "description": "A parameter is malformed; the message names it"},
}
_ID = r"^[A-Za-z0-9_.:\-]{1,200}$"
# Any offset an SQL integer holds, as `rayzan events --offset` takes: an archive of millions of
# events pages past the millionth (the dashboard's "last page" asked for it and got a 422).
MAX_OFFSET = 2**63 - 1

router = APIRouter(prefix="/api", responses=_ERRORS)


def repository(request: Request) -> Repository:
    return request.app.state.repository


def require_ingest_token(request: Request) -> None:
    # A dependency, so an unauthorised caller is refused before its body is validated.
    check_bearer(request, request.app.state.ingest_token)


@router.get("/events", response_model=EventPage, summary="Deduplicated events matching the filters")
def list_events(
    filters: EventFilters = Depends(event_filters),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    sort: SortKey = Query("-date", description="a field, '-' for descending"),
    repo: Repository = Depends(repository),
) -> dict[str, Any]:
    items, total = repo.events(filters, limit=limit, offset=offset, sort=sort)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with its mentions and evidence")
def get_event(event_id: str = Path(pattern=_ID), repo: Repository = Depends(repository)) -> dict[str, Any]:
    found = repo.event(event_id)
    if found is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}; list events at /api/events")
    return found


@router.get("/actors", response_model=ActorPage, summary="Actors known to the store")
def list_actors(
    q: str | None = Query(None, max_length=200, description="part of a Persian or English name"),
    country: str | None = Query(None, max_length=100, description="ISO3 code or Persian/English name (IRN, ایران, Iran)",
                                json_schema_extra=country_schema()),
    kind: str | None = Query(None, max_length=32, description=", ".join(filters.ACTOR_KINDS), json_schema_extra=kind_schema()),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    repo: Repository = Depends(repository),
) -> dict[str, Any]:
    country, kind = clean(country), clean(kind)
    with as_422():
        country, kind = filters.country_code(country) if country else None, filters.actor_kind(kind) if kind else None
    items, total = repo.actors(q=clean(q), country=country, kind=kind, limit=limit, offset=offset)
    return {"items": items, "total": total}


@router.get("/articles/{article_id}", response_model=ArticleOut, summary="One article with its entities and events")
def get_article(article_id: str = Path(pattern=_ID), repo: Repository = Depends(repository)) -> dict[str, Any]:
    found = repo.article(article_id)
    if found is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    return found


@router.get("/stats", response_model=StatsOut,
            summary="Timeline by type, network by type, busiest country pairs, dyad series with Goldstein average")
def get_stats(
    filters: EventFilters = Depends(event_filters),
    network: str = Query("country", pattern="^(country|actor)$", description="network nodes: countries or actors"),
    include: str = Query(",".join(PARTS), pattern=f"^({'|'.join(PARTS)})(,({'|'.join(PARTS)}))*$",
                         description="the parts to compute, comma-separated; the others come back empty"),
    repo: Repository = Depends(repository),
) -> dict[str, Any]:
    return repo.stats(filters, network=network, parts=tuple(include.split(",")))


@router.get("/countries", summary="English and Persian names of ISO3 country codes")
def get_countries() -> dict[str, dict[str, str]]:
    return country_names()


@router.post(
    "/ingest",
    response_model=IngestOut,
    summary="Analyse and store one article (needs the ingest token)",
    responses={400: {"model": ErrorOut, "description": "The article has no title or text, or a field of the wrong type"},
               401: {"model": ErrorOut, "description": "Missing or wrong bearer token"},
               403: {"model": ErrorOut, "description": "Ingest is disabled: no token configured"},
               413: {"model": ErrorOut, "description": "Body over the size limit"},
               500: {"model": ErrorOut, "description": "The analysis could not run (e.g. a model file is missing)"}},
    dependencies=[Depends(require_ingest_token)],
)
async def ingest(article: ArticleIn = Body(...), repo: Repository = Depends(repository)) -> dict[str, Any]:
    payload = article.model_dump(exclude_none=True)
    # Analysis is CPU-bound; keep the event loop free for readers meanwhile.
    doc = await run_in_threadpool(analyse_article, payload)
    stored = await run_in_threadpool(repo.ingest, doc)
    return {"article": doc.to_json(), "stored": stored}
