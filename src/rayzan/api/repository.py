"""The API's one door to the store: maps filters to ``EventQuery`` and store
records to the API's output shapes (string ids, an evidence excerpt per event,
English names beside actor ids, dashboard series).

Two aggregates the store's ``stats()`` does not give — per-day dyad series and
the actor network — are grouped here over the store's own schema and filter
conditions, so they always agree with ``/api/events``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from rayzan.api.countries import country_name_en
from rayzan.api.filters import EventFilters
from rayzan.document import Document
from rayzan.store import EventQuery, Store, schema
from rayzan.store.query import conditions

TOP_DYADS = 8  # dyad series returned when no dyad is asked for
TOP_ACTOR_EDGES = 150


class Repository:
    def __init__(self, store: Store) -> None:
        self.store = store

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

    def stats(self, filters: EventFilters, network: str = "country") -> dict[str, Any]:
        query = to_query(filters)
        base = self.store.stats(query)
        with self.store.engine.connect() as conn:
            where = conditions(query, conn.dialect.name)
            dyads = _dyad_series(conn, where, filters)
            graph = _actor_network(conn, where) if network == "actor" else _country_network(base.get("dyads", []))
        return {
            "timeline": [{"date": p["date"], "plover": p["plover"], "count": p["count"]} for p in base.get("by_day_plover", [])],
            "network": graph,
            "dyads": dyads,
            "total": base.get("totals", {}).get("events", 0),
        }


def to_query(filters: EventFilters, limit: int = 50, offset: int = 0, sort: str = "-date") -> EventQuery:
    return EventQuery(
        actor=filters.actor, country=filters.country, dyad=filters.dyad, dyad_ordered=filters.ordered,
        plover=filters.plover, cameo=filters.cameo, quad_class=filters.quad_class,
        date_from=filters.date_from, date_to=filters.date_to, topic=filters.topic, source=filters.source,
        text=filters.q, sort=sort, limit=limit, offset=offset,
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


def _country_network(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Store dyads (unordered country pairs by event type) as nodes and edges."""
    nodes = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    return {
        "nodes": [{"id": c, "label": c, "label_en": country_name_en(c), "kind": "country"} for c in nodes],
        "edges": [{"source": p["a"], "target": p["b"], "plover": p["plover"], "count": p["count"]} for p in pairs],
    }


def _actor_network(conn: sa.Connection, where: list[Any]) -> dict[str, Any]:
    ev, act = schema.events, schema.actors
    count = sa.func.count().label("count")
    rows = conn.execute(
        sa.select(ev.c.source_actor, ev.c.target_actor, ev.c.plover, count)
        .where(*where, ev.c.source_actor.is_not(None), ev.c.target_actor.is_not(None), ev.c.source_actor != ev.c.target_actor)
        .group_by(ev.c.source_actor, ev.c.target_actor, ev.c.plover)
        .order_by(count.desc()).limit(TOP_ACTOR_EDGES)
    ).all()
    ids = sorted({r.source_actor for r in rows} | {r.target_actor for r in rows})
    known = {r.id: r for r in conn.execute(sa.select(act.c.id, act.c.name, act.c.name_en).where(act.c.id.in_(ids)))} if ids else {}
    nodes = [{"id": i, "label": known[i].name if i in known else i, "label_en": known[i].name_en if i in known else None, "kind": "actor"}
             for i in ids]
    edges = [{"source": r.source_actor, "target": r.target_actor, "plover": r.plover, "count": r.count} for r in rows]
    return {"nodes": nodes, "edges": edges}


def _dyad_series(conn: sa.Connection, where: list[Any], filters: EventFilters) -> list[dict[str, Any]]:
    """Events per day and their mean Goldstein score for country pairs: the asked
    dyad (as asked, ordered or not), else the most active pairs."""
    ev = schema.events
    rows = conn.execute(
        sa.select(ev.c.source_country, ev.c.target_country, ev.c.date, sa.func.count().label("count"),
                  sa.func.sum(ev.c.goldstein).label("goldstein"))
        .where(*where, ev.c.source_country.is_not(None), ev.c.target_country.is_not(None), ev.c.date.is_not(None),
               ev.c.source_country != ev.c.target_country)
        .group_by(ev.c.source_country, ev.c.target_country, ev.c.date)
    ).all()
    series: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0, 0.0]))
    for r in rows:
        if filters.dyad and filters.ordered:
            key = f"{r.source_country}-{r.target_country}"
        elif filters.dyad:
            key = "-".join(filters.dyad)
        else:
            key = "-".join(sorted((r.source_country, r.target_country)))
        acc = series[key][r.date]
        acc[0] += r.count
        acc[1] += float(r.goldstein or 0.0)
    totals = sorted(series, key=lambda k: (-sum(n for n, _ in series[k].values()), k))[:TOP_DYADS]
    return [
        {"dyad": key, "date": day, "count": int(n), "goldstein": round(g / n, 3) if n else None}
        for key in totals for day, (n, g) in sorted(series[key].items())
    ]
