"""Writing one analysed Document: article, its versions, its layers, and its events.

Everything for one article happens in the caller's transaction, so an interrupted
ingest leaves either the old state or the new one.  Events are merged into
cross-article event records (``dedup``); an article's old mentions are removed
before its new ones are written and the touched records are recounted, so
re-ingesting never double-counts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Iterator

import sqlalchemy as sa

from rayzan.document import Document, iter_json
from rayzan.errors import InputError
from rayzan.store import dedup, schema
from rayzan.store.actor_keys import write_keys
from rayzan.store.aliases import alias_of, record_alias
from rayzan.store.read import article_document
from rayzan.store.search import search_key
from rayzan.text.normalize import identity_text

ADDED, UNCHANGED, UPDATED = "added", "unchanged", "updated"


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: str
    status: str  # added | unchanged | updated
    version: int  # version of the article's text (1 for the first text, +1 per changed text)
    sentences: int = 0
    entities: int = 0
    actors: int = 0
    events: int = 0  # article-level events stored as mentions
    new_events: int = 0  # of which started a new event record
    merged_events: int = 0  # of which joined an event record that already existed

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


def analysis_hash(doc_json: dict[str, Any]) -> str:
    """SHA-256 of the article's JSON (sorted keys, compact; ``to_json()`` or
    ``json_layers()``), hashed in pieces so that a huge article's JSON and its UTF-8
    bytes never exist whole."""
    digest = hashlib.sha256()
    for piece in iter_json(doc_json, sort_keys=True, separators=(",", ":")):
        digest.update(piece.encode("utf-8"))
    return digest.hexdigest()


def check_dates(doc: Document) -> None:
    """Dates are compared as YYYY-MM-DD strings (ranges, dedup windows): refuse anything else."""
    found = [("published", doc.meta.published)] + [(f"event {e.id} date", e.date) for e in doc.events]
    for what, value in found:
        if value is None:
            continue
        try:
            ok = len(value) == 10 and dt.date.fromisoformat(value) is not None
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise InputError(f"article {doc.id}", f"{what} {value!r} is not a YYYY-MM-DD date; nothing was stored")


def ingest_document(conn: sa.Connection, doc: Document, now: dt.datetime) -> IngestResult:
    check_dates(doc)
    row = _stored_row(conn, doc.id)
    copy = False  # found under another id (``store.aliases``)
    if row is None and not doc.meta.url and (stored_id := alias_of(conn, doc.id)) is not None:
        row, copy = _stored_row(conn, stored_id), True
        doc = doc.evolve(meta=replace(doc.meta, id=stored_id))
    a_hash = analysis_hash(doc.json_layers())  # dicts made a slice at a time: a big article's are tens of MB
    raw, raw_hash, new_text = doc.raw, doc.content_hash, True
    if row is not None:
        compared = _compare(conn, doc, row, a_hash, copy, now)
        if isinstance(compared, IngestResult):
            return compared
        raw, raw_hash, new_text = compared

    values = {
        "url": doc.meta.url,
        "source": doc.meta.source,
        "title": doc.meta.title,
        "published": doc.meta.published,
        "origin": doc.meta.origin,
        "content_hash": raw_hash,
        "analysis_hash": a_hash,
        "raw": raw,
        "text": doc.text,
        "updated_at": now,
    }
    art = schema.articles
    touched: set[int] = set()
    if row is None:
        status, version = ADDED, 1
        conn.execute(art.insert().values(id=doc.id, version=version, created_at=now, **values))
    else:
        status, version = UPDATED, row.version
        if new_text:
            _keep_version(conn, doc.id, row, now)
            version += 1
        touched = _clear_layers(conn, doc.id)
        conn.execute(art.update().where(art.c.id == doc.id).values(version=version, **values))
    if not doc.meta.url and version > (row.version if row is not None else 0):
        # A new text stored under an id it does not give (one its input gave): found by its own too.
        record_alias(conn, doc.id, doc.meta.title, doc.raw)

    _write_layers(conn, doc)
    new, merged, mentioned, fresh = _write_events(conn, doc, now)
    dedup.recount(conn, touched | mentioned, now, fresh)
    return IngestResult(
        doc.id, status, version,
        sentences=len(doc.sentences), entities=len(doc.entities), actors=len(doc.actors),
        events=len(doc.events), new_events=new, merged_events=merged,
    )


def _compare(
    conn: sa.Connection, doc: Document, row: sa.Row, a_hash: str, copy: bool, now: dt.datetime
) -> IngestResult | tuple[str, str, bool]:
    """``doc`` against the stored article of ``row``: ``unchanged``, or what to store (the raw text
    to keep, its hash, and whether the text is new: a new version).

    A copy found by alias was analysed under its own id (its events' ids differ from the stored
    ones): the same raw or text is the stored article, and a re-analysis is `reanalyze`'s to store."""
    c_hash = doc.content_hash
    if row.content_hash == c_hash:
        return IngestResult(doc.id, UNCHANGED, row.version) if copy or row.analysis_hash == a_hash else (doc.raw, c_hash, False)
    art = schema.articles
    stored = conn.execute(sa.select(art.c.text, art.c.raw).where(art.c.id == doc.id)).one()
    if stored.text == doc.raw:
        # Rayzan's own output of it carries the normalised text, not the raw one: the same article,
        # and the original raw stays.
        return IngestResult(doc.id, UNCHANGED, row.version)
    if stored.text != doc.text:
        if not doc.meta.url and identity_text(stored.text) == identity_text(doc.text):
            # A copy without a URL that differs only in spaces, ZWNJ or line breaks: its id (made from
            # ``identity_text``) says it is this article, and the first text stays; else two copies
            # ingested in turn would each make a new version of the other.
            return IngestResult(doc.id, UNCHANGED, row.version)
        return doc.raw, c_hash, True
    # Another raw of the same normalised text (Arabic ي/ك, other spacing, or the original of Rayzan's
    # output stored first): the same version.  The first raw stays, unless it was only the normalised
    # text standing in for an original: then the original's replaces it, so that the stored article
    # is the same whichever came first.
    raw, raw_hash = (doc.raw, c_hash) if stored.raw == stored.text and doc.raw != doc.text else (stored.raw, row.content_hash)
    if not (copy or row.analysis_hash == a_hash):
        return raw, raw_hash, False
    if raw_hash != row.content_hash:
        conn.execute(art.update().where(art.c.id == doc.id).values(raw=raw, content_hash=raw_hash, origin=doc.meta.origin, updated_at=now))
    return IngestResult(doc.id, UNCHANGED, row.version)


def _stored_row(conn: sa.Connection, article_id: str) -> sa.Row | None:
    art = schema.articles
    query = sa.select(art.c.version, art.c.content_hash, art.c.analysis_hash, art.c.created_at).where(art.c.id == article_id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    return conn.execute(query).first()


def _keep_version(conn: sa.Connection, article_id: str, row: sa.Row, now: dt.datetime) -> None:
    """Copy the current text and analysis into ``article_versions`` before it is replaced."""
    old = conn.execute(
        sa.select(schema.articles.c.title, schema.articles.c.published, schema.articles.c.raw, schema.articles.c.text)
        .where(schema.articles.c.id == article_id)
    ).one()
    conn.execute(
        schema.article_versions.insert().values(
            article_id=article_id, version=row.version, content_hash=row.content_hash,
            title=old.title, published=old.published, raw=old.raw, text=old.text,
            document=article_document(conn, article_id), stored_at=row.created_at, replaced_at=now,
        )
    )


_LAYERS = (schema.sections, schema.sentences, schema.entities, schema.article_actors, schema.mentions)


def _clear_layers(conn: sa.Connection, article_id: str) -> set[int]:
    """Delete an article's layers and event mentions; the event records they touched."""
    em = schema.event_mentions
    touched = set(conn.execute(sa.select(em.c.event_id).where(em.c.article_id == article_id).distinct()).scalars())
    conn.execute(em.delete().where(em.c.article_id == article_id))
    for table in _LAYERS:
        conn.execute(table.delete().where(table.c.article_id == article_id))
    return touched


_ROWS_PER_INSERT = 5000  # a huge article's layers go in slices: its row dicts never all exist at once


def _write_layers(conn: sa.Connection, doc: Document) -> None:
    aid, text = doc.id, doc.text
    rows: dict[sa.Table, Iterator[dict[str, Any]]] = {
        schema.sections: (
            {"article_id": aid, "idx": i, "kind": s.kind, "start": s.start, "end": s.end}
            for i, s in enumerate(doc.sections)
        ),
        schema.sentences: (
            {"article_id": aid, "idx": i, "section": s.section, "start": s.start, "end": s.end, "text": text[s.start : s.end]}
            for i, s in enumerate(doc.sentences)
        ),
        schema.entities: (
            {"article_id": aid, "idx": i, "text": e.text, "label": e.label, "start": e.start, "end": e.end, "actor_id": e.actor}
            for i, e in enumerate(doc.entities)
        ),
        schema.article_actors: (
            {"article_id": aid, "idx": i, "actor_id": a.id, "data": a.to_json()} for i, a in enumerate(doc.actors)
        ),
        schema.mentions: (
            {"article_id": aid, "idx": i, "text": m.text, "start": m.start, "end": m.end, "actor_id": m.actor, "kind": m.kind}
            for i, m in enumerate(doc.mentions)
        ),
    }
    for table, generated in rows.items():
        while batch := list(islice(generated, _ROWS_PER_INSERT)):
            conn.execute(table.insert(), batch)  # executemany
    _upsert_actors(conn, doc)


def _upsert_actors(conn: sa.Connection, doc: Document) -> None:
    """The global actor table keeps the latest description of each actor id."""
    if not doc.actors:
        return
    act = schema.actors
    now = dt.datetime.now(dt.UTC)
    described = ("name", "name_en", "kind", "country", "sector", "code", "roles")
    stored = {
        r.id: tuple(getattr(r, c) for c in described)
        for r in conn.execute(sa.select(act.c.id, *(act.c[c] for c in described)).where(act.c.id.in_([a.id for a in doc.actors])))
    }
    fresh: dict[str, dict[str, Any]] = {}
    updated: set[str] = set()
    for a in doc.actors:
        values = {
            "name": a.name, "name_en": a.name_en, "kind": a.kind, "country": a.country,
            "sector": a.sector, "code": a.code, "roles": [r.to_json() for r in a.roles],
        }
        if a.id not in stored:
            fresh.setdefault(a.id, {"id": a.id, "first_seen": now, "updated_at": now, **values})
        elif stored[a.id] != tuple(values[c] for c in described):  # write only what changed
            conn.execute(act.update().where(act.c.id == a.id).values(updated_at=now, **values))
            updated.add(a.id)
    if fresh:
        conn.execute(act.insert(), list(fresh.values()))
    # Keys from the rows as written, in the transaction that holds their locks: a concurrent
    # writer's description and its keys never mix.
    write_keys(conn, fresh.keys() | updated)


def _write_events(conn: sa.Connection, doc: Document, now: dt.datetime) -> tuple[int, int, set[int], dict[int, dict[str, Any]]]:
    """Mentions of the article's events; returns (new, merged, record ids, fresh records),
    fresh = records this article created and alone mentions, with that mention's row."""
    if not doc.events:
        return 0, 0, set(), {}
    datas = [event.to_json() for event in doc.events]
    dates = [event.date or doc.meta.published for event in doc.events]
    records = dedup.assign(conn, list(zip(datas, dates, strict=True)), now)
    seen_day = doc.meta.published or now.date().isoformat()
    rows = []
    # One string per distinct evidence sentence: a page of one sentence repeated is one event
    # with every sentence as evidence, each a copy of the same text.
    texts: dict[str, str] = {}
    for idx, (event, data, date, (event_id, _)) in enumerate(zip(doc.events, datas, dates, records, strict=True)):
        evidence = [{"start": s, "end": e, "text": texts.setdefault(t := doc.text[s:e], t)} for s, e in event.evidence]
        searchable = search_key(" ".join([*(ev["text"] for ev in evidence), str(event.trigger.get("text") or "")]))
        rows.append({
            "event_id": event_id, "article_id": doc.id, "idx": idx, "doc_event_id": event.id,
            "source": doc.meta.source, "seen": seen_day, "date": date, "trigger": event.trigger.get("text"),
            "source_actor": event.source.get("actor"), "target_actor": event.target.get("actor"),
            "confidence": float(event.confidence), "evidence": evidence, "search_text": searchable,
            "data": data,
        })
    em = schema.event_mentions
    ids = conn.execute(em.insert().returning(em.c.id, sort_by_parameter_order=True), rows).scalars().all()
    per_record: dict[int, list[dict[str, Any]]] = {}
    for row, mention_id in zip(rows, ids, strict=True):
        row["id"] = mention_id
        per_record.setdefault(row["event_id"], []).append(row)
    fresh = {
        event_id: per_record[event_id][0]
        for event_id, created in records
        if created and len(per_record[event_id]) == 1
    }
    new = sum(created for _, created in records)
    return new, len(records) - new, {event_id for event_id, _ in records}, fresh
