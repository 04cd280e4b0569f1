"""HTML pages: main text, title, date and canonical URL, extracted with trafilatura."""

from __future__ import annotations

import trafilatura

from rayzan.document import HEADING, ITEM, LEAD, PARAGRAPH, TITLE, Block
from rayzan.errors import InputError
from rayzan.readers.base import RawArticle, make_article
from rayzan.readers.dates import parse_date


def read_html(text: str, url: str | None = None, where: str | None = None) -> RawArticle:
    where = where or url or "<html>"
    try:
        doc = trafilatura.bare_extraction(
            text, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise InputError(where, f"cannot parse HTML: {e}") from e
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise InputError(where, "HTML page has no main text")
    title = (doc.title or "").strip() or None
    blocks: list[Block] = []
    if title:
        blocks.append(Block(TITLE, title))
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    for index, line in enumerate(lines):
        if line.startswith(("- ", "• ", "* ")):
            kind = ITEM
        elif index == 0:
            kind = LEAD
        elif len(line.split()) <= 14 and not line.endswith((".", "؟", "?", "!", ":", "؛")):
            kind = HEADING
        else:
            kind = PARAGRAPH
        blocks.append(Block(kind, line))
    canonical = doc.url or url
    return make_article(blocks, url=canonical, source=doc.sitename or None, published=parse_date(doc.date), origin=where)
