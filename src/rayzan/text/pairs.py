"""A learned decision for a space between two words the lexicon also spells as one.

When the lexicon knows ``A‌B`` (``دوچرخه‌سواری``, ``هم‌اکنون``) but the pair is often two
words too, a space between ``A`` and ``B`` is a lost ZWNJ or a real space depending on
how common each reading is and on the context.  A logistic regression over two dozen
features of the pair (corpus counts of ``A‌B``, ``A``, ``B``, how often each clean corpus
writes ``A B`` and ``A‌B``, compound-head share of ``B``, the words before and after, lengths,
the line being careful) decides; its weights are trained by
``scripts/build_zwnj_lexicon.py --pairs`` on the gold ZWNJ of the treebank-style corpora
and shipped next to the lexicon (``zwnj_lexicon.pairs.npz``, a few hundred bytes).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from operator import mul
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
    # Added in round 6 (a model saved before reads them with weight 0):
    # How often each clean corpus writes ``A B`` spaced and ``A‌B`` with ZWNJ (``C`` records).
    "log_perdt_spaced",
    "log_perdt_zwnj",
    "log_arman_spaced",
    "log_arman_zwnj",
    "log_parstwiner_spaced",
    "log_parstwiner_zwnj",
    "clean_unseen",  # clean text shows the pair neither way
    "right_participle",  # B is a past participle (شده, آمده): verb or adjective
    "next_auxiliary",  # the word after the pair is an auxiliary (است, بود): a verb, two words
    "compound_ending",  # B is a curated compound ending (آباد, زاده, سازی): also makes names
)
# The features of the first pair models (round 4): a model saved with only these weights
# reads the later features with weight 0, and so decides as it did.
_ROUND4_FEATURES = 15
CLEAN_COUNTS = 6  # spaced and with ZWNJ, in PerDT, ARMAN and ParsTwiNER
_CAREFUL = FEATURE_NAMES.index("careful")
_FIRST_NAME = FEATURE_NAMES.index("left_first_name")
_COMPOUND_ENDING = FEATURE_NAMES.index("compound_ending")


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
    clean_counts: Sequence[float] = (),
    right_participle: bool = False,
    next_auxiliary: bool = False,
    compound_ending: bool = False,
) -> list[float]:
    """Feature vector (``FEATURE_NAMES`` order) of the space in ``left right``; ``clean_counts``:
    how often each clean corpus writes the pair spaced and with ZWNJ (empty: never)."""
    joined = math.log1p(score(left + right))
    left_count = math.log1p(score(left))
    right_count = math.log1p(score(right))
    clean = [math.log1p(n) for n in clean_counts] if clean_counts else [0.0] * CLEAN_COUNTS
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
        *clean,
        float(not any(clean)),
        float(right_participle),
        float(next_auxiliary),
        float(compound_ending),
    ]


class PairModel:
    """Logistic regression weights and the probability above which the space is a ZWNJ
    (``careful_threshold`` on a careful line, where a space is more often meant, and after a
    first name, which merges only on strong evidence: ``علی حسینی`` stays two words)."""

    def __init__(self, weights: Sequence[float], threshold: float, careful_threshold: float | None = None) -> None:
        if len(weights) == _ROUND4_FEATURES:  # an older model: the later features weigh nothing
            weights = [*weights, *[0.0] * (len(FEATURE_NAMES) - _ROUND4_FEATURES)]
        if len(weights) != len(FEATURE_NAMES):
            raise ValueError(f"pair model has {len(weights)} weights, expected {len(FEATURE_NAMES)}")
        self.weights = [float(w) for w in weights]
        self.threshold = threshold
        self.careful_threshold = threshold if careful_threshold is None else careful_threshold
        # p >= threshold  <=>  logit >= log(threshold / (1 - threshold)): no exp per pair.
        self.cut = math.log(threshold / (1.0 - threshold))
        self.careful_cut = math.log(self.careful_threshold / (1.0 - self.careful_threshold))

    def joins(self, x: Sequence[float]) -> bool:
        # A first name merges on strong evidence only, but before a name-making ending (جلال آباد).
        cut = self.careful_cut if x[_CAREFUL] or (x[_FIRST_NAME] and not x[_COMPOUND_ENDING]) else self.cut
        return sum(map(mul, self.weights, x)) >= cut

    def save(self, path: Path) -> None:
        np.savez(
            path,
            weights=np.array(self.weights),
            threshold=np.array(self.threshold),
            careful_threshold=np.array(self.careful_threshold),
        )

    @classmethod
    def load(cls, path: Path) -> PairModel | None:
        if not path.exists():
            return None
        with np.load(path) as data:
            careful = float(data["careful_threshold"]) if "careful_threshold" in data else None
            return cls(data["weights"].tolist(), float(data["threshold"]), careful)


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
