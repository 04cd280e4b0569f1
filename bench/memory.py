"""Memory of one big article, stage by stage, in bytes per input byte (UTF-8).

    .venv/bin/python bench/memory.py [--shape repeated|fars] [--mb 4]

``repeated``: one sentence repeated on one line (QA's 50 MB page dump); ``fars``: the Fars
News paragraphs (``../shared/data/news/fars``) as one article, repeated to the size.  The models
are loaded and warmed before tracing starts, so the figures are the article's own.  For each
stage (and the JSONL writer and the store after them), traced with tracemalloc: what is held
when it ends, and its peak, both counted from before the document was built.  NER's peak
includes its caches and blocks of sentences, whose size is fixed (about 50 MB for the blocks,
up to ~250 MB of word caches on text of many distinct words), so its figure falls as the
input grows; the other stages' figures grow with the text.  tracemalloc slows the run about
twofold; the peak resident memory of an untraced run is what ``bench/long_input.py`` prints.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from rayzan.document import ArticleMeta, Block, iter_json
from rayzan.pipeline import Pipeline, build_document
from rayzan.store import Store

SENTENCE = "وزیر امور خارجه ایران در سفر به مسکو با همتای روسی خود دیدار و درباره تحولات منطقه گفتگو کرد. "


def blocks_of(shape: str, size: float) -> list[Block]:
    if shape == "repeated":
        return [Block("paragraph", SENTENCE * int(size / len(SENTENCE.encode())))]
    from corpora import read

    paragraphs = [text for _, text in read("fars")]
    out: list[Block] = []
    total = 0
    while total < size:
        for text in paragraphs:
            out.append(Block("paragraph", text))
            total += len(text.encode()) + 1
            if total >= size:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shape", choices=("repeated", "fars"), default="repeated")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the article in MB of UTF-8")
    args = parser.parse_args()
    blocks = blocks_of(args.shape, args.mb * 1e6)
    size = sum(len(b.text.encode()) + 1 for b in blocks)
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(os.path.join(tmp, "bench.db"))
        store.ingest(pipeline.analyze(ArticleMeta(id="warm-up"), [Block("paragraph", SENTENCE * 50)]))
        gc.collect()
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        rows = []

        def mark(name: str, started: float) -> None:
            held, peak = tracemalloc.get_traced_memory()
            rows.append((name, (held - base) / size, (peak - base) / size, time.process_time() - started))
            tracemalloc.reset_peak()

        started = time.process_time()
        doc = build_document(ArticleMeta(id="big"), blocks)
        del blocks
        mark("read + normalise", started)
        for stage in pipeline.stages:
            started = time.process_time()
            doc = stage.run(doc)
            mark(stage.name, started)
        started = time.process_time()
        with open(os.devnull, "w", encoding="utf-8") as out:
            out.writelines(iter_json(doc.json_layers()))
        mark("JSONL line", started)
        started = time.process_time()
        store.ingest(doc)
        mark("store", started)
        store.close()
    print(f"{args.shape}: {size / 1e6:.1f} MB, {len(doc.tokens)} tokens, {len(doc.sentences)} sentences, "
          f"{len(doc.mentions)} mentions, {len(doc.events)} events")  # fmt: skip
    print(f"{'stage':18} {'held B/B':>9} {'peak B/B':>9} {'CPU s':>7}")
    for name, held, peak, seconds in rows:
        print(f"{name:18} {held:9.1f} {peak:9.1f} {seconds:7.1f}")


if __name__ == "__main__":
    main()
