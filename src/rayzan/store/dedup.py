"""One event record per real-world event, however many articles report it.

Two article-level events are the same event when they have the same PLOVER type,
the same participants (ordered for directed types, unordered for those where
"Iran consulted Russia" and "Russia consulted Iran" say the same thing), the same
location country, and dates at most ``DATE_WINDOW_DAYS`` apart.  A participant
is its country when known (so "Jalali met Vershinin" and "Iran and Russia
consulted" on the same day meet), else its actor id, else its normalised text.

Without a date there is no evidence of time, and country-level participants alone
would fold every undated Iran–Russia meeting in Moscow, across years, into one
record.  So an undated event joins only an undated record with the same
participants at the actor level as well: the same actor id on each side (ordered
or not as above), or, for a side without an actor id, the same normalised text.
Dated and undated never meet.

An event needs someone to be the same event as another.  With neither side known
(no country, actor or text: «تحریم‌ها», «دستگیر شدند» with nobody named) the type and
a date say nothing of which sanctions or arrests, and an undated event needs both
sides: such an event keeps a record of its own, however many look alike (on the Fars
News files, five undated arrests and sanctions of five articles made one record).

``match_key`` stays the country-level key (the PostgreSQL advisory lock on it still
serialises every writer that could merge); the actor-level test reads the record's ``source_actor``/``target_actor`` and
``source_text``/``target_text``, which every mention of an undated record shares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from rayzan.store import schema

DATE_WINDOW_DAYS = 1
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def participant(side: dict[str, Any] | None) -> str:
    if not side:
        return ""
    return str(side.get("country") or side.get("actor") or (side.get("text") or "").replace("\u200c", "").strip())


Side = tuple[str, str]  # ("actor", id) or ("text", normalised text)


def _normal_text(text: str | None) -> str:
    return (text or "").replace("\u200c", "").strip()


def actor_side(side: dict[str, Any] | None) -> Side:
    """A participant at the actor level: its actor id, else its normalised text."""
    side = side or {}
    if side.get("actor"):
        return ("actor", str(side["actor"]))
    return ("text", _normal_text(side.get("text")))


def actor_pair(plover: str | None, source: dict[str, Any] | None, target: dict[str, Any] | None) -> tuple[Side, Side]:
    """Both participants at the actor level; unordered (sorted) for the symmetric types."""
    a, b = actor_side(source), actor_side(target)
    if plover in SYMMETRIC_TYPES and b < a:
        a, b = b, a
    return a, b


def match_key(event: dict[str, Any]) -> str:
    a, b = participant(event.get("source")), participant(event.get("target"))
    if event.get("plover") in SYMMETRIC_TYPES and b < a:
        a, b = b, a
    location = (event.get("location") or {}).get("country") or ""
    return "|".join((event.get("plover") or "", a, b, location))


def mergeable(event: dict[str, Any], date: str | None) -> bool:
    """Whether the participants say enough for another report to be this event: one side
    known when dated, both when not (see the module's docstring)."""
    known = [bool(participant(event.get(side))) for side in ("source", "target")]
    return all(known) if date is None else any(known)


def _window(date: str) -> tuple[str, str] | None:
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    delta = dt.timedelta(days=DATE_WINDOW_DAYS)
    return (day - delta).isoformat(), (day + delta).isoformat()


def assign(conn: sa.Connection, events: list[tuple[dict[str, Any], str | None]], now: dt.datetime) -> list[tuple[int, bool]]:
    """For each (article-level event, its date): the id of the event record it belongs to,
    and True when that record was created now.  One lookup and one insert for the lot."""
    ev = schema.events
    keys = [match_key(data) for data, _ in events]
    pairs = [actor_pair(data.get("plover"), data.get("source"), data.get("target")) for data, _ in events]
    # A record founded by an event that is not mergeable is never a candidate for another: any
    # event with its key and pair is not mergeable either (emptiness is part of both).
    alone = [not mergeable(data, date) for data, date in events]
    if conn.dialect.name == "postgresql":
        # Concurrent writers reporting the same event must not both create its record:
        # serialise on the match key (in sorted order, so two writers cannot deadlock).
        for key in sorted(set(keys)):
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(key))))
    lookups = []
    for key, pair, (data, date), single in zip(keys, pairs, events, alone):
        if single:
            continue
        window = _window(date) if date else None
        if window:
            lookups.append(sa.and_(ev.c.match_key == key, ev.c.date.between(*window)))
        elif date:
            lookups.append(sa.and_(ev.c.match_key == key, ev.c.date == date))
        else:
            lookups.append(sa.and_(ev.c.match_key == key, ev.c.date.is_(None), _same_actors(data.get("plover"), pair)))
    known = conn.execute(
        sa.select(ev.c.id, ev.c.match_key, ev.c.date, ev.c.plover, ev.c.source_actor, ev.c.source_text,
                  ev.c.target_actor, ev.c.target_text)
        .where(sa.or_(*lookups)).order_by(ev.c.id)
    ).all() if lookups else []
    existing = [
        (r.match_key, r.date, actor_pair(r.plover, {"actor": r.source_actor, "text": r.source_text},
                                         {"actor": r.target_actor, "text": r.target_text}), r.id)
        for r in known
    ]

    choice: list[tuple[str, int]] = []  # ("old", record id) or ("new", index into fresh)
    fresh: list[tuple[str, str | None, tuple[Side, Side], int]] = []  # key, date, pair, index of its founder
    for i, (key, pair, (_, date)) in enumerate(zip(keys, pairs, events)):
        if alone[i]:
            fresh.append((key, date, pair, i))
            choice.append(("new", len(fresh) - 1))
            continue
        old = _closest(key, date, pair, existing)
        if old is not None:
            choice.append(("old", old))
            continue
        new = _closest(key, date, pair, [(k, d, p, j) for j, (k, d, p, _) in enumerate(fresh)])
        if new is None:
            fresh.append((key, date, pair, i))
            new = len(fresh) - 1
        choice.append(("new", new))

    created_ids: list[int] = []
    if fresh:
        rows = []
        for key, date, _, founder in fresh:
            values = _record_fields(events[founder][0], date)
            values.update(match_key=key, num_mentions=0, num_articles=0, num_sources=0, updated_at=now)
            rows.append(values)
        if len(rows) == 1:
            created_ids = [conn.execute(ev.insert().values(**rows[0]).returning(ev.c.id)).scalar_one()]
        else:
            result = conn.execute(ev.insert().returning(ev.c.id, sort_by_parameter_order=True), rows)
            created_ids = list(result.scalars())
    return [
        (oid, False) if kind == "old" else (created_ids[oid], fresh[oid][3] == i)  # only the founder created it
        for i, (kind, oid) in enumerate(choice)
    ]


def _same_actors(plover: str | None, pair: tuple[Side, Side]) -> sa.ColumnElement[bool]:
    """Narrows an undated lookup to records whose actor ids could match ``pair``; a side
    known only by its text is compared (normalised) in Python, by ``_closest``."""
    ev = schema.events

    def side_is(actor: sa.Column, side: Side) -> sa.ColumnElement[bool]:
        return actor == side[1] if side[0] == "actor" else sa.or_(actor.is_(None), actor == "")

    a, b = pair
    ordered = sa.and_(side_is(ev.c.source_actor, a), side_is(ev.c.target_actor, b))
    if plover in SYMMETRIC_TYPES and a != b:
        return sa.or_(ordered, sa.and_(side_is(ev.c.source_actor, b), side_is(ev.c.target_actor, a)))
    return ordered


def _closest(key: str, date: str | None, pair: tuple[Side, Side],
             candidates: list[tuple[str, str | None, tuple[Side, Side], int]]) -> int | None:
    """The candidate with this key whose date is nearest (within the window); lowest id on ties.
    Undated: only an undated candidate with the same participants at the actor level."""
    window = _window(date) if date else None
    best: tuple[int, int] | None = None
    for k, d, p, ident in candidates:
        if k != key:
            continue
        if window:
            if d is None or not window[0] <= d <= window[1]:
                continue
            distance = abs((dt.date.fromisoformat(d) - dt.date.fromisoformat(date)).days)  # type: ignore[arg-type]
        elif d != date or (date is None and p != pair):
            continue
        else:
            distance = 0
        if best is None or (distance, ident) < best:
            best = (distance, ident)
    return best[1] if best else None


def _record_fields(event: dict[str, Any], date: str | None) -> dict[str, Any]:
    source, target = event.get("source") or {}, event.get("target") or {}
    location = event.get("location")
    return {
        "plover": event.get("plover") or "",
        "cameo": str(event.get("cameo") or ""),
        "quad_class": int(event.get("quad_class") or 0),
        "goldstein": float(event.get("goldstein") or 0.0),
        "confidence": float(event.get("confidence") or 0.0),
        "source_actor": source.get("actor"),
        "source_text": source.get("text"),
        "source_country": source.get("country"),
        "target_actor": target.get("actor"),
        "target_text": target.get("text"),
        "target_country": target.get("country"),
        "location": location,
        "location_country": (location or {}).get("country"),
        "date": date,
        "topics": list(event.get("topics") or []),
    }


# Topics and searchable text of a record come from its most confident mentions only, so
# that recounting a record reported by thousands of articles stays a bounded amount of work.
TOPIC_MENTIONS = 20


def recount(conn: sa.Connection, event_ids: Iterable[int], now: dt.datetime,
            fresh: dict[int, dict[str, Any]] | None = None) -> None:
    """Recompute counts, first/last seen, shown fields, actors and topics of these records.

    Set-based (a fixed number of statements however many records an article touches).
    A record left without mentions (its only article changed) is deleted.  ``fresh``:
    records created in this transaction whose one mention is the given row (with its
    ``id``); their figures are known without reading anything back.
    """
    fresh = fresh or {}
    updates: list[dict[str, Any]] = []
    for event_id, m in fresh.items():
        values = _face(event_id, [(m["id"], m["data"], m["search_text"])], m["date"], now)
        values.update(num_mentions=1, num_articles=1, num_sources=1, first_seen=m["seen"], last_seen=m["seen"])
        updates.append(values)
    actor_rows = [
        {"event_id": event_id, "actor_id": actor}
        for event_id, m in fresh.items()
        for actor in sorted({m["source_actor"], m["target_actor"]} - {None, ""})
    ]
    ids = sorted(set(event_ids) - set(fresh))
    if ids:
        updates.extend(_recount_from_mentions(conn, ids, now))
    if not updates:
        return
    conn.execute(_UPDATE_RECORD, updates)  # executemany
    topic_rows = [
        {"event_id": values["b_id"], "topic": k}
        for values in updates
        for k in sorted({k for t in values["topics"] for k in topic_keys_of(t)})
    ]
    if topic_rows:
        conn.execute(schema.event_topics.insert(), topic_rows)
    if actor_rows:
        conn.execute(schema.event_actors.insert(), actor_rows)


def _recount_from_mentions(conn: sa.Connection, ids: list[int], now: dt.datetime) -> list[dict[str, Any]]:
    """Record values read back from the mentions (deleting records left without any);
    also rebuilds their actor links and clears their topic rows for the caller to refill."""
    em, ev, ea, et = schema.event_mentions, schema.events, schema.event_actors, schema.event_topics
    conn.execute(ea.delete().where(ea.c.event_id.in_(ids)))
    conn.execute(et.delete().where(et.c.event_id.in_(ids)))
    counts = {
        r.event_id: r
        for r in conn.execute(
            sa.select(
                em.c.event_id,
                sa.func.count().label("mentions"),
                sa.func.count(em.c.article_id.distinct()).label("articles"),
                # An article without a known outlet counts as its own source.
                sa.func.count(sa.func.coalesce(em.c.source, "article:" + em.c.article_id).distinct()).label("sources"),
                sa.func.min(em.c.seen).label("first_seen"),
                sa.func.max(em.c.seen).label("last_seen"),
                sa.func.min(em.c.date).label("date"),
            )
            .where(em.c.event_id.in_(ids))
            .group_by(em.c.event_id)
        )
    }
    gone = [i for i in ids if i not in counts]
    if gone:
        conn.execute(ev.delete().where(ev.c.id.in_(gone)))
    if not counts:
        return []
    # The most confident mention (earliest on ties) is the face of the record.
    rank = sa.func.row_number().over(partition_by=em.c.event_id, order_by=(em.c.confidence.desc(), em.c.id)).label("rank")
    ranked = sa.select(em.c.event_id, em.c.id, em.c.data, em.c.search_text, rank).where(em.c.event_id.in_(list(counts))).subquery()
    top: dict[int, list[tuple[int, dict[str, Any], str]]] = {}
    for r in conn.execute(
        sa.select(ranked.c.event_id, ranked.c.id, ranked.c.data, ranked.c.search_text)
        .where(ranked.c.rank <= TOPIC_MENTIONS)
        .order_by(ranked.c.event_id, ranked.c.rank)
    ):
        top.setdefault(r.event_id, []).append((r.id, r.data, r.search_text))
    updates = []
    for event_id, c in counts.items():
        values = _face(event_id, top[event_id], c.date, now)
        values.update(num_mentions=c.mentions, num_articles=c.articles, num_sources=c.sources,
                      first_seen=c.first_seen, last_seen=c.last_seen)
        updates.append(values)
    sides = [
        sa.select(em.c.event_id, column.label("actor_id")).where(em.c.event_id.in_(list(counts)), column.is_not(None))
        for column in (em.c.source_actor, em.c.target_actor)
    ]
    conn.execute(ea.insert().from_select(["event_id", "actor_id"], sa.union(*sides)))
    return updates


def _face(event_id: int, mentions: list[tuple[int, dict[str, Any], str]], date: str | None, now: dt.datetime) -> dict[str, Any]:
    """What a record shows, from its mentions, most confident first."""
    best_id, best_data, _ = mentions[0]
    values = _record_fields(best_data, date)
    values["topics"] = _merged_topics(data for _, data, _ in mentions)
    values["search_text"] = " ".join(dict.fromkeys(text for _, _, text in mentions))
    values.update(b_id=event_id, representative=best_id, updated_at=now)
    return values


_UPDATE_RECORD = (
    schema.events.update()
    .where(schema.events.c.id == sa.bindparam("b_id"))
    .values({c: sa.bindparam(c) for c in (
        "plover", "cameo", "quad_class", "goldstein", "confidence", "source_actor", "source_text",
        "source_country", "target_actor", "target_text", "target_country", "location", "location_country",
        "date", "topics", "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen",
        "representative", "search_text", "updated_at",
    )})
)


def topic_keys_of(topic: dict[str, Any]) -> set[str]:
    """The keys a topic filter can match: its Persian text, English name (lower case), country."""
    keys = {
        (topic.get("text") or "").replace("\u200c", "").strip(),
        (topic.get("name_en") or "").strip().lower(),
        (topic.get("country") or "").strip().upper(),
    }
    return {k[:200] for k in keys if k}


def _merged_topics(datas: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for data in datas:
        for topic in data.get("topics") or []:
            key = topic.get("country") or (topic.get("name_en") or "").lower() or topic.get("text") or ""
            merged.setdefault(key, topic)
    return list(merged.values())
