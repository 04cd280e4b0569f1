"""Spans looked up by position (rayzan.actors.spans)."""

from __future__ import annotations

import random
from typing import NamedTuple

from rayzan.actors.spans import SpanIndex


class Span(NamedTuple):
    start: int
    end: int
    name: str = ""


def test_span_index_finds_what_overlaps_in_the_order_items_were_added() -> None:
    index = SpanIndex([Span(10, 20, "a"), Span(0, 5, "b"), Span(12, 14, "c")])
    index.add(Span(3, 40, "d"))  # long, and added last though it starts early
    assert [s.name for _, s in index.overlapping(13, 15)] == ["a", "c", "d"]
    assert [rank for rank, _ in index.overlapping(13, 15)] == [0, 2, 3]
    assert [s.name for _, s in index.overlapping(5, 10)] == ["d"]  # ends are exclusive
    assert index.overlapping(40, 50) == []
    assert [s.name for s in index.within(10, 20)] == ["a", "c"]
    assert [s.name for s in index.within(0, 100)] == ["a", "b", "c", "d"]
    assert SpanIndex().overlapping(0, 10) == []


def test_span_index_agrees_with_a_scan_of_every_item() -> None:
    rng = random.Random(7)
    spans = [Span(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 500) for _ in range(300))]
    index = SpanIndex(spans)
    for _ in range(300):
        start = rng.randint(0, 520)
        end = start + rng.randint(1, 40)
        assert index.overlapping(start, end) == [(i, s) for i, s in enumerate(spans) if s.start < end and start < s.end]
        assert index.within(start, end) == [s for s in spans if start <= s.start and s.end <= end]
