"""A linear-chain CRF tagger in numpy, for models trained with CRFsuite.

The weights are one ``(attributes, labels)`` matrix.  Most features belong to
one word (its affixes, clusters, as centre or neighbour), so their weights are
summed once per distinct word and cached; only sentence-level features (bigrams,
gazetteer, helper tags) are looked up per token.  Viterbi runs over batches of
sentences at once.  Three stacked taggers run about twice as fast this way as
through CRFsuite's own tagger, and loading needs no CRFsuite at all.
"""

from __future__ import annotations

from itertools import repeat
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

_CACHE_LIMIT = 60_000  # cached words before the cache is cleared (bounds memory on big inputs)


class LinearCRF:
    def __init__(self, labels: list[str], attributes: list[str], weights: np.ndarray, transitions: np.ndarray) -> None:
        self.labels = labels
        # Row 0 of ``weights`` is all zeros: every token gathers it, so no token has an empty row set.
        self.index = {a: i for i, a in enumerate(attributes, start=1)}
        self.weights = weights
        self.transitions = transitions
        self._word_scores: dict[str, np.ndarray] = {}

    @classmethod
    def from_crfsuite(cls, path: Path) -> "LinearCRF":
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = sorted(info.labels, key=info.labels.get)
        label_id = {label: i for i, label in enumerate(labels)}
        attributes = sorted({attr for attr, _ in info.state_features})
        attr_id = {a: i for i, a in enumerate(attributes, start=1)}
        weights = np.zeros((len(attributes) + 1, len(labels)), dtype=np.float32)
        for (attr, label), w in info.state_features.items():
            weights[attr_id[attr], label_id[label]] = w
        transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (a, b), w in info.transitions.items():
            transitions[label_id[a], label_id[b]] = w
        return cls(labels, attributes, weights, transitions)

    def save(self, path: Path) -> None:
        attributes = sorted(self.index, key=self.index.get)
        with open(path, "wb") as f:  # a file object keeps np.savez from appending ".npz"
            np.savez_compressed(
                f,
                labels=np.array("\n".join(self.labels)),
                attributes=np.array("\n".join(attributes)),
                weights=self.weights,
                transitions=self.transitions,
            )

    @classmethod
    def load(cls, path: Path) -> "LinearCRF":
        with np.load(path) as data:
            labels = str(data["labels"]).split("\n")
            attributes = str(data["attributes"]).split("\n")
            return cls(labels, attributes, data["weights"], data["transitions"])

    def _emissions(self, sentences: Sequence[Sequence[Sequence[str]]]) -> np.ndarray:
        """Emission scores of every token of every sentence, stacked: ``(tokens, labels)``."""
        get = self.index.get
        zero = repeat(0)  # unknown attributes gather the zero row
        ids: list[int] = []
        starts: list[int] = []
        for features in sentences:
            for token_features in features:
                starts.append(len(ids))
                ids.append(0)
                ids.extend(map(get, token_features, zero))
        return self._sum_rows(ids, starts)

    def _sum_rows(self, ids: list[int], starts: list[int]) -> np.ndarray:
        if not starts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return np.add.reduceat(self.weights[ids], starts, axis=0)

    def tag(self, features: Sequence[Sequence[str]]) -> list[str]:
        return self.tag_many([features])[0]

    def tag_many(self, sentences: Sequence[Sequence[Sequence[str]]], batch: int = 512) -> list[list[str]]:
        """Viterbi over many sentences at once: sentences of similar length are
        batched so each step of the lattice is one numpy operation for all of them."""
        return self._decode([len(s) for s in sentences], lambda chunk: self._emissions([sentences[i] for i in chunk]), batch)

    def tag_windowed(
        self,
        keys: Sequence[Sequence[str]],
        dynamic: Sequence[Sequence[Sequence[str]]],
        units: Callable[[str], tuple[list[str], ...]],
        window: Sequence[tuple[int, int]],
        batch: int = 512,
    ) -> list[list[str]]:
        """``tag_many`` for features given per word (``units(key)[slot]`` applies to
        the token at ``offset`` for each ``(offset, slot)`` of ``window``) plus per
        token (``dynamic``): attribute ids are looked up once per word and cached,
        and their weights summed once per word, not once per token.  See ``FeatureSpace.features``
        for the string form."""
        get = self.index.get
        zero = repeat(0)
        cache = self._word_scores
        weights = self.weights

        def word_scores(key: str) -> np.ndarray:
            """``(slots, labels)``: the summed weights of each of the word's feature lists."""
            found = cache.get(key)
            if found is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                rows = [weights[[j for j in map(get, slot, zero) if j]].sum(axis=0) for slot in units(key)]
                found = cache[key] = np.stack(rows)
            return found

        def emissions(chunk: list[int]) -> np.ndarray:
            ids: list[int] = []
            starts: list[int] = []
            parts: list[np.ndarray] = []
            for s in chunk:
                words = np.stack([word_scores(k) for k in keys[s]])
                n = len(words)
                scores = np.zeros((n, weights.shape[1]), dtype=np.float32)
                for offset, slot in window:  # token i gets slot ``slot`` of word i + offset
                    if offset >= 0:
                        scores[: n - offset] += words[offset:, slot]
                    else:
                        scores[-offset:] += words[: n + offset, slot]
                parts.append(scores)
                for dyn in dynamic[s]:
                    starts.append(len(ids))
                    ids.append(0)
                    ids.extend(map(get, dyn, zero))
            return np.concatenate(parts) + self._sum_rows(ids, starts)

        return self._decode([len(k) for k in keys], emissions, batch)

    def _decode(self, lengths: list[int], emissions: Callable[[list[int]], np.ndarray], batch: int) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in lengths]
        order = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
        for b in range(0, len(order), batch):
            chunk = order[b : b + batch]
            self._viterbi(np.array([lengths[i] for i in chunk]), emissions(chunk), [out[i] for i in chunk])
        return out

    def _viterbi(self, lengths: np.ndarray, flat: np.ndarray, outs: list[list[str]]) -> None:
        n_labels = len(self.labels)
        width = int(lengths.max())
        scores = np.zeros((len(lengths), width, n_labels), dtype=np.float32)
        mask = np.arange(width)[None, :] < lengths[:, None]
        scores[mask] = flat
        back = np.zeros((len(lengths), width, n_labels), dtype=np.int32)
        best = scores[:, 0]
        for t in range(1, width):
            candidates = best[:, :, None] + self.transitions[None]
            step_back = candidates.argmax(axis=1)
            step_best = np.take_along_axis(candidates, step_back[:, None, :], axis=1)[:, 0] + scores[:, t]
            live = (t < lengths)[:, None]  # finished sentences keep their last scores
            best = np.where(live, step_best, best)
            back[:, t] = step_back
        last = best.argmax(axis=1)
        labels = self.labels
        for k, (length, out) in enumerate(zip(lengths.tolist(), outs)):
            path = [int(last[k])]
            row = back[k]
            for t in range(length - 1, 0, -1):
                path.append(int(row[t, path[-1]]))
            out.extend(labels[j] for j in reversed(path))
