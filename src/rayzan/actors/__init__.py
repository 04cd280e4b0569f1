"""Actors: who is who — states, places, organisations, government bodies and
people with their roles, resolved in one article.

The stage::

    STAGE = Stage("actors", resolve_actors, needs={"entities", "sentences"},
                  provides={"actors", "mentions"})

``resolve_actors(doc)`` returns ``doc`` with ``actors`` (``Actor``),
``mentions`` (``Mention``: one per place in the text that names an actor, one
per side for plural references) and ``entities`` with ``actor`` filled in.
It does not need NER: KB names, title patterns and given names are matched in
the text directly; NER ``PER``/``ORG`` entities, when present, add people and
organisations the KB does not know.  People whose English name was romanised
from Persian carry ``Actor.romanised``.  The knowledge base is described in
``data/README.md``; users add or correct entries in a file named by
``RAYZAN_ACTORS`` (or ``./rayzan-actors.yaml``).

Actor ids are stable and readable:

- ``IRN`` — a state and its government (ISO 3166-1 alpha-3; Palestine ``PSE``);
- ``RUS-MFA`` — a body of a state (``<ISO3>-<body code>``, see ``data/bodies.yaml``);
- ``UN``, ``NATO``, ``HAMAS`` — organisations (``data/organisations.yaml``);
- ``place:moscow``, ``place:gaza`` — cities and places;
- ``person:kazem-jalali`` — people (KB slug, else a slug of the romanised name);
- ``RUS:foreign-minister`` — an office-holder the article does not name.

Helpers for other stages (stable):

- ``load_kb()`` — the knowledge base, loaded once (``kb.KnowledgeBase``);
- ``lookup(text)`` — the KB entry a name denotes (``kb.Entry``) or None;
- ``place_country(text)`` — ISO3 of the state a place name lies in (مسکو -> RUS);
- ``actor_country(actor_id, doc=None)`` — ISO3 an actor belongs to;
- ``mention_country(mention, doc)`` — ISO3 of the actor a mention names.
"""

from __future__ import annotations

from rayzan.actors.kb import (
    CITY,
    COUNTRY,
    PLACE,
    Entry,
    KnowledgeBase,
    KnowledgeBaseError,
    load_kb,
)
from rayzan.actors.resolve import resolve_actors
from rayzan.document import Document, Mention
from rayzan.pipeline import Stage

STAGE = Stage(
    "actors",
    resolve_actors,
    needs=frozenset({"entities", "sentences"}),
    provides=frozenset({"actors", "mentions"}),
)


def lookup(text: str) -> Entry | None:
    """The KB entry ``text`` names (a state, its demonym or metonym, a city,
    place, organisation, body, role or person), or None.  ZWNJ, spaces and
    Arabic letter forms are forgiven: ``حزب الله`` finds ``حزب‌الله``."""
    hit = load_kb().lookup(text)
    return hit.entry if hit else None


def place_country(text: str) -> str | None:
    """ISO3 of the state a place name belongs to: مسکو -> RUS, غزه -> PSE,
    روسیه -> RUS; None for regions spanning states (خلیج فارس) and non-places."""
    entry = lookup(text)
    if entry is None or entry.kind not in (COUNTRY, CITY, PLACE, "metonym"):
        return None
    return entry.country


def actor_country(actor_id: str | None, doc: Document | None = None) -> str | None:
    """ISO3 the actor belongs to: from ``doc.actors`` when given, else from the
    id itself (``IRN``, ``RUS-MFA``, ``RUS:foreign-minister``) or the KB."""
    if actor_id is None:
        return None
    if doc is not None:
        actor = doc.actor(actor_id)
        if actor is not None:
            return actor.country
    kb = load_kb()
    head = actor_id.split("-", 1)[0].split(":", 1)[0]
    if head in kb.countries:
        return head
    entry = kb.by_id.get(actor_id)
    return entry.country if entry else None


def mention_country(mention: Mention, doc: Document) -> str | None:
    """ISO3 of the actor ``mention`` refers to."""
    return actor_country(mention.actor, doc)


__all__ = [
    "STAGE",
    "Entry",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "actor_country",
    "load_kb",
    "lookup",
    "mention_country",
    "place_country",
    "resolve_actors",
]
