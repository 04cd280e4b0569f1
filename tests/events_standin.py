"""A stand-in actor stage for testing the event stage alone.

It tags the names listed in ``data/events/actors.tsv`` (our own short list) as
mentions with actors, so event tests and ``bench/events.py --actors standin`` do not
depend on the actor stage's knowledge base.  Longest name first, ZWNJ-tolerant.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rayzan.document import Actor, ArticleMeta, Block, Document, Mention
from rayzan.pipeline import build_document, segment

TABLE = Path(__file__).resolve().parent / "data" / "events" / "actors.tsv"


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, tuple[Actor, str]]]:
    entries: dict[str, tuple[Actor, str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        surface, aid, name_en, kind, country, mkind = (line.split("\t") + [""] * 6)[:6]
        key = re.sub(r"[\u200c ]", "", surface)
        entries[key] = (Actor(aid, surface, name_en, kind, country or None), mkind or "name")
    forms = sorted(
        {line.split("\t")[0] for line in TABLE.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"},
        key=len,
        reverse=True,
    )
    alternation = "|".join(
        "[\u200c ]?".join(re.escape(c) for c in f.replace("\u200c", "").replace(" ", "")) for f in forms
    )
    return re.compile(r"(?<![\w\u200c])(?:" + alternation + r")(?![\w\u200c])"), entries


def annotate(doc: Document) -> Document:
    pattern, entries = _table()
    mentions: list[Mention] = []
    actors: dict[str, Actor] = {}
    for m in pattern.finditer(doc.text):
        actor, mkind = entries[re.sub(r"[\u200c ]", "", m.group())]
        actors.setdefault(actor.id, actor)
        mentions.append(Mention(m.group(), m.start(), m.end(), actor.id, mkind))
    return doc.evolve(actors=tuple(actors.values()), mentions=tuple(mentions))


def blocks_from_text(text: str) -> list[Block]:
    """A .txt article as blocks: first line title, second lead, then paragraphs (``- `` items)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out = [Block("title", lines[0])] if lines else []
    if len(lines) > 1:
        out.append(Block("lead", lines[1]))
    for line in lines[2:]:
        out.append(Block("item" if line.startswith("- ") else "paragraph", line))
    return out


def standin_document(text: str, published: str | None = "2024-10-15", article_id: str = "test") -> Document:
    """Normalised, segmented and actor-tagged (stand-in) document, ready for the event stage."""
    doc = build_document(ArticleMeta(id=article_id, published=published), blocks_from_text(text))
    return annotate(segment(doc))
