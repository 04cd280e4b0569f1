"""Throughput of the whole text layer, Rayzan beside Hazm and Rishe, in one run.

    .venv-bench/bin/python bench/text_throughput.py [--repeat 3] [--stages]

Text: the ``report`` half of Fars News and PerDT as found (Arabic ي/ك, lost and
spaced ZWNJ included), in chunks of 40 lines, one call per chunk.  Each tool
does its full job on one core: Rayzan ``normalize_with_map`` (ZWNJ restoration
on) + ``tokenize`` + ``split_sentences``; Hazm and Rishe ``Normalizer().normalize``
+ ``word_tokenize`` + ``sent_tokenize``.  Best of ``--repeat`` rounds, the tools
taking turns within each round.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import units

from rayzan.document import Section
from rayzan.text import normalize_with_map, split_sentences, tokenize


def rayzan_layer(chunk: str) -> int:
    text, _ = normalize_with_map(chunk)
    sections, pos = [], 0
    for line in text.split("\n"):
        sections.append(Section("paragraph", pos, pos + len(line)))
        pos += len(line) + 1
    return len(tokenize(text)) + len(split_sentences(text, tuple(sections)))


def rayzan_stages(texts: list[str], repeat: int) -> dict[str, float]:
    """Best-of-``repeat`` CPU seconds of each step of ``rayzan_layer`` over ``texts``."""
    from rayzan.text import normalize

    best: dict[str, float] = {}
    for _ in range(repeat):
        spent = dict.fromkeys(("normalise", "zwnj", "tokenise", "sentences"), 0.0)
        for chunk in texts:
            c0 = time.process_time()
            normalize(chunk, zwnj=False)
            c1 = time.process_time()
            text, _ = normalize_with_map(chunk)
            c2 = time.process_time()
            tokenize(text)
            c3 = time.process_time()
            sections, pos = [], 0
            for line in text.split("\n"):
                sections.append(Section("paragraph", pos, pos + len(line)))
                pos += len(line) + 1
            split_sentences(text, tuple(sections))
            c4 = time.process_time()
            # ZWNJ: the whole normalisation less the one without it
            for stage, seconds in zip(spent, (c1 - c0, (c2 - c1) - (c1 - c0), c3 - c2, c4 - c3)):
                spent[stage] += seconds
        best = {k: min(best.get(k, float("inf")), v) for k, v in spent.items()}
    return best


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
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stages", action="store_true", help="also Rayzan's CPU time per step")
    args = parser.parse_args()
    tools = {"rayzan": rayzan_layer, **anchors()}
    texts = chunks()
    chars = sum(map(len, texts))
    for tool in tools.values():
        tool(texts[0])  # warm up: lexicons and models load outside the timing
    # Rounds interleave the tools, so a busy machine slows them alike; the best round
    # counts.  CPU time of this process is the per-core figure (wall time is shown too:
    # on a shared machine it also counts time spent waiting for a core).
    best_cpu = dict.fromkeys(tools, float("inf"))
    best_wall = dict.fromkeys(tools, float("inf"))
    for _ in range(args.repeat):
        for name, tool in tools.items():
            w0, c0 = time.perf_counter(), time.process_time()
            for chunk in texts:
                tool(chunk)
            best_cpu[name] = min(best_cpu[name], time.process_time() - c0)
            best_wall[name] = min(best_wall[name], time.perf_counter() - w0)
    speeds = {name: chars / seconds for name, seconds in best_cpu.items()}
    walls = {name: chars / seconds for name, seconds in best_wall.items()}
    print(f"text: {chars} chars in {len(texts)} chunks (Fars News + PerDT, report half), one core")
    print(f"{'tool':8} {'chars/s (cpu)':>14} {'rayzan / tool':>14} {'chars/s (wall)':>15}")
    for name, speed in speeds.items():
        print(f"{name:8} {speed:14.0f} {speeds['rayzan'] / speed:14.2f} {walls[name]:15.0f}")
    if args.stages:
        stages = rayzan_stages(texts, args.repeat)
        total = sum(stages.values())
        print("rayzan per step (cpu s, best round): " + ", ".join(f"{k} {v:.3f} ({v / total:.0%})" for k, v in stages.items()))


if __name__ == "__main__":
    main()
