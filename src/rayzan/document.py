"""The one document model that flows through every pipeline stage.

A ``Document`` is frozen: a stage returns ``doc.evolve(entities=...)`` and never
mutates what an earlier stage produced.  Every span (``start``/``end``) is a
character offset into ``doc.text``, the normalised text; ``doc.to_raw(start, end)``
maps it back into ``doc.raw``, the text as the input file said it.

The JSON form (``Document.to_json``) is the contract in DESIGN.md.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import methodcaller
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NamedTuple, overload

if TYPE_CHECKING:
    from rayzan.text.offsets import OffsetMap

# Section kinds, in the order they usually appear in an article.
TITLE, LEAD, HEADING, PARAGRAPH, ITEM = "title", "lead", "heading", "paragraph", "item"
SECTION_KINDS = (TITLE, LEAD, HEADING, PARAGRAPH, ITEM)


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the reader knew about an article before any analysis."""

    id: str
    url: str | None = None
    source: str | None = None  # outlet, e.g. "farsnews.ir"
    title: str | None = None  # normalised title, filled in by the pipeline
    published: str | None = None  # YYYY-MM-DD (Gregorian)
    origin: str | None = None  # file path or URL the article was read from


@dataclass(frozen=True, slots=True)
class Block:
    """One block of raw text as a reader found it (title, lead, paragraph ...)."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Section:
    kind: str  # one of SECTION_KINDS
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    section: int  # index into Document.sections


class Token(NamedTuple):
    """A token; a NamedTuple rather than a frozen dataclass because articles hold
    thousands and a frozen dataclass costs three times as much to build."""

    text: str
    start: int
    end: int
    kind: str = "word"  # word, punct, number, url, email, hashtag, date, symbol


class Tokens(Sequence[Token]):
    """The tokens of a text as columns: start and end offsets (4 bytes each) and a kind
    (1 byte); a ``Token`` is built when one is asked for, its text sliced from the text.
    A tuple of ``Token`` cost about 140 bytes a token, 16 bytes per input byte, which a
    document held from segmentation to the end (a 50 MB page: 800 MB); this costs 9."""

    __slots__ = ("_text", "_starts", "_ends", "_codes", "_kinds")

    def __init__(self, text: str, tokens: Iterable[Token] = ()) -> None:
        self._text = text
        self._starts = array("I")
        self._ends = array("I")
        self._codes = array("B")
        self._kinds: list[str] = []
        self.extend(tokens)

    def extend(self, tokens: Iterable[Token], offset: int = 0) -> None:
        """Add tokens in text order, their offsets ``offset`` on (tokens of a stretch of the
        text that starts there); only while the document is being built."""
        kinds, codes = self._kinds, self._codes
        index = {kind: n for n, kind in enumerate(kinds)}
        for token in tokens:
            code = index.get(token.kind)
            if code is None:
                code = index[token.kind] = len(kinds)
                kinds.append(token.kind)
            self._starts.append(token.start + offset)
            self._ends.append(token.end + offset)
            codes.append(code)

    @property
    def starts(self) -> Sequence[int]:
        return self._starts

    @property
    def ends(self) -> Sequence[int]:
        return self._ends

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Token, ...]: ...
    def __getitem__(self, i: int | slice) -> Token | tuple[Token, ...]:
        if isinstance(i, slice):
            return tuple(self[n] for n in range(*i.indices(len(self))))
        start, end = self._starts[i], self._ends[i]
        return Token(self._text[start:end], start, end, self._kinds[self._codes[i]])

    def __iter__(self) -> Iterator[Token]:
        text, kinds, make = self._text, self._kinds, tuple.__new__
        for start, end, code in zip(self._starts, self._ends, self._codes):
            yield make(Token, (text[start:end], start, end, kinds[code]))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Tokens, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Tokens({len(self)} tokens)"


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str  # PER, ORG, LOC, FAC, EVE, PRO, DAT, TIM, MON, PCT
    start: int
    end: int
    actor: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "start": self.start, "end": self.end, "actor": self.actor}


@dataclass(frozen=True, slots=True)
class Mention:
    """A place in the text that refers to an actor: a name, a title, a pronoun,
    a metonym (``کرملین``) or a plural reference (``طرفین``, ``تهران و مسکو``)."""

    text: str
    start: int
    end: int
    actor: str  # Actor.id; a plural reference has one Mention per actor it covers
    kind: str = "name"  # name, title, surname, pronoun, metonym, plural, demonym

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "actor": self.actor, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    title_en: str | None = None
    country: str | None = None  # ISO3 of the country the role serves, e.g. IRN for Iran's ambassador
    posted: str | None = None  # ISO3 where the role is exercised, e.g. RUS for "ambassador to Russia"

    def to_json(self) -> dict[str, Any]:
        out = {"title": self.title, "title_en": self.title_en, "country": self.country}
        if self.posted:
            out["posted"] = self.posted
        return out


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    name_en: str | None
    kind: str  # person, country, organisation, government, place, group
    country: str | None = None  # ISO3 or None for non-state organisations
    roles: tuple[Role, ...] = ()
    sector: str | None = None  # government, military, diplomatic, legislature ...
    code: str | None = None  # CAMEO-style actor code, e.g. IRNGOV
    romanised: bool = False  # name_en was romanised from Persian, not a known English name

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "kind": self.kind,
            "country": self.country,
            "roles": [r.to_json() for r in self.roles],
        }
        if self.sector:
            out["sector"] = self.sector
        if self.code:
            out["code"] = self.code
        if self.romanised:
            out["romanised"] = True
        return out


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event; ``to_json`` gives the DESIGN.md contract."""

    id: str
    plover: str
    cameo: str
    source: dict[str, Any]  # {"actor", "text", "country"}
    target: dict[str, Any]
    location: dict[str, Any] | None
    date: str | None
    topics: tuple[dict[str, Any], ...]
    evidence: tuple[tuple[int, int], ...]  # sentence spans
    trigger: dict[str, Any]  # {"text", "start", "end"}
    goldstein: float
    quad_class: int
    confidence: float
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. {"planned": True, "negated": False}

    def to_json(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "plover": self.plover,
            "cameo": self.cameo,
            "source": self.source,
            "target": self.target,
            "location": self.location,
            "date": self.date,
            "topics": list(self.topics),
            "evidence": [{"start": s, "end": e} for s, e in self.evidence],
            "trigger": self.trigger,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "confidence": self.confidence,
        }
        out.update(self.extra)
        return out


@dataclass(frozen=True, slots=True)
class Document:
    meta: ArticleMeta
    raw: str
    text: str = ""
    offsets: OffsetMap | None = None
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: Sequence[Token] = ()  # ``Tokens`` from the pipeline; a tuple when built by hand
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    # Actors by id, for ``actor()``; not a field a copy keeps (``evolve`` may change the actors).
    _actor_index: dict[str, Actor] | None = field(default=None, init=False, repr=False, compare=False)

    def evolve(self, **changes: Any) -> "Document":
        """A copy with some fields replaced; the way a stage adds its layer."""
        return dataclasses.replace(self, **changes)

    @property
    def id(self) -> str:
        return self.meta.id

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` back to the span of ``raw`` it came from."""
        if self.offsets is None:
            return start, end
        return self.offsets.span_to_raw(start, end)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def section_text(self, kind: str) -> str | None:
        for s in self.sections:
            if s.kind == kind:
                return self.text[s.start : s.end]
        return None

    def sentences_in(self, start: int, end: int) -> list[Sentence]:
        return [s for s in self.sentences if s.start < end and start < s.end]

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect_right(self.sentences, pos, key=lambda s: s.start) - 1  # sentences are in text order
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].end else None

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        index = self._actor_index
        if index is None:  # built on first use: a stage asks once per mention
            index = {}
            for a in self.actors:
                index.setdefault(a.id, a)
            object.__setattr__(self, "_actor_index", index)
        return index.get(actor_id)

    @property
    def content_hash(self) -> str:
        return content_hash(self.raw)

    def to_json(self) -> dict[str, Any]:
        """The JSONL contract of DESIGN.md (plus ``sections``/``sentences`` for inspection)."""
        return {key: list(value) if isinstance(value, JsonItems) else value for key, value in self.json_layers().items()}

    def json_layers(self) -> dict[str, Any]:
        """``to_json()`` with each layer a ``JsonItems``, whose dicts are made when read:
        ``iter_json`` writes it a slice at a time, so a big article's dicts (three times its
        text, for a page of mentions) never all exist at once."""
        return {
            "id": self.meta.id,
            "url": self.meta.url,
            "source": self.meta.source,
            "title": self.meta.title,
            "published": self.meta.published,
            "text": self.text,
            "sections": JsonItems(self.sections, _section_json),
            "sentences": JsonItems(self.sentences, _sentence_json),
            "entities": JsonItems(self.entities, _TO_JSON),
            "actors": JsonItems(self.actors, _TO_JSON),
            "mentions": JsonItems(self.mentions, _TO_JSON),
            "events": JsonItems(self.events, _TO_JSON),
        }


_TO_JSON = methodcaller("to_json")


def _section_json(s: Section) -> dict[str, Any]:
    return {"kind": s.kind, "start": s.start, "end": s.end}


def _sentence_json(s: Sentence) -> dict[str, Any]:
    return {"start": s.start, "end": s.end}


class JsonItems(Sequence[dict[str, Any]]):
    """A document layer read as its JSON dicts, each made when asked for."""

    __slots__ = ("_items", "_to_json")

    def __init__(self, items: Sequence[Any], to_json: Callable[[Any], dict[str, Any]]) -> None:
        self._items = items
        self._to_json = to_json

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, i: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, i: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(i, slice):
            return list(map(self._to_json, self._items[i]))
        return self._to_json(self._items[i])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self._to_json, self._items)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(url: str | None, title: str | None, body: str) -> str:
    """A stable id: from the URL when there is one, else from the content as normalised
    (``identity_text``): a copy that writes Arabic ي/ك, other digits or other spacing is the
    same article, not a second one with the same events.  Before schema version 13 the raw
    content made the id; the store finds articles stored so by this id too (``article_aliases``)."""
    if url:
        key = url
    else:
        # Imported here: rayzan.text imports this module.
        from rayzan.text.normalize import identity_text

        content = f"{title or ''}\n{body}"
        key = identity_text(content) or content  # nothing but marks the normaliser drops: as written
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# What no UTF-8 text, and no PostgreSQL text column, can hold: lone UTF-16 surrogates (a JSON
# "\\ud800" escape of a split emoji) and NUL.  Replaced one for one, so offsets still hold.
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def storable(text: str) -> tuple[str, int]:
    """``text`` with each unstorable character replaced by U+FFFD, and how many were."""
    if _UNSTORABLE.search(text) is None:
        return text, 0
    return _UNSTORABLE.subn("\ufffd", text)


def join_blocks(blocks: Iterable[Block]) -> tuple[str, list[tuple[str, int, int]]]:
    """Raw text of an article: its blocks, one per line, with each block's raw span."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for b in blocks:
        # A block is one line: inner newlines would break the one-line-per-section rule.
        line = storable(b.text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))[0]
        if not line.strip():
            continue
        spans.append((b.kind, pos, pos + len(line)))
        parts.append(line)
        pos += len(line) + 1
    return "\n".join(parts), spans


def iter_json(data: dict[str, Any], *, sort_keys: bool = False, separators: tuple[str, str] = (", ", ": "), batch: int = 2000) -> Iterator[str]:
    """``json.dumps(data, ensure_ascii=False, ...)`` in pieces: the top-level values
    one by one and the items of top-level lists ``batch`` at a time.  Joined, the
    pieces are exactly that string; apart, a big article's JSON (five times its
    text) never exists whole, nor its copy with a newline added.  A ``JsonItems``
    value (``Document.json_layers``) is written as the list of its dicts, ``batch``
    made at a time."""
    item_sep, key_sep = separators

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys, separators=separators)

    yield "{"
    for n, key in enumerate(sorted(data) if sort_keys else data):
        value = data[key]
        yield (item_sep if n else "") + dumps(key) + key_sep
        if isinstance(value, JsonItems) and len(value) <= batch:
            value = list(value)
        if isinstance(value, (list, JsonItems)) and len(value) > batch:
            yield "["
            for first in range(0, len(value), batch):
                part = dumps(value[first : first + batch])
                yield (item_sep if first else "") + part[1:-1]
            yield "]"
        else:
            yield dumps(value)
    yield "}"
