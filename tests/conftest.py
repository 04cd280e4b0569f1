"""Shared fixtures: where the shared corpora are, the seed article, the examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from rayzan.document import ArticleMeta, Block, Document, Entity

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


def analyse_actors(*paragraphs: str, entities: tuple[Entity, ...] = ()) -> Document:
    """Title, paragraphs → segmented document → the actor stage (with hand-made
    entities when given, so the stage is tested without the NER model)."""
    from rayzan.actors import resolve_actors
    from rayzan.pipeline import build_document, segment

    blocks = [Block("title", paragraphs[0])] + [Block("paragraph", p) for p in paragraphs[1:]]
    doc = segment(build_document(ArticleMeta(id="t"), blocks))
    if entities:
        doc = doc.evolve(entities=entities)
    return resolve_actors(doc)
