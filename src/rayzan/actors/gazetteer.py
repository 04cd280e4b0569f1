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
from collections.abc import Sequence
from dataclasses import dataclass

from rayzan.actors.kb import ONE_TO_ONE, KnowledgeBase, Surface

ZWNJ = "\u200c"
# Punctuation that may sit inside a name (گروه ۵+۱, and the comma of an official name: وزارت
# تعاون، کار و رفاه اجتماعی); every other mark ends one.  A comma joins only what the KB spells so.
_INNER_PUNCT = frozenset("+-،")
# Suffixes that may follow a name after a ZWNJ without making it another word.
SUFFIXES = frozenset({"ها", "های", "هایی", "ی", "ای", "اش", "شان", "مان", "ام"})


@dataclass(slots=True)  # not frozen: built for every token, and frozen __init__ is slow
class Unit:
    text: str  # letters as the KB writes them (``plain``)
    start: int
    end: int
    kind: str  # word, number, punct, ...
    glued: bool = False  # joined to the previous unit by ZWNJ
    line: int = 0  # section (line of the normalised text) the unit is in


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


def units_of(text: str) -> list[Unit]:
    """The units of ``text`` (normalised text: letters already unified, so one
    same-length translate is enough to meet the KB's spelling).  Built with one
    regex pass per line and a comprehension: this runs on every article."""
    # The normaliser has unified these letters already; translate only text it did not see.
    mapped = text.translate(ONE_TO_ONE) if any(ch in text for ch in _UNNORMALISED) else text
    units: list[Unit] = []
    offset = 0
    same = {}.setdefault  # one string per distinct unit: most repeat an earlier one (bounds a big input's memory)
    for line, segment in enumerate(mapped.split("\n")):
        units += [Unit(same(w := m.group(), w), m.start() + offset, m.end() + offset, m.lastgroup, False, line) for m in _UNIT.finditer(segment)]  # type: ignore[arg-type]
        offset += len(segment) + 1
    if "ء" in text:  # a final hamza of Arabic spelling: صنعاء is the KB's صنعا
        for u in units:
            if u.text.endswith("ء") and len(u.text) > 3:
                u.text = u.text[:-1]
    if ZWNJ in text:
        by_start = {u.start: u for u in units}
        pos = text.find(ZWNJ)
        while pos != -1:
            after = by_start.get(pos + 1)
            if after is not None and after.kind == "word" and (pos and text[pos - 1].isalpha()):
                after.glued = True
            pos = text.find(ZWNJ, pos + 1)
    return units


def _joinable(text: str, left: Unit, right: Unit) -> str | None:
    """The separator between two units inside one name, or None if they cannot share one."""
    if right.glued:
        return " "
    if left.kind == "punct" and left.text not in _INNER_PUNCT:
        return None
    if right.kind == "punct" and right.text not in _INNER_PUNCT:
        return None
    gap = text[left.end : right.start]
    if gap == "":
        return ""
    if gap.isspace() and "\n" not in gap:
        return " "
    return None


class Gazetteer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def find(self, text: str, units: Sequence[Unit]) -> list[Match]:
        kb = self.kb
        surfaces, firsts, longest = kb.surfaces, kb.first_units, kb.max_units
        matches: list[Match] = []
        i, n = 0, len(units)
        while i < n:
            unit = units[i]
            if unit.kind == "punct" or unit.text not in firsts or (unit.glued and units[i - 1].kind == "word"):
                i += 1
                continue
            # Build the candidate keys for 1..longest units, then try the longest first.
            keys: list[str] = [unit.text]
            key = unit.text
            j = i
            while j + 1 < n and len(keys) < longest:
                sep = _joinable(text, units[j], units[j + 1])
                if sep is None:
                    break
                j += 1
                key = f"{key}{sep}{units[j].text}"
                keys.append(key)
            found = None
            for length in range(len(keys), 0, -1):
                hit = surfaces.get(keys[length - 1])
                if hit is None:
                    continue
                last = i + length - 1
                after = units[last + 1] if last + 1 < n else None
                if units[last].kind == "punct" or (after is not None and after.glued and after.text not in SUFFIXES):
                    continue  # part of a longer word (ایران‌شناسی)
                found = Match(i, last, unit.start, units[last].end, hit)
                break
            if found is None:
                i += 1
                continue
            matches.append(found)
            i = found.last + 1
        return matches
