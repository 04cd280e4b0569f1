"""Aggregates for a dashboard: totals, events per type, day, country, outlet, dyad."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from rayzan.store import schema
from rayzan.store.query import EventQuery, conditions

TOP_N = 50


def _scalar(conn: sa.Connection, table: sa.Table) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def stats(conn: sa.Connection, q: EventQuery | None = None) -> dict[str, Any]:
    ev, em = schema.events, schema.event_mentions
    where = conditions(q, conn.dialect.name) if q else []

    def grouped(*columns: sa.ColumnElement[Any], order: Any = None, limit: int | None = None) -> list[sa.Row]:
        count = sa.func.count().label("count")
        stmt = sa.select(*columns, count, sa.func.avg(ev.c.goldstein).label("goldstein")).where(*where).group_by(*columns)
        stmt = stmt.order_by(order if order is not None else count.desc())
        return conn.execute(stmt.limit(limit) if limit else stmt).all()

    filtered = sa.select(ev.c.id).where(*where).scalar_subquery() if where else None
    outlets_stmt = sa.select(em.c.source, sa.func.count().label("count")).group_by(em.c.source)
    if filtered is not None:
        outlets_stmt = outlets_stmt.where(em.c.event_id.in_(filtered))
    outlets = conn.execute(outlets_stmt.order_by(sa.desc("count")).limit(TOP_N)).all()

    countries: dict[str, int] = {}
    for column in (ev.c.source_country, ev.c.target_country):
        for row in conn.execute(sa.select(column, sa.func.count()).where(*where, column.is_not(None)).group_by(column)):
            countries[row[0]] = countries.get(row[0], 0) + row[1]

    # Network edges are unordered country pairs, one edge per event type.
    edges: dict[tuple[str, str, str], list[float]] = {}
    for row in grouped(ev.c.source_country, ev.c.target_country, ev.c.plover):
        if not row.source_country or not row.target_country:
            continue
        a, b = sorted((row.source_country, row.target_country))
        acc = edges.setdefault((a, b, row.plover), [0, 0.0])
        acc[0] += row.count
        acc[1] += row.goldstein * row.count
    dyads = sorted(
        ({"a": a, "b": b, "plover": p, "count": n, "goldstein": round(g / n, 3)} for (a, b, p), (n, g) in edges.items()),
        key=lambda d: (-d["count"], d["a"], d["b"], d["plover"]),
    )[: TOP_N * 4]

    return {
        "totals": {
            "articles": _scalar(conn, schema.articles),
            "events": conn.execute(sa.select(sa.func.count()).select_from(ev).where(*where)).scalar_one(),
            "mentions": _scalar(conn, em),
            "actors": _scalar(conn, schema.actors),
        },
        "by_plover": [{"plover": r.plover, "count": r.count, "goldstein": _round(r.goldstein)} for r in grouped(ev.c.plover)],
        "by_quad_class": [{"quad_class": r.quad_class, "count": r.count} for r in grouped(ev.c.quad_class, order=ev.c.quad_class)],
        "by_day": [
            {"date": r.date, "count": r.count, "goldstein": _round(r.goldstein)}
            for r in grouped(ev.c.date, order=ev.c.date) if r.date
        ],
        "by_day_plover": [
            {"date": r.date, "plover": r.plover, "count": r.count}
            for r in grouped(ev.c.date, ev.c.plover, order=ev.c.date) if r.date
        ],
        "by_country": [
            {"country": c, "count": n} for c, n in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]
        ],
        "by_source": [{"source": r.source, "mentions": r.count} for r in outlets],
        "dyads": dyads,
    }


def _round(value: float | None) -> float | None:
    return round(float(value), 3) if value is not None else None
