"""Event queries: the same filters for the CLI, the HTTP API and exports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rayzan.errors import OptionError
from rayzan.store import schema, search
from rayzan.store.actor_keys import lookup_keys
from rayzan.store.dedup import topic_keys_of

MAX_LIMIT = 1000

# Sort keys a caller may name; "-" in front sorts descending.
SORT_COLUMNS = {
    "date": schema.events.c.date,
    "id": schema.events.c.id,
    "mentions": schema.events.c.num_mentions,
    "articles": schema.events.c.num_articles,
    "sources": schema.events.c.num_sources,
    "goldstein": schema.events.c.goldstein,
    "confidence": schema.events.c.confidence,
    "first_seen": schema.events.c.first_seen,
    "last_seen": schema.events.c.last_seen,
}
SORT_KEYS = tuple(SORT_COLUMNS)  # the one list --sort and the API's sort take
SORTS = SORT_KEYS + tuple("-" + key for key in SORT_KEYS)


@dataclass(frozen=True)
class EventQuery:
    """Filters over event records; every filter given must hold (AND)."""

    actor: str | None = None  # actor id, or a Persian/English actor name
    country: str | None = None  # ISO3; source or target
    dyad: tuple[str, str] | None = None  # two ISO3 codes or actor ids
    dyad_ordered: bool = False  # True: dyad[0] is the source, dyad[1] the target
    plover: str | tuple[str, ...] | None = None  # one type or several
    cameo: str | None = None  # code prefix, e.g. "04" or "042"
    quad_class: int | tuple[int, ...] | None = None
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    topic: str | None = None  # Persian text, English name or ISO3 of a topic
    source: str | None = None  # outlet, e.g. "farsnews.ir"
    text: str | None = None  # free text over the evidence sentences (normalised matching)
    article: str | None = None  # events that this article reports
    location: str | None = None  # ISO3 of the event's location
    min_confidence: float | None = None  # events scored at least this (0-1; see rayzan.events.confidence)
    sort: str = "-date"
    limit: int = 50
    offset: int = 0

    def validated(self) -> EventQuery:
        if not 0 < self.limit <= MAX_LIMIT:
            raise OptionError("query.limit", f"must be between 1 and {MAX_LIMIT}, got {self.limit}")
        if self.offset < 0:
            raise OptionError("query.offset", f"must be 0 or more, got {self.offset}")
        if self.sort.lstrip("-") not in SORT_COLUMNS:
            raise OptionError("query.sort", f"unknown sort key {self.sort!r}; use one of {', '.join(SORT_KEYS)}, "
                                            "with '-' in front for descending")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise OptionError(f"query.{name}", f"{value!r} is not a date; write YYYY-MM-DD") from None
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise OptionError("query.min_confidence", f"must be between 0 and 1, got {self.min_confidence}")
        if self.dyad is not None and len(self.dyad) != 2:
            raise OptionError("query.dyad", "give exactly two countries or actors")
        return self


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int = 50
    offset: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


def _as_tuple(value: Any) -> tuple[Any, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, (list, tuple, set, frozenset)) else (value,)


def _is_country(value: str) -> bool:
    """ISO3 codes are three letters; anything else names an actor id."""
    return len(value) == 3 and value.isascii() and value.isalpha()


def _side_ways(col: _Columns, countries: _Columns, side: str, value: str) -> list[sa.ColumnElement[bool]]:
    """The ways an event's ``side`` (``source`` or ``target``) can be ``value``, each a term an
    index answers: a country; or an actor, as ``actor_ids`` reads it, and, when no stored actor
    is called that, the side's own text (a title or a phrase: «رئیس سازمان انرژی اتمی»)."""
    if _is_country(value):
        # One column per side, so the (source_country, target_country) index serves dyads.
        return [getattr(countries, f"{side}_country") == value.upper()]
    actor_col, text_col = getattr(col, f"{side}_actor"), getattr(col, f"{side}_text")
    named = actor_ids(value)
    # One IN, not ``= value OR IN (named)``: an OR inside a term is a term no index answers.
    ways = [actor_col.in_(sa.union(sa.select(sa.literal(value.strip())), named))]
    key = search.name_key(value)
    if key:
        ways.append(sa.and_(~sa.exists(named), search.name_key_sql(text_col) == key))
    return ways


def _dyad_order(col: _Columns, countries: _Columns, source: str, target: str) -> list[sa.ColumnElement[bool]]:
    """``source`` → ``target`` as alternatives to OR together, one per way of the side that
    starts the search (an actor's, else the source's), each with the other side's condition.

    SQLite uses an index for each alternative of an OR, but none for an OR inside one: with an
    actor's ways ORed inside each order, it walked every event of the country on the other side
    and read each row (0.28 s for ``person:…,IRN`` on 316,416 events, with ANALYZE statistics or
    without)."""
    ways = [_side_ways(col, countries, "source", source), _side_ways(col, countries, "target", target)]
    first = 1 if _is_country(source) and not _is_country(target) else 0
    other = sa.or_(*ways[1 - first])
    return [sa.and_(way, other) for way in ways[first]]


def actor_ids(text: str) -> sa.Select:
    """Ids of the stored actors that ``text`` names: the id itself (any case; ``abbas-araghchi``
    for ``person:abbas-araghchi``), the Persian or English name (``search.name_key``: ZWNJ,
    spaces, ي/ك and case do not matter), or the last words of a person's name, in either
    language (a surname: ``عراقچی``, ``Lavrov``, ``عباس عراقچی`` for ``سید عباس عراقچی``).
    One index lookup of the keys ``actor_keys`` stores for each actor."""
    ak = schema.actor_keys
    return sa.select(ak.c.actor_id).where(ak.c.key.in_(lookup_keys(text))).distinct()


def _unindexed(column: sa.Column) -> sa.ColumnElement[Any]:
    """``+events.col``: SQLite's idiom for "do not use an index for this term"."""
    return sa.type_coerce(sa.literal_column(f"+{column.table.name}.{column.name}"), column.type)


class _Columns:
    """``schema.events`` columns, optionally hidden from SQLite's index choice."""

    def __init__(self, hide_indexes: bool) -> None:
        self.hide = hide_indexes

    def __getattr__(self, name: str) -> sa.ColumnElement[Any]:
        column = schema.events.c[name]
        return _unindexed(column) if self.hide else column


def conditions(q: EventQuery, dialect: str, scan_in_order: bool = False) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses over ``schema.events`` for a query.

    ``scan_in_order`` (SQLite only): no filter term may pick an index, so the planner walks
    the sort key's index and stops after one page instead of collecting and sorting every
    match.  Right when many events match, wrong when few do; ``Store.query_events`` decides.
    """
    col = _Columns(scan_in_order and dialect == "sqlite")
    where: list[sa.ColumnElement[bool]] = []
    if q.plover:
        where.append(col.plover.in_([p.upper() for p in _as_tuple(q.plover)]))
    if q.cameo:
        where.append(_code_prefix(col.cameo, q.cameo, dialect))
    quads = [int(c) for c in _as_tuple(q.quad_class)] if q.quad_class else []
    if quads and not q.country:
        where.append(col.quad_class.in_(quads))
    if q.min_confidence:
        where.append(col.confidence >= q.min_confidence)
    if q.date_from:
        where.append(col.date >= q.date_from)
    if q.date_to:
        where.append(col.date <= q.date_to)
    if q.country:
        code = q.country.upper()
        if quads:
            # Quad class inside each side, so the (country, quad_class) indexes answer both
            # halves of the OR.  A range, because SQLite factors an equality shared by both
            # halves out of the OR and then walks the four-valued quad_class index instead.
            quad = col.quad_class.between(quads[0], quads[0]) if len(quads) == 1 else col.quad_class.in_(quads)
            where.append(sa.or_(sa.and_(col.source_country == code, quad), sa.and_(col.target_country == code, quad)))
        else:
            where.append(sa.or_(col.source_country == code, col.target_country == code))
    if q.location:
        where.append(col.location_country == q.location.upper())
    if q.dyad:
        a, b = q.dyad
        # With an actor on one side, its events (an index lookup) are fewer than those of the
        # country on the other side; SQLite plans without row counts and would walk the country's.
        countries = col if dialect != "sqlite" or (_is_country(a) and _is_country(b)) else _Columns(True)
        orders = _dyad_order(col, countries, a, b)
        if not q.dyad_ordered:
            orders += _dyad_order(col, countries, b, a)
        where.append(sa.or_(*orders))
    if q.text and dialect != "sqlite":
        where.append(search.ilike_condition(q.text, col.search_text))
    where.extend(col.id.in_(ids) for ids in _event_id_sets(q, dialect))
    return where


def _code_prefix(column: sa.ColumnElement[Any], prefix: str, dialect: str) -> sa.ColumnElement[bool]:
    """``column`` starts with ``prefix``.  On SQLite a digit prefix (CAMEO codes) is also
    written as a range, which the cameo index serves; LIKE cannot use an index under
    SQLite's BINARY collation.  (Not on PostgreSQL: a locale collation may not order
    ``"1:"`` after ``"19..."``.)"""
    like = column.startswith(prefix, autoescape=True)
    if dialect != "sqlite" or not (prefix.isascii() and prefix.isdigit()):
        return like
    return sa.and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1), like)


def _event_id_sets(q: EventQuery, dialect: str) -> list[sa.Select]:
    """The filters answered by a set of event ids from a side table (actors, topics,
    outlets, articles, the SQLite text index)."""
    em = schema.event_mentions
    sets: list[sa.Select] = []
    if q.actor:
        ea, ev = schema.event_actors, schema.events
        named = actor_ids(q.actor)
        by_actor = sa.select(ea.c.event_id.label("id")).where(sa.or_(ea.c.actor_id == q.actor.strip(), ea.c.actor_id.in_(named)))
        key = search.name_key(q.actor) or "\0"
        # Joined to a gate row that exists only when no actor is called that: both back ends
        # then skip the scan of every event's mention text (a WHERE term would not on SQLite).
        gate = sa.select(sa.literal(1).label("open")).where(~sa.exists(named)).subquery("no_actor")
        by_text = (
            sa.select(ev.c.id).select_from(gate).join(ev, sa.true())
            .where(sa.or_(search.name_key_sql(ev.c.source_text) == key, search.name_key_sql(ev.c.target_text) == key))
        )
        # Wrapped, so that an intersection with other sets stays plain SQL on SQLite.
        either = sa.union(by_actor, by_text).subquery()
        sets.append(sa.select(either.c.id))
    if q.topic:
        keys = topic_keys_of({"text": search.normalize(q.topic), "name_en": q.topic, "country": q.topic})
        # A country's name in either language finds the topics about it («برزیل», "Brazil" for
        # a topic "government of Brazil", stored with BRA): as the country filter reads names.
        from rayzan.store.filters import as_country  # filters imports this module

        country = as_country(q.topic)
        if country:
            keys.add(country)
        et = schema.event_topics
        sets.append(sa.select(et.c.event_id).where(et.c.topic.in_(sorted(keys))))
    if q.source:
        sets.append(sa.select(em.c.event_id).where(em.c.source == q.source))
    if q.article:
        # Its stored id, or an id its content gives today that leads to it (``store.aliases``).
        al = schema.article_aliases
        named = sa.union(sa.select(sa.literal(q.article)), sa.select(al.c.article_id).where(al.c.alias == q.article))
        sets.append(sa.select(em.c.event_id).where(em.c.article_id.in_(named)))
    if q.text and dialect == "sqlite":
        sets.append(search.fts_event_ids(q.text))
    return sets


def _has_column_filters(q: EventQuery, dialect: str) -> bool:
    column_filters = (q.plover, q.cameo, q.quad_class, q.date_from, q.date_to, q.country, q.location, q.dyad)
    return any(f for f in column_filters) or bool(q.text and dialect != "sqlite")


def order_by(q: EventQuery, dialect: str = "sqlite") -> list[sa.ColumnElement[Any]]:
    """Undated events come last in either direction, on both back ends, spelled so that
    an index can serve the order: SQLite sorts NULL lowest, PostgreSQL highest."""
    key = q.sort.lstrip("-")
    column = SORT_COLUMNS[key]
    descending = q.sort.startswith("-")
    if not column.nullable:
        primary = column.desc() if descending else column.asc()
    elif descending:
        primary = column.desc() if dialect == "sqlite" else column.desc().nulls_last()
    else:
        primary = column.asc().nulls_last() if dialect == "sqlite" else column.asc()
    if key == "id":
        return [primary]
    return [primary, schema.events.c.id.desc() if descending else schema.events.c.id.asc()]


def select_events(q: EventQuery, dialect: str, scan_in_order: bool = False) -> sa.Select:
    return sa.select(schema.events).where(*conditions(q, dialect, scan_in_order))


def select_event_ids(q: EventQuery, dialect: str, scan_in_order: bool = False) -> sa.Select:
    """The ids of the matching events, to be sorted and paged before any wide row is read."""
    return sa.select(schema.events.c.id).where(*conditions(q, dialect, scan_in_order))


def count_events(q: EventQuery, dialect: str) -> sa.Select:
    sets = _event_id_sets(q, dialect)
    if sets and not _has_column_filters(q, dialect):
        # Only id sets: count their intersection without visiting the events (every id in
        # them names an existing record: foreign keys, and recount clears them first).
        ids = (sets[0] if len(sets) == 1 else sa.intersect(*sets)).subquery()
        return sa.select(sa.func.count(sa.distinct(next(iter(ids.c)))))
    return sa.select(sa.func.count()).select_from(schema.events).where(*conditions(q, dialect))
