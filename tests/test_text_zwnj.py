"""ZWNJ restoration: both corruptions repaired, correct words left alone, offsets kept."""

from __future__ import annotations

import re

import pytest

from rayzan.text import normalize, normalize_with_map, restore_zwnj

ZWNJ = "\u200c"

# Every word of the seed article that lost its ZWNJ, and how it must read.
SEED_LOST = {
    "منطقهای": "منطقه‌ای",
    "رایزنیها": "رایزنی‌ها",
    "نشاندهنده": "نشان‌دهنده",
    "هماهنگیهای": "هماهنگی‌های",
    "برهههای": "برهه‌های",
    "همکاریها": "همکاری‌ها",
    "همکاریهای": "همکاری‌های",
    "بینالمللی": "بین‌المللی",
    "پلتفرمهای": "پلتفرم‌های",
    "سیاستهای": "سیاست‌های",
    "بخشهای": "بخش‌های",
    "گزارشها": "گزارش‌ها",
    "چالشهای": "چالش‌های",
    "حلهای": "حل‌های",  # راه حلهای
    "میتواند": "می‌تواند",
    "میکند": "می‌کند",
    "میشود": "می‌شود",
    "داشتهاند": "داشته‌اند",
}


def test_zwnj_seed_every_lost_zwnj_restored(seed_text: str) -> None:
    out = normalize(seed_text)
    words = set(re.findall(r"[^\s.،:؛]+", out))
    for lost, right in SEED_LOST.items():
        assert lost in seed_text
        assert right in words, f"{lost} should read {right}"
    assert out.count("\n") == seed_text.count("\n")
    assert out.replace(ZWNJ, "").replace(" ", "") == normalize(seed_text, zwnj=False).replace(" ", "")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("این رایزنیها نشاندهنده اهمیت است", "این رایزنی‌ها نشان‌دهنده اهمیت است"),  # letters joined
        ("مسائل منطقهای و بینالمللی", "مسائل منطقه‌ای و بین‌المللی"),  # joined, ای after ه and a compound
        ("این کار انجام می شود", "این کار انجام می‌شود"),  # می written with a space
        ("کتاب ها را خواندند", "کتاب‌ها را خواندند"),  # ها written with a space
        ("بیانیه ای صادر کرد", "بیانیه‌ای صادر کرد"),  # ای written with a space
        ("آنها گفته اند", "آنها گفته‌اند"),  # اند after a participle
        ("بزرگ ترین کشور", "بزرگ‌ترین کشور"),  # superlative with a space
        ("نمیتوانند بیایند", "نمی‌توانند بیایند"),  # نمی joined
        ("نشست های خبری", "نشست‌های خبری"),  # the space says where the boundary is (not نشسته‌ای)
        ("مسائل منطقهای", "مسائل منطقه‌ای"),  # ...and without it, منطقه‌ای beats منطق‌های
        ("آنها و اینها", "آنها و اینها"),  # demonstrative plurals stay joined
    ],
)
def test_zwnj_restores_both_corruptions(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "در راستای منافع مشترک",  # راستای is not راست‌ای
        "هایی که گفته شد",  # هایی alone stays
        "دیپلمات آمریکایی گفت",  # آمریکایی is not آمریکا‌یی
        "وزارت خارجه بیانیه‌ای صادر کرد",  # already right
        "تنها راه میدان میان دو کشور",  # words that merely start or end like affixes
        "کشورهای منطقه و گروه‌های سیاسی",  # ها after a non-joining letter takes no ZWNJ
        "ای کاش می‌دانستم",  # vocative ای is a word
    ],
)
def test_zwnj_leaves_correct_text_alone(text: str) -> None:
    assert normalize(text) == text


def test_zwnj_offsets_map_back_to_raw() -> None:
    raw = "این رایزنیها می شود"
    text, omap = normalize_with_map(raw)
    assert text == "این رایزنی‌ها می‌شود"
    start = text.index("رایزنی‌ها")
    s, e = omap.span_to_raw(start, start + len("رایزنی‌ها"))
    assert raw[s:e] == "رایزنیها"
    start = text.index("می‌شود")
    s, e = omap.span_to_raw(start, start + len("می‌شود"))
    assert raw[s:e] == "می شود"


def test_zwnj_never_touches_lines_or_letters() -> None:
    raw = "می\nشود کتاب\n ها"
    text, _ = restore_zwnj(raw)
    assert text.count("\n") == 2
    assert re.sub(r"[\s\u200c]", "", text) == re.sub(r"[\s\u200c]", "", raw)


def test_zwnj_restoration_is_idempotent(seed_text: str) -> None:
    once = normalize(seed_text)
    assert normalize(once) == once


def test_zwnj_a_hashtag_keeps_its_glued_preposition() -> None:
    # «#درتهران» is one tag (the tokeniser's hashtag): no space is put inside it; outside a tag
    # the glued preposition is split as usual.
    assert normalize("#درتهران و درتهران") == "#درتهران و در تهران"
