"""What every reader returns: article metadata and raw text blocks."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import urlparse

from rayzan.document import ArticleMeta, Block, article_id, join_blocks, storable
from rayzan.errors import InputError


@dataclass(frozen=True, slots=True)
class InputWarning:
    """Something the user should know about an input that was still read (a file
    skipped in a directory, a malformed feed, a date that could not be read).
    Not an error: it never changes the exit code."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RawArticle:
    meta: ArticleMeta
    blocks: tuple[Block, ...]
    warnings: tuple[InputWarning, ...] = ()  # about this article: it is read, but not all of it

    @property
    def raw(self) -> str:
        return join_blocks(self.blocks)[0]


def source_of(url: str | None) -> str | None:
    """The outlet of a URL: its host without ``www.``."""
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def make_article(
    blocks: list[Block],
    *,
    url: str | None = None,
    source: str | None = None,
    published: str | None = None,
    origin: str | None = None,
    id: str | None = None,
    warnings: tuple[InputWarning, ...] = (),
) -> RawArticle:
    """The article of ``blocks``; InputError naming ``origin`` when no block has visible text."""
    blocks, url, source, id, replaced = _storable(blocks, url, source, id)
    if replaced:
        warnings = (*warnings, InputWarning(origin or "<input>", f"{replaced} character{'s' if replaced > 1 else ''} no text "
                                            "can hold (a lone UTF-16 surrogate such as a JSON \\ud800 escape, or NUL) "
                                            "replaced by U+FFFD"))
    kept = tuple(b for b in blocks if b.text and b.text.strip())
    if not any(_visible(b.text) for b in kept):
        # Only ZWNJ, direction marks or the like: normalised away, it would be stored as an empty article.
        raise InputError(origin or "<input>", "no text (only spaces or invisible characters such as ZWNJ and direction marks)")
    title = next((b.text.strip() for b in kept if b.kind == "title"), None)
    body = join_blocks(kept)[0]
    meta = ArticleMeta(
        id=id or article_id(url, title, body),
        url=url,
        source=source or source_of(url),
        title=title,
        published=published,
        origin=origin,
    )
    return RawArticle(meta, kept, warnings)


# Whitespace, format characters (ZWNJ, direction marks, BOM), controls and lone combining marks.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})


def _visible(text: str) -> bool:
    """Whether ``text`` holds a character that shows on screen."""
    return any(unicodedata.category(c) not in _INVISIBLE_CATEGORIES for c in text)


def _storable(
    blocks: list[Block], *fields: str | None
) -> tuple[list[Block], str | None, str | None, str | None, int]:
    """The blocks and fields with what UTF-8 cannot encode replaced (``storable``), and the count."""
    replaced = 0
    clean_blocks = []
    for b in blocks:
        text, n = storable(b.text) if b.text else (b.text, 0)
        replaced += n
        clean_blocks.append(b if not n else Block(b.kind, text))
    clean_fields = []
    for value in fields:
        text, n = storable(value) if value else (value, 0)
        replaced += n
        clean_fields.append(text)
    return (clean_blocks, *clean_fields, replaced)  # type: ignore[return-value]
