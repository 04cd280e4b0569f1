"""The character normaliser: letters, digits, marks, spacing and punctuation, with offsets."""

from __future__ import annotations

import pytest

from rayzan.text import normalize, normalize_with_map
from rayzan.text.normalize import Normalizer, NormalizerConfig, normalize_chars

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كتاب علي", "کتاب علی"),  # Arabic kaf and yeh, as in the Fars News files
        ("سال 1402 و ٢٠٢٣", "سال ۱۴۰۲ و ۲۰۲۳"),  # Latin and Arabic-Indic digits
        ("ایـــران", "ایران"),  # kashida
        ("بَرادَرِ مُحَمَّد", "برادر محمد"),  # diacritics removed by default
        ("\u202bسلام\u202c\u200f", "سلام"),  # bidi controls and marks
        ("ﺳﻼﻡ", "سلام"),  # presentation forms, lam-alef ligature included
        ("گفت:«سلام »", "گفت: «سلام»"),  # no space inside guillemets, one before them
        ("غزه،سوریه ،لبنان", "غزه، سوریه، لبنان"),  # Arabic comma: no space before, one after
        ("آیا می‌آیی ?", "آیا می‌آیی؟"),  # ASCII question mark after Persian
        ("او گفت ,ما رفتیم ;", "او گفت، ما رفتیم؛"),  # ASCII comma and semicolon after Persian
        ("پیامبر اکرم(ص)گفت", "پیامبر اکرم (ص) گفت"),  # parentheses glued to words
        ("( سلام )", "(سلام)"),  # no space inside parentheses
        ("  دو   فاصله  ", "دو فاصله"),  # runs of spaces, line edges
        ("می\u200c\u200cشود", "می\u200cشود"),  # doubled ZWNJ
        ("\u200cسلام\u200c دنیا", "سلام دنیا"),  # ZWNJ that is not between two letters
        ("تهران\u00a0امروز", "تهران امروز"),  # no-break space
        ("version 2.5, ok?", "version ۲.۵, ok?"),  # Latin punctuation stays in Latin context
        ("نمایندۀ خانهٔ ملت", "نماینده خانه ملت"),  # ۀ is ه with the ezafe's hamza, like هٔ
        ("بِالْمَعْرُوفِ ۗ وَلَوْ محمد ؐ", "بالمعروف ولو محمد"),  # Quranic pause marks, honorific signs
    ],
)
def test_normalize_chars_fixes(raw: str, expected: str) -> None:
    assert normalize(raw, zwnj=False) == expected


def test_normalize_keeps_lines_and_maps_offsets() -> None:
    raw = "  رایزني ايران\r\nو روسيه  در مسکو\n\nپایان ـــ"
    text, omap = normalize_with_map(raw, zwnj=False)
    assert text == "رایزنی ایران\nو روسیه در مسکو\n\nپایان"
    assert text.count("\n") == 3
    start = text.index("روسیه")
    raw_start, raw_end = omap.span_to_raw(start, start + len("روسیه"))
    assert raw[raw_start:raw_end] == "روسيه"


def test_normalize_config_keeps_digits_and_diacritics() -> None:
    config = NormalizerConfig(digits="keep", remove_diacritics=False)
    text, _ = Normalizer(config)("سالِ 2024")
    assert text == "سالِ 2024"
    assert Normalizer(config)("خانۀ ملت")[0] == "خانۀ ملت"  # the ezafe's hamza is a diacritic kept
    latin, _ = Normalizer(NormalizerConfig(digits="latin"))("۱۴۰۲")
    assert latin == "1402"


@pytest.mark.parametrize(
    "raw",
    ["سلام ،علی", "گفت«سلام»رفت", "،\u200cعلی", "a \u200e b", "( «سلام» )", "ﻻ ﻻ", "؟؟ ،، «»"],
)
def test_normalize_chars_idempotent(raw: str) -> None:
    once, _ = normalize_chars(raw)
    assert normalize_chars(once)[0] == once


def test_normalize_is_linear_on_long_input() -> None:
    import time

    line = "كتاب‌ها و مقاله های  علمي ، در سال 1402 منتشر شد .\n"
    small, big = line * 2_000, line * 20_000
    t0 = time.perf_counter()
    normalize(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = normalize(big)
    t_big = time.perf_counter() - t0
    assert out.count("\n") == big.count("\n")
    assert t_big < 25 * t_small + 0.5  # 10x the text: far from 100x


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("دستگیر شد.وی اعلام کرد:ما آماده‌ایم!ما", "دستگیر شد. وی اعلام کرد: ما آماده‌ایم! ما"),
        ("به خانه رفت.و دو روز ماند.۲ نفر آمدند", "به خانه رفت. و دو روز ماند. ۲ نفر آمدند"),
        ('گفت "بله".با او', 'گفت "بله". با او'),
        ("و...اعتماد", "و... اعتماد"),
        # Initials, decimals, times and addresses keep their dots and colons.
        ("ج.ا.ایران و ق.ظ و ه.ش", "ج.ا.ایران و ق.ظ و ه.ش"),
        ("نرخ ۳.۵ درصد در ساعت ۱۲:۳۰ در www.irna.ir", "نرخ ۳.۵ درصد در ساعت ۱۲:۳۰ در www.irna.ir"),
    ],
)
def test_normalize_spaces_a_sentence_end_glued_to_the_next_word(raw: str, expected: str) -> None:
    text, _ = normalize_chars(raw)
    assert text == expected
    assert normalize_chars(text)[0] == text  # idempotent
    assert text.replace(" ", "") == raw.replace(" ", "")  # only spaces added


def test_normalize_keeps_the_digits_of_latin_tokens() -> None:
    raw = "سایت https://www.irna.ir/news/123?id=5 و info2@irna.ir، نشست G20، جنگنده F-35 و 3.5 درصد در 2024"
    text, _ = normalize_chars(raw)
    # URLs, addresses and Latin names keep their digits (a link must still work); numbers in Persian
    # text take Persian digits.
    assert "https://www.irna.ir/news/123?id=5" in text
    assert "info2@irna.ir" in text and "G20" in text and "F-35" in text
    assert "۳.۵ درصد در ۲۰۲۴" in text


def test_normalize_api_takes_a_config() -> None:
    text = "نرخ 3.5 درصد در ۱۴۰۲"
    assert normalize(text, config=NormalizerConfig(digits="latin")) == "نرخ 3.5 درصد در 1402"
    latin, offsets = normalize_with_map("کتاب ها ۱۲", config=NormalizerConfig(digits="latin"))
    assert latin == "کتاب‌ها 12" and offsets.to_raw(latin.index("12")) == len("کتاب ها ")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("آیت‌ا... خامنه‌ای گفت", "آیت‌الله خامنه‌ای گفت"),  # ا... is Iranian news' short form of الله
        ("آيت ا... مکارم", "آیت‌الله مکارم"),  # a lone alef after a space (the ZWNJ pass then joins)
        ("حجت‌الاسلام عبدا... ثقفی", "حجت‌الاسلام عبدالله ثقفی"),  # glued to a name's first part
        ("پیامبر (صلی‌ا… علیه و آله)", "پیامبر (صلی‌الله علیه و آله)"),  # with the ellipsis character
        ("روح‌ا...خمینی", "روح‌الله خمینی"),  # the next word glued to the dots
        ("کشورهای آسیا... و اروپا", "کشورهای آسیا... و اروپا"),  # a word in ا and an ellipsis
        ("حالا... بعدا", "حالا... بعدا"),
    ],
)
def test_normalize_expands_the_short_form_of_allah(raw: str, expected: str) -> None:
    text, omap = normalize_with_map(raw)
    assert text == expected
    assert normalize(text) == text
    if "الله" in text and "الله" not in raw:
        start = text.index("الله")
        raw_start, raw_end = omap.span_to_raw(start, start + 4)
        assert raw[raw_start:raw_end].startswith("ا") and raw[raw_start:raw_end].rstrip(".…") == "ا"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ویتامینB و AFCباعث شد", "ویتامین B و AFC باعث شد"),  # a space lost where the script changes
        ("سطح T4کم است", "سطح T4 کم است"),
        ("#ایرانIran", "#ایرانIran"),  # a hashtag stays one
        ("https://fa.wikipedia.org/wiki/ایران", "https://fa.wikipedia.org/wiki/ایران"),
    ],
)
def test_normalize_spaces_latin_words_glued_to_persian(raw: str, expected: str) -> None:
    assert normalize(raw, zwnj=False) == expected
    assert normalize(raw, config=NormalizerConfig(fix_spacing=False), zwnj=False) == raw


BAKU = "عباس عراقچی، وزیر امور خارجه ایران، روز دوشنبه ۱۲ آبان در باکو با جیحون بایراموف دیدار کرد."


@pytest.mark.parametrize(
    ("copy", "same"),
    [
        (BAKU.replace("ی", "ي").replace("ک", "ك"), True),  # Arabic yeh and kaf, as the Fars News files write them
        (BAKU.replace("دوشنبه", "دو\u200cشنبه"), True),  # a ZWNJ one copy has and the other lost
        (BAKU.replace("دیدار کرد", "دیدار  کرد ").replace("،", " ،"), True),  # spacing
        (BAKU.replace("باکو", "باکـــو"), True),  # kashida
        (BAKU.replace("،", ","), True),  # ASCII commas after Persian letters
        (BAKU.replace("دیدار کرد", "گفتگو کرد"), False),  # another word: another text
        (BAKU.replace("۱۲", "12"), True),  # Latin digits
    ],
)
def test_normalize_identity_text_is_what_copies_share(copy: str, same: bool) -> None:
    # Articles without a URL are identified by it (``document.article_id``): a copy that differs only
    # in what the normaliser folds, or in spaces and ZWNJ, is the same article.
    from rayzan.document import article_id
    from rayzan.text.normalize import identity_text

    assert (identity_text(copy) == identity_text(BAKU)) is same
    assert (article_id(None, "دیدار در باکو", copy) == article_id(None, "دیدار در باکو", BAKU)) is same
    # ZWNJ restoration only moves spaces and ZWNJ: the normalised text gives the raw one's identity.
    assert identity_text(normalize(copy)) == identity_text(copy)
