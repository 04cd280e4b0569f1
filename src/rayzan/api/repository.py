"""The API's one door to the store: maps filters to ``EventQuery`` and store
records to the API's output shapes (string ids, an evidence excerpt per event,
English names beside actor ids); dashboard aggregates come from ``aggregates``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

import sqlalchemy as sa

from rayzan.api import aggregates
from rayzan.api.countries import country_name_en
from rayzan.api.filters import EventFilters
from rayzan.document import Document
from rayzan.store import EventQuery, Store, schema
from rayzan.store.query import conditions
from rayzan.store.stats import state

STATS_CACHE_SIZE = 64


class Repository:
    """Reads and writes through one ``Store``; answers in the API's shapes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # Dashboard aggregates per (filters, view, database state): the charts ask the
        # same questions again and again between ingests, and a network costs ~0.3 s.
        self._stats: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
        self._stats_lock = threading.Lock()

    @classmethod
    def open(cls, db: str | None) -> "Repository":
        return cls(Store.open(db))

    def close(self) -> None:
        self.store.close()

    # -- events ---------------------------------------------------------------

    def events(self, filters: EventFilters, limit: int, offset: int, sort: str) -> tuple[list[dict[str, Any]], int]:
        page = self.store.query_events(to_query(filters, limit=limit, offset=offset, sort=sort))
        names = self._actor_names(page.items)
        return [event_out(item, names) for item in page.items], page.total

    def event(self, event_id: str) -> dict[str, Any] | None:
        record = self.store.event(event_id)
        if record is None:
            return None
        mentions = record.pop("event_mentions", [])
        names = self._actor_names([record])
        return {"event": event_out(record, names), "mentions": [mention_out(m) for m in mentions]}

    def _actor_names(self, items: list[dict[str, Any]]) -> dict[str, str | None]:
        ids = {side["actor"] for item in items for side in (item.get("source"), item.get("target")) if side and side.get("actor")}
        if not ids:
            return {}
        act = schema.actors
        with self.store.engine.connect() as conn:
            rows = conn.execute(sa.select(act.c.id, act.c.name_en).where(act.c.id.in_(sorted(ids)))).all()
        return {r.id: r.name_en for r in rows}

    # -- actors, articles -------------------------------------------------------

    def actors(self, q: str | None, country: str | None, kind: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        page = self.store.actors(name=q, country=country, kind=kind, limit=limit, offset=offset)
        return page.items, page.total

    def article(self, article_id: str) -> dict[str, Any] | None:
        return self.store.article(article_id)

    def ingest(self, doc: Document) -> dict[str, Any]:
        return self.store.ingest(doc).to_json()

    # -- dashboard aggregates ---------------------------------------------------

    def stats(self, filters: EventFilters, network: str = "country", parts: tuple[str, ...] = aggregates.PARTS) -> dict[str, Any]:
        query = to_query(filters)
        with self.store.engine.connect() as conn:
            key = (filters, network, tuple(parts), state(conn))
            with self._stats_lock:
                if key in self._stats:
                    self._stats.move_to_end(key)
                    return self._stats[key]
            result = aggregates.dashboard_stats(conn, conditions(query, conn.dialect.name), filters, network, parts)
        with self._stats_lock:
            self._stats[key] = result
            while len(self._stats) > STATS_CACHE_SIZE:
                self._stats.popitem(last=False)
        return result


def to_query(filters: EventFilters, limit: int = 50, offset: int = 0, sort: str = "-date") -> EventQuery:
    return EventQuery(
        actor=filters.actor, country=filters.country, dyad=filters.dyad, dyad_ordered=filters.ordered,
        plover=filters.plover, cameo=filters.cameo, quad_class=filters.quad_class,
        date_from=filters.date_from, date_to=filters.date_to, topic=filters.topic, source=filters.source,
        text=filters.q, min_confidence=filters.min_confidence, sort=sort, limit=limit, offset=offset,
    )


def event_out(item: dict[str, Any], names: dict[str, str | None]) -> dict[str, Any]:
    """A store event record as the API shows it: string id, English names, one excerpt."""
    out = dict(item, id=str(item["id"]))
    for side in ("source", "target"):
        party = dict(out.get(side) or {})
        if party.get("actor") and names.get(party["actor"]):
            party["name_en"] = names[party["actor"]]
        party["country_en"] = country_name_en(party.get("country"))
        out[side] = party
    out["excerpt"] = excerpt(item.get("evidence") or [], item.get("trigger"))
    return out


def excerpt(evidence: list[dict[str, Any]], trigger: dict[str, Any] | None) -> dict[str, Any] | None:
    """The evidence sentence holding the trigger (else the first one), trigger offsets made relative."""
    with_text = [e for e in evidence if isinstance(e.get("text"), str)]
    if not with_text:
        return None
    start = trigger.get("start") if trigger else None
    chosen = next((e for e in with_text if start is not None and e["start"] <= start < e["end"]), with_text[0])
    return {"article": chosen.get("article"), "text": chosen["text"], "trigger": relative_span(chosen, trigger)}


def relative_span(sentence: dict[str, Any], trigger: dict[str, Any] | None) -> dict[str, int] | None:
    if not trigger or trigger.get("start") is None or trigger.get("end") is None:
        return None
    start, end = trigger["start"] - sentence["start"], trigger["end"] - sentence["start"]
    if 0 <= start < end <= len(sentence["text"]):
        return {"start": start, "end": end}
    return None


def mention_out(mention: dict[str, Any]) -> dict[str, Any]:
    trigger = mention.get("trigger")
    evidence = [
        {"start": e["start"], "end": e["end"], "text": e.get("text") or "", "trigger": relative_span(e, trigger)}
        for e in mention.get("evidence") or []
    ]
    out = {k: v for k, v in mention.items() if k not in ("evidence", "event")}
    out["evidence"] = evidence
    return out
