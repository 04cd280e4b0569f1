"""The lexicon builder's use of a word list: which listed ZWNJ spellings it trusts."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ZWNJ = "\u200c"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_zwnj_lexicon", ROOT / "scripts" / "build_zwnj_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def word_list(tmp_path: Path) -> Path:
    path = tmp_path / "words.dat"
    path.write_text(
        "سخت‌کوش\t120\tAJ\n"  # listed with ZWNJ only
        "دست‌کاری\t50\tN\n"  # listed both ways
        "دستکاری\t10\tN\n"
        "کتاب\t500\tN\n"
        "کوش\t900\tV\n",
        encoding="utf-8",
    )
    return path


def test_zwnj_build_marks_spellings_listed_only_with_zwnj(build, word_list: Path) -> None:
    words = build.dictionary_words(word_list)
    assert words["سختکوش"] == ("سخت‌کوش", build.DICTIONARY_WEIGHT, True)
    form, _, sole = words["دستکاری"]
    assert form == "دست‌کاری" and not sole  # the joined spelling is listed too
    assert words["کتاب"][2] is False


def test_zwnj_build_trusts_a_sole_zwnj_spelling(build) -> None:
    noisy = Counter({"سختکوش": 1.0})
    assert build.choose("سختکوش", Counter(), noisy, "سختکوش", "سخت‌کوش", sole=True) == "سخت‌کوش"
    # Without the mark, a compound not after ه nor before a known head is not trusted.
    assert build.choose("سختکوش", Counter(), noisy, "سختکوش", "سخت‌کوش", sole=False) == "سختکوش"
    # Noisy text that joins the word often and never writes the ZWNJ still keeps it joined.
    many = Counter({"سختکوش": 8.0})
    assert build.choose("سختکوش", Counter(), many, "سختکوش", "سخت‌کوش", sole=True) == "سختکوش"
    # The clean treebank decides over the list.
    perdt = Counter({"سختکوش": 8.0})
    assert build.choose("سختکوش", perdt, Counter(), "سختکوش", "سخت‌کوش", sole=True) == "سختکوش"


def test_zwnj_build_reads_list_frequencies(build, word_list: Path) -> None:
    freqs = build.dictionary_frequencies(word_list)
    assert freqs["سخت‌کوش"] == 120.0
    assert freqs["کوش"] == 900.0
    assert build.dictionary_frequencies(None) == {}
    assert build.dictionary_frequencies(word_list.with_name("absent.dat")) == {}


def test_zwnj_build_lists_words_careful_text_writes_both_ways(build) -> None:
    best = {"کوهنورد": ("کوه‌نورد", 20.0), "منطقهای": ("منطقه‌ای", 50.0), "دستکاری": ("دست‌کاری", 3.0), "کتاب": ("کتاب", 9.0)}
    perdt = {
        "کوهنورد": Counter({"کوه‌نورد": 16.0, "کوهنورد": 8.0}),  # joined a third of the time
        "منطقهای": Counter({"منطقه‌ای": 40.0}),  # never joined
    }
    dictionary = {"دستکاری": ("دست‌کاری", 1.0, False)}  # listed with ZWNJ and joined
    assert build.both_ways(best, perdt, dictionary) == ["دستکاری", "کوهنورد"]
