"""Plain-text articles in the seed's shape.

First non-empty line: title; second: lead; then the body, where a line that is
short and carries no final punctuation is a heading, and a line starting with
``-``, ``•`` or ``*`` is a list item.
"""

from __future__ import annotations

from rayzan.document import HEADING, ITEM, LEAD, PARAGRAPH, TITLE, Block
from rayzan.errors import InputError
from rayzan.readers.base import RawArticle, make_article

_FINAL_PUNCTUATION = tuple(".؟?!:؛;…»\")")
_BULLETS = ("- ", "• ", "* ", "– ", "-\t")
_MAX_HEADING_WORDS = 14


def classify_line(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith(_BULLETS):
        return ITEM
    if not stripped.endswith(_FINAL_PUNCTUATION) and len(stripped.split()) <= _MAX_HEADING_WORDS:
        return HEADING
    return PARAGRAPH


def read_text(text: str, where: str) -> RawArticle:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(where, "no text")
    blocks = [Block(TITLE, lines[0].strip())]
    if len(lines) > 1:
        blocks.append(Block(LEAD, lines[1].strip()))
    blocks.extend(Block(classify_line(line), line.strip()) for line in lines[2:])
    return make_article(blocks, origin=where)
