"""BIO tags <-> spans, and entity-level scores with conlleval semantics."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from rayzan.ner.labels import OUTSIDE


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans, the way conlleval reads chunks: an
    ``I-X`` after ``O`` or after another type starts a new chunk."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, this = tag.partition("-")
        if tag == OUTSIDE or not this:
            prefix, this = OUTSIDE, ""
        begins = prefix == "B" or (prefix == "I" and this != kind)
        if kind and (prefix == OUTSIDE or begins):
            spans.append((start, i, kind))
            kind = ""
        if begins:
            start, kind = i, this
    if kind:
        spans.append((start, len(tags), kind))
    return spans


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    support: int  # gold entities


def _score(tp: int, n_pred: int, n_gold: int) -> Score:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return Score(p, r, 2 * p * r / (p + r) if p + r else 0.0, n_gold)


def entity_scores(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Micro scores over exact (span, type) matches: ``"ALL"`` plus one per type."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for span in gs:
            n_gold[span[2]] += 1
        for span in ps:
            n_pred[span[2]] += 1
        for span in gs & ps:
            tp[span[2]] += 1
    out = {"ALL": _score(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))}
    for kind in sorted(set(n_gold) | set(n_pred)):
        out[kind] = _score(tp[kind], n_pred[kind], n_gold[kind])
    return out
