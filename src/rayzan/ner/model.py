"""The shipped NER model: word clusters, a gazetteer, names from the actor
knowledge base, word-level label priors,
helper CRFs (trained on ARMAN and ParsTwiNER) whose predictions feed the main
CRF (trained on PEYMA), then label consistency across nearby sentences, and
numbers whose thousands separators were split off are joined up again.

The CRFs are trained with CRFsuite and shipped as numpy weights (``crf.py``).
Loaded lazily, once per process (``default_model``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

from rayzan.errors import RayzanError
from rayzan.ner.clusters import read_clusters
from rayzan.ner.consistency import join_digit_groups, propagate_labels
from rayzan.ner.crf import LinearCRF
from rayzan.ner.features import FeatureSpace, token_key
from rayzan.ner.gazetteer import read_gazetteer
from rayzan.ner.lexicon import read_priors

MODEL_DIR = Path(__file__).resolve().parent / "model"
HELPERS = ("arman", "parstwiner")  # order matters: it is the order of the stacked feature columns


class ModelError(RayzanError):
    """The NER model files are missing or unreadable."""


def _open_crf(path: Path) -> LinearCRF:
    try:
        return LinearCRF.load(path)
    except (OSError, ValueError, KeyError) as e:
        raise ModelError(f"{path}: cannot load CRF weights ({e}); retrain with scripts/train_ner.py") from e


class NerModel:
    def __init__(self, space: FeatureSpace, helpers: list[LinearCRF], main: LinearCRF | None) -> None:
        self.space = space
        self.helpers = helpers
        self.main = main

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, main: bool = True) -> "NerModel":
        """``main=False`` loads everything but the main CRF (used while training it)."""
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
        tagger = _open_crf(directory / "main.npz") if main else None
        return cls(FeatureSpace(clusters=clusters, gazetteer=gazetteer, priors=priors, kb=kb), helpers, tagger)

    def features(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """Feature strings of the main tagger, helper predictions included (for training it)."""
        keys, dynamic = self._context(sentences)
        return [self.space.features(k, d) for k, d in zip(keys, dynamic)]

    def _context(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[list[str]]]]:
        """Keys and per-token features (helper predictions included) of each sentence."""
        keys = [[token_key(t) for t in tokens] for tokens in sentences]
        dynamic = [self.space.sentence_features(k) for k in keys]
        space = self.space
        columns = [helper.tag_windowed(keys, dynamic, space.units, space.WINDOW) for helper in self.helpers]
        for i, (k, d) in enumerate(zip(keys, dynamic)):
            space.add_context(d, k, [column[i] for column in columns])
        return keys, dynamic

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags per sentence; sentences are read as consecutive text, so a
        name tagged in one can label its repetition a few sentences on."""
        if self.main is None:
            raise ModelError("this NerModel was loaded without its main tagger")
        keys, dynamic = self._context(sentences)
        tags = self.main.tag_windowed(keys, dynamic, self.space.units, self.space.WINDOW)
        return join_digit_groups(keys, propagate_labels(keys, tags))


_default: NerModel | None = None
_lock = threading.Lock()


def default_model() -> NerModel:
    global _default
    with _lock:
        if _default is None:
            _default = NerModel.load()
    return _default
