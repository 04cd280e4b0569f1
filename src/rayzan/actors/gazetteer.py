"""Find knowledge-base names in normalised text, on token boundaries.

The text is cut into *units*: words split at ZWNJ (``رایزنی‌ها`` ->
``رایزنی`` + ``ها``), numbers, and punctuation marks.  A name is a run of
units joined by a space or ZWNJ (or nothing, inside ``۵+۱``); its key is the
units joined by single spaces, which is how the KB indexes every name
(``surface_keys``).  Matching is greedy, longest first, left to right, with
one dict look-up per candidate length: a few thousand look-ups per article.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, overload

from rayzan.actors.kb import ONE_TO_ONE, KnowledgeBase, Surface

ZWNJ = "\u200c"
# Punctuation that may sit inside a name (گروه ۵+۱, and the comma of an official name: وزارت
# تعاون، کار و رفاه اجتماعی); every other mark ends one.  A comma joins only what the KB spells so.
_INNER_PUNCT = frozenset("+-،")
# Suffixes that may follow a name after a ZWNJ without making it another word.
SUFFIXES = frozenset({"ها", "های", "هایی", "ی", "ای", "اش", "شان", "مان", "ام"})


class Unit(NamedTuple):
    """One unit, as ``Units`` gives it out (built when asked for, so read-only)."""

    text: str  # letters as the KB writes them (``plain``)
    start: int
    end: int
    kind: str  # word, number, punct, ...
    glued: bool = False  # joined to the previous unit by ZWNJ
    line: int = 0  # section (line of the normalised text) the unit is in


class Units(Sequence[Unit]):
    """An article's units as columns: one string per distinct unit text, 4-byte offsets and
    line, 1-byte kind and glue.  A list of ``Unit`` objects cost about 150 bytes a unit,
    18 bytes per input byte, held through the actors stage; this costs about 22."""

    __slots__ = ("texts", "starts", "ends", "lines", "_codes", "_kinds", "_glued")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.starts = array("I")
        self.ends = array("I")
        self.lines = array("I")
        self._codes = array("B")
        self._kinds: list[str] = []
        self._glued = bytearray()

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, i: int) -> Unit: ...
    @overload
    def __getitem__(self, i: slice) -> list[Unit]: ...
    def __getitem__(self, i: int | slice) -> Unit | list[Unit]:
        if isinstance(i, slice):
            return [self[n] for n in range(*i.indices(len(self)))]
        return tuple.__new__(
            Unit, (self.texts[i], self.starts[i], self.ends[i], self._kinds[self._codes[i]], self._glued[i] == 1, self.lines[i])
        )

    def __iter__(self) -> Iterator[Unit]:
        return map(self.__getitem__, range(len(self)))

    def _code(self, kind: str) -> int:
        """The code of ``kind`` in ``_codes`` (-1, which no unit has, when no unit is of that kind)."""
        try:
            return self._kinds.index(kind)
        except ValueError:
            return -1


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first unit
    last: int  # index of the last unit (inclusive)
    start: int
    end: int
    surface: Surface


# Word pieces (letters; a ZWNJ ends a piece), numbers and single marks.
_UNIT = re.compile(r"(?P<word>[^\W\d_]+)|(?P<number>[0-9۰-۹٠-٩]+)|(?P<punct>[^\w\s\u200c])")
_UNNORMALISED = "يىكۀة"


def units_of(text: str) -> Units:
    """The units of ``text`` (normalised text: letters already unified, so one
    same-length translate is enough to meet the KB's spelling).  Built with one
    regex pass per line, straight into columns: this runs on every article."""
    # The normaliser has unified these letters already; translate only text it did not see.
    mapped = text.translate(ONE_TO_ONE) if any(ch in text for ch in _UNNORMALISED) else text
    units = Units()
    texts, starts, ends, lines, codes, kinds = units.texts, units.starts, units.ends, units.lines, units._codes, units._kinds
    code_of: dict[str, int] = {}
    offset = 0
    same = {}.setdefault  # one string per distinct unit: most repeat an earlier one (bounds a big input's memory)
    for line, segment in enumerate(mapped.split("\n")):
        for m in _UNIT.finditer(segment):
            w = m.group()
            texts.append(same(w, w))
            starts.append(m.start() + offset)
            ends.append(m.end() + offset)
            lines.append(line)
            code = code_of.get(m.lastgroup)  # type: ignore[arg-type]
            if code is None:
                code = code_of[m.lastgroup] = len(kinds)  # type: ignore[index]
                kinds.append(m.lastgroup)  # type: ignore[arg-type]
            codes.append(code)
        offset += len(segment) + 1
    units._glued = bytearray(len(texts))
    if "ء" in text:  # a final hamza of Arabic spelling: صنعاء is the KB's صنعا
        for n, w in enumerate(texts):
            if w.endswith("ء") and len(w) > 3:
                texts[n] = w[:-1]
    if ZWNJ in text:
        word = code_of.get("word")
        pos = text.find(ZWNJ)
        while pos != -1:
            n = bisect_left(starts, pos + 1)
            if n < len(starts) and starts[n] == pos + 1 and codes[n] == word and (pos and text[pos - 1].isalpha()):
                units._glued[n] = 1
            pos = text.find(ZWNJ, pos + 1)
    return units


def _joinable(text: str, units: Units, left: int) -> str | None:
    """The separator between units ``left`` and ``left + 1`` inside one name, or None if they cannot share one."""
    right = left + 1
    if units._glued[right]:
        return " "
    punct, texts = units._code("punct"), units.texts
    if units._codes[left] == punct and texts[left] not in _INNER_PUNCT:
        return None
    if units._codes[right] == punct and texts[right] not in _INNER_PUNCT:
        return None
    gap = text[units.ends[left] : units.starts[right]]
    if gap == "":
        return ""
    if gap.isspace() and "\n" not in gap:
        return " "
    return None


class Gazetteer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def find(self, text: str, units: Units) -> list[Match]:
        kb = self.kb
        surfaces, firsts, longest = kb.surfaces, kb.first_units, kb.max_units
        matches: list[Match] = []
        # Read from the columns: building a Unit for each look was a third of the stage's time.
        texts, codes, glued = units.texts, units._codes, units._glued
        punct, word = units._code("punct"), units._code("word")
        i, n = 0, len(units)
        while i < n:
            if texts[i] not in firsts or codes[i] == punct or (glued[i] and codes[i - 1] == word):
                i += 1
                continue
            # Build the candidate keys for 1..longest units, then try the longest first.
            keys: list[str] = [texts[i]]
            key = texts[i]
            j = i
            while j + 1 < n and len(keys) < longest:
                sep = _joinable(text, units, j)
                if sep is None:
                    break
                j += 1
                key = f"{key}{sep}{texts[j]}"
                keys.append(key)
            found = None
            for length in range(len(keys), 0, -1):
                hit = surfaces.get(keys[length - 1])
                if hit is None:
                    continue
                last = i + length - 1
                if codes[last] == punct or (last + 1 < n and glued[last + 1] and texts[last + 1] not in SUFFIXES):
                    continue  # part of a longer word (ایران‌شناسی)
                found = Match(i, last, units.starts[i], units.ends[last], hit)
                break
            if found is None:
                i += 1
                continue
            matches.append(found)
            i = found.last + 1
        return matches
