"""Fit the event confidence weights (src/rayzan/events/data/confidence.json).

    python scripts/calibrate_events.py

Each coded event of the development data is labelled correct when its (type, source
country, target country) is in the article's gold set; a logistic regression over the
features of ``rayzan.events.confidence`` (L2-regularised, plain gradient descent) is
fitted to those labels.  Data: our own dev set (stand-in actors) and, when ../shared is
present, the Fars gold set by link (real actor stage, title and lead events), weighted
equally (by events) so the hand-written set does not make the score over-confident on
real news.  It first prints a two-fold check (fit without one Fars split, Brier on it);
the shipped weights are then fitted on everything.  Rerun after changing the coder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import events as bench

from rayzan.events.coder import extract_with_features
from rayzan.events.confidence import FEATURES

TARGET = ROOT / "src" / "rayzan" / "events" / "data" / "confidence.json"
# Real news counts this many times our hand-written set: the score is for real articles.
REAL_NEWS_WEIGHT = 1


def labelled(items: list[dict], docs: list, headline: bool) -> list[tuple[list[float], int]]:  # type: ignore[type-arg]
    rows: list[tuple[list[float], int]] = []
    for item, doc in zip(items, docs):
        gold = {bench.key(g["type"], g.get("source"), g.get("target")) for g in item["events"]}
        coded = extract_with_features(doc)
        if headline:
            kept = {e.id for e in bench.headline_only(doc.evolve(events=tuple(e for e, _ in coded))).events}
            coded = [(e, f) for e, f in coded if e.id in kept]
        for event, values in coded:
            k = bench.key(event.plover, event.source.get("country"), event.target.get("country"))
            rows.append(([values[name] for name in FEATURES], int(k in gold)))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, lr: float = 0.1) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= lr * grad
    return w


def _matrix(rows: list[tuple[list[float], int]]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([r[0] for r in rows], dtype=float), np.array([r[1] for r in rows], dtype=float)


def _weighted(dev: list[tuple[list[float], int]], real: list[tuple[list[float], int]]) -> list[tuple[list[float], int]]:
    # Repeat the real-news rows so both sets weigh the same: the score must mean something on real news,
    # where the coder is less often right than on our hand-written sentences.
    repeat = max(1, round(REAL_NEWS_WEIGHT * len(dev) / max(len(real), 1)))
    return dev + real * repeat


def _brier(w: np.ndarray, rows: list[tuple[list[float], int]]) -> float:
    x, y = _matrix(rows)
    return float(np.mean((1 / (1 + np.exp(-x @ w)) - y) ** 2)) if len(y) else 0.0


def main() -> int:
    dev_items = yaml.safe_load(bench.DEV.read_text(encoding="utf-8"))
    dev = labelled(dev_items, [bench.prepare(i, "standin") for i in dev_items], headline=False)
    sources = [f"tests/data/events/dev.yaml ({len(dev_items)} articles)"]
    real: dict[str, list[tuple[list[float], int]]] = {}
    if bench.FARS.exists():
        for split in ("tune", "check"):
            items, docs = bench.load_fars(bench.FARS_GOLD, "stage", split)
            real[split] = labelled(items, docs, headline=True)
            sources.append(f"tests/data/events/fars_gold.yaml, split {split} ({len(items)} Fars News articles by link)")
        # Two-fold check on real news: fit without one split, score the Brier on it, next to a constant.
        for held, other in (("check", "tune"), ("tune", "check")):
            w = fit(*_matrix(_weighted(dev, real[other])))
            rate = float(np.mean([r[1] for r in real[other]]))
            const = float(np.mean([(rate - r[1]) ** 2 for r in real[held]]))
            print(f"held-out {held}: Brier {_brier(w, real[held]):.4f} (constant {rate:.2f}: {const:.4f})")
    rows = _weighted(dev, real.get("tune", []) + real.get("check", []))
    x, y = _matrix(rows)
    w = fit(x, y)
    weights = {name: round(float(v), 4) for name, v in zip(FEATURES, w)}
    TARGET.write_text(json.dumps({"weights": weights, "fitted_on": sources, "events": len(rows)},
                                 ensure_ascii=False, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    print(f"{len(rows)} labelled events ({int(y.sum())} correct); weights -> {TARGET}")
    print(json.dumps(weights, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
