"""``Store``: the one entry point to the database for the CLI, the API and batch jobs."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from rayzan.document import ArticleMeta, Block, Document
from rayzan.errors import RayzanError, StoreError
from rayzan.store import read, schema
from rayzan.store.aliases import stored_ids
from rayzan.store.engine import create_engine, server_lacks_database
from rayzan.store.ingest import IngestResult, ingest_document
from rayzan.store.integrity import problems
from rayzan.store.location import describe, resolve_url, sqlite_file_exists
from rayzan.store.migrations import current_version, migrate
from rayzan.store.query import (
    MAX_LIMIT,
    EventQuery,
    Page,
    actor_ids,
    count_events,
    order_by,
    select_event_ids,
    select_events,
)
from rayzan.store.stats import stats as compute_stats

EXPORT_CHUNK = 1000
_INT64_MAX = 2**63 - 1  # SQLite's INTEGER, PostgreSQL's BIGINT (LIMIT/OFFSET)
_MAX_ID = {"postgresql": 2**31 - 1}  # events.id is an sa.Integer: INTEGER on PostgreSQL


class MissingDatabase(StoreError):
    """A database a reading command was pointed at that is not there: a wrong option, so exit 1."""

    exit_code = 1


class Store:
    """A migrated database.  ``Store.open(None)`` uses ``RAYZAN_DB`` or ``./rayzan.db``."""

    def __init__(self, engine: sa.Engine, where: str) -> None:
        self.engine = engine
        self.where = where

    @classmethod
    def open(cls, url_or_path: str | os.PathLike[str] | None = None, *, must_exist: bool = False) -> Store:
        """Open (and migrate) the database; ``must_exist``: refuse a SQLite file that is not there, or a
        database without Rayzan's tables, instead of creating an empty one (commands that only read: a
        mistyped ``--db`` would otherwise answer "no events" and an export would overwrite a good file
        with nothing)."""
        url = resolve_url(url_or_path)
        where = describe(url)
        if must_exist and not sqlite_file_exists(url):
            raise MissingDatabase(f"{url.database}: no database there; check --db (or RAYZAN_DB), or run `rayzan ingest` first")
        engine = create_engine(url)
        try:
            if must_exist and _holds_no_schema(engine):
                # A server's database is always "there": one Rayzan never made (the server's own
                # `postgres`, a mistyped name) would get its tables from a command that only reads.
                raise MissingDatabase(f"{where}: no Rayzan database there (no tables of its own); check --db "
                                      "(or RAYZAN_DB), or run `rayzan ingest` first")
            migrate(engine, where)
        except RayzanError:
            engine.dispose()
            raise
        except sa.exc.SQLAlchemyError as e:
            engine.dispose()
            if isinstance(e, sa.exc.OperationalError) and server_lacks_database(url):
                # A mistyped name, as a SQLite path that is not there: a wrong option (exit 1), not a
                # database gone (exit 2); the server would not create it on a write either.
                raise MissingDatabase(f"{where}: no database {url.database!r} on that server; check --db (or "
                                      f"RAYZAN_DB), or create it (createdb {url.database})") from e
            raise StoreError(f"{where}: cannot open the database ({_reason(e)})") from e
        return cls(engine, where)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, traceback: object) -> None:
        self.close()
        if isinstance(exc, sa.exc.OperationalError):
            # The server stopped or restarted, the database was dropped, the file's folder went away
            # while in use: one error naming the database, as when it cannot be opened.
            raise StoreError(f"{self.where}: the database cannot be reached ({_reason(exc)})") from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- writing ---------------------------------------------------------------

    def ingest(self, doc: Document) -> IngestResult:
        """Store one analysed article in one transaction."""
        return self.ingest_many([doc])[0]

    def ingest_many(self, docs: Iterable[Document]) -> list[IngestResult]:
        """Store several articles in one transaction (all or none): fewer commits for batch loaders."""
        docs = list(docs)
        try:
            try:
                return self._ingest_once(docs)
            except sa.exc.IntegrityError:
                # Another writer stored the same article between our read and our insert;
                # a second attempt sees its commit and updates or skips.
                return self._ingest_once(docs)
        except sa.exc.SQLAlchemyError as e:
            ids = ", ".join(d.id for d in docs[:3]) + (" ..." if len(docs) > 3 else "")
            raise StoreError(f"{self.where}: cannot store article {ids} ({_reason(e)})") from e

    def _ingest_once(self, docs: list[Document]) -> list[IngestResult]:
        now = dt.datetime.now(dt.UTC)
        with self._write() as conn:
            return [ingest_document(conn, doc, now) for doc in docs]

    def _write(self) -> Any:
        return _Transaction(self.engine.connect().execution_options(rayzan_write=True))

    # -- reading ---------------------------------------------------------------

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries in the order they were first stored."""
        offset = _check_page(limit, offset)
        with self.engine.connect() as conn:
            return read.article_summaries(conn, limit, offset)

    def article_ids(self, page: int = 1000) -> Iterator[str]:
        """Every stored article's id in the order ``articles`` lists them (first stored first),
        ``page`` ids per query, each in its own short transaction (keyset paging)."""
        after: sa.Row | None = None
        while True:
            with self.engine.connect() as conn:
                keys = read.article_keys(conn, after, page)
            yield from (key.id for key in keys)
            if len(keys) < page:
                return
            after = keys[-1]

    def stored_sources(self, ids: Sequence[str] | None = None, page: int = 100) -> Iterator[tuple[ArticleMeta, list[Block]]]:
        """Every stored article (or those of ``ids``) as its reader gave it: metadata and raw blocks,
        in id order, a page at a time, each page read in its own short transaction (so that the
        caller may write between pages)."""
        after: str | None = None
        while True:
            with self.engine.connect() as conn:
                batch = read.stored_sources(conn, after, page, ids)
            yield from batch
            if len(batch) < page:
                return
            after = batch[-1][0].id

    def stored_ids(self, ids: Iterable[str]) -> dict[str, str]:
        """Each of ``ids`` that names a stored article, with the id it is stored under: its own, or
        the one it leads to as the id the article's content gives today (``store.aliases``)."""
        with self.engine.connect() as conn:
            return stored_ids(conn, ids)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article: the contract plus section/sentence texts, event record ids, versions.  Asked
        by an id its content gives today, one stored under another comes, with its stored id (so for
        ``article_document`` and ``article_version``)."""
        with self.engine.connect() as conn:
            return read.article_detail(conn, article_id)

    def article_document(self, article_id: str) -> dict[str, Any] | None:
        """One article exactly as the JSONL contract has it."""
        with self.engine.connect() as conn:
            return read.article_document(conn, article_id)

    def article_version(self, article_id: str, version: int) -> dict[str, Any] | None:
        """An earlier version's analysis (the contract), or None."""
        with self.engine.connect() as conn:
            return read.article_version(conn, article_id, version)

    def query_events(self, query: EventQuery | None = None) -> Page:
        q = (query or EventQuery()).validated()
        with self.engine.connect() as conn:
            total = conn.execute(count_events(q, self.dialect)).scalar_one()
            if total <= q.offset:
                return Page([], total, q.limit, q.offset)
            in_order = self.dialect == "sqlite" and _page_in_sort_order(conn, total, q)
            # The page's ids first, then their rows: sorting and skipping ``offset`` matches carries
            # only the sort key and the id, not every wide row (search text, topics, location).
            # 3.3 s to 0.2 s for page 4,000 of 316,416 events sorted by an unindexed key.
            ids = conn.execute(
                select_event_ids(q, self.dialect, in_order).order_by(*order_by(q, self.dialect)).limit(q.limit).offset(q.offset)
            ).scalars().all()
            if not ids:
                return Page([], total, q.limit, q.offset)
            by_id = {r.id: r for r in conn.execute(sa.select(schema.events).where(schema.events.c.id.in_(ids)))}
            rows = [by_id[i] for i in ids if i in by_id]
            return Page(read.event_items(conn, rows), total, q.limit, q.offset)

    def event(self, event_id: int | str) -> dict[str, Any] | None:
        """One event record with every mention and its evidence sentences."""
        try:
            key = int(event_id)
        except (TypeError, ValueError):
            return None
        if not 0 < key <= _MAX_ID.get(self.dialect, _INT64_MAX):
            return None  # no such record; and a bigger number would not fit the column's integer type
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.events).where(schema.events.c.id == key)).first()
            if row is None:
                return None
            item = read.event_items(conn, [row])[0]
            item["event_mentions"] = read.event_mentions_of(conn, key)
            ea = schema.event_actors
            item["actors"] = list(conn.execute(sa.select(ea.c.actor_id).where(ea.c.event_id == key).order_by(ea.c.actor_id)).scalars())
            return item

    def actors(
        self, name: str | None = None, country: str | None = None, kind: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> Page:
        """Actors with the number of event records each takes part in, most active first."""
        offset = _check_page(limit, offset)
        act, ea = schema.actors, schema.event_actors
        where = []
        if name:
            where.append(sa.or_(act.c.id == name, act.c.name.contains(name, autoescape=True),
                                sa.func.lower(act.c.name_en).contains(name.lower(), autoescape=True)))
        if country:
            where.append(act.c.country == country.upper())
        if kind:
            where.append(act.c.kind == kind)
        n_events = sa.select(sa.func.count()).where(ea.c.actor_id == act.c.id).scalar_subquery().label("events")
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(act).where(*where)).scalar_one()
            rows = conn.execute(
                sa.select(act, n_events).where(*where).order_by(sa.desc("events"), act.c.id).limit(limit).offset(offset)
            ).all()
        items = [
            {"id": r.id, "name": r.name, "name_en": r.name_en, "kind": r.kind, "country": r.country,
             "sector": r.sector, "code": r.code, "roles": r.roles, "events": r.events}
            for r in rows
        ]
        return Page(items, total, limit, offset)

    def actor_ids(self, text: str) -> list[str]:
        """Ids of the stored actors that ``text`` names, as the ``actor`` filter reads it (id,
        Persian or English name, a person's surname; see ``query.actor_ids``)."""
        with self.engine.connect() as conn:
            return list(conn.execute(actor_ids(text).order_by(schema.actor_keys.c.actor_id)).scalars())

    def actors_by_id(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Several actors at once, by id (exports use their CAMEO codes)."""
        act = schema.actors
        wanted = sorted(set(ids) - {None, ""})
        if not wanted:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(act).where(act.c.id.in_(wanted))).all()
        return {r.id: {"id": r.id, "name": r.name, "name_en": r.name_en, "kind": r.kind, "country": r.country,
                       "sector": r.sector, "code": r.code, "roles": r.roles} for r in rows}

    def stats(self, query: EventQuery | None = None) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return compute_stats(conn, query, cache_key=self.where)

    # -- streaming, for exports ------------------------------------------------

    def iter_events(self, query: EventQuery | None = None, chunk: int = EXPORT_CHUNK) -> Iterator[dict[str, Any]]:
        """Every event record matching the filters, in id order, ``chunk`` rows per query
        (keyset paging: bounded memory, no long-held cursor, same on both back ends)."""
        q = query or EventQuery()
        in_order = self.dialect == "sqlite" and _export_in_id_order(self.engine, q, chunk)
        last = 0
        while True:
            with self.engine.connect() as conn:
                stmt = select_events(q, self.dialect, in_order).where(schema.events.c.id > last).order_by(schema.events.c.id).limit(chunk)
                rows = conn.execute(stmt).all()
                if not rows:
                    return
                items = read.event_items(conn, rows)
            yield from items
            last = rows[-1].id

    def iter_event_mentions(self, event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        """Mentions of several events at once (source URLs for GDELT/PLOVER exports)."""
        em, art = schema.event_mentions, schema.articles
        out: dict[int, list[dict[str, Any]]] = {i: [] for i in event_ids}
        if not event_ids:
            return out
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(em.c.event_id, em.c.article_id, em.c.source, art.c.url, art.c.title, em.c.seen)
                .select_from(em.join(art, art.c.id == em.c.article_id))
                .where(em.c.event_id.in_(event_ids))
                .order_by(em.c.event_id, em.c.id)
            ).all()
        for r in rows:
            out[r.event_id].append({"article": r.article_id, "source": r.source, "url": r.url, "title": r.title, "seen": r.seen})
        return out

    def first_event_urls(self, event_ids: list[int]) -> dict[int, str]:
        """The URL of each event's first mention that has one (GDELT's SOURCEURL), without loading
        every mention of an event many articles report."""
        em, art = schema.event_mentions, schema.articles
        if not event_ids:
            return {}
        first = (
            sa.select(sa.func.min(em.c.id).label("id"))
            .select_from(em.join(art, art.c.id == em.c.article_id))
            .where(em.c.event_id.in_(event_ids), art.c.url.is_not(None), art.c.url != "")
            .group_by(em.c.event_id)
            .subquery()
        )
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(em.c.event_id, art.c.url)
                .select_from(em.join(art, art.c.id == em.c.article_id))
                .where(em.c.id.in_(sa.select(first.c.id)))
            ).all()
        return {r.event_id: r.url for r in rows}

    def lead_ends(self, article_ids: Iterable[str]) -> dict[str, int]:
        """Where each article's opening (title and lead) ends in its text: GDELT's root events."""
        sec = schema.sections
        wanted = sorted(set(article_ids))
        if not wanted:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(sec.c.article_id, sa.func.max(sec.c.end))
                .where(sec.c.article_id.in_(wanted), sec.c.kind.in_(("title", "lead")))
                .group_by(sec.c.article_id)
            ).all()
        return {article_id: end for article_id, end in rows}

    def iter_articles(self, chunk: int = 200) -> Iterator[dict[str, Any]]:
        """Every article as the JSONL contract, in id order, a chunk of ids at a time."""
        art = schema.articles
        last = ""
        while True:
            with self.engine.connect() as conn:
                ids = conn.execute(sa.select(art.c.id).where(art.c.id > last).order_by(art.c.id).limit(chunk)).scalars().all()
                if not ids:
                    return
                docs = [read.article_document(conn, i) for i in ids]
            yield from (d for d in docs if d is not None)
            last = ids[-1]

    def check(self) -> list[str]:
        """Inconsistencies found in the database (empty: sound); for ``rayzan check`` and tests."""
        with self.engine.connect() as conn:
            return problems(conn)

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(schema.articles)).scalar_one()


def _holds_no_schema(engine: sa.Engine) -> bool:
    with engine.connect() as conn:
        return current_version(conn) == 0


def _page_in_sort_order(conn: sa.Connection, total: int, q: EventQuery) -> bool:
    """Whether walking the sort key's index is cheaper than collecting all ``total`` matches:
    the walk visits about (offset + limit) * all / total events (SQLite plans blind to that)."""
    return (q.offset + q.limit) * _event_count_estimate(conn) < total * total


def _event_count_estimate(conn: sa.Connection) -> int:
    """How many events there are, in O(1): the largest id."""
    return conn.execute(sa.select(sa.func.max(schema.events.c.id))).scalar_one() or 0


def _export_in_id_order(engine: sa.Engine, q: EventQuery, chunk: int) -> bool:
    """Whether an export should walk the events in id order, filtering as it goes: each chunk
    through a filter's index collects every match left and sorts it (about matches² / 2 chunk
    rows over the export: hours for millions of matches), the walk visits each event once."""
    with engine.connect() as conn:
        total = conn.execute(count_events(q, "sqlite")).scalar_one()
        return total * total > 2 * chunk * _event_count_estimate(conn)


class _Transaction:
    """A write transaction on its own connection; commits on success, rolls back otherwise."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sa.Connection:
        self.conn.begin()
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        try:
            if exc_type is None:
                self.conn.commit()
            else:
                self.conn.rollback()
        finally:
            self.conn.close()


def _check_page(limit: int, offset: int) -> int:
    """The offset to send: one past any table's end stays past it, but fits an SQL integer."""
    from rayzan.errors import InputError

    if not 0 < limit <= MAX_LIMIT:
        raise InputError("limit", f"must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise InputError("offset", f"must be 0 or more, got {offset}")
    return min(offset, _INT64_MAX)


def _reason(e: Exception) -> str:
    return str(getattr(e, "orig", None) or e).splitlines()[0]
