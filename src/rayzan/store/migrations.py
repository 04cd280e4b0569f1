"""Versioned migrations: an ordered list, applied once each, recorded in ``schema_version``.

Every migration is idempotent on its own (``checkfirst``, ``IF NOT EXISTS``), so a
migration interrupted half-way is simply run again.  A database written by a newer
Rayzan (a version we do not know) is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from rayzan.errors import StoreError
from rayzan.store import schema


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sa.Connection], None]


def _create_index(conn: sa.Connection, index: sa.Index) -> None:
    # IF NOT EXISTS rather than SQLAlchemy's checkfirst: that reflects the table's indexes, and
    # SQLite's reflection warns about (and does not see) the expression indexes of migration 7.
    conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))


def _initial_schema(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn, tables=schema.V1_TABLES, checkfirst=True)


def _search_index(conn: sa.Connection) -> None:
    """Free-text search over evidence: FTS5 on SQLite, trigram GIN index on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS event_mentions_fts USING fts5("
            "search_text, content='event_mentions', content_rowid='id', tokenize='unicode61')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS event_mentions_fts_insert AFTER INSERT ON event_mentions BEGIN "
            "INSERT INTO event_mentions_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS event_mentions_fts_delete AFTER DELETE ON event_mentions BEGIN "
            "INSERT INTO event_mentions_fts(event_mentions_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END"
        )
        conn.exec_driver_sql("INSERT INTO event_mentions_fts(event_mentions_fts) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        # pg_trgm makes ILIKE '%word%' indexable; without the extension search still works, unindexed.
        with conn.begin_nested():
            try:
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                has_trgm = True
            except sa.exc.DBAPIError:
                has_trgm = False
        if has_trgm:
            conn.exec_driver_sql(
                "CREATE INDEX IF NOT EXISTS ix_event_mentions_search ON event_mentions "
                "USING gin (search_text gin_trgm_ops)"
            )


_SORT_INDEXES = ("ix_events_goldstein", "ix_events_last_seen", "ix_events_articles")


def _search_by_event(conn: sa.Connection) -> None:
    """Free text searches event records directly (no detour through mentions), and the
    dashboard's sort keys get indexes."""
    if "search_text" not in {c["name"] for c in sa.inspect(conn).get_columns("events")}:
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN search_text TEXT")
        conn.exec_driver_sql(
            "UPDATE events SET search_text = (SELECT string_agg(m.search_text, ' ') FROM event_mentions m "
            "WHERE m.event_id = events.id)"
            if conn.dialect.name == "postgresql"
            else "UPDATE events SET search_text = (SELECT group_concat(m.search_text, ' ') FROM event_mentions m "
            "WHERE m.event_id = events.id)"
        )
    for index in schema.events.indexes:
        if index.name in _SORT_INDEXES:
            _create_index(conn, index)
    if conn.dialect.name == "postgresql":
        has_trgm = conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is not None
        if has_trgm:
            conn.exec_driver_sql(
                "CREATE INDEX IF NOT EXISTS ix_events_search ON events USING gin (search_text gin_trgm_ops)"
            )
        return
    for trigger in ("event_mentions_fts_insert", "event_mentions_fts_delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS event_mentions_fts")
    # External content: a MATCH returns event ids (rowids) without reading any row.
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS event_text_fts USING fts5("
        "search_text, content='events', content_rowid='id', tokenize='unicode61')"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS event_text_fts_insert AFTER INSERT ON events BEGIN "
        "INSERT INTO event_text_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS event_text_fts_delete AFTER DELETE ON events BEGIN "
        "INSERT INTO event_text_fts(event_text_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS event_text_fts_update AFTER UPDATE OF search_text ON events BEGIN "
        "INSERT INTO event_text_fts(event_text_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO event_text_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    conn.exec_driver_sql("INSERT INTO event_text_fts(event_text_fts) VALUES ('rebuild')")


def _newest_first_indexes(conn: sa.Connection) -> None:
    """PostgreSQL sorts NULL highest, so "newest first, undated last" needs its own index order."""
    if conn.dialect.name != "postgresql":
        return
    for column in ("date", "last_seen"):
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_events_{column}_newest ON events ({column} DESC NULLS LAST, id DESC)"
        )


_QUERY_INDEXES = {"events": ("ix_events_source_quad", "ix_events_target_quad"), "articles": ("ix_articles_updated",)}


def _country_quad_indexes(conn: sa.Connection) -> None:
    """Country (either side) with quad class from two index ranges instead of a walk of
    a quarter of the table; the newest article change found without a scan (cache keys)."""
    for table, names in _QUERY_INDEXES.items():
        for index in schema.metadata.tables[table].indexes:
            if index.name in names:
                _create_index(conn, index)


def _network_indexes(conn: sa.Connection) -> None:
    """Covering indexes for the dashboard's country and actor networks: a group-by over
    them reads a few MB instead of every wide event row (~15x faster on 100k events)."""
    for index in schema.events.indexes:
        if index.name in ("ix_events_network", "ix_events_actor_network"):
            _create_index(conn, index)


def _name_key_indexes(conn: sa.Connection) -> None:
    """An --actor that names no stored actor is looked up in the events' party text, folded as
    names are compared: from two expression indexes instead of a scan of every event."""
    for index in schema.events.indexes:
        if index.name in ("ix_events_source_key", "ix_events_target_key"):
            _create_index(conn, index)


def _fold_alef_in_search_text(conn: sa.Connection) -> None:
    """Free text folds alef variants (``search.search_key``): the stored keys are folded the same
    way (SQLite's update trigger keeps the FTS index in step)."""
    from rayzan.store.search import ALEF_VARIANTS

    for table in (schema.event_mentions, schema.events):
        folded: sa.ColumnElement[str] = table.c.search_text
        for alef in ALEF_VARIANTS:
            folded = sa.func.replace(folded, alef, "ا")
        holds_one = sa.or_(*(table.c.search_text.contains(alef, autoescape=True) for alef in ALEF_VARIANTS))
        conn.execute(table.update().where(holds_one).values(search_text=folded))


def _sort_key_indexes(conn: sa.Connection) -> None:
    """Every sort key of ``rayzan events --sort`` and ``/api/events?sort=`` has an index: sorted
    by confidence, sources or first seen, a page walked the whole table and sorted it (0.1 s for
    the first page of 316,416 events, 3.3 s for page 4,000)."""
    for index in schema.events.indexes:
        if index.name in ("ix_events_confidence", "ix_events_sources", "ix_events_first_seen"):
            _create_index(conn, index)


def _one_letter_prefixes(conn: sa.Connection) -> None:
    """SQLite: the event text index also indexes every word's first letter.  Each query word is
    matched as a prefix, and a one-letter word (``و``, ``ا``) merged the lists of every indexed
    word it begins: 0.19 s for «ا», 0.96 s for 31 letters on 316,416 events, against 0.008 s and
    0.04 s with the prefix index (the text index grows from 78 to 120 MB there, 7% of the database)."""
    if conn.dialect.name != "sqlite":
        return
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'event_text_fts'").scalar()
    if sql and "prefix=" in sql:
        return
    # The triggers on events name the table, not its definition: they stay.
    conn.exec_driver_sql("DROP TABLE IF EXISTS event_text_fts")
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE event_text_fts USING fts5("
        "search_text, content='events', content_rowid='id', tokenize='unicode61', prefix='1')"
    )
    conn.exec_driver_sql("INSERT INTO event_text_fts(event_text_fts) VALUES ('rebuild')")


def _actor_keys(conn: sa.Connection) -> None:
    """Actors are found by key from an index (``store.actor_keys``), not by folding the id, the
    names and a person's name endings of every stored actor in SQL at each lookup (120 ms at
    40,000 actors, and a dyad asks up to eight times): the table, with every stored actor's keys."""
    from rayzan.store.actor_keys import rebuild_keys

    schema.actor_keys.create(conn, checkfirst=True)
    rebuild_keys(conn)


def _url_hash_index(conn: sa.Connection) -> None:
    """PostgreSQL: the article URL index becomes a hash index.  A btree entry holds the whole URL,
    and an article whose URL passed about 2,700 bytes (tracking parameters, data: URLs) was
    refused ("index row size ... exceeds btree maximum") and lost; a hash entry holds the URL's
    4-byte hash, and equality lookups stay indexed with no change to any query."""
    if conn.dialect.name != "postgresql":
        return
    indexdef = conn.exec_driver_sql(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'ix_articles_url'"
    ).scalar()
    if indexdef is not None and "USING hash" in indexdef:
        return
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_articles_url")
    for index in schema.articles.indexes:
        if index.name == "ix_articles_url":
            _create_index(conn, index)


def _article_aliases(conn: sa.Connection) -> None:
    """An article without a URL gets its id from its normalised text, no longer from its raw text
    (a copy writing Arabic ي/ك was stored as a second article, its events twice): those stored
    before keep their ids, and are found by their new ones through ``article_aliases``, so that
    ingesting them again stores nothing (``store.aliases``; about 0.2 ms an article)."""
    from rayzan.store.aliases import record_stored_aliases

    schema.article_aliases.create(conn, checkfirst=True)
    record_stored_aliases(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, versions, sentences, entities, actors, mentions, events", _initial_schema),
    Migration(2, "free-text search over event evidence", _search_index),
    Migration(3, "free-text search over event records; sort-key indexes", _search_by_event),
    Migration(4, "PostgreSQL indexes for newest-first listings", _newest_first_indexes),
    Migration(5, "indexes for country with quad class, and for the newest article change", _country_quad_indexes),
    Migration(6, "covering indexes for the dashboard's networks", _network_indexes),
    Migration(7, "expression indexes for actor names that match no stored actor", _name_key_indexes),
    Migration(8, "free text folds alef with madda or hamza into alef", _fold_alef_in_search_text),
    Migration(9, "indexes for the sort keys confidence, sources and first seen", _sort_key_indexes),
    Migration(10, "the event text index also indexes first letters (one-letter query words)", _one_letter_prefixes),
    Migration(11, "actor lookup keys: the actor filter finds actors from an index", _actor_keys),
    Migration(12, "PostgreSQL: a hash index on article URLs, so that a URL of any length is stored", _url_hash_index),
    Migration(13, "articles without a URL are found by the id of their normalised text", _article_aliases),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: sa.Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.coalesce(sa.func.max(schema.schema_version.c.version), 0))).scalar_one()


def migrate(engine: sa.Engine, where: str) -> int:
    """Bring the database up to ``LATEST``; returns the version it is at."""
    with engine.connect().execution_options(rayzan_write=True) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Two processes opening a fresh database at once must not both migrate it.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(72617961)")
        version = current_version(conn)
        if version > LATEST:
            raise StoreError(
                f"{where}: the database has schema version {version}, newer than this Rayzan knows ({LATEST}); "
                "upgrade rayzan or use another database"
            )
        schema.schema_version.create(conn, checkfirst=True)
        if 0 < version < LATEST:
            # Some upgrades rebuild an index (migration 10: about a minute per million events) or fill a
            # table (11: 2 s per 40,000 actors on SQLite, 5 s on PostgreSQL): say so, rather than look hung.
            print(f"rayzan: upgrading {where} from schema version {version} to {LATEST}", file=sys.stderr, flush=True)
        for migration in MIGRATIONS:
            if migration.version <= version:
                continue
            migration.apply(conn)
            conn.execute(
                schema.schema_version.insert().values(
                    version=migration.version,
                    description=migration.description,
                    applied_at=dt.datetime.now(dt.UTC),
                )
            )
        return max(version, LATEST)
