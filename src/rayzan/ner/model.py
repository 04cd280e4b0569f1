"""The shipped NER model: word clusters, a gazetteer, names from the actor
knowledge base, word-level label priors, helper CRFs (trained on ARMAN and
ParsTwiNER) whose predictions feed the main tagger (trained on PEYMA), then
label consistency across nearby sentences, and numbers whose thousands
separators were split off are joined up again.

The main tagger is the BiLSTM-CRF of ``neural.py`` when ``neural.npz`` is
present, else the stacked CRF ``main.npz``.  The CRFs are trained with
CRFsuite and shipped as numpy weights (``crf.py``).  Loaded lazily, once per
process (``default_model``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path

import numpy as np

from rayzan.errors import RayzanError
from rayzan.ner.clusters import read_clusters
from rayzan.ner.consistency import join_digit_groups, propagate_labels
from rayzan.ner.crf import CRFGroup, LinearCRF
from rayzan.ner.features import FeatureSpace, token_key
from rayzan.ner.gazetteer import read_gazetteer
from rayzan.ner.lexicon import read_priors
from rayzan.ner.neural import NeuralTagger
from rayzan.ner.signals import token_signals, word_signals
from rayzan.ner.stacking import HelperTagIds

MODEL_DIR = Path(__file__).resolve().parent / "model"
HELPERS = ("arman", "parstwiner")  # order matters: it is the order of the stacked feature columns
NEURAL = "neural.npz"


class ModelError(RayzanError):
    """The NER model files are missing or unreadable."""


def _open_crf(path: Path) -> LinearCRF:
    try:
        return LinearCRF.load(path)
    except (OSError, ValueError, KeyError) as e:
        raise ModelError(f"{path}: cannot load CRF weights ({e}); retrain with scripts/train_ner.py") from e


class NerModel:
    def __init__(
        self, space: FeatureSpace, helpers: list[LinearCRF], main: LinearCRF | None, neural: NeuralTagger | None = None
    ) -> None:
        self.space = space
        self.helpers = helpers
        self._helper_group = CRFGroup(helpers)  # the helpers scored together: same features, one lookup
        self.main = main
        self.neural = neural
        self._word_signals = partial(word_signals, space)
        # The helpers' tags as the neural path's inputs, by id (the strings' twin; see stacking.py).
        self._tag_ids = HelperTagIds(
            [h.labels for h in helpers],
            main.index if main is not None else None,
            neural.signal_index if neural is not None else None,
        )

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, main: bool = True, neural: bool = True) -> "NerModel":
        """``main=False`` loads everything but the main taggers (used while
        training them); ``neural=False`` ignores the neural tagger and tags with
        the stacked CRF."""
        try:
            clusters = read_clusters(directory / "clusters.tsv.gz")
            gazetteer = read_gazetteer(directory / "gazetteer.tsv.gz")
            priors_path = directory / "priors.tsv.gz"
            priors = read_priors(priors_path) if priors_path.exists() else {}
            kb_path = directory / "kb.tsv.gz"
            kb = read_gazetteer(kb_path) if kb_path.exists() else None
        except OSError as e:
            raise ModelError(f"{directory}: NER model files missing ({e}); retrain with scripts/train_ner.py") from e
        helpers = [_open_crf(directory / f"{name}.npz") for name in HELPERS]
        network = None
        if main and neural and (directory / NEURAL).exists():
            try:
                network = NeuralTagger.load(directory / NEURAL)
            except (OSError, ValueError, KeyError) as e:
                raise ModelError(f"{directory / NEURAL}: cannot load ({e}); retrain with scripts/train_ner.py") from e
        wanted = main and (network is None or network.crf_weight > 0)  # the neural tagger may ensemble with it
        tagger = _open_crf(directory / "main.npz") if wanted else None
        space = FeatureSpace(clusters=clusters, gazetteer=gazetteer, priors=priors, kb=kb)
        return cls(space, helpers, tagger, network)

    def features(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """Feature strings of the main tagger, helper predictions included (for training it)."""
        keys, dynamic = self._context(sentences)
        return [self.space.features(k, d) for k, d in zip(keys, dynamic)]

    def _helper_tags(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[list[str]]], list[list[list[str]]]]:
        """Keys, sentence-level CRF features and the helpers' tags (one column per helper)."""
        keys = [[token_key(t) for t in tokens] for tokens in sentences]
        dynamic = [self.space.sentence_features(k) for k in keys]
        space = self.space
        columns = self._helper_group.tag_windowed(keys, dynamic, space.units, space.WINDOW)
        return keys, dynamic, columns

    def _add_context(
        self, keys: list[list[str]], dynamic: list[list[list[str]]], columns: list[list[list[str]]], matches: list | None = None
    ) -> None:
        """The main CRF's sentence features, in place (``matches``: each sentence's
        ``name_matches`` when already computed)."""
        for i, (k, d) in enumerate(zip(keys, dynamic)):
            self.space.add_context(d, k, [column[i] for column in columns], matches[i] if matches else None)

    def _context(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[list[str]]]]:
        """Keys and per-token features (helper predictions included) of each sentence."""
        keys, dynamic, columns = self._helper_tags(sentences)
        self._add_context(keys, dynamic, columns)
        return keys, dynamic

    def _signals(
        self, keys: list[list[str]], columns: list[list[list[str]]], matches: list | None = None
    ) -> list[list[list[str]]]:
        """The network's per-token signals; one function for training and inference."""
        space = self.space
        return [
            token_signals(space, k, [column[i] for column in columns], matches[i] if matches else None)
            for i, k in enumerate(keys)
        ]

    def signals(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[list[str]]]]:
        """Keys and per-token signals of the neural tagger (``signals.py``)."""
        keys, _, columns = self._helper_tags(sentences)
        return keys, self._signals(keys, columns)

    def word_signals(self, key: str) -> list[str]:
        return self._word_signals(key)

    def tag_raw(
        self, sentences: Sequence[Sequence[str]], block: int = 512, block_tokens: int = 20_000
    ) -> tuple[list[list[str]], list[list[str]]]:
        """Keys and the main tagger's tags, before the consistency passes; in
        blocks of sentences (at most ``block`` of them and ``block_tokens``
        tokens, but one sentence at least), so the feature lists and network
        states of a big input never all live at once: a page scraped without
        punctuation is thousands of 3,000-character sentences."""
        keys: list[list[str]] = []
        tags: list[list[str]] = []
        for first, last in _blocks([len(s) for s in sentences], block, block_tokens):
            k, t = self._tag_block(sentences[first:last])
            keys += k
            tags += t
        return keys, tags

    def _tag_block(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[str]]]:
        if self.neural is None:
            if self.main is None:
                raise ModelError("this NerModel was loaded without its main tagger")
            keys, dynamic = self._context(sentences)
            return keys, self.main.tag_windowed(keys, dynamic, self.space.units, self.space.WINDOW)
        keys, dynamic, columns = self._helper_tags(sentences)
        matches = [self.space.name_matches(k) for k in keys]  # shared by the signals and the CRF's features
        # The helpers' tags reach both taggers as ids (``stacking.py``); only the
        # sparse features (name matches, priors, bigrams) are still strings.
        tags = self._tag_ids.tags(columns)
        signals = self._signals(keys, [], matches)
        weight = self.neural.crf_weight
        added = None
        if weight and self.main is not None:  # the ensemble: the stacked CRF's lattice scores, weighted, join in
            for k, d, m in zip(keys, dynamic, matches):
                self.space.add_names(d, k, m)
            dense = self._tag_ids.crf_ids(tags, [len(k) for k in keys])
            scores = self.main.emissions_windowed(keys, dynamic, self.space.units, self.space.WINDOW, dense)
            cols = [self.main.labels.index(label) for label in self.neural.labels]
            added = (weight * scores[:, cols], weight * self.main.transitions[np.ix_(cols, cols)])
        dense = self._tag_ids.signal_ids(tags)
        return keys, self.neural.tag(keys, signals, self._word_signals, added=added, dense=dense)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags per sentence; sentences are read as consecutive text, so a
        name tagged in one can label its repetition a few sentences on."""
        keys, tags = self.tag_raw(sentences)
        return join_digit_groups(keys, propagate_labels(keys, tags))


def _blocks(lengths: Sequence[int], most: int, most_tokens: int) -> Iterator[tuple[int, int]]:
    """Consecutive ``(first, last)`` ranges of sentences, each within both limits (or one sentence)."""
    first, tokens = 0, 0
    for i, n in enumerate(lengths):
        if i > first and (i - first == most or tokens + n > most_tokens):
            yield first, i
            first, tokens = i, 0
        tokens += n
    if first < len(lengths):
        yield first, len(lengths)


_default: NerModel | None = None
_lock = threading.Lock()


def default_model() -> NerModel:
    global _default
    with _lock:
        if _default is None:
            _default = NerModel.load()
    return _default
