"""The event filters as query parameters, shared by /api/events and /api/stats."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi import Query, Request

from rayzan.api import schemas
from rayzan.api.guards import ApiError
from rayzan.api.schemas import DATE, DYAD
from rayzan.errors import OptionError
from rayzan.store import filters

# A number from 0 to 1, in Latin or Persian digits with . or ٫ (0.8, ۰٫۸); blank is no filter.
_CONFIDENCE = r"^\s*([0۰]+([.٫][0-9۰-۹]*)?|[0۰]*[.٫][0-9۰-۹]+|[0۰]*[1۱]([.٫][0۰]*)?)?\s*$"
_DATE_HELP = "YYYY-MM-DD, inclusive; a year before 1700 is Solar Hijri (1403-08-15), Persian digits are read"
# Generated clients send Gregorian ISO dates (a Solar Hijri date is valid only on its own calendar).
_DATE_SCHEMA = {"format": "date", "pattern": DATE}


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
    # A string read by filters.quad_class, as on the command line: Persian digits (۴) are taken and a
    # refusal lists the four classes.
    quad_class: str | None = Query(None, max_length=8, description="quad class 1-4 (Persian digits too)",
                                   json_schema_extra={"enum": ["", "1", "2", "3", "4"]}),
    date_from: str | None = Query(None, max_length=40, description=_DATE_HELP, json_schema_extra=_DATE_SCHEMA),
    date_to: str | None = Query(None, max_length=40, description=_DATE_HELP, json_schema_extra=_DATE_SCHEMA),
    topic: str | None = Query(None, max_length=200, description="topic text, English name or ISO3"),
    source: str | None = Query(None, max_length=200, description="outlet, e.g. farsnews.ir"),
    outlet: str | None = Query(None, max_length=200, description="same as source"),
    q: str | None = Query(None, max_length=500, description="free text over the Persian text, normalised"),
    # A string read by filters.confidence, as quad_class: Persian digits (۰٫۸) are taken.
    min_confidence: str | None = Query(None, max_length=32, description="events scored at least this, 0-1 (Persian digits too)",
                                       json_schema_extra={"pattern": _CONFIDENCE}),
) -> EventFilters:
    store = request.app.state.repository.store
    country, dyad, plover, cameo, quad_class = clean(country), clean(dyad), clean(plover), clean(cameo), clean(quad_class)
    source, min_confidence, q = clean(source or outlet), clean(min_confidence), clean(q)
    with as_422():
        # Dates are strings read by hand: pydantic's date type would also take 0 as 1970-01-01.
        date_from, date_to = filters.date_range(date_from, date_to)
        return EventFilters(
            actor=clean(actor), country=filters.country_code(country) if country else None,
            dyad=filters.split_dyad(dyad, lambda side: bool(store.actor_ids(side))) if dyad else None, ordered=ordered,
            plover=filters.plover_types(plover) if plover else None, cameo=filters.cameo_prefix(cameo) if cameo else None,
            quad_class=filters.quad_class(quad_class) if quad_class else None, date_from=date_from, date_to=date_to,
            topic=clean(topic), source=filters.outlet(source) if source else None, q=filters.text_words(q) if q else None,
            min_confidence=filters.confidence(min_confidence) if min_confidence else None,
        )


@contextmanager
def as_422() -> Iterator[None]:
    """A filter value ``rayzan.store.filters`` refuses, answered as 422 with its message."""
    try:
        yield
    except OptionError as e:
        raise ApiError(422, "invalid_request", str(e)) from e


def clean(value: str | None) -> str | None:
    """Blank parameters (``?q=``) mean no filter, as a cleared form field does."""
    if value is None:
        return None
    value = value.strip()
    return value or None
