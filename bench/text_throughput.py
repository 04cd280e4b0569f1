"""Throughput of the whole text layer, Rayzan beside Hazm and Rishe, in one run.

    .venv-bench/bin/python bench/text_throughput.py [--repeat 3]

Text: the ``report`` half of Fars News and PerDT as found (Arabic ي/ك, lost and
spaced ZWNJ included), in chunks of 40 lines, one call per chunk.  Each tool
does its full job on one core: Rayzan ``normalize_with_map`` (ZWNJ restoration
on) + ``tokenize`` + ``split_sentences``; Hazm and Rishe ``Normalizer().normalize``
+ ``word_tokenize`` + ``sent_tokenize``.  Best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import units  # noqa: E402

from rayzan.document import Section  # noqa: E402
from rayzan.text import normalize_with_map, split_sentences, tokenize  # noqa: E402


def rayzan_layer(chunk: str) -> int:
    text, _ = normalize_with_map(chunk)
    sections, pos = [], 0
    for line in text.split("\n"):
        sections.append(Section("paragraph", pos, pos + len(line)))
        pos += len(line) + 1
    return len(tokenize(text)) + len(split_sentences(text, tuple(sections)))


def anchors() -> dict[str, Callable[[str], int]]:
    tools: dict[str, Callable[[str], int]] = {}
    try:
        import hazm

        hazm_norm = hazm.Normalizer()

        def hazm_layer(chunk: str) -> int:
            text = hazm_norm.normalize(chunk)
            return len(hazm.word_tokenize(text)) + len(hazm.sent_tokenize(text))

        tools["hazm"] = hazm_layer
    except ImportError:
        print("hazm not installed: skipped", file=sys.stderr)
    try:
        import rishe

        rishe_norm = rishe.Normalizer()

        def rishe_layer(chunk: str) -> int:
            text = rishe_norm.normalize(chunk)
            return len(rishe.word_tokenize(text)) + len(rishe.sent_tokenize(text))

        tools["rishe"] = rishe_layer
    except ImportError:
        print("rishe not installed: skipped", file=sys.stderr)
    return tools


def chunks(lines_per_chunk: int = 40) -> list[str]:
    lines = list(units("fars", "report")) + list(units("perdt", "report"))
    return ["\n".join(lines[i : i + lines_per_chunk]) for i in range(0, len(lines), lines_per_chunk)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tools = {"rayzan": rayzan_layer, **anchors()}
    texts = chunks()
    chars = sum(map(len, texts))
    for tool in tools.values():
        tool(texts[0])  # warm up: lexicons and models load outside the timing
    speeds = {}
    for name, tool in tools.items():
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for chunk in texts:
                tool(chunk)
            best = min(best, time.perf_counter() - t0)
        speeds[name] = chars / best
    print(f"text: {chars} chars in {len(texts)} chunks (Fars News + PerDT, report half), one core")
    print(f"{'tool':8} {'chars/s':>12} {'rayzan / tool':>14}")
    for name, speed in speeds.items():
        print(f"{name:8} {speed:12.0f} {speeds['rayzan'] / speed:14.2f}")


if __name__ == "__main__":
    main()
