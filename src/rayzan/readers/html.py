"""HTML pages: main text, title, date and canonical URL, extracted with trafilatura."""

from __future__ import annotations

import re

import trafilatura

from rayzan.document import HEADING, ITEM, LEAD, PARAGRAPH, TITLE, Block
from rayzan.errors import InputError
from rayzan.readers.base import RawArticle, make_article
from rayzan.readers.dates import parse_date


# trafilatura drops invisible and private-use characters, ZWNJ among them, which
# breaks Persian words (بین‌المللی -> بینالمللی); a visible stand-in that news
# never uses (the control picture for form feed) carries it through.
_ZWNJ_STAND_IN = "\u240c"
_MIN_LETTERS = 25
_ZWNJ_FORMS = re.compile(r"\u200c|&zwnj;|&#8204;|&#x200[cC];")


def read_html(text: str, url: str | None = None, where: str | None = None) -> RawArticle:
    where = where or url or "<html>"
    try:
        doc = trafilatura.bare_extraction(
            _ZWNJ_FORMS.sub(_ZWNJ_STAND_IN, text) if _ZWNJ_STAND_IN not in text else text, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise InputError(where, f"cannot parse HTML: {e}") from e
    body = ((getattr(doc, "text", None) or "") if doc is not None else "").replace(_ZWNJ_STAND_IN, "\u200c")
    if sum(c.isalpha() for c in body) < _MIN_LETTERS:
        raise InputError(where, "HTML page has no main text (only navigation or boilerplate found)")
    title = (doc.title or "").replace(_ZWNJ_STAND_IN, "\u200c").strip() or None
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
    return make_article(blocks, url=canonical, published=parse_date(doc.date), origin=where)
