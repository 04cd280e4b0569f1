"""The event filters as query parameters, shared by /api/events and /api/stats."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import Query

from rayzan.api.guards import ApiError
from rayzan.api.schemas import DATE, DYAD, ISO3


@dataclass(frozen=True)
class EventFilters:
    actor: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    ordered: bool = False  # dyad IRN-RUS matches only Iran as source, Russia as target
    plover: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    topic: str | None = None
    source: str | None = None  # outlet, e.g. farsnews.ir
    q: str | None = None
    min_confidence: float | None = None


def event_filters(
    actor: str | None = Query(None, max_length=200, description="actor id, or a name in Persian or English"),
    country: str | None = Query(None, pattern=ISO3, description="ISO3 country on either side, e.g. IRN"),
    dyad: str | None = Query(None, pattern=DYAD, description="two ISO3 codes, e.g. IRN-RUS"),
    ordered: bool = Query(False, description="with dyad: first code is the source, second the target"),
    plover: str | None = Query(None, pattern=r"^[A-Za-z_]{2,20}$", description="PLOVER event type, e.g. CONSULT"),
    cameo: str | None = Query(None, pattern=r"^\d{2,4}$", description="CAMEO code or prefix, e.g. 04 or 040"),
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
    pair = None
    if dyad:
        first, second = dyad.upper().split("-")
        pair = (first, second)
    return EventFilters(
        actor=_clean(actor), country=country.upper() if country else None, dyad=pair, ordered=ordered,
        plover=plover.upper() if plover else None, cameo=cameo, quad_class=quad_class,
        date_from=date_from, date_to=date_to, topic=_clean(topic), source=_clean(source or outlet), q=_clean(q),
        min_confidence=min_confidence,
    )


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    """Blank parameters (``?q=``) mean no filter, as a cleared form field does."""
    if value is None:
        return None
    value = value.strip()
    return value or None
