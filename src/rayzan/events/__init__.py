"""Event coding: Persian triggers → PLOVER/CAMEO events with source, target, place, date and topics.

``STAGE`` plugs into the pipeline after the actor stage; ``code_events(doc)`` is the
stage function, ``find_triggers(doc)`` the finding step alone.
"""

from __future__ import annotations

from rayzan.events.coder import code_events, extract_events
from rayzan.events.ontology import PLOVER_TYPES, cameo
from rayzan.events.triggers import Trigger, find_triggers
from rayzan.pipeline import Stage

STAGE = Stage(
    "events",
    code_events,
    needs=frozenset({"actors", "mentions", "sentences", "tokens"}),
    provides=frozenset({"events"}),
)

__all__ = ["PLOVER_TYPES", "STAGE", "Trigger", "cameo", "code_events", "extract_events", "find_triggers"]
