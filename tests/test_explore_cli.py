"""``rayzan events`` and ``rayzan export`` as a user runs them, over the shipped examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from test_cli import run


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("explore") / "rayzan.db"
    result = run("ingest", str(EXAMPLES), "--db", str(path))
    assert result.returncode == 0, result.stderr
    return str(path)


def events(db: str, *args: str) -> dict:
    result = run("events", "--db", db, "--json", "--limit", "100", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "actor",
    ["عباس عراقچی", "عراقچی", "araghchi", "Abbas Araghchi", "سید عباس عراقچی", "person:abbas-araghchi"],
)
def test_explore_cli_events_actor_by_name_or_surname(db: str, actor: str) -> None:
    found = events(db, "--actor", actor)
    assert found["total"] >= 1
    assert all("person:abbas-araghchi" in (e["source"].get("actor"), e["target"].get("actor")) for e in found["items"])


def test_explore_cli_events_unknown_actor_is_noted(db: str, tmp_path: Path) -> None:
    result = run("events", "--db", db, "--actor", "هیچ‌کس")
    assert result.returncode == 0 and 'no actor matches "هیچ‌کس"' in result.stderr
    assert "no actor matches" not in run("events", "--db", db, "--actor", "گروسی").stderr
    out = tmp_path / "none.jsonl"
    exported = run("export", "jsonl", "-o", str(out), "--db", db, "--actor", "Nobody")
    assert exported.returncode == 0 and 'no actor matches "Nobody"' in exported.stderr
