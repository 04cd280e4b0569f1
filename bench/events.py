"""Event coding on the development set: precision, recall, F1, calibration, speed.

    python bench/events.py                      # stand-in actors (tests/data/events/actors.tsv)
    python bench/events.py --actors stage       # the real actor stage (without NER)
    python bench/events.py --actors pipeline    # the full default pipeline (NER + actors)
    python bench/events.py --json out.json      # also write the figures as JSON

Scores per article the sets of (PLOVER type, source country, target country); for
CONSULT, AGREE and COOPERATE the pair is compared as a set.  Relaxed variants: type
only, and dyad only.  Side by side, in the same run, the anchor: a naive coder that
makes one event per trigger sentence from the first two countries named in it (no
negation, no merging, no syntax).  Confidence is judged against strict correctness
with a reliability table and the Brier score, next to a constant-confidence anchor.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from events_standin import annotate, blocks_from_text

from rayzan.document import ArticleMeta, Document
from rayzan.events import code_events, find_triggers
from rayzan.events.arguments import actor_country
from rayzan.events.ontology import SYMMETRIC_TYPES, cameo
from rayzan.pipeline import build_document, segment

DEV = ROOT / "tests" / "data" / "events" / "dev.yaml"
FARS_GOLD = ROOT / "tests" / "data" / "events" / "fars_gold.yaml"
FARS = ROOT.parent / "shared" / "data" / "news" / "fars"
Key = tuple[str, str | None, str | None]


def key(plover: str, src: str | None, tgt: str | None) -> Key:
    if plover in SYMMETRIC_TYPES and src is not None and tgt is not None and tgt < src:
        src, tgt = tgt, src
    if plover in SYMMETRIC_TYPES and src is None and tgt is not None:
        src, tgt = tgt, None
    return (plover, src, tgt)


def prepare(item: dict[str, Any], actors: str) -> Document:
    meta = ArticleMeta(id=item["id"], published=str(item.get("published") or "") or None)
    return analyse_blocks(meta, blocks_from_text(item["text"]), actors)


def analyse_blocks(meta: ArticleMeta, blocks: list[Any], actors: str) -> Document:
    doc = build_document(meta, blocks)
    if actors == "pipeline":
        from rayzan.pipeline import Pipeline, default_stages

        stages = tuple(s for s in default_stages() if s.name != "events")
        return Pipeline(stages=stages)(doc)
    doc = segment(doc)
    if actors == "stage":
        from rayzan.actors import STAGE

        return STAGE.run(doc)
    return annotate(doc)


def load_fars(gold_path: Path, actors: str, split: str = "all") -> tuple[list[dict[str, Any]], list[Document]]:
    """Gold by link; article text read from ../shared (never copied into the repo)."""
    from rayzan.readers import to_raw_article

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    articles: dict[str, dict[str, Any]] = {}
    for f in sorted(FARS.glob("fars-news-*.json")):
        for a in json.loads(f.read_text(encoding="utf-8")):
            articles[a["link"]] = a
    items, docs = [], []
    for g in gold:
        if g["link"] not in articles or split not in ("all", g.get("split")):
            continue
        raw = to_raw_article(articles[g["link"]])
        items.append({"id": g["link"], "events": g["events"]})
        docs.append(analyse_blocks(raw.meta, list(raw.blocks), actors))
    return items, docs


def headline_only(doc: Document) -> Document:
    """Keep events with evidence in the title or lead: the scope of the Fars gold set."""
    keep = []
    for e in doc.events:
        kinds = {doc.sections[s.section].kind for s in doc.sentences for a, b in e.evidence if s.start == a}
        if kinds & {"title", "lead"}:
            keep.append(e)
    return doc.evolve(events=tuple(keep))


def naive_events(doc: Document, headline: bool = False) -> list[tuple[Key, float]]:
    """The anchor: one event per trigger sentence, from the first two countries in it."""
    out: list[tuple[Key, float]] = []
    for trig in find_triggers(doc):
        plover = cameo(trig.cameo).plover
        if not plover or (
            headline and doc.sections[doc.sentences[trig.sentence].section].kind not in ("title", "lead")
        ):
            continue
        s = doc.sentences[trig.sentence]
        countries = [actor_country(doc.actor(m.actor)) for m in doc.mentions if s.start <= m.start < s.end]
        countries = [c for c in countries if c]
        src = countries[0] if countries else None
        tgt = next((c for c in countries[1:] if c != src), None)
        out.append((key(plover, src, tgt), 0.5))
    return out


def system_events(doc: Document) -> list[tuple[Key, float]]:
    return [(key(e.plover, e.source.get("country"), e.target.get("country")), e.confidence) for e in doc.events]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score(gold_sets: list[set[Key]], pred_sets: list[set[Key]], view: Callable[[Key], Any]) -> dict[str, float]:
    tp = fp = fn = 0
    for gold, pred in zip(gold_sets, pred_sets):
        g, p = {view(k) for k in gold}, {view(k) for k in pred}
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    return prf(tp, fp, fn)


VIEWS: dict[str, Callable[[Key], Any]] = {
    "strict": lambda k: k,
    "type": lambda k: k[0],
    "dyad": lambda k: tuple(sorted(x or "-" for x in k[1:])),
}


def reliability(pairs: list[tuple[float, bool]], bins: int = 5) -> tuple[list[dict[str, Any]], float]:
    table = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside),
                          "mean_confidence": round(statistics.mean(c for c, _ in inside), 3),
                          "precision": round(sum(ok for _, ok in inside) / len(inside), 3)})  # fmt: skip
    brier = statistics.mean((c - ok) ** 2 for c, ok in pairs) if pairs else 0.0
    return table, round(brier, 4)


def extra_fields(items: list[dict[str, Any]], docs: list[Document]) -> dict[str, Any]:
    """Accuracy of planned flag, location and date on matched events whose gold gives them."""
    counts: Counter[str] = Counter()
    for item, doc in zip(items, docs):
        pred: dict[Key, Any] = {}
        for e in doc.events:  # the first event of a key: the one the article leads with
            pred.setdefault(key(e.plover, e.source.get("country"), e.target.get("country")), e)
        for g in item["events"]:
            k = key(g["type"], g.get("source"), g.get("target"))
            e = pred.get(k)
            if e is None:
                continue
            counts["planned_n"] += 1
            counts["planned_ok"] += bool(g.get("planned", False)) == bool(e.extra.get("planned"))
            if "location" in g:
                counts["location_n"] += 1
                counts["location_ok"] += (e.location or {}).get("country") == g["location"]
            if "date" in g:
                counts["date_n"] += 1
                counts["date_ok"] += e.date == str(g["date"])
    return {f: f"{counts[f + '_ok']}/{counts[f + '_n']}" for f in ("planned", "location", "date")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--actors", choices=("standin", "stage", "pipeline"), default=None,
                    help="default: standin on the dev set, stage on --fars")  # fmt: skip
    ap.add_argument("--fars", action="store_true", help="score the Fars News gold set (title and lead events)")
    ap.add_argument("--split", choices=("tune", "check", "all"), default="all",
                    help="Fars gold part: tune (used to tune the coder), check (never used), all")  # fmt: skip
    ap.add_argument("--json", type=Path)
    ap.add_argument("--errors", action="store_true", help="print the articles the coder gets wrong")
    args = ap.parse_args(argv)

    args.actors = args.actors or ("stage" if args.fars else "standin")
    if args.fars:
        if not FARS.exists():
            print(f"{FARS} is absent: nothing to score", file=sys.stderr)
            return 1
        items, docs = load_fars(FARS_GOLD, args.actors, args.split)
    else:
        items = yaml.safe_load(args.dev.read_text(encoding="utf-8"))
        docs = [prepare(item, args.actors) for item in items]
    gold = [{key(g["type"], g.get("source"), g.get("target")) for g in item["events"]} for item in items]

    code_events(docs[0])  # load the lexicon once, outside the timing
    start = time.perf_counter()
    coded = [code_events(d) for d in docs]
    elapsed = time.perf_counter() - start
    if args.fars:
        coded = [headline_only(d) for d in coded]
    start = time.perf_counter()
    naive = [naive_events(d, headline=args.fars) for d in docs]
    naive_elapsed = time.perf_counter() - start

    ours = [system_events(d) for d in coded]
    ours_sets = [{k for k, _ in p} for p in ours]
    naive_sets = [{k for k, _ in p} for p in naive]
    report: dict[str, Any] = {"set": f"fars/{args.split}" if args.fars else "dev", "articles": len(items),
                              "gold_events": sum(len(g) for g in gold), "actors": args.actors}  # fmt: skip
    for name, view in VIEWS.items():
        s, a = score(gold, ours_sets, view), score(gold, naive_sets, view)
        report[name] = {"rayzan": s, "anchor": a, "f1_ratio": round(s["f1"] / a["f1"], 2) if a["f1"] else None}
    pairs = [(c, k in g) for p, g in zip(ours, gold) for k, c in p]
    table, brier = reliability(pairs)
    base_rate = sum(ok for _, ok in pairs) / len(pairs) if pairs else 0.0
    _, anchor_brier = reliability([(round(base_rate, 3), ok) for _, ok in pairs])
    report["calibration"] = {"brier": brier, "anchor_constant_brier": anchor_brier, "reliability": table}
    report["fields"] = extra_fields(items, coded)
    report["speed"] = {
        "ms_per_article": round(1000 * elapsed / len(items), 3),
        "articles_per_s": round(len(items) / elapsed, 1),
        "anchor_ms_per_article": round(1000 * naive_elapsed / len(items), 3),
        "time_ratio": round(elapsed / naive_elapsed, 2) if naive_elapsed else None,
    }
    _print(report)
    if args.errors:
        for item, g, p, doc in zip(items, gold, ours_sets, coded):
            if g != p:
                print(f"\n{item['id']}: missing {sorted(g - p, key=str)} extra {sorted(p - g, key=str)}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def _print(report: dict[str, Any]) -> None:
    print(
        f"{report['set']}: {report['articles']} articles, {report['gold_events']} gold events, actors: {report['actors']}"
    )
    print(f"{'view':8} {'rayzan P/R/F1':24} {'anchor P/R/F1':24} F1 ratio")
    for name in VIEWS:
        s, a = report[name]["rayzan"], report[name]["anchor"]
        print(f"{name:8} {s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f}      "
              f"{a['precision']:.3f}/{a['recall']:.3f}/{a['f1']:.3f}      {report[name]['f1_ratio']}")  # fmt: skip
    cal = report["calibration"]
    print(f"Brier {cal['brier']} (anchor, constant confidence: {cal['anchor_constant_brier']})")
    for row in cal["reliability"]:
        print(
            f"  confidence {row['bin']}: n={row['n']:3d} mean={row['mean_confidence']:.3f} precision={row['precision']:.3f}"
        )
    print("matched events, field accuracy:", report["fields"])
    sp = report["speed"]
    print(f"speed: {sp['ms_per_article']} ms/article ({sp['articles_per_s']} articles/s); "
          f"anchor {sp['anchor_ms_per_article']} ms/article; time ratio {sp['time_ratio']}")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
