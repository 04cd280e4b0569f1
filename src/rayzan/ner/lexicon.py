"""Word-level label priors from other labelled corpora (ARMAN, ParsTwiNER).

For each word key seen often enough, the entity types it was part of there:
``PER+`` when most of its occurrences were inside a PER name, ``PER`` when a
fair share were, ``none`` when it was never in a name.  Shipped as
``key<TAB>prior,prior`` lines, gzipped.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Sequence

MIN_COUNT = 2
MOST, SHARE = 0.7, 0.25


def label_priors(sentences: Iterable[tuple[Sequence[str], Sequence[str]]]) -> dict[str, tuple[str, ...]]:
    """``sentences`` are (keys, BIO tags) pairs."""
    totals: Counter[str] = Counter()
    inside: dict[str, Counter[str]] = defaultdict(Counter)
    for keys, tags in sentences:
        for key, tag in zip(keys, tags):
            totals[key] += 1
            if tag != "O":
                inside[key][tag[2:]] += 1
    priors: dict[str, tuple[str, ...]] = {}
    for key, total in totals.items():
        if total < MIN_COUNT or not key:
            continue
        found = [label + ("+" if n / total >= MOST else "") for label, n in sorted(inside[key].items()) if n / total >= SHARE]
        priors[key] = tuple(found) if found else (("none",) if not inside[key] else ())
    return {k: v for k, v in priors.items() if v}


def read_priors(path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            key, _, values = line.rstrip("\n").partition("\t")
            out[key] = tuple(values.split(","))
    return out


def write_priors(path: Path, priors: dict[str, tuple[str, ...]]) -> None:
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for key in sorted(priors):
            gz.write((key + "\t" + ",".join(priors[key]) + "\n").encode("utf-8"))
