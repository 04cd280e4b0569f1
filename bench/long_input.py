"""Time of the full pipeline on long inputs: it should grow with the text, not faster.

    .venv/bin/python bench/long_input.py [--clauses 1000,3000,12000] [--paragraphs 500,2000,8000]
                                         [--bare 100000,300000,1000000] [--sentences 3000,12000,30000]

Four shapes of hostile or unusual input, each at growing sizes, timed as one article:
- one sentence with its full stop repeated on one line (a scraped page dump, QA's 50 MB file):
  each sentence names a title whose holder the actor stage looks back for, which was
  quadratic (195 s for 10 MB against 54 s for 5 MB) until it bisected;
- a run without any sentence end (``ایران به عراق حمله کرد و`` repeated): one "sentence" of
  tens of thousands of characters, thousands of event triggers in it;
- one huge article made of the Fars News paragraphs (``../shared/data/news/fars``), tens of
  thousands of mentions;
- bare words with no sentence end, comma or «و» to cut at (``ا`` and a space, repeated): a page
  scraped without punctuation, cut into 3,000-character sentences at spaces.
Prints seconds and characters per second per size (a near-constant rate means linear time),
and the process's peak resident memory so far (sizes grow, so each row's figure is its own
peak unless an earlier, smaller input's was higher).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import read

from rayzan.document import ArticleMeta, Block
from rayzan.pipeline import Pipeline


SENTENCE = "وزیر امور خارجه ایران در سفر به مسکو با همتای روسی خود دیدار و درباره تحولات منطقه گفتگو کرد. "


def timed(pipeline: Pipeline, name: str, blocks: list[Block]) -> None:
    chars = sum(len(b.text) for b in blocks)
    t0 = time.process_time()
    doc = pipeline.analyze(ArticleMeta(id=name), blocks)
    seconds = time.process_time() - t0
    print(f"{name:28} {chars:>9} chars {seconds:7.2f} s {chars / seconds / 1000:7.0f}k chars/s "
          f"{len(doc.sentences):>6} sentences {len(doc.mentions):>6} mentions {len(doc.events):>4} events "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024:>6} MB peak")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clauses", default="1000,3000,12000", help="sizes of the run without a sentence end")
    parser.add_argument("--paragraphs", default="500,2000,8000", help="sizes of the one huge article")
    parser.add_argument("--bare", default="100000,300000,1000000", help="words in the run of bare words")
    parser.add_argument("--sentences", default="3000,12000,30000", help="repetitions of the one sentence")
    args = parser.parse_args()
    pipeline = Pipeline()
    pipeline.analyze(ArticleMeta(id="warm-up"), [Block("paragraph", "ایران به عراق حمله کرد.")])
    for n in map(int, args.clauses.split(",")):
        timed(pipeline, f"run of {n} clauses", [Block("paragraph", "ایران به عراق حمله کرد و " * n + "پایان.")])
    paragraphs = [text for _, text in read("fars")]
    for n in map(int, args.paragraphs.split(",")):
        timed(pipeline, f"{n} Fars News paragraphs", [Block("paragraph", p) for p in paragraphs[:n]])
    for n in map(int, args.bare.split(",")):
        timed(pipeline, f"{n} bare words", [Block("paragraph", "ا " * n)])
    for n in map(int, args.sentences.split(",")):
        timed(pipeline, f"{n} repeated sentences", [Block("paragraph", SENTENCE * n)])


if __name__ == "__main__":
    main()
