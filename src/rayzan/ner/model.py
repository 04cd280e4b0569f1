"""The shipped NER model: word clusters, a gazetteer, two helper CRFs (trained
on ARMAN and ParsTwiNER) whose predictions feed the main CRF (trained on PEYMA).

Loaded lazily, once per process (``default_model``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

import pycrfsuite

from rayzan.errors import RayzanError
from rayzan.ner.clusters import read_clusters
from rayzan.ner.features import FeatureSpace, token_key
from rayzan.ner.gazetteer import read_gazetteer

MODEL_DIR = Path(__file__).resolve().parent / "model"
HELPERS = ("arman", "parstwiner")  # order matters: it is the order of the stacked feature columns


class ModelError(RayzanError):
    """The NER model files are missing or unreadable."""


def _open_tagger(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as e:
        raise ModelError(f"{path}: cannot open CRF model ({e}); retrain with scripts/train_ner.py") from e
    return tagger


class NerModel:
    def __init__(self, space: FeatureSpace, helpers: list[pycrfsuite.Tagger], main: pycrfsuite.Tagger | None) -> None:
        self.space = space
        self.helpers = helpers
        self.main = main

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, main: bool = True) -> "NerModel":
        """``main=False`` loads everything but the main CRF (used while training it)."""
        try:
            clusters = read_clusters(directory / "clusters.tsv.gz")
            gazetteer = read_gazetteer(directory / "gazetteer.tsv.gz")
        except OSError as e:
            raise ModelError(f"{directory}: NER model files missing ({e}); retrain with scripts/train_ner.py") from e
        helpers = [_open_tagger(directory / f"{name}.crfsuite") for name in HELPERS]
        tagger = _open_tagger(directory / "main.crfsuite") if main else None
        return cls(FeatureSpace(clusters=clusters, gazetteer=gazetteer), helpers, tagger)

    def sentence_features(self, tokens: Sequence[str]) -> list[list[str]]:
        keys = [token_key(t) for t in tokens]
        features = self.space.features(keys)
        extra = [helper.tag(features) for helper in self.helpers] if features else []
        self.space.add_context(features, keys, extra)
        return features

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        if self.main is None:
            raise ModelError("this NerModel was loaded without its main tagger")
        return [self.main.tag(self.sentence_features(tokens)) if tokens else [] for tokens in sentences]


_default: NerModel | None = None
_lock = threading.Lock()


def default_model() -> NerModel:
    global _default
    with _lock:
        if _default is None:
            _default = NerModel.load()
    return _default
