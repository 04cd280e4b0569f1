"""Engines: what a user sees when a database cannot get one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from test_store_documents import consult_article, db_url  # noqa: F401  (db_url is a fixture)

from rayzan.errors import StoreError
from rayzan.store import Store
from rayzan.store.location import describe, resolve_url
from rayzan.store.store import MissingDatabase


def test_store_engine_postgres_without_its_driver_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A plain install has no psycopg (it is the `postgres` extra): an error naming the fix, not a traceback.
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"psycopg.*\.\[postgres\]") as caught:
        Store.open("postgresql://rayzan:secret@db.example/rayzan")
    assert "secret" not in str(caught.value)  # the password stays out of the message


def test_store_engine_database_lost_while_in_use_is_one_clear_error(db_url: str) -> None:
    # A shared server stopped or restarted, its database dropped, a disk gone under a long export:
    # a StoreError naming the database (one `error` line and exit 2 from the CLI), not the
    # driver's traceback.  (An API request answers 503: test_api_routes.)
    where = describe(resolve_url(db_url))
    with pytest.raises(StoreError, match="the database cannot be reached") as caught, Store.open(db_url) as store:
        store.ingest(consult_article())
        store.engine.dispose()  # connections are made anew, as after a restart
        _take_away(db_url)
        list(store.iter_events())
    assert str(caught.value).startswith(f"{where}: ")


def test_store_engine_a_database_the_server_lacks_is_a_missing_database(db_url: str) -> None:  # noqa: F811  (a fixture)
    # psycopg's error for it carries no SQLSTATE (3D000 is only in libpq's message, in the server's
    # language): the server is asked.  A wrong --db, exit 1, for reading and writing alike.
    if "://" not in db_url:
        pytest.skip("a server's database; a SQLite file that is not there: test_cli")
    Store.open(db_url).close()  # the server's fixture database exists: the probe says so
    _take_away(db_url)
    for must_exist in (True, False):
        with pytest.raises(MissingDatabase, match="no database 'rayzan_test_[0-9a-f]+' on that server") as caught:
            Store.open(db_url, must_exist=must_exist)
        assert caught.value.exit_code == 1 and "\n" not in str(caught.value)


def _take_away(location: str) -> None:
    if "://" not in location:  # SQLite: its folder moved away
        folder = Path(location).parent
        folder.rename(folder.with_name(folder.name + "-gone"))
        return
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(os.environ["RAYZAN_TEST_PG"], autocommit=True) as conn:  # the fixture's server
        conn.execute(f'DROP DATABASE "{make_url(location).database}" WITH (FORCE)')
