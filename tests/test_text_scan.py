"""The text layer's regular expressions are written for speed (a leading character class, no
backtracking, fewer matches to look at); they must find exactly what their plain forms find."""

from __future__ import annotations

import re
import sys
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from rayzan.document import Token
from rayzan.text import tokenize

normalize_module = sys.modules["rayzan.text.normalize"]  # rayzan.text.normalize is also a function
segment_module = sys.modules["rayzan.text.segment"]

ZWNJ = "\u200c"
_PERSIAN = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
# Pieces that the scanning patterns care about: Persian words, spaces, ZWNJ, line ends, punctuation
# of both scripts, digits of three scripts, URLs, e-mail, hashtags, initials, marks.
PIECES = st.sampled_from(
    ["می", "شود", "کتاب", "ها", "منطقه", "ای", "و", "ج.ا.ا.", "بین", ZWNJ, " ", "  ", "\n", "\t", "\u00a0",
     "،", "؛", "؟", "!", ".", "...", "…", ":", "«", "»", "(", ")", "[", "]", ",", ";", "?", '"', "'", "-", "/",
     "۱۴۰۲/۰۵/۱۲", "2024-01-31", "۳.۵", "12,000", "٣٫٥", "https://www.farsnews.ir/a", "www.irna.ir", "x@y.ir",
     "#غزه", "@خبر", "_", "é", "\u0966", "\u064e", "\u0670", "$", "a", "“", "”", "’", "AFC", "T4", "ویتامینB",
     "ق.م.ا", "F-35", "۱۲:۳۰", "2:1", "0", "\u06d7", "\u0610", "بِالْمَعْرُوفِ"]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=2)), max_size=30).map("".join)

# The plain forms, as first written.
_PLAIN_SECOND_BRANCHES = [
    r"(?P<run>[ \u200c]{2,})",
    r"(?P<space> (?=[\n،؛؟!.:)»\]]|\Z))",
    r"(?P<open>[\n(«\[])[ \u200c]*",
    r"(?P<zwnj>\u200c)",
    r"(?P<ascii>[,;?])",
    rf"(?P<close>[،؛؟:!.»)])(?=[{_PERSIAN}«(])",
]
if "stop" in normalize_module._SECOND.groupindex:  # a full stop glued to a number (شد.۲ برادر)
    _PLAIN_SECOND_BRANCHES.append(r"(?P<stop>(?<=[^\s.])\.)(?=[0-9۰-۹٠-٩])")
# A Latin word glued to a Persian letter: the word when a Persian letter follows, else the letter
# after a Persian one.
_PLAIN_SECOND_BRANCHES.append(
    r"(?P<latin>(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?=[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc])"
    r"|(?<=[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc])[A-Za-z])"
)
_PLAIN_SECOND = re.compile(r"(?=[ \u200c\n(«\[,;?،؛؟:!.»)A-Za-z])(?:" + "|".join(_PLAIN_SECOND_BRANCHES) + ")")
_D = "0-9۰-۹٠-٩"
_MARKS = "\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_PERSIAN = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
_PLAIN_TOKEN = re.compile(
    " *(?:"
    + "|".join(
        [
            r"(?P<url>(?:https?://|www\.)[^\s«»،؛\"'<>()]*[^\s«»،؛.,:;!?؟)\"'<>(])",
            r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
            # A word that starts with a Persian letter takes no digits (تا۱۲سال is three tokens).
            (
                # Initials, the last dot optional; a Latin word and a hyphenated number (F-35).
                rf"(?P<word>(?:[^\W\d_]\.)+[^\W\d_](?![\w\u200c])\.?|(?:[^\W\d_]\.){{2,}}"
                rf"|[{_PERSIAN}](?:[^\W\d_]|[{_MARKS}])*(?:\u200c+[^\W\d_](?:[^\W\d_]|[{_MARKS}])*)*"
                rf"|[^\W\d_](?:[\w\u200c{_MARKS}]*[\w{_MARKS}])?(?:(?<=[A-Za-z])-[0-9]+(?![\w\u200c]))?)"
            ),
            r"(?P<hashtag>[#@][\w\u200c]*[^\W_])",
            rf"(?P<date>[{_D}]{{1,4}}[/\-][{_D}]{{1,2}}[/\-][{_D}]{{1,4}}(?![{_D}]))",
            rf"(?P<time>[{_D}]{{1,2}}:[0-5۰-۵٠-٥][{_D}](?::[0-5۰-۵٠-٥][{_D}])?(?![{_D}]))",
            rf"(?P<number>[{_D}]+(?:[.,٫٬/][{_D}]+)*)",
            r"(?P<punct>\.{2,}|[!?؟]{2,}|[.,،؛:;!?؟«»\"'“”‘’()\[\]{}\-–—…/\\])",
            r"(?P<symbol>[^\w\s\u200c])",
        ]
    )
    + ")"
)
_PLAIN_END = re.compile(r"(?:\.+|…|[؟?!]+)[»\"”’')\]]*(?=\s|$)")
_PLAIN_END_SEMICOLON = re.compile(r"(?:\.+|…|[؟?!؛]+)[»\"”’')\]]*(?=\s|$)")


def _plain_tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m[m.lastindex], m.start(m.lastindex), m.end(), m.lastgroup) for m in _PLAIN_TOKEN.finditer(text, start, end)]


def _kinds_and_spans(matches: object) -> list[tuple[str | None, tuple[int, int]]]:
    return [(m.lastgroup, m.span()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=8))
def test_scan_second_pass_skipping_spaces_finds_every_match(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    fast = _kinds_and_spans(normalize_module._second_matches(text, pos))
    assert fast == _kinds_and_spans(normalize_module._SECOND.finditer(text, pos))


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=8))
def test_scan_second_pass_finds_what_the_plain_pattern_finds(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    fast = _kinds_and_spans(normalize_module._second_matches(text, pos))
    plain = _kinds_and_spans(_PLAIN_SECOND.finditer(text, pos))
    # The fast scan skips matches the normaliser would leave alone: a ZWNJ between two letters,
    # an opening mark with nothing to fix.
    kept = [(kind, span) for kind, span in plain if (kind, span) in fast]
    assert kept == fast
    for kind, (s, e) in plain:
        if (kind, (s, e)) in fast:
            continue
        if kind == "zwnj":
            assert 0 < s and e < len(text) and re.match(f"[{_PERSIAN}]", text[s - 1]) and re.match(f"[{_PERSIAN}]", text[e])
        else:
            assert kind == "open" and e == s + 1
            assert text[s] not in "«(" or s == 0 or not re.match(f"[{_PERSIAN}]", text[s - 1])


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=6))
def test_scan_tokenizer_matches_the_plain_pattern(text: str, cut_start: int, cut_end: int) -> None:
    assert tokenize(text) == _plain_tokens(text, 0, len(text))
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert tokenize(text, start, end) == _plain_tokens(text, start, end)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=6))
def test_scan_sentence_ends_match_the_plain_pattern(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for fast, plain in ((segment_module._END, _PLAIN_END), (segment_module._END_SEMICOLON, _PLAIN_END_SEMICOLON)):
        assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]


def test_scan_seed_like_text_tokens_and_second_pass_agree_with_plain_patterns() -> None:
    # Scraped news as it comes: lost ZWNJ, spaced ZWNJ, glued punctuation, a URL and a date.
    text = (
        "رایزنیها  برای همکاریهای منطقهای ،نشاندهنده اراده دو کشور است.«بینالمللی»گفت\n"
        " می شود ( در ۱۴۰۲/۰۵/۱۲ ) ، از www.farsnews.ir و info@irna.ir خبر داد ؟ \u200c\n"
    )
    assert tokenize(text) == _plain_tokens(text, 0, len(text))
    fast = _kinds_and_spans(normalize_module._second_matches(text, 0))
    assert fast == [
        ("run", (8, 10)),  # the double space after رایزنیها
        ("space", (32, 33)),  # the space before ،
        ("close", (33, 34)),  # ، glued to نشاندهنده
        ("close", (61, 62)),  # . glued to «
        ("close", (72, 73)),  # » glued to گفت
        ("open", (76, 78)),  # the line start and the space after it
        ("open", (85, 87)),  # ( and the space after it
        ("space", (100, 101)),  # the space before )
        ("space", (102, 103)),  # the space before ،
        ("space", (146, 147)),  # the space before ؟
        ("run", (148, 150)),  # space and ZWNJ at the line end
    ]
    assert all(item in _kinds_and_spans(_PLAIN_SECOND.finditer(text)) for item in fast)


def test_scan_second_pass_is_linear_on_a_long_line_of_double_spaces() -> None:
    # Every double space is a match at a space: the scan must not restart from the top for each.
    line = "کشور  ها و  منطقه ای " * 40_000  # 840,000 characters on one line
    started = time.process_time()
    count = sum(1 for _ in normalize_module._second_matches(line, 0))
    assert count == 80_001  # two double spaces a repeat, and the space that ends the line
    assert time.process_time() - started < 5.0
