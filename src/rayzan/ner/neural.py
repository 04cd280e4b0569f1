"""A BiLSTM-CRF tagger decoded in numpy (trained with PyTorch by
``scripts/train_ner_neural.py``; no torch at run time).

Each token's input is ``[word embedding; character CNN; bag of signals]``: the
word vector (initialised from word2vec trained on raw Persian text), a
width-3 CNN over the key's characters max-pooled, and the sum of embeddings of
discrete signals (``signals.py``: word clusters, shape, label priors, the
helper CRFs' tags, gazetteer and knowledge-base matches).  A one-layer
BiLSTM, a linear layer to tag scores, and a CRF (transitions plus start and
end scores) decoded by Viterbi.

Everything before the LSTM is linear in its parts, so the input projection is
split: the word's share (vector, characters, word-level signals) is computed
once per distinct word and cached; the token-level signals gather rows of a
table projected once at load.  Sentences are batched by length, both
directions run in one step loop, and only sentences still running are
touched at each step.
"""

from __future__ import annotations

import contextlib
from itertools import repeat
from pathlib import Path
from typing import Callable, ContextManager, Sequence

import numpy as np

from rayzan.ner.stacking import merge_ids

MAX_CHARS = 24  # characters of a key the CNN reads (longer keys are cut)
_CACHE_LIMIT = 50_000  # cached words before the cache is cleared (each row is 8 x hidden floats: 4 KB at 128)
_NEG = np.float32(-1e4)

UNKNOWN_WORD = 0  # row of the word vectors for words outside the vocabulary
PAD_CHAR, UNKNOWN_CHAR = 0, 1  # character ids; PAD's embedding is zero
NO_SIGNAL = 0  # row of the signal embeddings that is zero (padding, unknown signals)


_blas = None  # threadpoolctl's controller, made on first use


def _one_blas_thread() -> ContextManager[object]:
    """OpenBLAS's worker threads busy-wait: on a loaded machine they made the
    recurrence's small matrix products two to three times slower.  Rayzan
    runs one process per core, so the tagger asks BLAS for one thread."""
    global _blas
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # still correct, only slower on a busy machine
        return contextlib.nullcontext()
    if _blas is None:
        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


def char_ids(key: str, index: dict[str, int]) -> list[int]:
    """Character ids of a key for the CNN (an empty key reads as one unknown character)."""
    return [index.get(ch, UNKNOWN_CHAR) for ch in key[:MAX_CHARS]] or [UNKNOWN_CHAR]


def _split(text: str) -> list[str]:
    return text.split("\n") if text else []


class NeuralTagger:
    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.labels = _split(str(arrays["labels"]))
        # Weight of the stacked CRF's scores summed into the lattice (0: this network alone); see NerModel.
        self.crf_weight = float(arrays["crf_weight"]) if "crf_weight" in arrays else 0.0
        self.word_index = {w: i for i, w in enumerate(_split(str(arrays["words"])), start=1)}
        self.char_index = {c: i for i, c in enumerate(_split(str(arrays["chars"])), start=2)}
        self.signal_index = {s: i for i, s in enumerate(_split(str(arrays["signals"])), start=1)}

        def f32(name: str) -> np.ndarray:  # stored as float16 where big
            return np.asarray(arrays[name], dtype=np.float32)

        self.word_vectors = f32("word_vectors")  # (words + 1, dw)
        self.char_vectors = f32("char_vectors")  # (chars + 2, dc)
        self.conv = f32("conv")  # (3 * dc, filters)
        self.conv_bias = f32("conv_bias")
        w_ih = f32("w_ih")  # (2, 4h, dw + filters + ds), gates i, f, g, o (PyTorch's order)
        w_hh = f32("w_hh")  # (2, 4h, h)
        bias = f32("bias")  # (2, 4h)
        hidden = w_hh.shape[2]
        # sigmoid(x) = (1 + tanh(x / 2)) / 2: halving the i, f, o rows lets one tanh serve all four gates.
        scale = np.full(4 * hidden, 0.5, dtype=np.float32)
        scale[2 * hidden : 3 * hidden] = 1.0
        w_ih, w_hh, bias = w_ih * scale[None, :, None], w_hh * scale[None, :, None], bias * scale[None]
        self.hidden = hidden
        self._gate_scale = scale  # tanh -> sigmoid for the i, f, o gates, identity for g
        self._gate_shift = np.where(scale == 0.5, 0.5, 0.0).astype(np.float32)
        dw, filters = self.word_vectors.shape[1], self.conv.shape[1]
        # Input projection, both directions side by side: (parts, 8h).
        project = np.concatenate([w_ih[0], w_ih[1]], axis=0).T
        self.project_word = np.ascontiguousarray(project[:dw])
        self.project_chars = np.ascontiguousarray(project[dw : dw + filters])
        self.signal_vectors = f32("signal_vectors")  # (signals + 1, ds)
        self.signal_vectors[NO_SIGNAL] = 0.0
        self.project_signals = np.ascontiguousarray(project[dw + filters :])  # (ds, 8h)
        self.input_bias = np.concatenate([bias[0], bias[1]])
        self.w_hh = np.ascontiguousarray(w_hh.transpose(0, 2, 1))  # (2, h, 4h)
        self.w_out = np.ascontiguousarray(f32("w_out").T)  # (2h, labels)
        self.b_out = f32("b_out")
        self.transitions = f32("transitions")  # [from, to]
        self.start = f32("start")
        self.end = f32("end")
        self._word_rows: dict[str, int] = {}
        self._word_table = np.zeros((0, 8 * hidden), dtype=np.float32)

    @classmethod
    def load(cls, path: Path) -> "NeuralTagger":
        with np.load(path) as data:
            return cls({name: data[name] for name in data.files})

    # -- inputs ---------------------------------------------------------------

    def _char_features(self, keys: list[str], block: int = 1024) -> np.ndarray:
        """Max-pooled width-3 CNN over the characters of each key: ``(keys, filters)``
        (in blocks of keys, which bounds the memory its windows take)."""
        if len(keys) > block:
            return np.concatenate([self._char_features(keys[b : b + block]) for b in range(0, len(keys), block)])
        ids = [char_ids(k, self.char_index) for k in keys]
        lengths = np.fromiter(map(len, ids), dtype=np.intp, count=len(ids))
        width = int(lengths.max())
        padded = np.zeros((len(ids), width + 2), dtype=np.intp)  # one PAD (zero vector) each side
        for i, row in enumerate(ids):
            padded[i, 1 : 1 + len(row)] = row
        e = self.char_vectors[padded]  # (n, width + 2, dc)
        windows = np.concatenate([e[:, :-2], e[:, 1:-1], e[:, 2:]], axis=2)  # (n, width, 3 dc)
        out = windows @ self.conv + self.conv_bias
        out[np.arange(width)[None, :] >= lengths[:, None]] = -np.inf
        return out.max(axis=1)

    def _rows(self, words: list[str], word_signals: Callable[[str], list[str]]) -> np.ndarray:
        """Row of each word in the cached table of its input-projection share."""
        rows = self._word_rows
        new = [w for w in dict.fromkeys(words) if w not in rows]
        if new and len(rows) + len(new) > _CACHE_LIMIT:
            rows.clear()
            new = list(dict.fromkeys(words))
        for b in range(0, len(new), 2048):  # blocks bound the memory of the intermediate arrays
            self._add_words(new[b : b + 2048], word_signals)
        return np.fromiter(map(rows.__getitem__, words), dtype=np.intp, count=len(words))

    def _add_words(self, new: list[str], word_signals: Callable[[str], list[str]]) -> None:
        """Compute the input-projection share of each of ``new`` and add it to the cached table."""
        rows = self._word_rows
        if new:
            ids = np.fromiter((self.word_index.get(w, UNKNOWN_WORD) for w in new), dtype=np.intp, count=len(new))
            part = self.word_vectors[ids] @ self.project_word + self._char_features(new) @ self.project_chars
            part += self.input_bias
            get = self.signal_index.get
            flat: list[int] = []
            starts: list[int] = []
            for w in new:
                starts.append(len(flat))
                flat.append(NO_SIGNAL)  # no segment is empty
                flat.extend(map(get, word_signals(w), repeat(NO_SIGNAL)))
            part += np.add.reduceat(self.signal_vectors[flat], starts, axis=0) @ self.project_signals
            first = len(rows)
            table = self._word_table
            if table.shape[0] < first + len(new):
                size = max(min(2 * table.shape[0], _CACHE_LIMIT), first + len(new), 1024)
                grown = np.zeros((size, table.shape[1]), np.float32)
                grown[:first] = table[:first]
                table = self._word_table = grown
            table[first : first + len(new)] = part
            for j, w in enumerate(new, start=first):
                rows[w] = j

    def _inputs(
        self,
        keys: list[list[str]],
        signals: list[list[list[str]]],
        word_signals: Callable[[str], list[str]],
        dense: Sequence[np.ndarray] = (),
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per token of the given sentences (stacked): its word's row in the
        cached word table, and the summed vectors of its signals ``(tokens, ds)``:
        those of ``dense`` (signal ids, one array per signal over the tokens),
        then its own strings."""
        words = [k for s in keys for k in s]
        rows = self._rows(words, word_signals)
        tokens = [token for sentence in signals for token in sentence]
        flat = [s for token in tokens for s in token]
        counts = np.fromiter(map(len, tokens), dtype=np.intp, count=len(tokens))
        ids = np.fromiter(map(self.signal_index.get, flat, repeat(NO_SIGNAL)), dtype=np.intp, count=len(flat))
        none = np.full(len(tokens), NO_SIGNAL, dtype=np.intp)  # leads every token: no segment is empty
        ids, starts = merge_ids(counts, ids, [none, *dense], first=True)
        return rows, np.add.reduceat(self.signal_vectors[ids], starts, axis=0)

    # -- network --------------------------------------------------------------

    def emissions(self, lengths: np.ndarray, rows: np.ndarray, bag: np.ndarray) -> np.ndarray:
        """Tag scores ``(tokens, labels)``, stacked, of sentences sorted by
        ascending length, from their stacked ``_inputs``.

        The recurrence reads a packed, time-major layout (as PyTorch's packed
        sequences): the block of step t holds the sentences still running,
        which sorting makes a suffix of the batch; no padding is computed."""
        h = self.hidden
        batch, width = len(lengths), int(lengths.max())
        ends = np.cumsum(lengths)
        starts = ends - lengths
        steps, sentences = np.nonzero(np.arange(width)[:, None] < lengths[None, :])  # step-major
        forward = starts[sentences] + steps  # token read at each packed place, per direction
        backward = ends[sentences] - 1 - steps
        xs = np.empty((2, len(steps), 4 * h), dtype=np.float32)
        for d, (tokens, half) in enumerate(((forward, slice(0, 4 * h)), (backward, slice(4 * h, 8 * h)))):
            np.matmul(bag[tokens], self.project_signals[:, half], out=xs[d])
            xs[d] += self._word_table[rows[tokens], half]
        out = np.empty((2, len(steps), h), dtype=np.float32)
        cell = np.zeros((2, batch, h), dtype=np.float32)
        # Plain ints: indexing numpy arrays of positions in the step loop costs more than the slices it gives.
        first_live = np.searchsorted(lengths, np.arange(width), side="right").tolist()  # sentences [lo:] run at step t
        block_end = np.cumsum(batch - np.asarray(first_live)).tolist()
        w_hh, scale, shift = self.w_hh, self._gate_scale, self._gate_shift
        recurrent = np.empty((2, batch, 4 * h), dtype=np.float32)  # reused by every step's product
        a = 0
        for t in range(width):
            lo, b = first_live[t], block_end[t]
            gates = xs[:, a:b]
            if t:  # at t = 0 the state is zero, and so is its product
                # The previous step's states are read where they were written: the sentences
                # still running are the tail of its block (the ones that ended lead it).
                gates += np.matmul(out[:, a - (b - a) : a], w_hh, out=recurrent[:, : b - a])
            np.tanh(gates, out=gates)
            gates *= scale  # the sigmoid gates: (1 + tanh) / 2
            gates += shift
            i, f, g, o = gates[..., :h], gates[..., h : 2 * h], gates[..., 2 * h : 3 * h], gates[..., 3 * h :]
            c = cell[:, lo:]
            c *= f
            i *= g
            c += i
            s = out[:, a:b]
            np.tanh(c, out=s)
            s *= o
            a = b
        hidden = np.empty((len(steps), 2 * h), dtype=np.float32)
        hidden[forward, :h] = out[0]
        hidden[backward, h:] = out[1]
        return hidden @ self.w_out + self.b_out

    def viterbi(self, lengths: np.ndarray, scores: np.ndarray, transitions: np.ndarray | None = None) -> list[list[int]]:
        """Best label path of each sentence (``lengths`` ascending, ``scores`` padded)."""
        batch, width, n_labels = scores.shape
        back = np.zeros((batch, width, n_labels), dtype=np.intp)
        best = scores[:, 0] + self.start
        first_live = np.searchsorted(lengths, np.arange(width), side="right").tolist()
        transitions = self.transitions if transitions is None else transitions
        transitions = np.ascontiguousarray(transitions.T)[None]  # [to, from]: argmax runs along rows
        rows, cols = np.arange(batch)[:, None], np.arange(n_labels)[None, :]
        for t in range(1, width):
            lo = first_live[t]
            candidates = best[lo:, None, :] + transitions  # [sentence, to, from]
            chosen = back[lo:, t]
            candidates.argmax(axis=2, out=chosen)  # written in place: the step is a few small calls
            live = best[lo:]
            live[...] = candidates[rows[: len(live)], cols, chosen]  # the argmax's floats: max() without its cost
            live += scores[lo:, t]
        last = (best + self.end).argmax(axis=1).tolist()  # a finished sentence keeps its last step's scores
        paths: list[list[int]] = []
        for k, length in enumerate(lengths.tolist()):
            row = back[k, :length].tolist()
            j = last[k]
            path = [j]
            for t in range(length - 1, 0, -1):
                j = row[t][j]
                path.append(j)
            path.reverse()
            paths.append(path)
        return paths

    def tag(
        self,
        keys: Sequence[Sequence[str]],
        signals: Sequence[Sequence[Sequence[str]]],
        word_signals: Callable[[str], list[str]],
        batch: int = 256,
        added: tuple[np.ndarray, np.ndarray] | None = None,
        dense: Sequence[np.ndarray] = (),
    ) -> list[list[str]]:
        """BIO tags per sentence of keys, given each token's signals and a
        function giving a word's own signals.  ``added`` is another model's
        (emission scores stacked over all tokens, transitions), in this
        tagger's label order, summed into the lattice (an ensemble).
        ``dense``: more signal ids, one array per signal stacked over all
        tokens, that come before each token's ``signals`` (``stacking.HelperTagIds.signal_ids``)."""
        with _one_blas_thread():
            return self._tag(keys, signals, word_signals, batch, added, dense)

    def _tag(
        self,
        keys: Sequence[Sequence[str]],
        signals: Sequence[Sequence[Sequence[str]]],
        word_signals: Callable[[str], list[str]],
        batch: int,
        added: tuple[np.ndarray, np.ndarray] | None,
        dense: Sequence[np.ndarray],
    ) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in keys]
        order = sorted((i for i, k in enumerate(keys) if k), key=lambda i: len(keys[i]))
        labels = self.labels
        offsets = np.cumsum([0] + [len(k) for k in keys])
        transitions = self.transitions if added is None else self.transitions + added[1]
        for b in range(0, len(order), batch):
            chunk = order[b : b + batch]
            lengths = np.array([len(keys[i]) for i in chunk])
            taken = np.concatenate([np.arange(offsets[i], offsets[i + 1]) for i in chunk])  # the chunk's stacked tokens
            rows, bag = self._inputs(
                [list(keys[i]) for i in chunk], [list(signals[i]) for i in chunk], word_signals, [d[taken] for d in dense]
            )
            emissions = self.emissions(lengths, rows, bag)
            if added is not None:
                emissions += added[0][taken]
            width = int(lengths.max())
            scores = np.zeros((len(chunk), width, len(labels)), dtype=np.float32)
            scores[np.arange(width)[None, :] < lengths[:, None]] = emissions
            for i, path in zip(chunk, self.viterbi(lengths, scores, transitions)):
                out[i] = [labels[j] for j in path]
        return out
