"""Word clusters: a word key -> cluster ids at several granularities.

Learnt without labels (``scripts/train_ner.py``: word2vec on raw Persian text,
then spherical k-means at each granularity); shipped as a small TSV,
``key<TAB>id<TAB>id...``, coarse to fine.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            key, *ids = line.rstrip("\n").split("\t")
            out[key] = tuple(ids)
    return out


def write_clusters(path: Path, clusters: dict[str, tuple[str, ...]]) -> None:
    # mtime=0 keeps the gzip byte-identical across runs.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for key in sorted(clusters):
            gz.write(("\t".join((key, *clusters[key])) + "\n").encode("utf-8"))


def spherical_kmeans(vectors: np.ndarray, k: int, seed: int, iterations: int = 20) -> np.ndarray:
    """Cluster id per row of ``vectors`` (cosine k-means from random words)."""
    rng = np.random.default_rng(seed)
    x = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(x @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1)
        empty = norms < 1e-9
        centres = sums / np.maximum(norms, 1e-9)[:, None]
        if empty.any():  # an empty cluster restarts on a random word
            centres[empty] = x[rng.integers(len(x), size=int(empty.sum()))]
    return assign
