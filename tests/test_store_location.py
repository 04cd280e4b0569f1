"""Where the database is: paths, SQLite URLs, and a database that must already exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from rayzan.errors import StoreError
from rayzan.store import Store
from rayzan.store.location import resolve_url


def test_store_location_relative_sqlite_url_is_resolved_and_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    assert resolve_url("sqlite:///data/r.db").database == str(tmp_path / "data" / "r.db")
    assert resolve_url(f"sqlite:///{tmp_path}/data/r.db").database == str(tmp_path / "data" / "r.db")  # absolute
    # Three slashes before an absolute-looking path name a relative one: the message says which file.
    with pytest.raises(StoreError, match=r"does not exist .*sqlite:////tmp/nowhere/r\.db"):
        resolve_url("sqlite:///tmp/nowhere/r.db")


def test_store_location_must_exist_refuses_an_absent_file(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no database there"):
        Store.open(missing, must_exist=True)
    assert not missing.exists()  # a mistyped --db creates nothing
    Store.open(missing).close()  # writers create it
    Store.open(missing, must_exist=True).close()


@pytest.mark.parametrize("location", ["/nonexistent/dir/r.db", "sqlite:////nonexistent/dir/r.db", "mysql://u@h/db", "postgresql://u@h:port/db"])
def test_store_location_that_names_no_database_is_a_usage_error(location: str) -> None:
    # A wrong --db is a bad option value: exit 1, whether the command reads or writes.
    with pytest.raises(StoreError) as caught:
        resolve_url(location)
    assert caught.value.exit_code == 1 and str(caught.value).startswith(f"{location}: ")
