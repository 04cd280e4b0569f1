"""Tokens with character offsets into the normalised text.

Kinds: ``word`` (ZWNJ-joined forms such as ``می‌شود`` stay one token, and so do
dotted initials ``ج.ا.ا`` and Latin designations ``F-35``, ``COVID-19``), ``number``
(Persian, Arabic-Indic or Latin digits, with decimal and thousands separators),
``date`` (``۱۴۰۲/۰۵/۱۲``, ``2024-01-31``), ``time`` (``۱۲:۳۰``, ``08:15:00``), ``url``,
``email``, ``hashtag`` (and ``@mention``), ``punct`` and ``symbol``.
"""

from __future__ import annotations

import re

from rayzan.document import Token
from rayzan.text.normalize import DIACRITICS, PERSIAN_LETTERS

_D = "0-9۰-۹٠-٩"
_MARKS = DIACRITICS  # kept inside a word when the normaliser keeps them
# Persian letters (a part of \w) are listed first in a word's character class: the regex engine
# tests ranges in order, and most characters of a word are found in the first.
# Letters and marks, no digits: runs of Persian letters (one class, tested first) between any
# other letter or mark.  The word never fails after it, so nothing is backtracked over.
_LETTERS = rf"[{PERSIAN_LETTERS}]*(?:(?:[^\W\d_]|[{_MARKS}])[{PERSIAN_LETTERS}]*)*"

# The pattern is one character class, the first character of every token (whitespace and ZWNJ
# start none), then the kinds in the order they are tried.  Each kind checks that first
# character again with a lookbehind and ends with an empty group naming it, so the token is
# the whole match and its kind ``m.lastgroup``.  Starting with a class lets the regex engine skip
# spaces at C speed, and a match is the token alone: two fewer calls a token.
_URL = r"(?:(?<=h)ttps?://|(?<=w)ww\.)[^\s«»،؛\"'<>()]*[^\s«»،؛.,:;!?؟)\"'<>(](?P<url>)"
_EMAIL = r"(?<=[\w.+-])[\w.+-]*@[\w-]+(?:\.[\w-]+)+(?P<email>)"
_REST = [
    # A letter, then letters, digits and marks, with ZWNJ only between them; or dotted initials,
    # the last dot optional (ج.ا.ا., ق.م.ا, U.S.); a word that starts with a Persian letter takes
    # no digits (تا۱۲سال is three tokens, a scraping slip; G20 and COP24 stay one), and a Latin
    # one takes a hyphenated number (F-35, COVID-19: Persian words before -۳ are list items).
    # Written so that nothing is matched twice.
    (
        rf"(?<=[^\W\d_])(?:\.(?:[^\W\d_]\.)*[^\W\d_](?![\w\u200c])\.?|\.(?:[^\W\d_]\.)+"
        rf"|(?<=[{PERSIAN_LETTERS}]){_LETTERS}(?:\u200c+(?=[^\W\d_]){_LETTERS})*"
        rf"|[{PERSIAN_LETTERS}\w{_MARKS}]*(?:\u200c+[{PERSIAN_LETTERS}\w{_MARKS}]+)*"
        rf"(?:(?<=[A-Za-z])-[0-9]+(?![\w\u200c]))?)(?P<word>)"
    ),
    r"(?<=[#@])[\w\u200c]*[^\W_](?P<hashtag>)",
    rf"(?<=[{_D}])[{_D}]{{0,3}}[/\-][{_D}]{{1,2}}[/\-][{_D}]{{1,4}}(?![{_D}])(?P<date>)",
    # Hours and minutes (ساعت ۱۲:۳۰); minutes below 60, so a score or a verse (۲:۱) is no time.
    rf"(?<=[{_D}])[{_D}]?:[0-5۰-۵٠-٥][{_D}](?::[0-5۰-۵٠-٥][{_D}])?(?![{_D}])(?P<time>)",
    rf"(?<=[{_D}])[{_D}]*(?:[.,٫٬/][{_D}]+)*(?P<number>)",
    r"(?:(?<=\.)\.+|(?<=[!?؟])[!?؟]+|(?<=[.,،؛:;!?؟«»\"'“”‘’()\[\]{}\-–—…/\\]))(?P<punct>)",
    r"(?<=[^\w\s\u200c])(?P<symbol>)",
]
# URLs and e-mail addresses start like words and must be tried first; text without
# "://", "www." or "@" (most of it) skips those branches, which rescan every word.
_PATTERNS = {
    (url, email): re.compile(
        r"[^\s\u200c](?:" + "|".join(([_URL] if url else []) + ([_EMAIL] if email else []) + _REST) + ")"
    )
    for url in (False, True)
    for email in (False, True)
}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; offsets are into ``text``."""
    end = len(text) if end is None else end
    pattern = _PATTERNS[("://" in text or "www." in text, "@" in text)]
    # tuple.__new__ skips the NamedTuple's generated __new__: a sixth of the tokeniser's time.
    make = tuple.__new__
    # One string per distinct word: a token's text is most of its 210 bytes, and most tokens
    # repeat an earlier word (a 5 MB article's tokens took 127 MB, 75 MB with this).
    same = {}.setdefault
    return [make(Token, (same(w := m.group(), w), m.start(), m.end(), m.lastgroup)) for m in pattern.finditer(text, start, end)]
