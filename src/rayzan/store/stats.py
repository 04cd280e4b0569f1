"""Aggregates for a dashboard: totals, events per type, day, country, outlet, dyad.

Two passes over the event records (one grouped by dyad and type, one by day and
type) are rolled up in Python into every series, instead of one query per series.
On SQLite the grouping columns are hidden from the planner so that it reads the
table in order rather than walking an index and fetching every row by id (three
times slower).  Results are cached per database state (``state``): it changes whenever
an ingest changes anything the series count.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from typing import Any

import sqlalchemy as sa

from rayzan.store import schema
from rayzan.store.query import EventQuery, _Columns, conditions

TOP_N = 50
CACHE_SIZE = 32

_cache: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()


def state(conn: sa.Connection) -> tuple[Any, ...]:
    """A key that changes whenever an ingest changes what any aggregate counts: the row
    counts, the newest mention id and the newest article change (an update that deletes
    and re-adds the newest mentions reuses their ids, but not their article's time).
    Every part is an index lookup or a count over a small index."""
    em, art = schema.event_mentions, schema.articles
    return (
        _count(conn, art), _count(conn, em), _count(conn, schema.actors),
        conn.execute(sa.select(sa.func.max(em.c.id))).scalar_one(),
        conn.execute(sa.select(sa.func.max(art.c.updated_at))).scalar_one(),
    )


def stats(conn: sa.Connection, q: EventQuery | None = None, cache_key: Any = None) -> dict[str, Any]:
    now = state(conn)
    totals = {"articles": now[0], "events": 0, "mentions": now[1], "actors": now[2]}
    key = (cache_key, _query_key(q), now)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    result = _compute(conn, q, totals)
    _cache[key] = result
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return result


def _compute(conn: sa.Connection, q: EventQuery | None, totals: dict[str, int]) -> dict[str, Any]:
    dialect = conn.dialect.name
    where = conditions(q, dialect) if q else []
    col = _Columns(dialect == "sqlite")  # group in table order (see module doc)
    count, gold = sa.func.count().label("n"), sa.func.sum(schema.events.c.goldstein).label("g")

    by_pair = conn.execute(
        sa.select(col.source_country, col.target_country, col.plover, col.quad_class, count, gold)
        .where(*where)
        .group_by(col.source_country, col.target_country, col.plover, col.quad_class)
    ).all()
    by_day = conn.execute(
        sa.select(col.date, col.plover, count, gold).where(*where).group_by(col.date, col.plover)
    ).all()

    plovers: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    quads: dict[int, int] = defaultdict(int)
    countries: dict[str, int] = defaultdict(int)
    edges: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for src, tgt, plover, quad, n, g in by_pair:
        plovers[plover][0] += n
        plovers[plover][1] += g or 0.0
        quads[quad] += n
        for country in (src, tgt):
            if country:
                countries[country] += n
        if src and tgt:  # network edges: unordered country pairs, one per event type
            a, b = sorted((src, tgt))
            edges[(a, b, plover)][0] += n
            edges[(a, b, plover)][1] += g or 0.0
    days: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    day_plover = []
    for date, plover, n, g in sorted(by_day, key=lambda r: (r[0] or "", r[1])):
        if not date:
            continue
        days[date][0] += n
        days[date][1] += g or 0.0
        day_plover.append({"date": date, "plover": plover, "count": n})

    em = schema.event_mentions
    outlets_stmt = sa.select(em.c.source, sa.func.count().label("n")).group_by(em.c.source)
    if where:
        outlets_stmt = outlets_stmt.where(em.c.event_id.in_(sa.select(schema.events.c.id).where(*where)))
    outlets = conn.execute(outlets_stmt.order_by(sa.desc("n")).limit(TOP_N)).all()

    totals = dict(totals, events=sum(quads.values()))
    return {
        "totals": totals,
        "by_plover": sorted(
            ({"plover": p, "count": n, "goldstein": _avg(g, n)} for p, (n, g) in plovers.items()),
            key=lambda r: (-r["count"], r["plover"]),
        ),
        "by_quad_class": [{"quad_class": c, "count": quads[c]} for c in sorted(quads)],
        "by_day": [{"date": d, "count": n, "goldstein": _avg(g, n)} for d, (n, g) in sorted(days.items())],
        "by_day_plover": day_plover,
        "by_country": [
            {"country": c, "count": n} for c, n in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]
        ],
        "by_source": [{"source": r.source, "mentions": r.n} for r in outlets],
        "dyads": sorted(
            ({"a": a, "b": b, "plover": p, "count": n, "goldstein": _avg(g, n)} for (a, b, p), (n, g) in edges.items()),
            key=lambda d: (-d["count"], d["a"], d["b"], d["plover"]),
        )[: TOP_N * 4],
    }


def _count(conn: sa.Connection, table: sa.Table) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def _query_key(q: EventQuery | None) -> tuple[Any, ...] | None:
    if q is None:
        return None
    return tuple(sorted((k, repr(v)) for k, v in vars(q).items() if k not in ("sort", "limit", "offset")))


def _avg(total: float, n: int) -> float | None:
    return round(total / n, 3) if n else None
