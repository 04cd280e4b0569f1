"""Shared fixtures: where the shared corpora are, the seed article, the examples."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
SEED = SHARED / "seed" / "000_4ae7452aa70c5ae9.txt"


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is absent")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def fars_file() -> Path:
    path = SHARED / "data" / "news" / "fars" / "fars-news-2.json"
    if not path.exists():
        pytest.skip("../shared/data/news/fars is absent")
    return path
