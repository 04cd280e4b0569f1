"""Pseudo-label raw news for self-training the NER network (``train_ner_neural.py --pseudo``).

    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner_pseudo.py [--model build/ner-dev] [--out build/ner-st-pseudo.txt]
    .venv/bin/python scripts/train_ner_pseudo.py --check-dev   # how the agreement filter does on PEYMA dev

The raw text is the news at hand: ``data/news/fars/*.json`` and
``data/text/*.json`` (titles, leads, paragraphs; never PEYMA, not PerDT),
normalised (``normalize_chars``), split into sentences
(``rayzan.text.split_sentences``) and tokenised (``rayzan.text.tokenize``).
Sentences of 5-60 tokens are kept, each distinct one once (by token keys).
They are tagged, an article at a time (the consistency passes read an
article as one text), by the train-only model (``build/ner-dev``: PEYMA
train only, never a PEYMA dev label), three ways: the ensemble, the network
alone and the stacked CRF alone.

Confidence filter: a sentence is kept when the network alone and the stacked
CRF alone give it the same tags.  The two learnt differently (BiLSTM over
word vectors vs. CRF over sparse features), so their agreement is a cheap
sentence-level confidence that needs no change to the decoders; on PEYMA dev
(``--check-dev``) the ensemble is markedly more accurate on the sentences
where they agree.  The tags written are the ensemble's (the shipped
decoder's).  Output: PEYMA's format (``token|B_PER``, a blank line between
sentences), so ``read_peyma`` reads it back.  Deterministic: no sampling
here; file order is article order.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rayzan.document import PARAGRAPH, Section
from rayzan.ner.corpus import read_peyma
from rayzan.ner.features import token_key
from rayzan.ner.model import NerModel
from rayzan.ner.spans import entity_scores
from rayzan.text import normalize_chars, split_sentences, tokenize

ROOT = Path(__file__).resolve().parents[1]
DEV_MODEL = ROOT / "build" / "ner-dev"
PSEUDO = ROOT / "build" / "ner-st-pseudo.txt"
MIN_TOKENS, MAX_TOKENS = 5, 60


def log(msg: str, started: float) -> None:
    print(f"[{time.time() - started:7.1f}s] {msg}", flush=True)


def news_articles(data: Path) -> list[list[list[str]]]:
    """Per article, its sentences as token lists (5-60 tokens, each distinct sentence once overall)."""
    seen: set[tuple[str, ...]] = set()
    articles: list[list[list[str]]] = []
    for path in sorted((data / "news" / "fars").glob("*.json")) + sorted((data / "text").glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            parts = [article.get("title") or "", article.get("abstract") or ""]
            parts += [p for p in article.get("paragraphs") or [] if isinstance(p, str)]
            sentences: list[list[str]] = []
            for part in parts:
                text = normalize_chars(part.replace("\n", " "))[0]
                for s in split_sentences(text, (Section(PARAGRAPH, 0, len(text)),)):
                    tokens = [t.text for t in tokenize(text[s.start : s.end])]
                    key = tuple(token_key(t) for t in tokens)
                    if MIN_TOKENS <= len(tokens) <= MAX_TOKENS and key not in seen:
                        seen.add(key)
                        sentences.append(tokens)
            if sentences:
                articles.append(sentences)
    return articles


def peyma_lines(tokens: list[str], tags: list[str]) -> str:
    """One sentence in PEYMA's format (``token|B_PER`` lines, then a blank line)."""
    return "".join(f"{tok}|{tag.replace('-', '_', 1)}\n" for tok, tag in zip(tokens, tags)) + "\n"


class Taggers:
    """The train-only model as the ensemble, the network alone and the stacked CRF alone."""

    def __init__(self, directory: Path) -> None:
        self.ensemble = NerModel.load(directory)
        if self.ensemble.neural is None:
            raise SystemExit(f"{directory} has no network (neural.npz): run scripts/train_ner.py first")
        self.weight = self.ensemble.neural.crf_weight
        self.stacked = NerModel.load(directory, neural=False)

    def tag(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
        network = self.ensemble.neural
        assert network is not None
        network.crf_weight = 0.0
        alone = self.ensemble.tag(sentences)
        network.crf_weight = self.weight
        return self.ensemble.tag(sentences), alone, self.stacked.tag(sentences)


def check_dev(taggers: Taggers, data: Path) -> None:
    """The ensemble's dev F1 on the sentences the filter keeps and on those it drops."""
    dev = read_peyma(data / "ner" / "peyma" / "dev.txt")
    tags, alone, stacked = taggers.tag([toks for toks, _ in dev])
    agree = [a == s for a, s in zip(alone, stacked)]
    for name, keep in (("all", [True] * len(dev)), ("agreeing", agree), ("disagreeing", [not x for x in agree])):
        gold = [g for (_, g), k in zip(dev, keep) if k]
        scores = entity_scores(gold, [t for t, k in zip(tags, keep) if k])["ALL"]
        print(f"PEYMA dev, {name:12} {len(gold):5d} sentences, {scores.support:5d} entities: "
              f"ensemble P {scores.precision:.3f} R {scores.recall:.3f} F1 {scores.f1:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model", type=Path, default=DEV_MODEL, help="the train-only model (never saw PEYMA dev)")
    parser.add_argument("--out", type=Path, default=PSEUDO)
    parser.add_argument("--no-filter", action="store_true", help="keep every sentence, agreeing or not")
    parser.add_argument("--check-dev", action="store_true", help="score the filter on PEYMA dev and stop")
    args = parser.parse_args(argv)
    started = time.time()
    taggers = Taggers(args.model)
    if args.check_dev:
        check_dev(taggers, args.data)
        return 0
    articles = news_articles(args.data)
    log(f"{len(articles)} articles, {sum(map(len, articles))} sentences of {MIN_TOKENS}-{MAX_TOKENS} tokens", started)
    kept = total = entities = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for sentences in articles:
            for tokens, (tags, alone, stacked) in zip(sentences, zip(*taggers.tag(sentences))):
                total += 1
                if not args.no_filter and alone != stacked:
                    continue
                kept += 1
                entities += sum(t.startswith("B-") for t in tags)
                f.write(peyma_lines(tokens, tags))
    log(f"kept {kept} of {total} sentences ({entities} entities) -> {args.out}", started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
