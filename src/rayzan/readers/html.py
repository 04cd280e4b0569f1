"""HTML pages: main text, title, date and canonical URL, extracted with trafilatura."""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

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
# A page has <html> or <body>; a fragment (a <p> or two pasted from a CMS) has neither.
_WHOLE_PAGE = re.compile(r"<\s*(?:html|body|head)\b", re.IGNORECASE)
_INVISIBLE = ("script", "style", "noscript", "template", "iframe", "object", "svg", "head", "title")
_BLOCK_TAGS = frozenset((
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "table",
    "section", "article", "header", "pre", "dd", "dt", "dl", "figcaption", "hr",
))


def read_html(text: str, url: str | None = None, where: str | None = None) -> RawArticle:
    where = where or url or "<html>"
    markup = _parseable(text)
    try:
        doc = trafilatura.bare_extraction(
            _ZWNJ_FORMS.sub(_ZWNJ_STAND_IN, markup) if _ZWNJ_STAND_IN not in markup else markup, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise InputError(where, f"cannot parse HTML: {e}") from e
    body = ((getattr(doc, "text", None) or "") if doc is not None else "").replace(_ZWNJ_STAND_IN, "\u200c")
    title = ((getattr(doc, "title", None) or "") if doc is not None else "").replace(_ZWNJ_STAND_IN, "\u200c").strip() or None
    if sum(c.isalpha() for c in body) < _MIN_LETTERS and not _WHOLE_PAGE.search(text):
        # trafilatura finds no main text in a short fragment; all of a fragment's visible text is its text.
        title, body = _visible_text(text)
    if sum(c.isalpha() for c in body) < _MIN_LETTERS:
        raise InputError(where, "HTML page has no main text (only navigation or boilerplate found)")
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
    canonical = (doc.url if doc is not None else None) or url
    return make_article(blocks, url=canonical, published=parse_date(doc.date if doc is not None else None), origin=where)


# libxml2 gives up on a whole page, silently, at one text node or attribute of more than 10 MB
# (an inline script, a font or an image embedded as a data: URI by "save page as"), and at a
# character reference to a control character (&#1;): trafilatura then finds no text at all.
_BULK_OPEN = re.compile(r"<(script|style)\b([^<>]{0,2000})>", re.IGNORECASE)
_BULK_CLOSE = {tag: re.compile(f"</{tag}", re.IGNORECASE) for tag in ("script", "style")}
_DATA_URI = re.compile(r"""(=\s*)(["'])data:[^"']*\2""", re.IGNORECASE)
_CONTROL_REF = re.compile(r"&#(?:0*(?:[1-8]|1[124-9]|2\d|3[01])|[xX]0*(?:[1-8bcefBCEF]|1[0-9a-fA-F]));")


def _parseable(text: str) -> str:
    """The page without what makes libxml2 drop it (see above), and nothing a reader sees: scripts
    and styles emptied (JSON-LD kept: it holds the date), data: URIs cut to ``data:``, references
    to control characters made spaces."""
    parts: list[str] = []
    pos = 0
    while (opening := _BULK_OPEN.search(text, pos)) is not None:
        close = _BULK_CLOSE[opening.group(1).lower()].search(text, opening.end())
        if close is None:
            break  # an unclosed script: the parser makes of it what it does
        keep = "ld+json" in opening.group(2).lower()
        parts.append(text[pos : close.start() if keep else opening.end()])
        pos = close.start()
    parts.append(text[pos:])
    markup = "".join(parts)
    markup = _DATA_URI.sub(r"\1\2data:\2", markup)
    return _CONTROL_REF.sub(" ", markup)


def _visible_text(text: str) -> tuple[str | None, str]:
    """The title (its first <h1>) and the text a browser would show for an HTML
    fragment, one line per block; ZWNJ kept (lxml, unlike trafilatura, leaves it alone)."""
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return None, ""
    for element in list(root.iter(*_INVISIBLE)):
        element.drop_tree()  # keeps the text that follows it
    heading = next(root.iter("h1"), None)
    title = " ".join(heading.text_content().split()) or None if heading is not None else None
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return title, "\n".join(" ".join(line.split()) for line in root.text_content().splitlines() if line.strip())
