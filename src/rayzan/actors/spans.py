"""Spans looked up by position: which of many ``start``/``end`` items overlap a span.

An article of a megabyte holds tens of thousands of mentions; asking every one of them about
every entity is quadratic.  Items are kept sorted by start, and those overlapping ``[start, end)``
start within the longest item's length before ``start``.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class SpanIndex(Generic[S]):
    """Items with a ``start`` and an ``end``; each keeps the order it was added in (``rank``)."""

    def __init__(self, items: Iterable[S] = ()) -> None:
        # Sorted by (start, rank), as two columns: a list of (start, rank) tuples took ~120 bytes
        # an item, 3 bytes per input byte for the mentions of a page of them.
        self._starts = array("I")
        self._ranks = array("I")
        self._items: list[S] = []  # by rank
        self._longest = 0
        for item in items:
            self.add(item)

    def add(self, item: S) -> None:
        rank = len(self._items)
        self._items.append(item)
        self._longest = max(self._longest, item.end - item.start)
        starts = self._starts
        if not starts or item.start >= starts[-1]:
            starts.append(item.start)  # the usual case: items come in text order
            self._ranks.append(rank)
        else:  # after every item of the same start: its rank is the highest
            at = bisect_right(starts, item.start)
            starts.insert(at, item.start)
            self._ranks.insert(at, rank)

    def overlapping(self, start: int, end: int) -> list[tuple[int, S]]:
        """``(rank, item)`` of the items sharing a character with ``[start, end)``, in rank order."""
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        found = []
        for rank in self._ranks[low:high]:
            item = self._items[rank]
            if start < item.end:
                found.append((rank, item))
        found.sort(key=lambda pair: pair[0])
        return found

    def within(self, start: int, end: int) -> list[S]:
        """Items lying wholly inside ``[start, end)``, in rank order."""
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end)
        ranks = sorted(rank for rank in self._ranks[low:high] if self._items[rank].end <= end)
        return [self._items[rank] for rank in ranks]
