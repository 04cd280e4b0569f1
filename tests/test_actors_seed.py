"""The seed article (../shared/seed): the two people, their states and roles,
Russia's foreign ministry, the capitals as governments, and the topic places."""

from __future__ import annotations

from pathlib import Path

import pytest

from rayzan.actors import STAGE, resolve_actors
from rayzan.document import ArticleMeta, Block, Entity
from rayzan.pipeline import SEGMENT, Pipeline, Stage, build_document, segment

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_4ae7452aa70c5ae9.txt"


def _blocks(text: str) -> list[Block]:
    lines = [line for line in text.split("\n") if line.strip()]
    return [Block("title", lines[0]), Block("lead", lines[1])] + [Block("paragraph", line) for line in lines[2:]]


@pytest.fixture(scope="module")
def seed_doc():
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    doc = build_document(ArticleMeta(id="seed"), _blocks(SEED.read_text(encoding="utf-8")))
    return resolve_actors(segment(doc))


def test_actors_seed_jalali_is_irans_ambassador_to_russia(seed_doc):
    jalali = seed_doc.actor("person:kazem-jalali")
    assert jalali is not None and jalali.kind == "person"
    assert jalali.name == "کاظم جلالی" and jalali.name_en == "Kazem Jalali"
    assert jalali.country == "IRN"
    assert [(r.title_en, r.country, r.posted) for r in jalali.roles] == [("ambassador", "IRN", "RUS")]


def test_actors_seed_vershinin_is_russian_deputy_foreign_minister(seed_doc):
    vershinin = seed_doc.actor("person:sergey-vershinin")
    assert vershinin is not None and vershinin.kind == "person"
    assert vershinin.country == "RUS"
    assert {r.title_en for r in vershinin.roles} == {"deputy foreign minister"}
    assert all(r.country == "RUS" for r in vershinin.roles)


def test_actors_seed_foreign_ministry_of_russia(seed_doc):
    mfa = seed_doc.actor("RUS-MFA")
    assert mfa is not None and mfa.country == "RUS" and mfa.kind == "government"
    assert mfa.sector == "diplomatic" and mfa.code == "RUSGOV"
    texts = {m.text for m in seed_doc.mentions if m.actor == "RUS-MFA"}
    assert "وزارت امور خارجه روسیه" in texts


def test_actors_seed_tehran_and_moscow_are_the_two_governments(seed_doc):
    i = seed_doc.text.index("تهران و مسکو")
    plural = [m for m in seed_doc.mentions if i <= m.start < i + len("تهران و مسکو")]
    assert [(m.text, m.actor, m.kind) for m in plural] == [("تهران", "IRN", "plural"), ("مسکو", "RUS", "plural")]


def test_actors_seed_places_and_their_states(seed_doc):
    moscow = seed_doc.actor("place:moscow")
    assert moscow is not None and moscow.kind == "place" and moscow.country == "RUS"
    assert seed_doc.actor("place:gaza").country == "PSE"
    for iso3 in ("SYR", "LBN", "PSE", "IRN", "RUS"):
        assert seed_doc.actor(iso3).kind == "country"


def test_actors_seed_coreference(seed_doc):
    kinds = {(m.text, m.actor, m.kind) for m in seed_doc.mentions}
    # "سفیر ایران" later in the article is Jalali again
    assert ("سفیر ایران", "person:kazem-jalali", "title") in kinds
    # "طرفین" covers both sides, one mention each
    sides = {m.actor for m in seed_doc.mentions if m.text == "طرفین"}
    assert sides == {"person:kazem-jalali", "person:sergey-vershinin"}


def test_actors_seed_json_contract(seed_doc):
    out = seed_doc.to_json()
    for actor in out["actors"]:
        assert set(actor) >= {"id", "name", "name_en", "kind", "country", "roles"}
        for role in actor["roles"]:
            assert set(role) >= {"title", "title_en", "country"}


def test_actors_stage_runs_in_a_pipeline(seed_doc):
    # The NER stage provides entities; stand in for it so the chain check passes.
    ner = Stage("ner", lambda d: d, frozenset({"tokens"}), frozenset({"entities"}))
    doc = Pipeline(stages=(SEGMENT, ner, STAGE)).analyze(ArticleMeta(id="seed"), _blocks(SEED.read_text(encoding="utf-8")))
    assert doc.actor("person:kazem-jalali") is not None
    assert STAGE.needs == {"entities", "sentences"} and STAGE.provides == {"actors", "mentions"}


def test_actors_seed_entities_get_their_actors(seed_doc):
    # The entities DESIGN.md expects from NER, placed on their first occurrence.
    expected = {
        "کاظم جلالی": ("PER", "person:kazem-jalali"),
        "سرگئی ورشنین": ("PER", "person:sergey-vershinin"),
        "ایران": ("LOC", "IRN"),
        "روسیه": ("LOC", "RUS"),
        "مسکو": ("LOC", "place:moscow"),
        "غزه": ("LOC", "place:gaza"),
        "سوریه": ("LOC", "SYR"),
        "لبنان": ("LOC", "LBN"),
        "فلسطین": ("LOC", "PSE"),
        "وزارت امور خارجه روسیه": ("ORG", "RUS-MFA"),
    }
    text = seed_doc.text
    entities = []
    for surface, (label, _) in expected.items():
        start = text.index(surface)
        entities.append(Entity(surface, label, start, start + len(surface)))
    doc = resolve_actors(seed_doc.evolve(entities=tuple(entities), actors=(), mentions=()))
    assert {e.text: e.actor for e in doc.entities} == {s: a for s, (_, a) in expected.items()}
