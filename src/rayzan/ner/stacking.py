"""The helper CRFs' tags as inputs of the main taggers, looked up by id.

``FeatureSpace.add_helper_tags`` and ``signals.token_signals`` spell each
token's helper tags as strings (``x0-1=B-PER|I-PER`` for the stacked CRF,
``h0=B-PER`` for the network): the form training reads.  At inference they
are most of a token's features, and building and hashing them token by token
cost more than the rest of the scoring.  Here each such feature is looked up
once per tag (or pair of tags) when the model loads, and a document's are
gathered with numpy.  ``merge_ids`` then lays them out in the very order the
strings would have had, so the scores summed from them are the same floats
(``tests/test_ner_stacking.py`` checks both forms against each other).
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

BOS, EOS = "BOS", "EOS"  # the helper tags read before and after a sentence
# The stacked CRF's features of helper column ``col`` (``x{col}`` + name + the
# tags at these offsets joined by "|"), in the order ``add_helper_tags`` appends them.
CRF_TEMPLATES: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("=", (0,)),
    ("-1=", (-1, 0)),
    ("+1=", (1,)),
    ("-2=", (-2,)),
    ("+2=", (2,)),
    ("p+=", (0, 1)),
)


def merge_ids(counts: np.ndarray, ids: np.ndarray, dense: Sequence[np.ndarray], first: bool) -> tuple[np.ndarray, np.ndarray]:
    """Each token's ids laid out one token after the other, and where each token starts.

    ``ids`` holds the tokens' own ids back to back (``counts[i]`` of token i);
    ``dense`` one id per token for each array, placed before the token's own
    ids (``first``) or after them, in their order."""
    n, k = len(counts), len(dense)
    sizes = counts + k
    starts = np.cumsum(sizes) - sizes
    flat = np.empty(int(sizes.sum()), dtype=np.intp)
    own_start, dense_start = (starts + k, starts) if first else (starts, starts + counts)
    for j, column in enumerate(dense):
        flat[dense_start + j] = column
    if len(ids):
        owner = np.repeat(np.arange(n), counts)
        rank = np.arange(len(ids)) - np.repeat(np.cumsum(counts) - counts, counts)  # place among the token's own
        flat[own_start[owner] + rank] = ids
    return flat, starts


class HelperTagIds:
    """Ids of the helper-tag features in the stacked CRF's attribute index and
    of the helper-tag signals in the network's signal index (0, the zero row
    of both, for what they never saw in training)."""

    def __init__(
        self,
        helper_labels: Sequence[Sequence[str]],
        crf_index: Mapping[str, int] | None = None,
        signal_index: Mapping[str, int] | None = None,
    ) -> None:
        # Tag j of helper col is vocab[col][j]; BOS and EOS come last.
        self.vocab = [[*labels, BOS, EOS] for labels in helper_labels]
        self.tag_index = [{tag: j for j, tag in enumerate(v)} for v in self.vocab]
        self.crf: list[list[tuple[tuple[int, ...], np.ndarray]]] = []  # per col: (offsets, id table) per template
        self.crf_pair: np.ndarray | None = None  # "xx=a|b" of the first two helpers' tags
        self.signals: list[np.ndarray] = []  # "h{col}=tag"
        self.signal_pair: np.ndarray | None = None  # "hh=a|b"
        if crf_index is not None:
            for col, vocab in enumerate(self.vocab):
                self.crf.append(
                    [(offsets, _table(crf_index, f"x{col}{name}", [vocab] * len(offsets))) for name, offsets in CRF_TEMPLATES]
                )
            if len(self.vocab) >= 2:
                self.crf_pair = _table(crf_index, "xx=", self.vocab[:2])
        if signal_index is not None:
            self.signals = [_table(signal_index, f"h{col}=", [vocab]) for col, vocab in enumerate(self.vocab)]
            if len(self.vocab) >= 2:
                self.signal_pair = _table(signal_index, "hh=", self.vocab[:2])

    def tags(self, columns: Sequence[Sequence[Sequence[str]]]) -> list[np.ndarray]:
        """Per helper, its tag of every token of every sentence, stacked, as indices into ``vocab``."""
        out = []
        for index, column in zip(self.tag_index, columns):
            flat = [tag for sentence in column for tag in sentence]
            out.append(np.fromiter(map(index.__getitem__, flat), dtype=np.intp, count=len(flat)))
        return out

    def crf_ids(self, tags: Sequence[np.ndarray], lengths: Sequence[int]) -> list[np.ndarray]:
        """The stacked CRF's helper-tag feature ids per token, one array per
        feature, in the order ``FeatureSpace.add_helper_tags`` appends them."""
        n = int(sum(lengths))
        sizes = np.repeat(np.asarray(lengths, dtype=np.intp), lengths)
        pos = np.arange(n) - np.repeat(np.cumsum(lengths) - lengths, lengths).astype(np.intp)  # place in the sentence
        out: list[np.ndarray] = []
        for col, (templates, t) in enumerate(zip(self.crf, tags)):
            shifted: dict[int, np.ndarray] = {}
            for offsets, table in templates:
                for o in offsets:
                    if o not in shifted:
                        shifted[o] = _shift(t, o, pos, sizes, len(self.vocab[col]) - 2)
                out.append(table[tuple(shifted[o] for o in offsets)])
        if self.crf_pair is not None:
            out.append(self.crf_pair[tags[0], tags[1]])
        return out

    def signal_ids(self, tags: Sequence[np.ndarray]) -> list[np.ndarray]:
        """The network's helper-tag signal ids per token, in ``token_signals``' order."""
        out = [table[t] for table, t in zip(self.signals, tags)]
        if self.signal_pair is not None:
            out.append(self.signal_pair[tags[0], tags[1]])
        return out


def _table(index: Mapping[str, int], prefix: str, vocabs: Sequence[Sequence[str]]) -> np.ndarray:
    """``index[prefix + "|".join(tags)]`` for every combination of one tag from each vocabulary."""
    table = np.zeros([len(v) for v in vocabs], dtype=np.intp)
    for place in np.ndindex(*table.shape):
        table[place] = index.get(prefix + "|".join(v[j] for v, j in zip(vocabs, place)), 0)
    return table


def _shift(tags: np.ndarray, offset: int, pos: np.ndarray, sizes: np.ndarray, bos: int) -> np.ndarray:
    """The tag ``offset`` tokens away within the same sentence (BOS before it, EOS after it)."""
    if offset == 0:
        return tags
    there = pos + offset
    out = tags[np.clip(np.arange(len(tags)) + offset, 0, max(len(tags) - 1, 0))]
    out[there < 0] = bos
    out[there >= sizes] = bos + 1
    return out
