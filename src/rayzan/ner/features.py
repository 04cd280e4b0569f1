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
    prefixes: frozenset[tuple[str, ...]] = frozenset()  # every proper prefix of a name, to stop early
    # First words of the names: most tokens start none, and one set lookup of
    # the word (its hash is cached) skips them without building a tuple.
    _firsts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._firsts = frozenset(name[0] for name in self.names)

    @classmethod
    def from_entries(cls, entries: Mapping[tuple[str, ...], Sequence[str]]) -> "Gazetteer":
        names = {k: tuple(sorted(set(v))) for k, v in entries.items() if k}
        return cls(names, frozenset(k[:i] for k in names for i in range(1, len(k))))

    def matches(self, keys: Sequence[str]) -> list[list[str]]:
        """Per token, ``B-X``/``I-X`` for each label of the longest name starting
        at the leftmost token that starts one."""
        out: list[list[str]] = [[] for _ in keys]
        names, prefixes, firsts = self.names, self.prefixes, self._firsts
        n, i = len(keys), 0
        while i < n:
            if keys[i] not in firsts:
                i += 1
                continue
            best, labels = 0, None
            end = i + 1
            while end <= n:
                span = tuple(keys[i:end])
                found = names.get(span)
                if found:
                    best, labels = end - i, found
                if span not in prefixes:
                    break
                end += 1
            if labels:
                for label in labels:
                    out[i].append("B-" + label)
                    for j in range(i + 1, i + best):
                        out[j].append("I-" + label)
                i += best
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
    kb: Gazetteer | None = None  # names from Rayzan's actor knowledge base, by kind (``kb_entries``)
    # Tuples, not lists: tuples of strings leave the garbage collector's
    # tracking, and tens of thousands of cached lists made every collection slow.
    _unit: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    def _unit_features(self, key: str) -> tuple[tuple[str, ...], ...]:
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
        result = (
            tuple(centre),
            tuple("-2" + f for f in far),
            tuple("-1" + f for f in near),
            tuple("+1" + f for f in near),
            tuple("+2" + f for f in far),
        )
        if len(self._unit) > _CACHE_LIMIT:
            self._unit.clear()
        self._unit[key] = result
        return result

    # Where each word's cached feature lists apply: (offset from the token, slot of ``units``).
    WINDOW = ((0, 0), (-2, 1), (-1, 2), (1, 3), (2, 4))

    def units(self, key: str) -> tuple[tuple[str, ...], ...]:
        """Features of ``key`` alone, by slot: 0 as centre, 1..4 as seen from
        offsets -2, -1, +1, +2 (see ``WINDOW``); computed once per word."""
        return self._unit_features(key)

    def sentence_features(self, keys: Sequence[str]) -> list[list[str]]:
        """Per token, the features that depend on the sentence, not on one word
        alone: word bigrams and sentence edges.  Context features join them later."""
        if not keys:
            return []
        pairs = [a + "|" + b for a, b in zip(keys, keys[1:])]  # pairs[i]: (i, i + 1), each built once
        back = ["BOS", *["bi-=" + p for p in pairs]]
        ahead = [*["bi+=" + p for p in pairs], "EOS"]
        return [[b, a] for b, a in zip(back, ahead)]

    def features(self, keys: Sequence[str], dynamic: Sequence[list[str]] | None = None) -> list[list[str]]:
        """Feature strings for one sentence of keys, each token with two
        neighbours each side (the form CRFsuite trains on)."""
        dynamic = self.sentence_features(keys) if dynamic is None else dynamic
        units = [self._unit_features(k) for k in keys]
        n = len(keys)
        out: list[list[str]] = []
        for i in range(n):
            f: list[str] = []
            for offset, slot in self.WINDOW:
                if 0 <= i + offset < n:
                    f.extend(units[i + offset][slot])
            f.extend(dynamic[i])
            out.append(f)
        return out

    def name_matches(self, keys: Sequence[str]) -> tuple[list[list[str]] | None, list[list[str]] | None]:
        """Gazetteer and knowledge-base matches per token (None without that list)."""
        gazetteer = self.gazetteer.matches(keys) if self.gazetteer is not None else None
        return gazetteer, self.kb.matches(keys) if self.kb is not None else None

    def add_context(
        self,
        features: list[list[str]],
        keys: Sequence[str],
        extra: Sequence[Sequence[str]],
        matches: tuple[list[list[str]] | None, list[list[str]] | None] | None = None,
    ) -> None:
        """Add, in place, gazetteer and knowledge-base matches (``name_matches``,
        computed here unless given) and word-level label priors (each seen at
        offsets -1, 0, +1) and the tags of helper taggers (one column per
        helper in ``extra``: at offsets -2..+2, the pairs (-1, 0) and (0, +1),
        and the first two helpers' tags together)."""
        self.add_names(features, keys, matches)
        add_helper_tags(features, extra)

    def add_names(
        self,
        features: list[list[str]],
        keys: Sequence[str],
        matches: tuple[list[list[str]] | None, list[list[str]] | None] | None = None,
    ) -> None:
        """The first part of ``add_context``: matches and priors, in place."""
        gazetteer, kb = self.name_matches(keys) if matches is None else matches
        if gazetteer is not None:
            _add_window(features, gazetteer, "g=")
        if kb is not None:
            _add_window(features, kb, "k=")
        if self.priors:
            get = self.priors.get
            _add_window(features, [get(k, ()) for k in keys], "lx=")


def add_helper_tags(features: list[list[str]], extra: Sequence[Sequence[str]]) -> None:
    """The last part of ``add_context``: the helpers' tags, in place (at
    inference ``stacking.HelperTagIds`` gives the same features by id)."""
    n = len(features)
    for col, tags in enumerate(extra):
        x = f"x{col}"
        padded = ["BOS", "BOS", *tags, "EOS", "EOS"]
        pairs = [a + "|" + b for a, b in zip(padded[1:], padded[2 : n + 3])]  # pairs[i]: (i - 1, i)
        for f, here, ahead, back2, ahead2, pair, pair_ahead in zip(
            features,
            tags,
            padded[3:],
            padded,
            padded[4:],
            pairs,
            pairs[1:],
        ):
            f += (x + "=" + here, x + "-1=" + pair, x + "+1=" + ahead, x + "-2=" + back2, x + "+2=" + ahead2, x + "p+=" + pair_ahead)
    if len(extra) >= 2:  # where the first two helpers agree or differ
        for f, a, b in zip(features, extra[0], extra[1]):
            f.append("xx=" + a + "|" + b)


def _add_window(features: list[list[str]], matches: Sequence[Sequence[str]], name: str) -> None:
    """Each match of token i as ``name`` on token i, ``+1name`` on token i - 1
    and ``-1name`` on token i + 1 (most tokens have none: only those are visited)."""
    last = len(features) - 1
    for i, found in enumerate(matches):
        if found:
            features[i].extend(name + m for m in found)
            if i:
                features[i - 1].extend("+1" + name + m for m in found)
            if i < last:
                features[i + 1].extend("-1" + name + m for m in found)
