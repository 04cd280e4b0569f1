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


def test_zwnj_build_lists_words_hazm_gives_both_ways(build, tmp_path: Path) -> None:
    path = tmp_path / "words.dat"
    path.write_text(
        "مربی‌گری\t228493\tN\n"  # both in common use: a careful writer may join it
        "مربیگری\t184094\tN\n"
        "پاک‌سازی\t1250148\tN\n"  # the joined spelling listed without a frequency
        "پاکسازی\t0\tN\n"
        "کوه‌نورد\t535064\tN\n"  # joined well under a fifth of the time
        "کوهنورد\t64\tN\n",
        encoding="utf-8",
    )
    assert build.listed_both_ways(build.dictionary_frequencies(path)) == {"مربیگری"}
    assert build.listed_both_ways(build.dictionary_frequencies(None)) == set()
    best = {"مربیگری": ("مربی‌گری", 50.0), "پاکسازی": ("پاک‌سازی", 20.0)}
    # The treebank writes it with ZWNJ only, yet the list says careful text joins it too.
    perdt = {"مربیگری": Counter({"مربی‌گری": 8.0})}
    assert build.both_ways(best, perdt, {}, {"مربیگری"}) == ["مربیگری"]
    assert build.both_ways(best, perdt, {}) == []


def test_zwnj_build_keeps_compounds_careful_writers_join(build) -> None:
    best = {
        "ساماندهی": ("سامان‌دهی", 30.0),  # joined by writers who write ZWNJ elsewhere
        "کتابها": ("کتاب‌ها", 90.0),  # a plural: their joined ها is a lost ZWNJ by the treebank's rule
        "میشود": ("می‌شود", 99.0),  # a verb prefix: likewise
        "پیشنهاد": ("پیشنهاد", 40.0),  # no ZWNJ to keep
        "مهمترین": ("مهم‌ترین", 60.0),  # a superlative: the treebank's ZWNJ holds
        "اصلاحطلبان": ("اصلاح‌طلبان", 20.0),  # careful writers mostly write its ZWNJ
    }
    joined = Counter({"ساماندهی": 18, "کتابها": 40, "میشود": 30, "پیشنهاد": 50, "اصلاحطلبان": 4, "مهمترین": 31})
    with_zwnj = Counter({"ساماندهی": 2, "کتابها": 5, "میشود": 10, "اصلاحطلبان": 12})
    assert build.careful_joins(best, joined, with_zwnj) == {"ساماندهی"}
    assert build.careful_joins(best, Counter({"ساماندهی": 2}), Counter()) == set()  # seen too seldom


def test_zwnj_build_trusts_a_zwnj_spelling_beside_an_unused_joined_one(build, tmp_path: Path) -> None:
    path = tmp_path / "words.dat"
    path.write_text(
        "خوش‌رفتار\t64804\tAJ\nخوشرفتار\t0\t0\n"  # the joined spelling listed, unused
        "کوه‌نورد\t535064\tN\nکوهنورد\t64\tN\n"  # both in use
        "شش‌صد\t12\tNUM\nششصد\t0\t0\n",  # a number
        encoding="utf-8",
    )
    words, freqs = build.dictionary_words(path), build.dictionary_frequencies(path)
    assert build.joined_unused("خوشرفتار", words["خوشرفتار"][0], freqs)
    assert not build.joined_unused("کوهنورد", words["کوهنورد"][0], freqs)
    assert not build.joined_unused("ششصد", words["ششصد"][0], freqs)
    # choose(): without the mark a compound not after ه nor before a head keeps the joined spelling.
    listed = words["خوشرفتار"][0]
    assert build.choose("خوشرفتار", Counter(), Counter(), "خوشرفتار", listed) == "خوشرفتار"
    assert build.choose("خوشرفتار", Counter(), Counter(), "خوشرفتار", listed, joined_unused=True) == "خوش‌رفتار"


def test_zwnj_build_reads_a_second_list_s_sole_zwnj_spellings(build, tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text(
        "کوچه‌باغ\n"  # only with ZWNJ: kept
        "بازی‌کنان\nبازیکنان\n"  # both ways: no evidence
        "کتاب\n"  # no ZWNJ at all
        "ي‌ك\n",  # too short to say anything
        encoding="utf-8",
    )
    assert build.sole_zwnj_spellings(path) == {"کوچهباغ": "کوچه‌باغ"}
    assert build.sole_zwnj_spellings(None) == {}


def test_zwnj_lexicon_list_only_words_never_merge_across_a_space(tmp_path: Path) -> None:
    import gzip

    from rayzan.text.zwnj import ZwnjLexicon, zwnj_edits

    path = tmp_path / "lexicon.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for word in ("سنگ", "مرمر", "کوچه", "باغ"):
            f.write(f"W\t{word}\t50.0\n")
        f.write("W\tسنگ‌مرمر\t0.3\nW\tکوچه‌باغ\t0.3\nL\tسنگمرمر\n")
    lex = ZwnjLexicon.load(path)
    assert lex.list_only == {"سنگمرمر"}
    assert "مرمر" not in lex.compound_lefts  # no pair decision for a list-only phrase
    assert lex.compound_lefts["باغ"] == {"کوچه"}
    assert lex.spell("سنگمرمر") == "سنگ‌مرمر"  # written joined it is still one word
    assert zwnj_edits("سنگ مرمر", lex) == []


def test_zwnj_build_takes_stems_of_regular_verbs_the_corpora_use(build, tmp_path: Path) -> None:
    (tmp_path / "verbs.dat").write_text("کرد#کن\n", encoding="utf-8")
    words = tmp_path / "words.dat"
    words.write_text(
        "ارزیدن\t10\tN\n"  # regular in یدن: ارزید / ارز
        "جنباندن\t10\tN\n"  # causative in اندن: جنباند / جنبان
        "نارزیدن\t0\tN\n"  # a negated infinitive: no verb of its own
        "بازدیدن\t0\tN\n"  # دیدن is irregular (بین): no stem «بازد»
        "زانیدن\t0\tN\n",  # archaic, unused: its stem would read میزانی as a verb
        encoding="utf-8",
    )
    used = Counter({"میارزد": 1.0, "جنباند": 1.0, "بازدید": 3.0, "نارزید": 1.0})
    stems = set(build.verb_stems(words, None, used))
    assert {"کرد", "کن", "ارزید", "ارز", "جنباند", "جنبان"} <= stems
    assert not {"نارز", "نارزید", "بازد", "زان", "زانید"} & stems
    assert set(build.verb_stems(words)) == {"کرد", "کن"}  # no corpus counts: the verb list alone


def test_zwnj_build_keeps_plural_possessives_joined_after_a_letter_other_than_heh(build) -> None:
    # Noisy text writes تیم‌شان; the treebank joins شان/مان/تان but after ه (خانه‌شان).
    noisy = Counter({"تیم‌شان": 20.0, "تیمشان": 1.0})
    assert build.choose("تیمشان", Counter(), noisy, "تیمشان") == "تیمشان"
    noisy = Counter({"خانه‌شان": 20.0, "خانهشان": 1.0})
    assert build.choose("خانهشان", Counter(), noisy, "خانهشان") == "خانه‌شان"
