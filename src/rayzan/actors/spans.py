"""Spans looked up by position: which of many ``start``/``end`` items overlap a span.

An article of a megabyte holds tens of thousands of mentions; asking every one of them about
every entity is quadratic.  Items are kept sorted by start, and those overlapping ``[start, end)``
start within the longest item's length before ``start``.
"""

from __future__ import annotations

from bisect import bisect_left, insort
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
        self._keys: list[tuple[int, int]] = []  # (start, rank), sorted
        self._items: list[S] = []  # by rank
        self._longest = 0
        for item in items:
            self.add(item)

    def add(self, item: S) -> None:
        rank = len(self._items)
        self._items.append(item)
        self._longest = max(self._longest, item.end - item.start)
        key = (item.start, rank)
        if not self._keys or key > self._keys[-1]:
            self._keys.append(key)  # the usual case: items come in text order
        else:
            insort(self._keys, key)

    def overlapping(self, start: int, end: int) -> list[tuple[int, S]]:
        """``(rank, item)`` of the items sharing a character with ``[start, end)``, in rank order."""
        low = bisect_left(self._keys, (start - self._longest, -1))
        high = bisect_left(self._keys, (end, -1))
        found = []
        for _, rank in self._keys[low:high]:
            item = self._items[rank]
            if start < item.end:
                found.append((rank, item))
        found.sort(key=lambda pair: pair[0])
        return found

    def within(self, start: int, end: int) -> list[S]:
        """Items lying wholly inside ``[start, end)``, in rank order."""
        low = bisect_left(self._keys, (start, -1))
        high = bisect_left(self._keys, (end, -1))
        ranks = sorted(rank for _, rank in self._keys[low:high] if self._items[rank].end <= end)
        return [self._items[rank] for rank in ranks]
