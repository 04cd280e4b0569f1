"""The event filters as query parameters, shared by /api/events and /api/stats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from fastapi import Query, Request

from rayzan.api import schemas
from rayzan.api.guards import ApiError
from rayzan.api.schemas import DATE, DYAD
from rayzan.errors import OptionError
from rayzan.store import filters

T = TypeVar("T")


@dataclass(frozen=True)
class EventFilters:
    actor: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    ordered: bool = False  # dyad IRN-RUS matches only Iran as source, Russia as target
    plover: tuple[str, ...] | None = None
    cameo: str | None = None
    quad_class: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    topic: str | None = None
    source: str | None = None  # outlet, e.g. farsnews.ir
    q: str | None = None
    min_confidence: float | None = None


def event_filters(
    request: Request,
    actor: str | None = Query(None, max_length=200, description="actor id, or a name in Persian or English"),
    country: str | None = Query(None, max_length=100, description="country on either side: ISO3 code or Persian/English name "
                                "(IRN, ایران, Iran)", json_schema_extra=schemas.country_schema()),
    dyad: str | None = Query(None, max_length=400, description="two countries or actors, A,B or A-B: IRN-RUS, ایران-روسیه, "
                             "person:abbas-araghchi,Lavrov", json_schema_extra={"pattern": DYAD}),
    ordered: bool = Query(False, description="with dyad: the first is the source, the second the target"),
    plover: str | None = Query(None, max_length=400, description="PLOVER event type(s), comma-separated, e.g. CONSULT,AGREE",
                               json_schema_extra=schemas.plover_schema()),
    cameo: str | None = Query(None, max_length=8, description="CAMEO code or prefix, e.g. 04 or 040 (Persian digits too)",
                              json_schema_extra=schemas.cameo_schema()),
    quad_class: int | None = Query(None, ge=1, le=4),
    date_from: str | None = Query(None, pattern=DATE, description="YYYY-MM-DD, inclusive", json_schema_extra={"format": "date"}),
    date_to: str | None = Query(None, pattern=DATE, description="YYYY-MM-DD, inclusive", json_schema_extra={"format": "date"}),
    topic: str | None = Query(None, max_length=200, description="topic text, English name or ISO3"),
    source: str | None = Query(None, max_length=200, description="outlet, e.g. farsnews.ir"),
    outlet: str | None = Query(None, max_length=200, description="same as source"),
    q: str | None = Query(None, max_length=500, description="free text over the Persian text, normalised"),
    min_confidence: float | None = Query(None, ge=0, le=1, description="events scored at least this, 0-1"),
) -> EventFilters:
    # A string checked by hand: pydantic's date type would also take 0 as 1970-01-01.
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value is not None and _date(value) is None:
            raise ApiError(422, "invalid_request", f"{name} {value!r} is not a calendar date; write YYYY-MM-DD")
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, "invalid_request", f"date_from {date_from} is after date_to {date_to}")
    dyad = clean(dyad)
    if dyad:
        store = request.app.state.repository.store
        pair = checked(lambda value, name: filters.split_dyad(value, lambda side: bool(store.actor_ids(side)), name), dyad, "dyad")
    else:
        pair = None
    country, plover, cameo = clean(country), clean(plover), clean(cameo)
    return EventFilters(
        actor=clean(actor), country=checked(filters.country_code, country, "country"), dyad=pair, ordered=ordered,
        plover=checked(filters.plover_types, plover, "plover"), cameo=checked(filters.cameo_prefix, cameo, "cameo"),
        quad_class=quad_class,
        date_from=date_from, date_to=date_to, topic=clean(topic), source=clean(source or outlet), q=clean(q),
        min_confidence=min_confidence,
    )


def checked(parse: Callable[[str, str], T], value: str | None, name: str) -> T | None:
    """``parse(value, name)`` (a ``rayzan.store.filters`` function), its error as a 422."""
    if value is None:
        return None
    try:
        return parse(value, name)
    except OptionError as e:
        raise ApiError(422, "invalid_request", str(e)) from e


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def clean(value: str | None) -> str | None:
    """Blank parameters (``?q=``) mean no filter, as a cleared form field does."""
    if value is None:
        return None
    value = value.strip()
    return value or None
