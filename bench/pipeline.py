"""Full-pipeline throughput on one core: articles/s, tokens/s, time per stage,
peak memory and start-up time, beside the goals of issue 8.

    .venv/bin/python bench/pipeline.py [--repeat 5] [--profile] [--top 12]

Per-core figures divide by the process's CPU time, not the wall clock, so a
machine shared with other work still gives a fair per-core figure (the wall
rate and the load average are printed beside it).
Input: the Fars News files in ``../shared/data/news/fars`` (read by
``rayzan.readers``), analysed ``--repeat`` times in one process after a warm-up
article.  "normalise" is ``build_document`` (characters, ZWNJ, sections); every
other row is one Stage of ``rayzan.pipeline.default_stages()``, timed alone.
Start-up is measured in a fresh interpreter: ``import rayzan.pipeline``, then
building the default pipeline and analysing one short article (lazy model loads).
``--profile`` runs cProfile separately around each stage and prints its hotspots.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FARS = ROOT.parent / "shared" / "data" / "news" / "fars"
sys.path.insert(0, str(ROOT / "src"))

GOAL_ARTICLES_PER_S = 50.0
GOAL_RSS_MB = 1024.0
GOAL_STARTUP_S = 2.0

STARTUP_PROBE = """
import json, time
t0 = time.perf_counter()
import rayzan.pipeline
t1 = time.perf_counter()
from rayzan.document import ArticleMeta, Block
pipeline = rayzan.pipeline.default_pipeline()
t2 = time.perf_counter()
pipeline.analyze(ArticleMeta(id="probe"), [Block("title", "دیدار سفیر ایران با معاون وزیر خارجه روسیه در مسکو"),
                 Block("paragraph", "دو طرف درباره تحولات غزه و سوریه گفتگو کردند.")])
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "build": t2 - t1, "first_article": t3 - t2, "cpu": time.process_time()}))
"""


def measure_startup() -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", STARTUP_PROBE], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        sys.exit(f"the start-up probe failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def load_articles() -> list:
    from rayzan.errors import InputError
    from rayzan.readers import iter_articles

    files = sorted(str(p) for p in FARS.glob("*.json"))
    if not files:
        sys.exit(f"no Fars News files in {FARS}")
    return [a for a in iter_articles(files) if not isinstance(a, InputError)]


def run(articles: list, repeat: int, profile: bool, failures: dict[str, list]) -> tuple[dict[str, float], dict[str, cProfile.Profile], int, int, float, float]:
    from rayzan.pipeline import build_document, default_pipeline

    pipeline = default_pipeline()
    for article in articles[:1]:  # warm-up: lazy loads are start-up, not throughput
        try:
            pipeline.analyze(article.meta, article.blocks)
        except Exception:
            pass  # reported per article below
    names = ["normalise", *(s.name for s in pipeline.stages)]
    seconds = dict.fromkeys(names, 0.0)
    profiles = {name: cProfile.Profile() for name in names} if profile else {}
    done = tokens = 0
    # Stages are timed in CPU time: on a shared machine, wall time also counts
    # the moments another process held the core.
    clock = time.process_time
    started, cpu_started = time.perf_counter(), clock()
    for _ in range(repeat):
        for article in articles:
            t = clock()
            if profile:
                profiles["normalise"].enable()
            doc = build_document(article.meta, article.blocks, zwnj=pipeline.zwnj)
            if profile:
                profiles["normalise"].disable()
            seconds["normalise"] += clock() - t
            for stage in pipeline.stages:
                t = clock()
                if profile:
                    profiles[stage.name].enable()
                try:
                    doc = stage.run(doc)
                except Exception as e:  # count it and go on: one bad stage must not hide the others' figures
                    entry = failures.setdefault(f"{stage.name}: {type(e).__name__}: {e}", [article.meta.origin or article.meta.id, 0])
                    entry[1] += 1
                    break
                finally:
                    if profile:
                        profiles[stage.name].disable()
                    seconds[stage.name] += clock() - t
            done += 1
            tokens += len(doc.tokens)
    return seconds, profiles, done, tokens, time.perf_counter() - started, clock() - cpu_started


def hotspots(profile: cProfile.Profile, top: int) -> str:
    buffer = io.StringIO()
    stats = pstats.Stats(profile, stream=buffer)
    stats.sort_stats("tottime").print_stats(top)
    lines = buffer.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return "\n".join(line.replace(str(ROOT) + "/", "") for line in lines[start:] if line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the Fars files (default 5)")
    parser.add_argument("--profile", action="store_true", help="cProfile each stage and print its hotspots")
    parser.add_argument("--top", type=int, default=12, help="functions per stage in the profile")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    startup = measure_startup()
    articles = load_articles()
    failures: dict[str, list] = {}
    seconds, profiles, done, tokens, wall, cpu = run(articles, args.repeat, args.profile, failures)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB

    rate = done / cpu
    startup_total = startup["import"] + startup["build"] + startup["first_article"]
    print(f"Fars News: {len(articles)} articles x {args.repeat} passes = {done} articles, {tokens} tokens, one process (one core)")
    print(f"{wall:.1f} s wall, {cpu:.1f} s CPU: {done / wall:.1f} articles/s by the wall clock; per-core figures below use CPU time")
    for reason, (where, count) in failures.items():
        print(f"WARNING: {count} articles failed (later stages not run for them), e.g. {where}: {reason}")
    print(f"load average before {load_before:.1f}, after {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other processes slow the figures)")
    if args.profile:
        print("(cProfile on: absolute figures are slower than an unprofiled run)")
    print()
    print(f"{'measure':<34}{'Rayzan':>12}{'goal':>12}{'ratio':>8}")
    print(f"{'articles/s per core':<34}{rate:>12.1f}{GOAL_ARTICLES_PER_S:>12.1f}{rate / GOAL_ARTICLES_PER_S:>8.2f}")
    print(f"{'tokens/s per core':<34}{tokens / cpu:>12.0f}{'':>12}{'':>8}")
    print(f"{'peak RSS (MB)':<34}{rss_mb:>12.0f}{GOAL_RSS_MB:>12.0f}{rss_mb / GOAL_RSS_MB:>8.2f}")
    print(f"{'start-up: import (s)':<34}{startup['import']:>12.2f}")
    print(f"{'start-up: build pipeline (s)':<34}{startup['build']:>12.2f}")
    print(f"{'start-up: first article (s)':<34}{startup['first_article']:>12.2f}")
    print(f"{'start-up: total (s)':<34}{startup_total:>12.2f}{GOAL_STARTUP_S:>12.1f}{startup_total / GOAL_STARTUP_S:>8.2f}")
    print(f"{'start-up: CPU incl. interpreter (s)':<34}{startup['cpu']:>12.2f}")
    print()
    total = sum(seconds.values())
    print(f"{'stage':<16}{'CPU ms/article':>15}{'share':>8}")
    for name, s in seconds.items():
        print(f"{name:<16}{1000 * s / done:>15.2f}{100 * s / total:>7.1f}%")
    for name, profile in profiles.items():
        print(f"\n== hotspots: {name} ==")
        print(hotspots(profile, args.top))


if __name__ == "__main__":
    main()
