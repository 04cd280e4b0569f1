"""A small model of where a ZWNJ goes inside a word the lexicon does not know.

Logistic regression over hashed features of one boundary between two letters:
the letters on each side (1 to 3), whether the two sides are known words and
how frequent.  Trained by ``scripts/build_zwnj_lexicon.py`` on the lexicon's own
spellings; used by ``rayzan.text.zwnj`` only when affix rules find nothing.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

DIMENSIONS = 1 << 18
MODEL_PATH = Path(__file__).with_name("data") / "zwnj_lexicon.boundary.npz"


def model_path(lexicon_path: Path) -> Path:
    """The model that goes with a lexicon file (``x.tsv.gz`` -> ``x.boundary.npz``)."""
    return lexicon_path.with_name(lexicon_path.name.replace(".tsv.gz", "") + ".boundary.npz")


def _bucket(score: float) -> int:
    return min(int(math.log2(score + 1.0)), 12) if score > 0 else -1


def features(word: str, cut: int, score: Callable[[str], float]) -> list[int]:
    """Hashed feature ids of the boundary before ``word[cut]``."""
    left, right = word[:cut], word[cut:]
    names = [
        "b",
        "l1" + left[-1:],
        "l2" + left[-2:],
        "l3" + left[-3:],
        "r1" + right[:1],
        "r2" + right[:2],
        "r3" + right[:3],
        "lr" + left[-2:] + "|" + right[:2],
        "rw" + right if len(right) <= 6 else "rw-long",
        "kl%d" % _bucket(score(left)),
        "kr%d" % _bucket(score(right)),
        "kk%d,%d" % (_bucket(score(left)) >= 1, _bucket(score(right)) >= 1),
        "len%d,%d" % (min(len(left), 6), min(len(right), 6)),
    ]
    return [zlib.crc32(n.encode()) % DIMENSIONS for n in names]


class BoundaryModel:
    def __init__(self, weights: np.ndarray, threshold: float) -> None:
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> BoundaryModel | None:
        if not path.exists():
            return None
        with np.load(path) as data:
            weights = np.zeros(DIMENSIONS, dtype=np.float32)
            weights[data["index"]] = data["value"]
            return cls(weights, float(data["threshold"]))

    def probability(self, word: str, cut: int, score: Callable[[str], float]) -> float:
        z = float(self.weights[features(word, cut, score)].sum())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def save(self, path: Path) -> None:
        index = np.flatnonzero(np.abs(self.weights) > 1e-4).astype(np.int32)
        np.savez_compressed(path, index=index, value=self.weights[index].astype(np.float16), threshold=self.threshold)


def train(
    examples: Iterable[tuple[list[int], int, float]], threshold: float, epochs: int = 150, rate: float = 1.0, l2: float = 1e-6
) -> BoundaryModel:
    """Full-batch gradient descent on (feature ids, label, weight) examples."""
    rows = list(examples)
    x = np.array([r[0] for r in rows], dtype=np.int64)
    y = np.array([r[1] for r in rows], dtype=np.float32)
    w_ex = np.array([r[2] for r in rows], dtype=np.float32)
    w_ex /= w_ex.mean()
    weights = np.zeros(DIMENSIONS, dtype=np.float32)
    counts = np.bincount(x.ravel(), minlength=DIMENSIONS).astype(np.float32) + 1.0
    for _ in range(epochs):
        z = weights[x].sum(axis=1)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = (p - y) * w_ex
        g = np.bincount(x.ravel(), weights=np.repeat(grad, x.shape[1]), minlength=DIMENSIONS)
        # Per-feature step scaled by how often it fires (AdaGrad-like, without state).
        weights -= rate * (g / counts + l2 * weights)
    return BoundaryModel(weights, threshold)
