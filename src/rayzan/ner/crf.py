"""A linear-chain CRF tagger in numpy, for models trained with CRFsuite.

The weights are one ``(attributes, labels)`` matrix.  Most features belong to
one word (its affixes, clusters, as centre or neighbour), so their weights are
summed once per distinct word and cached; only sentence-level features (bigrams,
gazetteer, helper tags) are looked up per token.  Viterbi runs over batches of
sentences at once.  Three stacked taggers run about twice as fast this way as
through CRFsuite's own tagger, and loading needs no CRFsuite at all.
"""

from __future__ import annotations

from itertools import pairwise, repeat
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np

from rayzan.ner.stacking import merge_ids

_CACHE_LIMIT = 60_000  # cached words before the cache is cleared (bounds memory on big inputs)


class LinearCRF:
    def __init__(self, labels: list[str], attributes: list[str], weights: np.ndarray, transitions: np.ndarray) -> None:
        self.labels = labels
        # Row 0 of ``weights`` is all zeros: every token gathers it, so no token has an empty row set.
        self.index = {a: i for i, a in enumerate(attributes, start=1)}
        self.weights = weights
        self.transitions = transitions
        self._word_rows: dict[str, int] = {}  # word -> its row in ``_word_table`` (see ``tag_windowed``)
        self._word_table = np.zeros((0, 0, len(labels)), dtype=np.float32)

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
        units: Callable[[str], tuple[Sequence[str], ...]],
        window: Sequence[tuple[int, int]],
        batch: int = 512,
    ) -> list[list[str]]:
        """``tag_many`` for features given per word (``units(key)[slot]`` applies to
        the token at ``offset`` for each ``(offset, slot)`` of ``window``) plus per
        token (``dynamic``): each word's feature lists are looked up and their
        weights summed once, kept as rows of one table, and a batch's emissions
        are gathered from that table for all its tokens at once.  See
        ``FeatureSpace.features`` for the string form."""
        return self._decode([len(k) for k in keys], self._windowed_emissions(keys, dynamic, units, window), batch)

    def emissions_windowed(
        self,
        keys: Sequence[Sequence[str]],
        dynamic: Sequence[Sequence[Sequence[str]]],
        units: Callable[[str], tuple[Sequence[str], ...]],
        window: Sequence[tuple[int, int]],
        dense: Sequence[np.ndarray] = (),
    ) -> np.ndarray:
        """The emission scores ``tag_windowed`` decodes, stacked over all
        tokens of all sentences in order: ``(tokens, labels)``.  ``dense``:
        more feature ids, one array per feature over all tokens, that follow
        each token's ``dynamic`` features (``stacking.HelperTagIds.crf_ids``)."""
        return self._windowed_emissions(keys, dynamic, units, window)(list(range(len(keys))), dense)

    def _windowed_emissions(
        self,
        keys: Sequence[Sequence[str]],
        dynamic: Sequence[Sequence[Sequence[str]]],
        units: Callable[[str], tuple[Sequence[str], ...]],
        window: Sequence[tuple[int, int]],
    ) -> Callable[..., np.ndarray]:
        get = self.index.get
        zero = repeat(0)
        weights = self.weights
        n_slots = len(window)

        def rows_of(words: list[str]) -> np.ndarray:
            """Row in the word table of each of ``words``, summing the weights of new ones in one go."""
            rows = self._word_rows
            new = [w for w in dict.fromkeys(words) if w not in rows]
            if new:
                if len(rows) + len(new) > _CACHE_LIMIT:
                    rows.clear()
                    new = list(dict.fromkeys(words))
                # One lookup pass over all the new words' strings; each (word, slot)
                # list is then led by the zero row, so no segment is empty.
                lists = [feats for w in new for feats in units(w)]
                flat = [f for feats in lists for f in feats]
                counts = np.fromiter(map(len, lists), dtype=np.intp, count=len(lists))
                found = np.fromiter(map(get, flat, zero), dtype=np.intp, count=len(flat))
                ids, starts = merge_ids(counts, found, [np.zeros(len(lists), dtype=np.intp)], first=True)
                summed = np.add.reduceat(weights[ids], starts, axis=0).reshape(len(new), n_slots, -1)
                first = len(rows)
                table = self._word_table
                if table.shape[0] < first + len(new):
                    grown = np.zeros((max(2 * table.shape[0], first + len(new), 1024), n_slots, weights.shape[1]), np.float32)
                    if first:
                        grown[:first] = table[:first]
                    table = self._word_table = grown
                table[first : first + len(new)] = summed
                for j, w in enumerate(new, start=first):
                    rows[w] = j
            return np.fromiter(map(rows.__getitem__, words), dtype=np.intp, count=len(words))

        def emissions(chunk: list[int], dense: Sequence[np.ndarray] = ()) -> np.ndarray:
            words = [k for s in chunk for k in keys[s]]
            n = len(words)
            row = rows_of(words)
            table = self._word_table
            lengths = np.array([len(keys[s]) for s in chunk])
            ends = np.cumsum(lengths)
            pos = np.arange(n) - np.repeat(ends - lengths, lengths)  # position in the sentence
            size = np.repeat(lengths, lengths)
            scores = np.zeros((n, weights.shape[1]), dtype=np.float32)
            for offset, slot in window:  # token i gets slot ``slot`` of token i + offset
                if offset == 0:
                    scores += table[row, slot]
                    continue
                there = pos + offset
                ok = np.flatnonzero((there >= 0) & (there < size))
                scores[ok] += table[row[ok + offset], slot]
            token_features = [dyn for s in chunk for dyn in dynamic[s]]
            counts = np.fromiter(map(len, token_features), dtype=np.intp, count=n)
            if n and (dense or counts.min() > 0):  # the usual case: one lookup pass over all of the batch's strings
                flat = [f for dyn in token_features for f in dyn]
                ids = np.fromiter(map(get, flat, zero), dtype=np.intp, count=len(flat))
                if dense:  # every token has features then: no zero row, as the strings would have had
                    ids, starts = merge_ids(counts, ids, dense, first=False)
                else:
                    starts = np.cumsum(counts) - counts
                return scores + np.add.reduceat(weights[ids], starts, axis=0)
            ids_list: list[int] = []
            starts_list: list[int] = []
            for dyn in token_features:
                starts_list.append(len(ids_list))
                ids_list.append(0)  # the zero row: no segment is empty
                ids_list.extend(map(get, dyn, zero))
            return scores + self._sum_rows(ids_list, starts_list)

        return emissions

    def _decode(self, lengths: list[int], emissions: Callable[[list[int]], np.ndarray], batch: int) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in lengths]
        for chunk in _length_batches(lengths, batch):
            self._viterbi(np.array([lengths[i] for i in chunk]), emissions(chunk), [out[i] for i in chunk])
        return out

    def _viterbi(self, lengths: np.ndarray, flat: np.ndarray, outs: list[list[str]]) -> None:
        best, back = self._lattice(lengths, flat)
        last = best.argmax(axis=1).tolist()  # a finished sentence keeps the scores of its last token
        labels = self.labels
        for k, (length, out) in enumerate(zip(lengths.tolist(), outs)):
            row = back[k, :length].tolist()  # plain lists: a Python walk over them beats numpy indexing
            out.extend(map(labels.__getitem__, _walk(row, last[k])))

    def _lattice(self, lengths: np.ndarray, flat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Viterbi's forward pass: each sentence's scores at its last token
        ``(sentences, labels)`` and the back pointers ``(sentences, width, labels)``."""
        n_labels = len(self.labels)
        width = int(lengths.max())
        scores = np.zeros((len(lengths), width, n_labels), dtype=np.float32)
        mask = np.arange(width)[None, :] < lengths[:, None]
        scores[mask] = flat
        back = np.zeros((len(lengths), width, n_labels), dtype=np.intp)
        best = scores[:, 0].copy()
        transitions = np.ascontiguousarray(self.transitions.T)[None]  # [to, from]: argmax runs along rows
        # ``_decode`` sorts a batch by length, so the sentences still running at
        # step t are a suffix of it: each step works on that suffix alone.
        first_live = np.searchsorted(lengths, np.arange(width), side="right").tolist()
        rows, cols = np.arange(len(lengths))[:, None], np.arange(n_labels)[None, :]
        for t in range(1, width):
            lo = first_live[t]
            candidates = best[lo:, None, :] + transitions  # [sentence, to, from]
            chosen = back[lo:, t]
            candidates.argmax(axis=2, out=chosen)  # written in place: the step is a few small calls
            # The best candidates, picked by the argmax: the very floats max() gives, at a fifth of its cost.
            live = best[lo:]
            live[...] = candidates[rows[: len(live)], cols, chosen]
            live += scores[lo:, t]
        return best, back


def _length_batches(lengths: list[int], batch: int) -> Iterator[list[int]]:
    """The indexes of the non-empty sentences, shortest first (``_lattice`` works on the suffix
    still running, so a batch must be sorted by length), ``batch`` at a time."""
    order = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
    for b in range(0, len(order), batch):
        yield order[b : b + batch]


def _walk(row: list[list[int]], last: int) -> list[int]:
    """The best path, first token first, from back pointers ``row[t][label]`` and the last label."""
    j = last
    path = [j]
    for t in range(len(row) - 1, 0, -1):
        j = row[t][j]
        path.append(j)
    path.reverse()
    return path


class CRFGroup:
    """Several CRFs that read the same features (the helper taggers), scored
    as one: their weights side by side over the union of their attributes, so
    each feature string is looked up, and each word's weights are summed and
    cached, once for all of them.  An attribute one model lacks has zeros in
    its columns, the zero row it would have gathered alone, so each model's
    scores are the same floats; each then decodes its own columns."""

    def __init__(self, models: Sequence[LinearCRF]) -> None:
        self.models = list(models)
        union: dict[str, int] = {}
        for model in self.models:
            for attribute in model.index:
                union.setdefault(attribute, len(union) + 1)
        widths = [len(model.labels) for model in self.models]
        edges = np.cumsum([0, *widths]).tolist()
        self.columns = [slice(a, b) for a, b in pairwise(edges)]
        weights = np.zeros((len(union) + 1, edges[-1]), dtype=np.float32)
        for model, cols in zip(self.models, self.columns):
            mine = np.fromiter(model.index.values(), dtype=np.intp, count=len(model.index))
            theirs = np.fromiter(map(union.__getitem__, model.index), dtype=np.intp, count=len(model.index))
            weights[theirs, cols] = model.weights[mine]
        # One lattice for all: each model's transitions on the diagonal, -inf
        # between models, so no path leaves its model's labels and the best
        # of each step is the one that model alone would have picked.
        transitions = np.full((edges[-1], edges[-1]), -np.inf, dtype=np.float32)
        for model, cols in zip(self.models, self.columns):
            transitions[cols, cols] = model.transitions
        labels = [f"{k}:{label}" for k, model in enumerate(self.models) for label in model.labels]
        self.joint = LinearCRF(labels, list(union), weights, transitions)

    def tag_windowed(
        self,
        keys: Sequence[Sequence[str]],
        dynamic: Sequence[Sequence[Sequence[str]]],
        units: Callable[[str], tuple[Sequence[str], ...]],
        window: Sequence[tuple[int, int]],
        batch: int = 512,
    ) -> list[list[list[str]]]:
        """Each model's ``LinearCRF.tag_windowed``, one list of tag lists per model."""
        emissions = self.joint._windowed_emissions(keys, dynamic, units, window)
        lengths = [len(k) for k in keys]
        outs: list[list[list[str]]] = [[[] for _ in lengths] for _ in self.models]
        for chunk in _length_batches(lengths, batch):
            sizes = np.array([lengths[i] for i in chunk])
            best, back = self.joint._lattice(sizes, emissions(chunk))
            lasts = [(best[:, cols].argmax(axis=1) + cols.start).tolist() for cols in self.columns]
            for k, (i, length) in enumerate(zip(chunk, sizes.tolist())):
                row = back[k, :length].tolist()
                for model, cols, last, out in zip(self.models, self.columns, lasts, outs):
                    out[i] = [model.labels[j - cols.start] for j in _walk(row, last[k])]
        return outs
