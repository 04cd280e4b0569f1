"""Tokens with offsets: ZWNJ words, numbers, dates, URLs, e-mail, hashtags, punctuation."""

from __future__ import annotations

import pytest

from rayzan.text import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("این رایزنی‌ها می‌شود", [("این", "word"), ("رایزنی‌ها", "word"), ("می‌شود", "word")]),  # ZWNJ forms
        ("۱۲٬۵۰۰ تومان", [("۱۲٬۵۰۰", "number"), ("تومان", "word")]),  # Persian thousands separator
        ("۳.۵ و 2,500 و ٣٫٥", [("۳.۵", "number"), ("و", "word"), ("2,500", "number"), ("و", "word"), ("٣٫٥", "number")]),
        ("در ۱۴۰۲/۰۵/۱۲ و 2024-01-31", [("در", "word"), ("۱۴۰۲/۰۵/۱۲", "date"), ("و", "word"), ("2024-01-31", "date")]),
        ("از https://www.farsnews.ir/news/12.", [("از", "word"), ("https://www.farsnews.ir/news/12", "url"), (".", "punct")]),
        ("به info@irna.ir بنویسید", [("به", "word"), ("info@irna.ir", "email"), ("بنویسید", "word")]),
        ("#غزه و #ایران_قوی", [("#غزه", "hashtag"), ("و", "word"), ("#ایران_قوی", "hashtag")]),
        ("«سلام»، گفت!", [("«", "punct"), ("سلام", "word"), ("»", "punct"), ("،", "punct"), ("گفت", "word"), ("!", "punct")]),
        ("ج.ا.ا. و U.S.", [("ج.ا.ا.", "word"), ("و", "word"), ("U.S.", "word")]),  # dotted initials
        ("ق.م.ا و پ.ک.ک", [("ق.م.ا", "word"), ("و", "word"), ("پ.ک.ک", "word")]),  # ... without the last dot
        ("ب.آمریکا", [("ب", "word"), (".", "punct"), ("آمریکا", "word")]),  # a letter and a word: no initials
        ("ساعت ۱۲:۳۰ و 08:15:00", [("ساعت", "word"), ("۱۲:۳۰", "time"), ("و", "word"), ("08:15:00", "time")]),
        ("نتیجه ۲:۱", [("نتیجه", "word"), ("۲", "number"), (":", "punct"), ("۱", "number")]),  # a score
        ("F-35 و COVID-19", [("F-35", "word"), ("و", "word"), ("COVID-19", "word")]),  # Latin designations
        ("افتتاح-۶", [("افتتاح", "word"), ("-", "punct"), ("۶", "number")]),  # a list item, not a name
        ("“سلام”", [("“", "punct"), ("سلام", "word"), ("”", "punct")]),  # curly quotes
    ],
)
def test_tokenize_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.kind) for t in tokenize(text)] == expected


def test_tokenize_offsets_and_window() -> None:
    text = "سفیر ایران در مسکو"
    tokens = tokenize(text, 5, 13)
    assert [t.text for t in tokens] == ["ایران", "در"]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokenize_splits_digits_glued_to_a_persian_word() -> None:
    text = "تا۱۲سال پس از کووید۱۹، نشست G20 و COP24"
    tokens = [(t.text, t.kind) for t in tokenize(text)]
    assert tokens[:4] == [("تا", "word"), ("۱۲", "number"), ("سال", "word"), ("پس", "word")]
    assert ("کووید", "word") in tokens and ("۱۹", "number") in tokens
    assert ("G20", "word") in tokens and ("COP24", "word") in tokens  # Latin names keep their digits
