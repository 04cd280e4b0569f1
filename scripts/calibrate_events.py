"""Fit the event confidence weights (src/rayzan/events/data/confidence.json).

    python scripts/calibrate_events.py

Each coded event of the development data is labelled correct when its (type, source
country, target country) is in the article's gold set; a logistic regression over the
features of ``rayzan.events.confidence`` (L2-regularised, plain gradient descent) is
fitted to those labels.  Data: our own dev set (stand-in actors) and, when ../shared is
present, the Fars gold set by link (real actor stage, title and lead events) and the
verdicts of ``bench/data/events_audit.yaml`` on every event the full pipeline codes from
the 600 Fars News articles, on the events of parts 0 and 1 of the PEYMA sample
(``bench/data/events_audit_peyma.yaml``) and on part 0 of the ARMAN sample
(``bench/data/events_audit_arman.yaml``, final fit only); correct = ``ok``.  Each real-news source weighs as
much as the hand-written set, each audit twice as much, so the score means something on real
news, where the coder is far less often right.  It first prints a two-fold check (fit without
one half of the Fars articles and one PEYMA part, Brier on them); the shipped weights are then
fitted on everything.  Rerun after changing the coder (judge new events first: ``bench/events_audit.py
--show unjudged``).
"""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import events as bench
import events_audit as audit

from rayzan.events.coder import extract_with_features
from rayzan.events.confidence import FEATURES

TARGET = ROOT / "src" / "rayzan" / "events" / "data" / "confidence.json"
# Each real-news source counts this many times our hand-written set: the score is for real articles.
REAL_NEWS_WEIGHT = {"gold": 1, "audit": 2, "peyma": 2}
PEYMA_PARTS = (0, 1)  # judged; part 2 stays unread, for a held-out check
ARMAN_PARTS = (0,)  # lone sentences of another source; part 1 stays held out


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


def judged_rows(corpus: str = "fars", part: int = 0) -> list[tuple[str, list[float], int]]:
    """Link, features and label (1: ``ok``) of every judged event ``bench/events_audit.py`` codes from
    ``corpus`` (a PEYMA ``part``); unjudged events are skipped."""
    verdicts = audit.load_verdicts(corpus)
    rows = []
    for row in audit.coded_events(with_features=True, corpus=corpus, part=part):
        verdict = verdicts.get(audit.verdict_key(row))
        if verdict is not None:
            rows.append((row["link"], [row["features"][name] for name in FEATURES], int(verdict == "ok")))
    return rows


def audit_rows() -> dict[int, list[tuple[list[float], int]]]:
    """The judged events of the Fars News files by fold (CRC32 of the link, mod 2)."""
    folds: dict[int, list[tuple[list[float], int]]] = {0: [], 1: []}
    for link, x, y in judged_rows():
        folds[zlib.crc32(link.encode()) % 2].append((x, y))
    return folds


def peyma_rows(part: int) -> list[tuple[list[float], int]]:
    """The judged events of one part of the PEYMA sample (``bench/events_audit.py --corpus peyma``)."""
    return [(x, y) for _, x, y in judged_rows("peyma", part)]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, lr: float = 0.1) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= lr * grad
    return w


def _matrix(rows: list[tuple[list[float], int]]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([r[0] for r in rows], dtype=float), np.array([r[1] for r in rows], dtype=float)


def _weighted(
    dev: list[tuple[list[float], int]], real: dict[str, list[tuple[list[float], int]]]
) -> list[tuple[list[float], int]]:
    # Repeat the real-news rows so each source weighs its share of the hand-written set: the score must
    # mean something on real news, where the coder is less often right than on our hand-written sentences.
    rows = list(dev)
    for name, part in real.items():
        rows += part * max(1, round(REAL_NEWS_WEIGHT[name] * len(dev) / max(len(part), 1)))
    return rows


def _brier(w: np.ndarray, rows: list[tuple[list[float], int]]) -> float:
    x, y = _matrix(rows)
    return float(np.mean((1 / (1 + np.exp(-x @ w)) - y) ** 2)) if len(y) else 0.0


def main() -> int:
    dev_items = yaml.safe_load(bench.DEV.read_text(encoding="utf-8"))
    dev = labelled(dev_items, [bench.prepare(i, "standin") for i in dev_items], headline=False)
    sources = [f"tests/data/events/dev.yaml ({len(dev_items)} articles)"]
    gold: dict[str, list[tuple[list[float], int]]] = {}
    judged: dict[int, list[tuple[list[float], int]]] = {0: [], 1: []}
    peyma: dict[int, list[tuple[list[float], int]]] = {part: [] for part in PEYMA_PARTS}
    if audit.PEYMA.exists():
        peyma = {part: peyma_rows(part) for part in PEYMA_PARTS}
        sources.append(
            f"bench/data/events_audit_peyma.yaml ({sum(map(len, peyma.values()))} judged events of PEYMA train sentences)"
        )
    arman: list[tuple[list[float], int]] = []
    if audit.ARMAN.exists():
        arman = [(x, y) for part in ARMAN_PARTS for _, x, y in judged_rows("arman", part)]
        sources.append(f"bench/data/events_audit_arman.yaml ({len(arman)} judged events of ARMAN sentences, part 0)")
    if bench.FARS.exists():
        for split in ("tune", "check"):
            items, docs = bench.load_fars(bench.FARS_GOLD, "stage", split)
            gold[split] = labelled(items, docs, headline=True)
            sources.append(f"tests/data/events/fars_gold.yaml, split {split} ({len(items)} Fars News articles by link)")
        judged = audit_rows()
        sources.append(f"bench/data/events_audit.yaml ({len(judged[0]) + len(judged[1])} judged events of 600 Fars News articles)")
        # Two-fold check on real news: fit without one half, score the Brier on it, next to a constant.
        # PEYMA's parts take turns too: each is scored by weights fitted without it.
        for held, other, fold in (("check", "tune", 1), ("tune", "check", 0)):
            train = {"gold": gold[other], "audit": judged[1 - fold], "peyma": peyma[PEYMA_PARTS[1 - fold]]}
            w = fit(*_matrix(_weighted(dev, train)))
            for name, rows_ in (
                (f"gold {held}", gold[held]),
                (f"audit fold {fold}", judged[fold]),
                (f"PEYMA part {PEYMA_PARTS[fold]}", peyma[PEYMA_PARTS[fold]]),
            ):
                rate = float(np.mean([r[1] for part in train.values() for r in part]))
                const = float(np.mean([(rate - r[1]) ** 2 for r in rows_])) if rows_ else 0.0
                print(f"held-out {name}: Brier {_brier(w, rows_):.4f} (constant {rate:.2f}: {const:.4f})")
    rows = _weighted(
        dev,
        {
            "gold": gold.get("tune", []) + gold.get("check", []),
            "audit": judged[0] + judged[1],
            "peyma": [r for part in PEYMA_PARTS for r in peyma[part]] + arman,  # lone sentences, as one source
        },
    )
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
