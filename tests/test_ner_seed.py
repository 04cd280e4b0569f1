"""The seed article's entities, through the pipeline (segment -> ner)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rayzan.document import LEAD, PARAGRAPH, TITLE, ArticleMeta, Block, Document
from rayzan.ner import STAGE
from rayzan.pipeline import SEGMENT, Pipeline, build_document

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_4ae7452aa70c5ae9.txt"

EXPECTED = [
    ("کاظم جلالی", "PER"),
    ("سرگئی ورشنین", "PER"),
    ("ایران", "LOC"),
    ("روسیه", "LOC"),
    ("مسکو", "LOC"),
    ("غزه", "LOC"),
    ("سوریه", "LOC"),
    ("لبنان", "LOC"),
    ("فلسطین", "LOC"),
    ("وزارت امور خارجه روسیه", "ORG"),
]

_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})


def _analyse(text: str) -> Document:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    kinds = [TITLE, LEAD] + [PARAGRAPH] * (len(lines) - 2)
    doc = build_document(ArticleMeta(id="seed"), [Block(k, line) for k, line in zip(kinds, lines)])
    return Pipeline((SEGMENT, STAGE))(doc)


@pytest.fixture(scope="module")
def seed_raw() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is absent")
    return SEED.read_text(encoding="utf-8")


def test_ner_seed_finds_the_named_people_places_and_ministry(seed_raw: str) -> None:
    found = {(e.text, e.label) for e in _analyse(seed_raw).entities}
    missing = [pair for pair in EXPECTED if pair not in found]
    assert not missing, f"missing {missing}; found {sorted(found)}"


def test_ner_seed_offsets_point_into_the_normalised_text(seed_raw: str) -> None:
    doc = _analyse(seed_raw)
    assert doc.entities
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
        assert e.label in {"PER", "ORG", "LOC", "FAC", "EVE", "PRO", "DAT", "TIM", "MON", "PCT"}


def test_ner_seed_arabic_lettered_gives_the_same_entities(seed_raw: str) -> None:
    # ي/ك for ی/ک, as in older Persian web text: normalisation undoes it before tagging.
    clean = {(e.text, e.label, e.start) for e in _analyse(seed_raw).entities}
    arabic = {(e.text, e.label, e.start) for e in _analyse(seed_raw.translate(_TO_ARABIC)).entities}
    assert arabic == clean


def test_ner_stage_declares_its_contract() -> None:
    assert STAGE.name == "ner"
    assert STAGE.needs == frozenset({"tokens", "sentences"})
    assert STAGE.provides == frozenset({"entities"})
