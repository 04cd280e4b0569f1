"""The text layer on real corpora from ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rayzan.text import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PERDT = SHARED / "data" / "treebank" / "perdt" / "fa_perdt-ud-dev.conllu"
FARS = SHARED / "data" / "news" / "fars" / "fars-news-3.json"
ZWNJ = "\u200c"
LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")


def _perdt_report_sentences(limit: int) -> list[str]:
    """Even-numbered PerDT sentences: the half the ZWNJ lexicon never saw."""
    if not PERDT.exists():
        pytest.skip("../shared/data/treebank/perdt is absent")
    out, number = [], 0
    for line in PERDT.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            number = int(re.sub(r"\D", "", line))
        elif line.startswith("# text = ") and number % 2 == 0 and ZWNJ in line:
            out.append(normalize(line[9:], zwnj=False))
    return out[:limit]


def _separators(text: str) -> list[str]:
    """What follows each letter: "" (next letter), " ", ZWNJ, or anything else."""
    out, sep = [], None
    for ch in text:
        if LETTER.match(ch):
            if sep is not None:
                out.append(sep)
            sep = ""
        elif sep is not None:
            sep += ch
    return out


def _zwnj_f1(golds: list[str], corrupt) -> float:
    """F1 of ZWNJ over every boundary between two letters."""
    tp = fp = fn = 0
    for gold in golds:
        g_seps, o_seps = _separators(gold), _separators(normalize(corrupt(gold)))
        assert len(g_seps) == len(o_seps)  # no letter added or dropped
        for g, o in zip(g_seps, o_seps):
            tp += g == ZWNJ and o == ZWNJ
            fp += g != ZWNJ and o == ZWNJ
            fn += g == ZWNJ and o != ZWNJ
    return 2 * tp / (2 * tp + fp + fn)


def test_corpus_perdt_held_out_zwnj_f1() -> None:
    golds = _perdt_report_sentences(400)
    assert _zwnj_f1(golds, lambda t: t.replace(ZWNJ, "")) >= 0.88  # letters joined
    assert _zwnj_f1(golds, lambda t: t.replace(ZWNJ, " ")) >= 0.87  # ZWNJ written as a space
    changed = sum(normalize(g) != g for g in golds)
    assert changed <= 0.06 * len(golds)  # correct sentences mostly come out unchanged


def test_corpus_fars_idempotent_lines_and_letters() -> None:
    if not FARS.exists():
        pytest.skip("../shared/data/news/fars is absent")
    articles = json.loads(FARS.read_text(encoding="utf-8"))[:60]
    for article in articles:
        raw = "\n".join([article["title"], article.get("abstract") or "", *article["paragraphs"]])
        for variant in (raw, raw.replace(ZWNJ, ""), raw.replace(ZWNJ, " ")):
            out = normalize(variant)
            assert normalize(out) == out
            assert out.count("\n") == variant.count("\n")
            plain = normalize(variant, zwnj=False)
            assert LETTER.findall(out) == LETTER.findall(plain)
