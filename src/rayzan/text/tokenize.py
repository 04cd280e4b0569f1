"""Tokens with character offsets: words (ZWNJ-joined forms stay one token),
numbers, URLs, e-mail addresses, hashtags and punctuation."""

from __future__ import annotations

import re

from rayzan.document import Token

_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s«»،؛]+[^\s«»،؛.,:!?؟)])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<hashtag>#[\w\u200c]+)"
    r"|(?P<date>[0-9۰-۹٠-٩]{1,4}[/\-][0-9۰-۹٠-٩]{1,2}[/\-][0-9۰-۹٠-٩]{1,4})"
    r"|(?P<number>[0-9۰-۹٠-٩]+(?:[.,/٫٬][0-9۰-۹٠-٩]+)*)"
    r"|(?P<word>[^\W\d_](?:[\w\u200c]*[^\W_])?)"
    r"|(?P<punct>[^\w\s\u200c])"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end(), m.lastgroup or "word") for m in _TOKEN.finditer(text, start, end)]
