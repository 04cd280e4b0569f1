"""A learned decision for a space between two words the lexicon also spells as one.

When the lexicon knows ``A‌B`` (``دوچرخه‌سواری``, ``هم‌اکنون``) but the pair is often two
words too, a space between ``A`` and ``B`` is a lost ZWNJ or a real space depending on
how common each reading is and on the context.  A logistic regression over a dozen
features of the pair (corpus counts of ``A‌B``, ``A``, ``B``, compound-head share of ``B``,
the word before, lengths, the line being careful) decides; its weights are trained by
``scripts/build_zwnj_lexicon.py --pairs`` on the gold ZWNJ of the treebank-style corpora
and shipped next to the lexicon (``zwnj_lexicon.pairs.npz``, a few hundred bytes).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

FEATURE_NAMES = (
    "bias",
    "log_joined",  # weighted count of A‌B as one word
    "log_left",
    "log_right",
    "joined_over_right",  # log count of A‌B minus that of B alone
    "joined_over_left",
    "head_share",  # share of B's uses inside a compound
    "previous_function_word",
    "left_function_word",  # هم, یک, در ...
    "left_length",
    "right_length",
    "left_ends_heh",
    "right_ends_heh",  # participles (شده, کرده) and nouns in ه
    "careful",  # the line writes ZWNJ already, or joins verb prefixes
    "left_first_name",
)


def pairs_path(lexicon_path: Path) -> Path:
    """The pair model that goes with a lexicon file (``x.tsv.gz`` -> ``x.pairs.npz``)."""
    return lexicon_path.with_name(lexicon_path.name.replace(".tsv.gz", "") + ".pairs.npz")


def features(
    score: Callable[[str], float],
    head_share: float,
    left: str,
    right: str,
    previous_function_word: bool,
    left_function_word: bool,
    careful: bool,
    left_first_name: bool,
) -> list[float]:
    """Feature vector (``FEATURE_NAMES`` order) of the space in ``left right``."""
    joined = math.log1p(score(left + right))
    left_count = math.log1p(score(left))
    right_count = math.log1p(score(right))
    return [
        1.0,
        joined,
        left_count,
        right_count,
        joined - right_count,
        joined - left_count,
        head_share,
        float(previous_function_word),
        float(left_function_word),
        min(len(left), 8) / 4.0,
        min(len(right), 8) / 4.0,
        float(left[-1] == "ه"),
        float(right[-1] == "ه"),
        float(careful),
        float(left_first_name),
    ]


class PairModel:
    """Logistic regression weights and the probability above which the space is a ZWNJ."""

    def __init__(self, weights: Sequence[float], threshold: float) -> None:
        if len(weights) != len(FEATURE_NAMES):
            raise ValueError(f"pair model has {len(weights)} weights, expected {len(FEATURE_NAMES)}")
        self.weights = [float(w) for w in weights]
        # p >= threshold  <=>  logit >= log(threshold / (1 - threshold)): no exp per pair.
        self.cut = math.log(threshold / (1.0 - threshold))
        self.threshold = threshold

    def joins(self, x: Sequence[float]) -> bool:
        return sum(w * v for w, v in zip(self.weights, x)) >= self.cut

    def save(self, path: Path) -> None:
        np.savez(path, weights=np.array(self.weights), threshold=np.array(self.threshold))

    @classmethod
    def load(cls, path: Path) -> PairModel | None:
        if not path.exists():
            return None
        with np.load(path) as data:
            return cls(data["weights"].tolist(), float(data["threshold"]))


def train(
    rows: Sequence[Sequence[float]],
    labels: Sequence[int],
    sample_weights: Sequence[float] | None = None,
    l2: float = 1.0,
    steps: int = 100,
) -> list[float]:
    """Weights of an L2-regularised, weighted logistic regression (Newton steps; a dozen features)."""
    x = np.asarray(rows, dtype=float).reshape(-1, len(FEATURE_NAMES))
    y = np.asarray(labels, dtype=float)
    s = np.ones(len(y)) if sample_weights is None else np.asarray(sample_weights, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (s * (p - y)) + penalty * w
        hessian = (x * (s * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w.tolist()
