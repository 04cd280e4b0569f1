"""The actors an article names, built from KB entries and kept once per id."""

from __future__ import annotations

from collections.abc import Callable

from rayzan.actors.kb import (
    CITY,
    COUNTRY,
    HOME,
    ORGANISATION,
    PLACE,
    SECTOR_CODES,
    Entry,
    KnowledgeBase,
)
from rayzan.document import Actor


class ActorTable:
    """Actor ids -> ``Actor``; ``default_state(body, abroad)`` gives an unqualified body its state."""

    def __init__(self, kb: KnowledgeBase, default_state: Callable[[Entry, bool], str | None]) -> None:
        self.kb = kb
        self.default_state = default_state
        self.actors: dict[str, Actor] = {}
        self.named_states: dict[str, str] = {}  # body id -> the state the text last named with it

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def add(self, actor: Actor) -> str:
        self.actors.setdefault(actor.id, actor)
        return actor.id

    def state(self, iso3: str) -> str:
        if iso3 not in self.actors:
            c = self.kb.countries[iso3]
            self.actors[iso3] = Actor(iso3, c.name, c.name_en, "country", iso3, code=iso3)
        return iso3

    def entry(self, entry: Entry) -> str:
        """The actor of a state, city, place or organisation entry."""
        if entry.id in self.actors:
            return entry.id
        if entry.kind == COUNTRY:
            return self.state(entry.id)
        if entry.kind in (CITY, PLACE):
            actor = Actor(entry.id, entry.name, entry.name_en, "place", entry.country)
        elif entry.kind == ORGANISATION:
            code = entry.id
            if entry.country and entry.sector:
                code = entry.country + SECTOR_CODES[entry.sector]
            actor = Actor(entry.id, entry.name, entry.name_en, "organisation", entry.country, sector=entry.sector, code=code)
        else:
            raise ValueError(f"no actor for {entry.kind} {entry.id}")
        self.actors[entry.id] = actor
        return entry.id

    def body(self, body: Entry, country: str | None, abroad: bool = False, located: str | None = None) -> str:
        """A government body of a state: RUS-MFA; unresolved bodies keep a state-less id.  A body
        the text does not qualify is that of the state it was last named with («پارلمان اسپانیا
        ... پارلمان از دولت می‌خواهد»), before any guess from the article's subject.  ``abroad``: in
        a division Iran does not have (پلیس ایالت پنجاب), which is not Iran's even if named before.
        ``located``: the state of the place a bare force acts in, a guess for this mention only."""
        if country is not None:
            self.named_states[body.id] = country
        named = self.named_states.get(body.id)
        if abroad and named == HOME:
            named = None  # «پلیس ایران ... پلیس ایالت پنجاب»: Iran's police named before is not Punjab's
        return self.body_of(body, country or body.country or named or located or self.default_state(body, abroad))

    def body_of(self, body: Entry, state: str | None) -> str:
        """The body of ``state`` exactly, or the unplaced body (``body:gov``) for None."""
        actor_id = f"{state}-{body.id}" if state else f"body:{body.id.lower()}"
        if actor_id not in self.actors:
            sector = body.sector or "government"
            if state:
                c = self.kb.countries[state]
                name, name_en, code = f"{body.name} {c.name}", f"{body.name_en} of {c.name_en}", state + SECTOR_CODES[sector]
            else:
                name, name_en, code = body.name, body.name_en, None
            self.actors[actor_id] = Actor(actor_id, name, name_en, "government", state, sector=sector, code=code)
        return actor_id

    def metonym(self, entry: Entry) -> str:
        """کاخ سفید -> USA; پنتاگون -> USA-MOD."""
        target = entry.target or entry.id
        iso3, _, body_id = target.partition("-")
        if body_id:
            return self.body(self.kb.bodies[body_id], iso3)
        return self.state(iso3)
