"""ZWNJ restoration of inflected and compound words the corpora never showed: verb
prefixes, clitics after a final ه, endings with a copula, and the dictionary's compounds."""

from __future__ import annotations

import pytest

from rayzan.text import normalize
from rayzan.text.zwnj import ZWNJ, lexicon


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("میتوانی بیایی", "می‌توانی بیایی"),  # می + a present stem with a personal ending in -انی
        ("فرامیدهند", "فرامی‌دهند"),  # compound verb prefix فرا + می
        ("آنها نمی میرند", "آنها نمی‌میرند"),  # one verb prefix: not نمی‌می‌رند across the space
        ("نان را می خیساند", "نان را می‌خیساند"),  # the verb after می stays whole
        ("ما بالغتریم", "ما بالغ‌تریم"),  # comparative with a copula
        ("دلهاست", "دل‌هاست"),  # plural with a copula
        ("علاقهتان به کتاب", "علاقه‌تان به کتاب"),  # plural possessive after a final ه
        ("خانه شان را فروختند", "خانه‌شان را فروختند"),  # ... written with a space
        ("حرفهایی زد", "حرف‌هایی زد"),  # هایی, not the unused ه‌ایی (حرفه‌ایی)
    ],
)
def test_zwnj_morphology_restores_unknown_inflections(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مردی سختکوش بود", "مردی سخت‌کوش بود"),  # compounds the word list spells with ZWNJ only
        ("چشمچرانی", "چشم‌چرانی"),
        ("زمینهچینی", "زمینه‌چینی"),
        ("مردی سخت کوش بود", "مردی سخت‌کوش بود"),  # ... and with a space
    ],
)
def test_zwnj_morphology_dictionary_compounds(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "میهمان آمد",  # مان after ه only when the rest is a word: not میه‌مان
        "کتابشان را آوردند",  # شان after a joining letter other than ه stays joined
        "در شان ملت نیست",  # شان after a word not ending in ه is a word
    ],
)
def test_zwnj_morphology_leaves_words_alone(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("میتوانی", "می‌توانی"),  # the rules alone, as for a word the lexicon never saw
        ("فرامیدهند", "فرامی‌دهند"),
        ("بالغتریم", "بالغ‌تریم"),
        ("دلهاست", "دل‌هاست"),
        ("حرفهایی", "حرف‌هایی"),
        ("علاقهتان", "علاقه‌تان"),
    ],
)
def test_zwnj_morphology_rules_for_unknown_words(word: str, expected: str) -> None:
    assert lexicon().analyse(word) == expected


def test_zwnj_morphology_heh_clitics_need_a_known_stem() -> None:
    lex = lexicon()
    assert lex.merge("خانه", "شان") == "خانه" + ZWNJ + "شان"
    assert lex.merge("کتاب", "شان") is None  # not after a letter other than ه
    assert lex.merge("زززه", "مان") is None  # not after an unknown word


def test_zwnj_morphology_is_idempotent() -> None:
    for text in ("آنها نمی میرند و ما بالغتریم", "علاقهتان و خانه شان", "میتوانی فرامیدهند"):
        once = normalize(text)
        assert normalize(once) == once


def test_zwnj_morphology_noun_with_clitic_is_not_a_verb() -> None:
    lex = lexicon()
    assert lex.analyse("میزم") == "میزم"  # میز + م (my table), not می‌زم
    assert lex.analyse("میدانم") == "می‌دانم"  # دان is a verb stem: the verb wins over میدان + م
    assert lex.analyse("میکنم") == "می‌کنم"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ما آن را دریافتهایم.", "ما آن را دریافته‌ایم."),  # a verb ends the sentence
        ("تو دلم را شکستهای.", "تو دلم را شکسته‌ای."),
        ("دریافتهای ما", "دریافت‌های ما"),  # a plural with ezafe before another word
    ],
)
def test_zwnj_morphology_participle_before_a_full_stop(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
