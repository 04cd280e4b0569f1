"""Benchmark of the actors stage on the hand-annotated development set
(bench/data/actors_dev.yaml: 40 Fars News politics/world articles).

Reports, side by side in one run:
- precision / recall of (mention -> country) for people and organisations,
  and of (person -> role), for Rayzan's actors stage and for the anchor: a
  plain dictionary look-up (the same knowledge base, each KB name mapped to its
  KB country, no title patterns, no coreference, no context);
- speed: the actors stage per article against the segment stage (sentence
  splitting + tokenising) on the same articles, as a ratio.

    .venv/bin/python bench/actors.py            # needs ../shared/data/news/fars
    .venv/bin/python bench/actors.py --ner      # with the NER stage's entities first
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from rayzan.actors.gazetteer import Gazetteer, units_of
from rayzan.actors.kb import BODY, ORGANISATION, PERSON, load_kb
from rayzan.actors.resolve import resolve_actors
from rayzan.document import ArticleMeta, Block, Document
from rayzan.pipeline import build_document, segment

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "bench" / "data" / "actors_dev.yaml"
FARS = ROOT.parent / "shared" / "data" / "news" / "fars"
COUNTED_ACTOR_KINDS = {"person", "organisation", "government"}
COUNTED_MENTION_KINDS = {"name", "title", "surname", "metonym"}
PUBLISHER = "FARS"


@dataclass
class Item:
    text: str
    country: str | None
    role: str | None
    spans: list[tuple[int, int]]


def fars_id(link: str) -> str:
    return link.split("/news/")[1].split("/")[0]


def load_articles(ids: set[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for path in sorted(FARS.glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            key = fars_id(art.get("link", "/news/x"))
            if key in ids:
                found[key] = art
    return found


def build(art: dict) -> Document:
    blocks = [Block("title", art["title"])]
    if art.get("abstract"):
        blocks.append(Block("lead", art["abstract"]))
    blocks += [Block("paragraph", p) for p in art["paragraphs"]]
    return segment(build_document(ArticleMeta(id=fars_id(art["link"]), url=art["link"]), blocks))


def surface_pattern(text: str) -> re.Pattern[str]:
    parts = [r"[\u200c ]*" if ch in " \u200c" else re.escape(ch) for ch in text]
    return re.compile(r"(?<![\w\u200c])" + "".join(parts) + r"(?![\w])")


def gold_items(doc: Document, entries: list[dict]) -> list[Item]:
    items = []
    for e in entries:
        spans = [m.span() for m in surface_pattern(e["text"]).finditer(doc.text)]
        items.append(Item(e["text"], e.get("country"), e.get("role"), spans))
    return items


def score_article(doc: Document, items: list[Item], predictions: list[tuple[int, int, str, str | None, list[str]]]):
    """Counts for countries and roles in one article.

    ``predictions``: (start, end, actor id, country, role titles) per counted mention.
    A predicted actor is matched to the gold items its mentions overlap; an actor
    that overlaps none is one false positive (the publishing agency excepted: the
    dev set does not annotate the "به گزارش خبرگزاری فارس" dateline)."""
    by_item: dict[int, Counter] = {}
    actor_info: dict[str, tuple[str | None, list[str]]] = {}
    matched: set[str] = set()
    for start, end, actor, country, roles in predictions:
        actor_info[actor] = (country, roles)
        for n, item in enumerate(items):
            if any(s < end and start < e for s, e in item.spans):
                by_item.setdefault(n, Counter())[actor] += 1
                matched.add(actor)
                break
    c: Counter = Counter()
    for n, item in enumerate(items):
        c["gold"] += 1
        if item.role:
            c["gold_roles"] += 1
        actors = by_item.get(n)
        if not actors:
            continue
        actor = actors.most_common(1)[0][0]
        country, roles = actor_info[actor]
        c["predicted"] += 1
        c["correct"] += country == item.country
        # Roles are scored on the people annotated with one (title and body mentions carry none).
        if roles and item.role:
            c["role_predicted"] += 1
            c["role_correct"] += any(item.role.lower() in r.lower() for r in roles)
    for actor, (country, roles) in actor_info.items():
        if actor in matched or actor == PUBLISHER:
            continue
        c["predicted"] += 1
    return c


def rayzan_predictions(doc: Document):
    out = []
    actors = {a.id: a for a in doc.actors}
    for m in doc.mentions:
        a = actors.get(m.actor)
        if a is None or m.kind not in COUNTED_MENTION_KINDS:
            continue
        if a.kind not in COUNTED_ACTOR_KINDS and m.kind != "metonym":
            continue
        out.append((m.start, m.end, a.id, a.country, [r.title_en or "" for r in a.roles]))
    return out


def dictionary_predictions(doc: Document):
    """The anchor: every KB organisation, body and person name, with its KB country."""
    kb = load_kb()
    units = units_of(doc.text)
    out = []
    for m in Gazetteer(kb).find(doc.text, units):
        e = m.surface.entry
        if e.kind in (ORGANISATION, PERSON):
            out.append((m.start, m.end, e.id, e.country, []))
        elif e.kind == BODY:
            out.append((m.start, m.end, e.id, e.country or e.default_country, []))
        elif e.kind == "metonym":
            out.append((m.start, m.end, e.id, e.country, []))
    return out


def ratios(c: Counter) -> dict[str, float]:
    def div(a: float, b: float) -> float:
        return a / b if b else 0.0

    return {
        "country_precision": div(c["correct"], c["predicted"]),
        "country_recall": div(c["correct"], c["gold"]),
        "role_precision": div(c["role_correct"], c["role_predicted"]),
        "role_recall": div(c["role_correct"], c["gold_roles"]),
    }


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="actors stage on the development set")
    parser.add_argument("--ner", action="store_true", help="run rayzan.ner's stage before the actors stage")
    args = parser.parse_args()
    if not FARS.exists():
        print(f"{FARS} not found: the development set needs the shared Fars News files", file=sys.stderr)
        return 1
    dev = yaml.safe_load(DEV.read_text(encoding="utf-8"))
    articles = load_articles({d["article"] for d in dev})
    missing = [d["article"] for d in dev if d["article"] not in articles]
    if missing:
        print(f"articles not found in {FARS}: {missing}", file=sys.stderr)
        return 1
    load_kb()
    docs = [(build(articles[d["article"]]), d["actors"]) for d in dev]
    if args.ner:
        from rayzan.ner import STAGE as NER

        docs = [(NER.run(doc), entries) for doc, entries in docs]
    ours, anchor = Counter(), Counter()
    for doc, entries in docs:
        resolved = resolve_actors(doc)
        items = gold_items(doc, entries)
        ours += score_article(resolved, items, rayzan_predictions(resolved))
        anchor += score_article(doc, items, dictionary_predictions(doc))
    r_ours, r_anchor = ratios(ours), ratios(anchor)
    ner = "with NER entities" if args.ner else "without NER"
    print(f"development set: {len(docs)} articles, {ours['gold']} gold actors, {ours['gold_roles']} with roles ({ner})")
    print(f"{'metric':22} {'rayzan':>8} {'dictionary':>11} {'ratio':>7}")
    for key in r_ours:
        ratio = r_ours[key] / r_anchor[key] if r_anchor[key] else float("inf")
        print(f"{key:22} {r_ours[key]:8.3f} {r_anchor[key]:11.3f} {ratio:7.2f}")

    # Speed: the actors stage against the segment stage, same articles, same run.
    raw = [build_document(doc.meta, [Block("paragraph", line) for line in doc.text.split("\n")]) for doc, _ in docs]
    rounds = 20
    t0 = time.perf_counter()
    for _ in range(rounds):
        segmented = [segment(d) for d in raw]
    t_segment = (time.perf_counter() - t0) / (rounds * len(raw))
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in segmented:
            resolve_actors(d)
    t_actors = (time.perf_counter() - t0) / (rounds * len(raw))
    print(f"speed (ms/article)     actors {t_actors * 1e3:.3f}   segment {t_segment * 1e3:.3f}   ratio {t_actors / t_segment:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
