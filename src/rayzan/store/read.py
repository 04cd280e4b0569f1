"""Reading back: articles as the DESIGN.md contract, event records as API items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from rayzan.document import ArticleMeta, Block
from rayzan.store import schema
from rayzan.store.aliases import stored_row


def _by_idx(conn: sa.Connection, table: sa.Table, article_id: str) -> Sequence[sa.Row]:
    return conn.execute(sa.select(table).where(table.c.article_id == article_id).order_by(table.c.idx)).all()


def article_document(conn: sa.Connection, article_id: str) -> dict[str, Any] | None:
    """The article re-assembled as ``Document.to_json()`` produced it (the JSONL contract); ``article_id``
    may be an alias of the stored article's (``store.aliases``): the article comes with its stored id."""
    art = stored_row(conn, article_id)
    if art is None:
        return None
    article_id = art.id
    em = schema.event_mentions
    events = conn.execute(
        sa.select(em.c.data).where(em.c.article_id == article_id).order_by(em.c.idx)
    ).scalars().all()
    return {
        "id": art.id,
        "url": art.url,
        "source": art.source,
        "title": art.title,
        "published": art.published,
        "text": art.text,
        "sections": [{"kind": r.kind, "start": r.start, "end": r.end} for r in _by_idx(conn, schema.sections, article_id)],
        "sentences": [{"start": r.start, "end": r.end} for r in _by_idx(conn, schema.sentences, article_id)],
        "entities": [
            {"text": r.text, "label": r.label, "start": r.start, "end": r.end, "actor": r.actor_id}
            for r in _by_idx(conn, schema.entities, article_id)
        ],
        "actors": [r.data for r in _by_idx(conn, schema.article_actors, article_id)],
        "mentions": [
            {"text": r.text, "start": r.start, "end": r.end, "actor": r.actor_id, "kind": r.kind}
            for r in _by_idx(conn, schema.mentions, article_id)
        ],
        "events": list(events),
    }


def article_detail(conn: sa.Connection, article_id: str) -> dict[str, Any] | None:
    """The contract plus what a reader of one article wants: section and sentence texts,
    the event record each event was merged into, and the earlier versions."""
    doc = article_document(conn, article_id)
    if doc is None:
        return None
    article_id = doc["id"]  # the stored id, when asked by an alias
    art = conn.execute(sa.select(schema.articles).where(schema.articles.c.id == article_id)).one()
    text = doc["text"]
    for section in doc["sections"]:
        section["text"] = text[section["start"] : section["end"]]
    for sentence, row in zip(doc["sentences"], _by_idx(conn, schema.sentences, article_id)):
        sentence["section"] = row.section
        sentence["text"] = row.text
    em = schema.event_mentions
    records = conn.execute(sa.select(em.c.idx, em.c.event_id).where(em.c.article_id == article_id)).all()
    record_of = {r.idx: r.event_id for r in records}
    for idx, event in enumerate(doc["events"]):
        event["event_id"] = record_of.get(idx)
    av = schema.article_versions
    versions = conn.execute(
        sa.select(av.c.version, av.c.content_hash, av.c.title, av.c.stored_at, av.c.replaced_at)
        .where(av.c.article_id == article_id)
        .order_by(av.c.version)
    ).all()
    doc.update(
        origin=art.origin,
        raw=art.raw,
        version=art.version,
        content_hash=art.content_hash,
        created_at=_iso(art.created_at),
        updated_at=_iso(art.updated_at),
        lead=next((s["text"] for s in doc["sections"] if s["kind"] == "lead"), None),
        earlier_versions=[
            {"version": v.version, "content_hash": v.content_hash, "title": v.title,
             "stored_at": _iso(v.stored_at), "replaced_at": _iso(v.replaced_at)}
            for v in versions
        ],
    )
    return doc


def article_version(conn: sa.Connection, article_id: str, version: int) -> dict[str, Any] | None:
    art = stored_row(conn, article_id)
    if art is None:
        return None
    av, article_id = schema.article_versions, art.id
    row = conn.execute(sa.select(av.c.document).where(av.c.article_id == article_id, av.c.version == version)).first()
    return row.document if row else None


def article_summaries(conn: sa.Connection, limit: int, offset: int) -> list[dict[str, Any]]:
    art = schema.articles

    def count(table: sa.Table) -> sa.ScalarSelect:
        return sa.select(sa.func.count()).where(table.c.article_id == art.c.id).scalar_subquery()

    rows = conn.execute(
        sa.select(
            art.c.id, art.c.url, art.c.source, art.c.title, art.c.published, art.c.version,
            art.c.content_hash, art.c.created_at, art.c.updated_at,
            count(schema.sentences).label("sentences"),
            count(schema.entities).label("entities"),
            count(schema.article_actors).label("actors"),
            count(schema.event_mentions).label("events"),
        )
        .order_by(art.c.created_at, art.c.id)
        .limit(limit)
        .offset(offset)
    ).all()
    out = []
    for r in rows:
        item = dict(r._mapping)
        item["created_at"], item["updated_at"] = _iso(r.created_at), _iso(r.updated_at)
        out.append(item)
    return out


def article_keys(conn: sa.Connection, after: sa.Row | None, limit: int) -> Sequence[sa.Row]:
    """``(created_at, id)`` of up to ``limit`` articles in the order ``article_summaries`` lists
    them, starting after the article ``after`` (a row this returned): keyset paging over the
    ``(created_at, id)`` index, where an offset would walk past every earlier article again."""
    art = schema.articles
    query = sa.select(art.c.created_at, art.c.id).order_by(art.c.created_at, art.c.id)
    if after is not None:
        query = query.where(sa.tuple_(art.c.created_at, art.c.id) > (after.created_at, after.id))
    return conn.execute(query.limit(limit)).all()


def event_items(conn: sa.Connection, rows: Iterable[sa.Row]) -> list[dict[str, Any]]:
    """Event records as the DESIGN.md event contract plus counts and first/last seen."""
    rows = list(rows)
    em = schema.event_mentions
    rep_ids = [r.representative for r in rows if r.representative is not None]
    reps: dict[int, sa.Row] = {}
    if rep_ids:
        reps = {
            m.id: m
            for m in conn.execute(
                sa.select(em.c.id, em.c.article_id, em.c.evidence, em.c.data).where(em.c.id.in_(rep_ids))
            )
        }
    return [event_item(r, reps.get(r.representative)) for r in rows]


def event_item(row: sa.Row, rep: sa.Row | None) -> dict[str, Any]:
    data = rep.data if rep is not None else {}
    evidence = [dict(e, article=rep.article_id) for e in rep.evidence] if rep is not None else []
    item = {
        "id": row.id,
        "plover": row.plover,
        "cameo": row.cameo,
        "source": {"actor": row.source_actor, "text": row.source_text, "country": row.source_country},
        "target": {"actor": row.target_actor, "text": row.target_text, "country": row.target_country},
        "location": row.location,
        "date": row.date,
        "topics": row.topics,
        "evidence": evidence,
        "trigger": data.get("trigger"),
        "goldstein": row.goldstein,
        "quad_class": row.quad_class,
        "confidence": row.confidence,
        "mentions": row.num_mentions,
        "articles": row.num_articles,
        "sources": row.num_sources,
        "first_seen": row.first_seen,
        "last_seen": row.last_seen,
    }
    for key in ("planned", "negated", "hypothetical", "mode"):  # extra flags the coder may set
        if key in data:
            item[key] = data[key]
    return item


def event_mentions_of(conn: sa.Connection, event_id: int) -> list[dict[str, Any]]:
    """Every article-level mention of one event record, with its evidence sentences."""
    em, art = schema.event_mentions, schema.articles
    rows = conn.execute(
        sa.select(
            em.c.id, em.c.article_id, em.c.doc_event_id, em.c.source, em.c.seen, em.c.date,
            em.c.confidence, em.c.evidence, em.c.data, art.c.url, art.c.title, art.c.published,
        )
        .select_from(em.join(art, art.c.id == em.c.article_id))
        .where(em.c.event_id == event_id)
        .order_by(em.c.seen, em.c.id)
    ).all()
    return [
        {
            "article": r.article_id,
            "article_event": r.doc_event_id,
            "source": r.source,
            "url": r.url,
            "title": r.title,
            "published": r.published,
            "date": r.date,
            "trigger": r.data.get("trigger"),
            "evidence": r.evidence,
            "confidence": r.confidence,
            "event": r.data,
        }
        for r in rows
    ]


def _iso(value: dt.datetime | None) -> str | None:
    """A stored time in UTC, as written: SQLite gives it back without a zone, PostgreSQL in the session's."""
    if value is None:
        return None
    return (value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)).isoformat()


def stored_sources(
    conn: sa.Connection, after: str | None, limit: int, ids: Sequence[str] | None = None
) -> list[tuple[ArticleMeta, list[Block]]]:
    """What the readers gave for up to ``limit`` stored articles with ids after ``after`` (in id
    order): their metadata and blocks, rebuilt from the stored raw text (one block a line) and the
    kinds of their sections (one section a block), so that they can be analysed again."""
    art, sec = schema.articles, schema.sections
    query = sa.select(art.c.id, art.c.url, art.c.source, art.c.published, art.c.origin, art.c.raw).order_by(art.c.id)
    if after is not None:
        query = query.where(art.c.id > after)
    if ids is not None:
        query = query.where(art.c.id.in_(ids))
    rows = conn.execute(query.limit(limit)).all()
    kinds: dict[str, list[str]] = {row.id: [] for row in rows}
    if rows:
        found = sa.select(sec.c.article_id, sec.c.kind).where(sec.c.article_id.in_(list(kinds))).order_by(sec.c.article_id, sec.c.idx)
        for article_id, kind in conn.execute(found):
            kinds[article_id].append(kind)
    out = []
    for row in rows:
        lines = row.raw.split("\n")
        # One section was stored per block; were a line left without one, it reads as a paragraph.
        line_kinds = kinds[row.id] + ["paragraph"] * (len(lines) - len(kinds[row.id]))
        meta = ArticleMeta(id=row.id, url=row.url, source=row.source, published=row.published, origin=row.origin)
        out.append((meta, [Block(kind, line) for kind, line in zip(line_kinds, lines)]))
    return out
