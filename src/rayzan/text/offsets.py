"""Offset maps: from positions in normalised text back to the raw text.

A normaliser describes its work as *edits* on the raw text — ``(start, end,
replacement)`` — and ``apply_edits`` builds the new text together with a
piecewise map.  Untouched stretches map one to one; a position inside a
replacement maps to the matching position of the replaced raw stretch, clamped
to its end.  Lookups are ``O(log n)`` in the number of edits, and maps compose,
so several passes can each keep their own edits simple.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

Edit = tuple[int, int, str]


class OffsetMap:
    __slots__ = ("_norm_lens", "_norm_starts", "_raw_lens", "_raw_starts", "norm_length", "raw_length")

    def __init__(
        self,
        norm_starts: Sequence[int],
        raw_starts: Sequence[int],
        norm_lens: Sequence[int],
        raw_lens: Sequence[int],
        norm_length: int,
        raw_length: int,
    ) -> None:
        # Segments are the edited stretches only; gaps between them are identity.
        self._norm_starts = list(norm_starts)
        self._raw_starts = list(raw_starts)
        self._norm_lens = list(norm_lens)
        self._raw_lens = list(raw_lens)
        self.norm_length = norm_length
        self.raw_length = raw_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([], [], [], [], length, length)

    @property
    def is_identity(self) -> bool:
        return not self._norm_starts

    def to_raw(self, pos: int) -> int:
        """Raw offset of normalised position ``pos`` (0 <= pos <= len(text))."""
        i = bisect_right(self._norm_starts, pos) - 1
        if i < 0:
            return min(pos, self.raw_length)
        n0, r0, nl, rl = self._norm_starts[i], self._raw_starts[i], self._norm_lens[i], self._raw_lens[i]
        if pos < n0 + nl:
            return r0 + min(pos - n0, rl)
        # After the edit: identity shifted by the edit's change in length.
        return min(r0 + rl + (pos - n0 - nl), self.raw_length)

    def end_to_raw(self, end: int) -> int:
        """Raw offset for a span *end*: a span ending inside or at the end of a
        replacement covers the whole replaced raw stretch; deletions right after
        the span are left out."""
        i = bisect_left(self._norm_starts, end) - 1
        if i < 0:
            return min(end, self.raw_length)
        n0, r0, nl, rl = self._norm_starts[i], self._raw_starts[i], self._norm_lens[i], self._raw_lens[i]
        if end < n0 + nl:
            return r0 + min(end - n0, rl)
        return min(r0 + rl + (end - n0 - nl), self.raw_length)

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        raw_start = self.to_raw(start)
        if end <= start:
            return raw_start, raw_start
        return raw_start, max(raw_start, self.end_to_raw(end))

    def then(self, later: OffsetMap) -> OffsetMap:
        """Compose: ``later`` maps text3 -> text2, ``self`` maps text2 -> raw."""
        return _ComposedMap(later, self)  # type: ignore[return-value]


class _ComposedMap(OffsetMap):
    __slots__ = ("_inner", "_outer")

    def __init__(self, outer: OffsetMap, inner: OffsetMap) -> None:
        self._outer, self._inner = outer, inner
        self.norm_length = outer.norm_length
        self.raw_length = inner.raw_length
        self._norm_starts = [0]  # never identity

    def to_raw(self, pos: int) -> int:
        return self._inner.to_raw(self._outer.to_raw(pos))

    def end_to_raw(self, end: int) -> int:
        return self._inner.end_to_raw(self._outer.end_to_raw(end))

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        s, e = self._outer.span_to_raw(start, end)
        return self._inner.span_to_raw(s, e)


def apply_edits(raw: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits to ``raw``; return the text and its map."""
    out: list[str] = []
    norm_starts: list[int] = []
    raw_starts: list[int] = []
    norm_lens: list[int] = []
    raw_lens: list[int] = []
    pos = 0  # in raw
    npos = 0  # in output
    for start, end, rep in edits:
        if start < pos:
            raise ValueError(f"overlapping edit at {start} (previous ended at {pos})")
        if start > pos:
            out.append(raw[pos:start])
            npos += start - pos
        if rep == raw[start:end]:
            out.append(rep)
            npos += len(rep)
            pos = end
            continue
        out.append(rep)
        norm_starts.append(npos)
        raw_starts.append(start)
        norm_lens.append(len(rep))
        raw_lens.append(end - start)
        npos += len(rep)
        pos = end
    if pos < len(raw):
        out.append(raw[pos:])
        npos += len(raw) - pos
    return "".join(out), OffsetMap(norm_starts, raw_starts, norm_lens, raw_lens, npos, len(raw))
