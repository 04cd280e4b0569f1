"""Token features for the CRF taggers, shared by training and inference.

Every feature is computed from a token's *key*: the token normalised
(``rayzan.text.normalize_chars``: Arabic ي/ك, digits, diacritics) with ZWNJ and
inner spaces removed.  PEYMA writes ``روش های``, ARMAN ``روش‌ها``, scraped text
``روشهای``: all three share one key, so the model does not care whether the
text lost its ZWNJ or had it restored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from rayzan.text import normalize_chars

ZWNJ = "\u200c"
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_CACHE_LIMIT = 60_000  # distinct words kept before a cache is cleared (bounds memory on big inputs)

_key_cache: dict[str, str] = {}


def token_key(token: str) -> str:
    key = _key_cache.get(token)
    if key is None:
        key = normalize_chars(token)[0].replace(ZWNJ, "").replace(" ", "")
        if len(_key_cache) > _CACHE_LIMIT:
            _key_cache.clear()
        _key_cache[token] = key
    return key


def _char_class(ch: str) -> str:
    if ch in _PERSIAN_DIGITS or ch.isdigit():
        return "d"
    if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
        return "a" if ch.isalpha() else ch
    if ch.isalpha():
        return "L"
    return ch


def word_shape(key: str) -> str:
    """Character classes with runs collapsed: ``۱۳۹۸/۰۵/۱۲`` -> ``d/d/d``."""
    out: list[str] = []
    for ch in key:
        c = _char_class(ch)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def plain_features(keys: Sequence[str]) -> list[list[str]]:
    """The baseline: word identity, short affixes, shape and the words either side."""
    out: list[list[str]] = []
    n = len(keys)
    for i, k in enumerate(keys):
        f = ["b", "w=" + k, "p2=" + k[:2], "s2=" + k[-2:], "s3=" + k[-3:], "sh=" + word_shape(k)]
        f.append("-1w=" + keys[i - 1] if i > 0 else "BOS")
        f.append("+1w=" + keys[i + 1] if i + 1 < n else "EOS")
        out.append(f)
    return out


@dataclass
class Gazetteer:
    """Multi-token names (as keys) with the labels other corpora gave them."""

    names: dict[tuple[str, ...], tuple[str, ...]]
    longest: int = 1

    @classmethod
    def from_entries(cls, entries: Mapping[tuple[str, ...], Sequence[str]]) -> "Gazetteer":
        names = {k: tuple(sorted(set(v))) for k, v in entries.items() if k}
        return cls(names, max((len(k) for k in names), default=1))

    def matches(self, keys: Sequence[str]) -> list[list[str]]:
        """Per token, ``B-X``/``I-X`` for each label of the longest name covering it."""
        out: list[list[str]] = [[] for _ in keys]
        n, i = len(keys), 0
        while i < n:
            for length in range(min(self.longest, n - i), 0, -1):
                labels = self.names.get(tuple(keys[i : i + length]))
                if labels:
                    for label in labels:
                        out[i].append("B-" + label)
                        for j in range(i + 1, i + length):
                            out[j].append("I-" + label)
                    i += length
                    break
            else:
                i += 1
        return out


@dataclass
class FeatureSpace:
    """Rich features: affixes, shape, word clusters at several granularities,
    a window of two tokens each side, gazetteer matches and, optionally, the
    tags that taggers trained on other corpora predict (``extra`` columns)."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gazetteer: Gazetteer | None = None
    priors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> labels other corpora gave it
    _unit: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = field(default_factory=dict)

    def _unit_features(self, key: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        """Features of one token alone: as centre, and as seen from offsets -2, -1, +1, +2."""
        cached = self._unit.get(key)
        if cached is not None:
            return cached
        shape = word_shape(key)
        cl = self.clusters.get(key, ())
        centre = ["b", "w=" + key, "sh=" + shape, "len=" + str(min(len(key), 9))]
        for n in (1, 2, 3):
            if len(key) > n:
                centre.append(f"p{n}=" + key[:n])
        for n in (1, 2, 3, 4):
            if len(key) > n:
                centre.append(f"s{n}=" + key[-n:])
        if cl:
            centre.extend(f"c{j}=" + c for j, c in enumerate(cl))
        else:
            centre.append("c=none")
        near = ["w=" + key, "sh=" + shape, "s2=" + key[-2:]] + [f"c{j}=" + c for j, c in enumerate(cl)]
        far = ["w=" + key] + [f"c{j}=" + c for j, c in enumerate(cl[1:], start=1)]
        result = (centre, ["-2" + f for f in far], ["-1" + f for f in near], ["+1" + f for f in near], ["+2" + f for f in far])
        if len(self._unit) > _CACHE_LIMIT:
            self._unit.clear()
        self._unit[key] = result
        return result

    def unit(self, key: str, slot: int) -> list[str]:
        """Features of ``key`` alone, seen from ``slot``: 0 centre, 1..4 from offsets -2, -1, +1, +2."""
        return self._unit_features(key)[slot]

    def split_features(self, keys: Sequence[str]) -> tuple[list[list[tuple[str, int]]], list[list[str]]]:
        """Per token, references to cacheable per-word feature lists ``(key, slot)``
        (see ``unit``) and the features that depend on the sentence (word bigrams).
        ``LinearCRF`` resolves the references once per word, not once per token."""
        n = len(keys)
        static: list[list[tuple[str, int]]] = []
        dynamic: list[list[str]] = []
        for i in range(n):
            refs = [(keys[i], 0)]
            if i >= 2:
                refs.append((keys[i - 2], 1))
            if i >= 1:
                refs.append((keys[i - 1], 2))
                dyn = ["bi-=" + keys[i - 1] + "|" + keys[i]]
            else:
                dyn = ["BOS"]
            if i + 1 < n:
                refs.append((keys[i + 1], 3))
                dyn.append("bi+=" + keys[i] + "|" + keys[i + 1])
            else:
                dyn.append("EOS")
            if i + 2 < n:
                refs.append((keys[i + 2], 4))
            static.append(refs)
            dynamic.append(dyn)
        return static, dynamic

    def features(self, keys: Sequence[str]) -> list[list[str]]:
        """Feature strings for one sentence of keys: each token with two neighbours
        each side (the form CRFsuite trains on)."""
        static, dynamic = self.split_features(keys)
        out: list[list[str]] = []
        for refs, dyn in zip(static, dynamic):
            f: list[str] = []
            for key, slot in refs:
                f.extend(self._unit_features(key)[slot])
            f.extend(dyn)
            out.append(f)
        return out

    def add_context(self, features: list[list[str]], keys: Sequence[str], extra: Sequence[Sequence[str]]) -> None:
        """Add, in place, gazetteer matches, word-level label priors and the tags
        of helper taggers (one column per helper in ``extra``), each seen at
        offsets -1, 0, +1."""
        n = len(keys)
        if self.gazetteer is not None:
            gaz = self.gazetteer.matches(keys)
            for i, f in enumerate(features):
                f.extend("g=" + g for g in gaz[i])
                if i + 1 < n:
                    f.extend("+1g=" + g for g in gaz[i + 1])
                if i >= 1:
                    f.extend("-1g=" + g for g in gaz[i - 1])
        if self.priors:
            priors = [self.priors.get(k, ()) for k in keys]
            for i, f in enumerate(features):
                f.extend("lx=" + p for p in priors[i])
                if i + 1 < n:
                    f.extend("+1lx=" + p for p in priors[i + 1])
                if i >= 1:
                    f.extend("-1lx=" + p for p in priors[i - 1])
        for col, tags in enumerate(extra):
            for i, f in enumerate(features):
                f.append(f"x{col}=" + tags[i])
                f.append(f"x{col}-1=" + (tags[i - 1] if i >= 1 else "BOS") + "|" + tags[i])
                f.append(f"x{col}+1=" + (tags[i + 1] if i + 1 < n else "EOS"))
