"""What the HTTP API accepts and answers, kept apart from the library's types.

Output models follow the event contract of DESIGN.md and allow extra fields, so
a richer store record (e.g. ``planned``/``negated`` flags) passes through.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rayzan.store.query import SORTS

ISO3 = r"^[A-Za-z]{3}$"
# Two sides: one comma, or (no comma) one hyphen; each side with something in it.  A dyad with
# more hyphens (actor ids hold them) is read where one split names two known actors.
DYAD = r"^\s*$|^[^,]*[^,\s][^,]*,[^,]*[^,\s][^,]*$|^[^,-]*[^,\s-][^,-]*-[^,-]*[^,\s-][^,-]*$"
DATE = r"^(1[7-9]|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$"  # Gregorian, from 1700 (see rayzan.store.filters.date)
SortKey = Literal[SORTS]  # type: ignore[valid-type]  # the store's keys (rayzan.store.query.SORT_KEYS), as --sort takes them


# The values the filters take, for the OpenAPI schema (rayzan.store.filters reads them; a
# blank parameter is no filter, as a cleared form field is).  Country names and Persian
# digits are read too, but generated clients send codes.
def country_schema() -> dict[str, Any]:
    from rayzan.countries import country_names

    return {"enum": ["", *sorted(country_names())]}


def plover_schema() -> dict[str, Any]:
    from rayzan.events.ontology import PLOVER_TYPES

    one = r"\s*(" + "|".join("".join(f"[{c}{c.lower()}]" for c in t) for t in PLOVER_TYPES) + r")\s*"
    return {"pattern": f"^({one}(,{one})*|\\s*)$"}


def cameo_schema() -> dict[str, Any]:
    from rayzan.store.filters import cameo_prefixes

    return {"enum": ["", *sorted(cameo_prefixes())]}


def kind_schema() -> dict[str, Any]:
    from rayzan.store.filters import ACTOR_KINDS

    return {"enum": ["", *ACTOR_KINDS]}


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorOut(BaseModel):
    """Every 4xx/5xx answer: a stable machine code, a message that says how to fix it."""

    error: str = Field(examples=["not_found"])
    message: str
    details: list[dict] | None = None


class Party(_Open):
    actor: str | None = None
    text: str | None = None
    country: str | None = None
    name_en: str | None = None  # actor's English name where the store knows it
    country_en: str | None = None


class Place(_Open):
    text: str | None = None
    name_en: str | None = None
    country: str | None = None


class Span(BaseModel):
    start: int
    end: int


class EvidenceSpan(_Open):
    """A sentence span; the store adds the sentence ``text`` and its ``article``."""

    start: int
    end: int


class Trigger(_Open):
    text: str | None = None
    start: int | None = None
    end: int | None = None


class Excerpt(BaseModel):
    """One evidence sentence, with the trigger's span relative to ``text``."""

    article: str | None = None
    text: str
    trigger: Span | None = None


class EventOut(_Open):
    id: str
    plover: str
    cameo: str | None = None
    source: Party
    target: Party
    location: Place | None = None
    date: str | None = None
    topics: list[Place] = []
    evidence: list[EvidenceSpan] = []
    trigger: Trigger | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    confidence: float | None = None
    mentions: int = 0
    articles: int = 0
    sources: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    excerpt: Excerpt | None = None


class EventPage(BaseModel):
    items: list[EventOut]
    total: int
    limit: int
    offset: int


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str
    trigger: Span | None = None  # relative to ``text``


class MentionOut(_Open):
    article: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    evidence: list[EvidenceOut] = []


class EventDetail(BaseModel):
    event: EventOut
    mentions: list[MentionOut]


class ActorOut(_Open):
    id: str
    name: str | None = None
    name_en: str | None = None
    kind: str | None = None
    country: str | None = None
    roles: list[dict] = []
    events: int | None = None


class ActorPage(BaseModel):
    items: list[ActorOut]
    total: int


class EntityOut(_Open):
    text: str
    label: str
    start: int
    end: int
    actor: str | None = None


class ArticleOut(_Open):
    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    text: str
    entities: list[EntityOut] = []
    actors: list[dict] = []
    events: list[dict] = []


class TimelinePoint(BaseModel):
    date: str
    plover: str
    count: int


class NetworkNode(BaseModel):
    id: str
    label: str
    label_en: str | None = None
    kind: str  # country or actor


class NetworkEdge(BaseModel):
    source: str
    target: str
    plover: str
    count: int


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class DyadPoint(BaseModel):
    dyad: str
    date: str
    count: int
    goldstein: float | None


class PairCount(BaseModel):
    dyad: str
    count: int


class StatsOut(BaseModel):
    total: int
    timeline: list[TimelinePoint]
    network: Network
    pairs: list[PairCount]  # the busiest country pairs
    dyads: list[DyadPoint]  # per day, for the asked dyad or the busiest pairs


# Some character that is not white space in Python (str.strip) nor in JSON Schema's regex.
_SOME_TEXT = r"[^\s\x1c-\x1f]"
_TEXT_FIELDS = ("title", "lead", "abstract", "paragraphs", "text")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")


class ArticleIn(BaseModel):
    """An article to analyse: the Fars News shape (``abstract``, ``paragraphs``,
    ``link``) and the plain shape (``lead``, ``text``, ``url``) are both accepted,
    as by ``rayzan analyze`` on a .json file.  At least one of title, lead,
    abstract, paragraphs or text is needed; absent fields are left out, not null."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"anyOf": [{"required": [name]} for name in _TEXT_FIELDS]},
    )

    title: str = Field(default=None, pattern=_SOME_TEXT, examples=["رایزنی ایران و روسیه در مسکو"])  # type: ignore[assignment]
    lead: str = Field(default=None, pattern=_SOME_TEXT)  # type: ignore[assignment]
    abstract: str = Field(default=None, pattern=_SOME_TEXT)  # type: ignore[assignment]
    paragraphs: list[Annotated[str, Field(pattern=_SOME_TEXT)]] = Field(default=None, min_length=1)  # type: ignore[assignment]
    text: str = Field(default=None, pattern=_SOME_TEXT)  # type: ignore[assignment]
    url: str = Field(default=None, json_schema_extra={"format": "uri"})  # type: ignore[assignment]
    link: str = Field(default=None, json_schema_extra={"format": "uri"})  # type: ignore[assignment]
    source: str = Field(default=None, max_length=200, description="outlet, e.g. farsnews.ir; taken from the URL when absent")  # type: ignore[assignment]
    published: str = Field(default=None, description="YYYY-MM-DD, an ISO date-time, or a Solar Hijri date")  # type: ignore[assignment]

    @field_validator("url", "link")
    @classmethod
    def _parsable_url(cls, value: str) -> str:
        # An absolute URI (RFC 3986: a scheme, then no spaces) that urllib can take apart.
        if not _URI.match(value):
            raise ValueError("not an absolute URL such as https://www.farsnews.ir/news/1")
        try:
            urlparse(value).hostname
        except ValueError as e:
            raise ValueError(f"not a URL ({e})") from None
        return value

    @model_validator(mode="after")
    def _has_text(self) -> "ArticleIn":
        if not any(getattr(self, name) for name in _TEXT_FIELDS):
            raise ValueError("the article needs a title, lead, abstract, paragraphs or text")
        return self


class IngestOut(BaseModel):
    article: dict
    stored: dict | None = None
