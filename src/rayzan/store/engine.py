"""Engines with the connection settings Rayzan relies on."""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from sqlalchemy import event

from rayzan.errors import StoreError
from rayzan.store.location import describe


def create_engine(url: sa.URL) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    try:
        return sa.create_engine(url, pool_pre_ping=True, future=True)
    except ImportError as e:
        # The PostgreSQL driver is an extra, not in a plain install (`make run`): say so, not a traceback.
        raise StoreError(
            f"{describe(url)}: PostgreSQL needs the psycopg driver, which is not installed ({e.name or e}); "
            "install it with: pip install -e '.[postgres]'"
        ) from e


def _sqlite_engine(url: sa.URL) -> sa.Engine:
    # The sqlite3 module starts transactions lazily and only before writes; we take over
    # (SQLAlchemy's documented recipe) so that reads made while deduplicating events see
    # the same snapshot as the writes, and writers queue on a 30 s busy timeout.
    engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        if url.database and url.database != ":memory:":
            # WAL: readers never block the writer, and a killed writer leaves the last commit intact.
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # Writers take the write lock at BEGIN, so two ingesting processes never deadlock on upgrade.
        mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("rayzan_write") else "BEGIN"
        conn.exec_driver_sql(mode)

    return engine


def server_lacks_database(url: sa.URL) -> bool:
    """Whether the PostgreSQL server of ``url`` answers and has no database of its name.

    psycopg raises the server's refusal of a connection (``database "x" does not exist``,
    SQLSTATE 3D000) as a bare OperationalError: no ``sqlstate``, no ``diag``, only libpq's message,
    in the server's language.  So the server is asked, through its maintenance database; False
    when that cannot be done (the server is down, or refuses that one too): nothing is known."""
    if url.get_backend_name() != "postgresql" or not url.database:
        return False
    probe = url.set(database="template1" if url.database == "postgres" else "postgres")
    engine = sa.create_engine(probe, poolclass=sa.pool.NullPool, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            found = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}).first()
        return found is None
    except sa.exc.SQLAlchemyError:
        return False
    finally:
        engine.dispose()
