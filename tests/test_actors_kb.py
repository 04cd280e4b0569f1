"""The actor knowledge base: loading, validation, look-ups and the helpers
other stages use (place_country, lookup, actor_country)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from rayzan.actors import actor_country, load_kb, lookup, mention_country, place_country
from rayzan.actors.kb import DATA, KnowledgeBaseError, build_kb, surface_keys
from rayzan.actors.romanize import romanize_name
from rayzan.document import ArticleMeta, Document, Mention

ROOT = Path(__file__).resolve().parents[1]


def test_actors_kb_loads_fast_and_covers_every_state():
    t = time.perf_counter()
    kb = build_kb()
    assert time.perf_counter() - t < 0.3 * 3  # 0.3 s budget, with slack for a busy CI machine
    assert len(kb.countries) >= 240
    assert kb.countries["PSE"].name == "فلسطین"
    assert load_kb() is load_kb()  # cached


@pytest.mark.parametrize(
    "text, iso3",
    [
        ("مسکو", "RUS"),  # capital
        ("غزه", "PSE"),  # place in Palestine
        ("نوار غزه", "PSE"),
        ("کرانه باختری", "PSE"),
        ("جولان", "SYR"),
        ("روسیه", "RUS"),
        ("فدراسیون روسیه", "RUS"),  # variant
        ("امریکا", "USA"),  # spelling without madda
        ("اسرائیل", "ISR"),
        ("رژیم صهیونیستی", "ISR"),
        ("سوريه", "SYR"),  # Arabic yeh
        ("کاخ سفید", "USA"),  # metonym
        ("خلیج فارس", None),  # region spanning states
        ("سازمان ملل", None),  # not a place
        ("کتاب", None),
    ],
)
def test_actors_place_country(text, iso3):
    assert place_country(text) == iso3


@pytest.mark.parametrize(
    "text, kind, entry_id",
    [
        ("حزب‌الله", "organisation", "HEZBOLLAH"),
        ("حزب الله", "organisation", "HEZBOLLAH"),  # ZWNJ as space
        ("حزبالله", "organisation", "HEZBOLLAH"),  # ZWNJ lost
        ("ناتو", "organisation", "NATO"),
        ("سازمان همکاری شانگهای", "organisation", "SCO"),
        ("بریکس", "organisation", "BRICS"),
        ("اوپک", "organisation", "OPEC"),
        ("آژانس بین‌المللی انرژی اتمی", "organisation", "IAEA"),
        ("اتحادیه اروپا", "organisation", "EU"),
        ("وزارت امور خارجه", "body", "MFA"),
        ("سپاه", "body", "IRGC"),
        ("رئیسجمهور", "role", "president"),
        ("رییس‌جمهور", "role", "president"),  # ئ written ی
        ("کاردار", "role", "charg-d-affaires"),
        ("ایرانی", "country", "IRN"),  # demonym
        ("قفقاز", "place", "place:caucasus"),
        # a name ending in a vowel with its written ezafe («مایک پمپئوی عزیز»، «دولت اوبامای دموکرات»)
        ("مایک پمپئوی", "person", "person:mike-pompeo"),
        ("اوبامای", "person", "person:barack-obama"),
        ("جنبش غیر متعهد", "organisation", "NONALIGNED"),
    ],
)
def test_actors_lookup(text, kind, entry_id):
    entry = lookup(text)
    assert entry is not None and entry.kind == kind and entry.id == entry_id


def test_actors_actor_country_from_ids_and_docs():
    assert actor_country("IRN") == "IRN"
    assert actor_country("RUS-MFA") == "RUS"
    assert actor_country("RUS:foreign-minister") == "RUS"
    assert actor_country("HAMAS") == "PSE"
    assert actor_country("UN") is None
    assert actor_country("place:moscow") == "RUS"
    assert actor_country(None) is None
    doc = Document(meta=ArticleMeta(id="x"), raw="")
    assert mention_country(Mention("مسکو", 0, 4, "place:moscow"), doc) == "RUS"


def test_actors_surface_keys_forgive_zwnj():
    assert set(surface_keys("بین‌المللی")) == {"بین المللی", "بینالمللی"}


def test_actors_romanize_names():
    kb = load_kb()
    assert romanize_name("کاظم جلالی", kb) == "Kazem Jalali"
    assert romanize_name("سرگئی ورشنین", kb).startswith("Sergei V")
    assert romanize_name("حسن روحانی", kb) == "Hassan Rouhani"


def _write_kb(tmp_path: Path, **changes: str) -> Path:
    for f in DATA.iterdir():
        if f.suffix in (".csv", ".yaml"):
            (tmp_path / f.name).write_text(changes.get(f.name, f.read_text(encoding="utf-8")), encoding="utf-8")
    return tmp_path


def test_actors_kb_rejects_unknown_country_code(tmp_path):
    places = (DATA / "places.yaml").read_text(encoding="utf-8") + "- {id: nowhere, fa: [ناکجاآباد], en: Nowhere, country: XYZ}\n"
    with pytest.raises(KnowledgeBaseError, match="XYZ"):
        build_kb(_write_kb(tmp_path, **{"places.yaml": places}))


def test_actors_kb_rejects_a_name_given_to_two_actors(tmp_path):
    orgs = (DATA / "organisations.yaml").read_text(encoding="utf-8") + "- {id: FAKE, fa: [ناتو], en: Fake, country: null}\n"
    with pytest.raises(KnowledgeBaseError, match="ناتو"):
        build_kb(_write_kb(tmp_path, **{"organisations.yaml": orgs}))


def test_actors_kb_rejects_a_short_form_of_three_words(tmp_path):
    # (two words are a short form: «مجمع عمومی» for the UN General Assembly)
    orgs = (DATA / "organisations.yaml").read_text(encoding="utf-8")
    orgs += "- {id: FAKE, fa: [سازمان ساختگی بسیار بزرگ], short: [سازمان ساختگی بسیار], en: Fake, country: null}\n"
    with pytest.raises(KnowledgeBaseError, match="one or two words"):
        build_kb(_write_kb(tmp_path, **{"organisations.yaml": orgs}))


def test_actors_overrides_file_adds_people(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("people:\n- {id: jane-roe, fa: [جین رو], en: Jane Roe, country: GBR}\n", encoding="utf-8")
    kb = build_kb(overrides=path)
    hit = kb.lookup("جین رو")
    assert hit is not None and hit.entry.id == "person:jane-roe" and hit.entry.country == "GBR"


def test_actors_countries_csv_is_up_to_date():
    pytest.importorskip("pycountry")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_countries.py"), "--check"], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

