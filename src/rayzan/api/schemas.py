"""What the HTTP API accepts and answers, kept apart from the library's types.

Output models follow the event contract of DESIGN.md and allow extra fields, so
a richer store record (e.g. ``planned``/``negated`` flags) passes through.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ISO3 = r"^[A-Za-z]{3}$"
DYAD = r"^[A-Za-z]{3}-[A-Za-z]{3}$"
DATE = r"^\d{4}-\d{2}-\d{2}$"
SORTS = ("date", "-date", "mentions", "-mentions", "goldstein", "-goldstein", "first_seen", "-first_seen", "last_seen", "-last_seen")
SortKey = Literal["date", "-date", "mentions", "-mentions", "goldstein", "-goldstein", "first_seen", "-first_seen", "last_seen", "-last_seen"]


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
    evidence: list[Span] = []
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


class StatsOut(BaseModel):
    timeline: list[TimelinePoint]
    network: Network
    dyads: list[DyadPoint]
    total: int


class ArticleIn(BaseModel):
    """An article to analyse: the Fars News shape (``abstract``, ``paragraphs``,
    ``link``) and the plain shape (``lead``, ``text``, ``url``) are both accepted,
    as by ``rayzan analyze`` on a .json file."""

    model_config = ConfigDict(extra="allow")

    title: str | None = Field(default=None, examples=["رایزنی ایران و روسیه در مسکو"])
    lead: str | None = None
    abstract: str | None = None
    paragraphs: list[str] | None = None
    text: str | None = None
    url: str | None = None
    link: str | None = None
    source: str | None = Field(default=None, description="outlet, e.g. farsnews.ir; taken from the URL when absent")
    published: str | None = Field(default=None, description="YYYY-MM-DD, an ISO date-time, or a Solar Hijri date")


class IngestOut(BaseModel):
    article: dict
    stored: dict | None = None
