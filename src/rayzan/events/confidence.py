"""A confidence per event: a logistic score over what the coder saw.

The features are the evidence a reader would weigh: was there a finite verb or only a
noun, are both sides resolved to countries (and to actors), how many sentences repeat it,
was it passive or only planned, is it told in the title or the lead.  The weights in
``data/confidence.json`` are fitted by ``scripts/calibrate_events.py`` on the development
set, the Fars News gold and the verdicts on every event coded from the Fars News files, so
that the score tracks the precision observed on real news (``bench/events.py`` and
``bench/events_audit.py`` show the reliability tables and Brier scores).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from rayzan.events.arguments import Party
from rayzan.events.triggers import Trigger

FEATURES = (
    "bias", "verb", "headline_noun", "source_country", "target_country", "repeats", "passive", "planned", "opening", "dyad",
    "domestic", "consult",
)  # fmt: skip
_DEFAULT = {"bias": -0.5, "verb": 1.2, "headline_noun": 0.6, "source_country": 0.8, "target_country": 0.8,
            "repeats": 0.6, "passive": -0.2, "planned": -0.3, "opening": 0.0, "dyad": 0.0,
            "domestic": 0.0, "consult": 0.0}  # fmt: skip


def features(
    triggers: list[Trigger],
    src: Party | None,
    tgt: Party | None,
    n_sentences: int,
    opening: bool = False,
    plover: str = "",
) -> dict[str, float]:
    """``opening``: told in the title or the lead (what an article is about, not its background).
    ``domestic``: both sides in one state (a ministry's meeting, a province's thanks: real acts
    that are seldom political); ``consult``: a meeting, the type most often a match, a talk show
    or an interview on the page."""
    own = [t for t in triggers if not t.anaphoric] or triggers
    countries = {p.country for p in (src, tgt) if p is not None and p.country is not None}
    return {
        "bias": 1.0,
        "verb": float(any(t.kind == "verb" for t in own)),
        "headline_noun": float(any(t.kind == "noun" and t.headline for t in own)),
        "source_country": float(src is not None and src.country is not None),
        "target_country": float(tgt is not None and tgt.country is not None),
        "repeats": math.log(max(n_sentences, 1)),
        "passive": float(all(t.passive for t in own)),
        "planned": float(any(t.planned for t in own)),
        "opening": float(opening),
        "dyad": float(src is not None and tgt is not None and bool(src.actor) and bool(tgt.actor)),
        "domestic": float(len(countries) == 1 and (src is None or tgt is None or src.country == tgt.country)),
        "consult": float(plover == "CONSULT"),
    }


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    path = resources.files("rayzan.events").joinpath("data").joinpath("confidence.json")
    try:
        return {**_DEFAULT, **json.loads(path.read_text(encoding="utf-8"))["weights"]}
    except FileNotFoundError:
        return dict(_DEFAULT)


def score(values: dict[str, float], w: dict[str, float] | None = None) -> float:
    w = weights() if w is None else w
    z = sum(w.get(k, 0.0) * v for k, v in values.items())
    return 1.0 / (1.0 + math.exp(-z))


def confidence(triggers: list[Trigger], src: Party | None, tgt: Party | None, n_sentences: int) -> float:
    return round(score(features(triggers, src, tgt, n_sentences)), 3)
