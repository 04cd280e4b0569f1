"""Where, when and about what: location, date and topics of an event.

All three are read from the event's evidence sentences: a place governed by «در»
(not the post of an office-holder: «سفیر ایران در روسیه»), the first date a
sentence states (else the article's), and the names inside topic phrases
(«درباره ...»، «در خصوص ...»، «شامل ...»).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rayzan.document import Document, Mention
from rayzan.events.arguments import Party, actor_country
from rayzan.events.dates import explicit_or_relative
from rayzan.events.slots import Slot
from rayzan.events.words import PLACE, TO, TOPIC

_VISIT_CODES = ("042",)


def place_json(doc: Document, mention: Mention) -> dict[str, Any]:
    actor = doc.actor(mention.actor)
    return {
        "text": mention.text,
        "name_en": actor.name_en if actor else None,
        "country": actor_country(actor),
    }


def _is_place(doc: Document, mention: Mention) -> bool:
    actor = doc.actor(mention.actor)
    return actor is not None and actor.kind in ("place", "country") and mention.kind not in ("demonym", "pronoun")


def evidence_slots(doc: Document, slots: Iterable[Slot]) -> tuple[Slot, ...]:
    """The slots of a sentence that ``location`` and ``topics`` may read: an event keeps these of
    its sentences, not all their slots."""
    return tuple(
        slot
        for slot in slots
        if not slot.apposition
        and (slot.marker == TOPIC or (slot.marker in (PLACE, TO) and _is_place(doc, slot.mentions[0])))
    )


def location(
    doc: Document, slots: Iterable[Slot], src: Party | None, tgt: Party | None, code: str
) -> dict[str, Any] | None:
    """Where: the first city in a place phrase (or, for a visit, whither) of ``slots`` (the slots of the
    evidence sentences, in order), else the first country."""
    cities: list[Mention] = []
    countries: list[Mention] = []
    for slot in slots:
        wanted = slot.marker == PLACE or (code in _VISIT_CODES and slot.marker == TO)
        if slot.apposition or not wanted:
            continue
        for m in slot.mentions[:1]:
            if not _is_place(doc, m):
                continue
            actor = doc.actor(m.actor)
            (cities if actor is not None and actor.kind == "place" else countries).append(m)
    best = cities[0] if cities else (countries[0] if countries else None)
    return place_json(doc, best) if best else None


def topics(doc: Document, slots: Iterable[Slot], src: Party | None, tgt: Party | None) -> list[dict[str, Any]]:
    parties = {p.actor for p in (src, tgt) if p is not None}
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for slot in slots:
        if slot.marker != TOPIC or slot.apposition:
            continue
        for m in slot.mentions[:1]:
            if m.actor in parties:
                continue
            item = place_json(doc, m)
            key = item["name_en"] or item["text"]
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out


def event_date(doc: Document, sentences: list[int], planned: bool) -> str | None:
    for i in sentences:
        s = doc.sentences[i]
        found = explicit_or_relative(doc.text[s.start : s.end], doc.meta.published, planned)
        if found:
            return found
    return doc.meta.published
