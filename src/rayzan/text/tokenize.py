"""Tokens with character offsets into the normalised text.

Kinds: ``word`` (ZWNJ-joined forms such as ``می‌شود`` stay one token), ``number``
(Persian, Arabic-Indic or Latin digits, with decimal and thousands separators),
``date`` (``۱۴۰۲/۰۵/۱۲``, ``2024-01-31``), ``url``, ``email``, ``hashtag``
(and ``@mention``), ``punct`` and ``symbol``.
"""

from __future__ import annotations

import re

from rayzan.document import Token

_D = "0-9۰-۹٠-٩"
_MARKS = "\u064b-\u065f\u0670"  # diacritics, kept inside a word when the normaliser keeps them
_URL = r"(?P<url>(?:https?://|www\.)[^\s«»،؛\"'<>()]*[^\s«»،؛.,:;!?؟)\"'<>(])"
_EMAIL = r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
_REST = [
    rf"(?P<word>(?:[^\W\d_]\.){{2,}}|[^\W\d_](?:[\w\u200c{_MARKS}]*[\w{_MARKS}])?)",  # ج.ا.ا. too
    r"(?P<hashtag>[#@][\w\u200c]*[^\W_])",
    rf"(?P<date>[{_D}]{{1,4}}[/\-][{_D}]{{1,2}}[/\-][{_D}]{{1,4}}(?![{_D}]))",
    rf"(?P<number>[{_D}]+(?:[.,٫٬/][{_D}]+)*)",
    r"(?P<punct>\.{2,}|[!?؟]{2,}|[.,،؛:;!?؟«»\"'()\[\]{}\-–—…/\\])",
    r"(?P<symbol>[^\w\s\u200c])",
]
# URLs and e-mail addresses start like words and must be tried first; text without
# "://", "www." or "@" (most of it) skips those branches, which rescan every word.
# The leading " *" takes the space before a token into its match, so the engine does not
# try every branch at every space; the token itself is the named group that matched.
_PATTERNS = {
    (url, email): re.compile(" *(?:" + "|".join(([_URL] if url else []) + ([_EMAIL] if email else []) + _REST) + ")")
    for url in (False, True)
    for email in (False, True)
}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; offsets are into ``text``."""
    end = len(text) if end is None else end
    pattern = _PATTERNS[("://" in text or "www." in text, "@" in text)]
    # tuple.__new__ skips the NamedTuple's generated __new__: a sixth of the tokeniser's time.
    make = tuple.__new__
    return [
        make(Token, (m[m.lastindex], m.start(m.lastindex), m.end(), m.lastgroup)) for m in pattern.finditer(text, start, end)
    ]
