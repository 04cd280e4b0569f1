"""Engines: what a user sees when a database cannot get one."""

from __future__ import annotations

import sys

import pytest

from rayzan.errors import StoreError
from rayzan.store import Store


def test_store_engine_postgres_without_its_driver_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A plain install has no psycopg (it is the `postgres` extra): an error naming the fix, not a traceback.
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"psycopg.*\.\[postgres\]") as caught:
        Store.open("postgresql://rayzan:secret@db.example/rayzan")
    assert "secret" not in str(caught.value)  # the password stays out of the message
