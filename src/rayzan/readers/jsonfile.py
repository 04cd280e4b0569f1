"""JSON and JSONL articles: one article, a list, Fars News' shape
``{title, abstract, paragraphs[], link}``, and Rayzan's own output."""

from __future__ import annotations

import json
from typing import Any, Iterator

from rayzan.document import HEADING, ITEM, LEAD, PARAGRAPH, TITLE, Block
from rayzan.errors import InputError
from rayzan.readers.base import RawArticle, make_article
from rayzan.readers.dates import date_from_url, read_date
from rayzan.readers.plaintext import classify_line

_TITLE_KEYS = ("title", "headline")
_LEAD_KEYS = ("lead", "abstract", "summary", "description", "lede")
_BODY_KEYS = ("paragraphs", "body", "content", "text", "article")
_URL_KEYS = ("url", "link", "canonical_url")
_DATE_KEYS = ("published", "date", "pubDate", "datePublished", "published_at", "time")
_LIST_KEYS = ("articles", "items", "data", "news")


def _loads(text: str, where: str) -> Any:
    """``json.loads``; what it raises besides JSONDecodeError (a number of more than 4,300 digits,
    arrays nested thousands deep) is an InputError naming ``where``: hostile input must fail its
    own file, not end the batch with a traceback."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError as e:
        raise InputError(where, "nested too deeply to read (arrays or objects thousands of levels deep)") from e
    except ValueError as e:  # int() of a huge number literal
        raise InputError(where, "a number too long to read: " + str(e).split(";")[0].lower()) from e


def read_json(text: str, where: str) -> Iterator[RawArticle | InputError]:
    try:
        data = _loads(text, where)
    except json.JSONDecodeError as e:
        yield InputError(where, f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}")
        return
    except InputError as e:
        yield e
        return
    if isinstance(data, dict):
        nested = next((data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        if nested is None:
            yield _article_or_error(data, where)
            return
        data = nested
    if not isinstance(data, list):
        yield InputError(where, f"expected an article object or a list of them, found {type(data).__name__}")
        return
    if not data:
        yield InputError(where, "empty list: no articles")
    for index, item in enumerate(data):
        yield _article_or_error(item, f"{where}[{index}]")


def read_jsonl(text: str, where: str) -> Iterator[RawArticle | InputError]:
    seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        try:
            item = _loads(line, f"{where}:{number}")
        except json.JSONDecodeError as e:
            yield InputError(f"{where}:{number}", f"malformed JSON line at column {e.colno}: {e.msg}")
            continue
        except InputError as e:
            yield e
            continue
        yield _article_or_error(item, f"{where}:{number}")
    if not seen:
        yield InputError(where, "no JSON lines")


def _article_or_error(item: Any, where: str) -> RawArticle | InputError:
    if not isinstance(item, dict):
        return InputError(where, f"expected an article object, found {type(item).__name__}")
    try:
        return article_from_dict(item, where)
    except InputError as e:
        return e


def article_from_dict(item: dict[str, Any], where: str) -> RawArticle:
    """One article from a JSON object in any of the shapes we accept."""
    if isinstance(item.get("sections"), list) and isinstance(item.get("text"), str):
        return _from_own_output(item, where)
    blocks: list[Block] = []
    title = _first_str(item, _TITLE_KEYS, where)
    if title:
        blocks.append(Block(TITLE, title))
    lead = _first_str(item, _LEAD_KEYS, where)
    if lead:
        blocks.append(Block(LEAD, lead))
    for key in _BODY_KEYS:
        value = item.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            blocks.extend(Block(classify_line(p), p.strip()) for p in value.splitlines() if p.strip())
        elif isinstance(value, list):
            for index, p in enumerate(value):
                if not isinstance(p, str):
                    raise InputError(f"{where}.{key}[{index}]", f"expected a string paragraph, found {type(p).__name__}")
                if p.strip():
                    blocks.append(Block(ITEM if p.lstrip().startswith(("- ", "• ")) else PARAGRAPH, p.strip()))
        else:
            raise InputError(f"{where}.{key}", f"expected text or a list of paragraphs, found {type(value).__name__}")
        break
    if not any(b.kind != TITLE for b in blocks) and not title:
        raise InputError(where, "no title or text (expected keys such as title, abstract, paragraphs, text)")
    url = _first_str(item, _URL_KEYS, where)
    key = next((k for k in _DATE_KEYS if item.get(k) not in (None, "")), None)
    published, warning = read_date(item[key], f"{where}.{key}") if key else (None, None)
    published = published or date_from_url(url)
    source = item.get("source") if isinstance(item.get("source"), str) else None
    ident = item.get("id") if isinstance(item.get("id"), str) and item.get("id") else None
    return make_article(
        blocks, url=url, source=source, published=published, origin=where, id=ident, warnings=(warning,) if warning else ()
    )


def _from_own_output(item: dict[str, Any], where: str) -> RawArticle:
    text: str = item["text"]
    blocks = []
    for index, sec in enumerate(item["sections"]):
        try:
            kind, start, end = sec["kind"], int(sec["start"]), int(sec["end"])
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(f"{where}.sections[{index}]", "expected {kind, start, end}") from e
        if kind not in (TITLE, LEAD, HEADING, PARAGRAPH, ITEM):
            raise InputError(f"{where}.sections[{index}].kind", f"unknown section kind {kind!r}")
        if not 0 <= start <= end <= len(text):
            # Slicing would quietly cut or empty the section: the file was edited or is not ours.
            raise InputError(f"{where}.sections[{index}]", f"span {start}-{end} is outside the text ({len(text)} characters)")
        blocks.append(Block(kind, text[start:end]))
    published, warning = read_date(item.get("published"), f"{where}.published")
    # The same rules as for any other article: a URL that is not text is an error, a source or
    # id that is not text is left out (and the id made from the URL and text).
    url, source, ident = item.get("url"), item.get("source"), item.get("id")
    if url is not None and not isinstance(url, str):
        raise InputError(f"{where}.url", f"expected a string, found {type(url).__name__}")
    return make_article(
        blocks,
        url=url,
        source=source if isinstance(source, str) else None,
        published=published,
        origin=where,
        id=ident if isinstance(ident, str) and ident else None,
        warnings=(warning,) if warning else (),
    )


def _first_str(item: dict[str, Any], keys: tuple[str, ...], where: str) -> str | None:
    for key in keys:
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            if key in ("text", "body", "content"):
                continue
            raise InputError(f"{where}.{key}", f"expected a string, found {type(value).__name__}")
        if value.strip():
            return " ".join(value.split())
    return None
