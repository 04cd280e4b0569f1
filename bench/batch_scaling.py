"""Batch scaling on this machine: ``run_batch`` with 1 and 2 Dask workers (and
in-process, without Dask, as the anchor), on the Fars News files copied
``--copies`` times under distinct links so that no article is a duplicate.

    .venv/bin/python bench/batch_scaling.py [--copies 4] [--partition-size 100]
    .venv/bin/python bench/batch_scaling.py --ingest [--copies 2]

``--ingest`` times ``rayzan ingest --workers 1`` and ``--workers 2`` instead (local
processes, no Dask, into a new SQLite database each, this process the only writer),
beside the same anchor.

Efficiency from 1 to 2 workers = (rate with 2) / (2 x rate with 1), end to end
(cluster start-up, reading, analysis, Parquet + JSONL shards).  The start-up
of a local cluster is timed on its own and shown beside it.  "CPU ms/art" is
the CPU time of the driver and its workers per article: Dask's overhead, which
unlike the wall clock does not depend on what else the machine is running.
"busy" is the share of the run's wall time each worker spent inside partitions.
The anchor, measured in the same run, is the machine's own 1 -> 2 process
efficiency on a pure-Python loop: on a shared or hyper-threaded machine it is
well under 100%, and no batch can do better.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FARS = ROOT.parent / "shared" / "data" / "news" / "fars"
sys.path.insert(0, str(ROOT / "src"))


def make_inputs(directory: Path, copies: int) -> tuple[list[str], int]:
    files, count = [], 0
    for source in sorted(FARS.glob("*.json")):
        items = json.loads(source.read_text(encoding="utf-8"))
        for k in range(copies):
            renamed = [{**item, "link": f"{item.get('link') or source.name + str(i)}#copy{k}"} for i, item in enumerate(items)]
            path = directory / f"{source.stem}-copy{k}.json"
            path.write_text(json.dumps(renamed, ensure_ascii=False), encoding="utf-8")
            files.append(str(path))
            count += len(renamed)
    return files, count


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the Dask workers, once the cluster closed)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_anchor(tasks: int = 8, size: int = 2_000_000) -> float:
    """The machine's own 1 -> 2 process efficiency right now, on a pure-Python
    loop with no I/O and no Dask: the ceiling any batch can reach here."""
    import multiprocessing

    walls = {}
    context = multiprocessing.get_context("spawn")
    for procs in (1, 2):
        with context.Pool(procs) as pool:
            pool.map(_spin, [1000] * procs)  # start the processes before timing
            started = time.perf_counter()
            pool.map(_spin, [size] * tasks, chunksize=1)
            walls[procs] = time.perf_counter() - started
    return walls[1] / (2 * walls[2])


def cluster_startup(workers: int) -> float:
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        with Client(cluster) as client:
            client.wait_for_workers(workers)
            elapsed = time.perf_counter() - started
    return elapsed


def ingest_scaling(inputs: list[str], n: int, work: Path, copies: int) -> None:
    """``ingest --workers 1`` and ``2`` into fresh SQLite databases: wall time end to end."""
    from rich.console import Console

    from rayzan.ingest import ingest_paths
    from rayzan.settings import Settings

    load_before = os.getloadavg()[0]
    anchor = machine_anchor()
    rates, stored = {}, {}
    for workers in (1, 2):
        db = work / f"ingest-{workers}.db"
        failures: list = []
        started = time.perf_counter()
        summary = ingest_paths(inputs, Settings(db=str(db), workers=workers), Console(quiet=True), failures.append,
                               on_warning=lambda w: None)
        seconds = time.perf_counter() - started
        rates[workers] = summary.processed / seconds
        stored[workers] = (summary.processed, summary.events, len(failures))
        print(f"ingest --workers {workers}: {summary.processed} articles in {seconds:.1f} s, {rates[workers]:.1f} articles/s"
              f" ({summary.events} events, {len(failures)} failed)")
    print(f"{n} articles (Fars News x {copies}), {os.cpu_count()} cores; load average before {load_before:.1f},"
          f" after {os.getloadavg()[0]:.1f}")
    print(f"scaling 1 -> 2 workers: speed-up {rates[2] / rates[1]:.2f}x, efficiency {rates[2] / (2 * rates[1]):.0%}"
          f"{'' if stored[1] == stored[2] else '  (RESULTS DIFFER: ' + str(stored) + ')'}")
    print(f"anchor, this machine now: 1 -> 2 processes of a pure-Python loop, efficiency {anchor:.0%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--partition-size", type=int, default=100)
    parser.add_argument("--ingest", action="store_true", help="time ingest --workers 1 and 2 instead of Dask batch")
    args = parser.parse_args()
    if not FARS.is_dir():
        sys.exit(f"no Fars News files in {FARS}")
    if args.ingest:
        work = Path(tempfile.mkdtemp(prefix="rayzan-scaling-"))
        try:
            inputs, n = make_inputs(work, args.copies)
            ingest_scaling(inputs, n, work, args.copies)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    from rayzan.batch import run_batch

    work = Path(tempfile.mkdtemp(prefix="rayzan-scaling-"))
    try:
        inputs, n = make_inputs(work, args.copies)
        load_before = os.getloadavg()[0]
        anchor = machine_anchor()
        rows = []
        for workers in (0, 1, 2):
            out = work / f"out-{workers}"
            cpu_before = cpu_seconds()
            summary = run_batch(inputs, out, workers=workers, partition_size=args.partition_size)
            cpu = cpu_seconds() - cpu_before
            if summary.failed:  # still analysed (up to the failing stage): counted, and shown
                print(f"WARNING: {len(summary.failed)} articles failed with {workers} workers, e.g. {summary.failed[0]}")
            start = cluster_startup(workers) if workers else 0.0
            busy = summary.busy_seconds / (max(workers, 1) * summary.seconds)
            rows.append((workers, summary.processed + len(summary.failed), summary.seconds, start, cpu, busy))
        load = os.getloadavg()[0]
        print(f"{n} articles (Fars News x {args.copies}), partitions of {args.partition_size}, {os.cpu_count()} cores")
        print(f"load average before {load_before:.1f}, after {load:.1f} (above 0 means other processes shared the cores)")
        print(f"{'workers':<26}{'articles':>9}{'seconds':>9}{'art/s':>9}{'CPU ms/art':>12}{'busy':>7}{'cluster start (s)':>19}")
        for workers, processed, seconds, start, cpu, busy in rows:
            label = "in-process (no Dask)" if workers == 0 else f"{workers} Dask worker(s)"
            print(f"{label:<26}{processed:>9}{seconds:>9.1f}{processed / seconds:>9.1f}{1000 * cpu / processed:>12.1f}{busy:>7.0%}{start:>19.1f}")
        rate = {w: p / s for w, p, s, *_ in rows}
        print(f"\nscaling 1 -> 2 workers: speed-up {rate[2] / rate[1]:.2f}x, efficiency {rate[2] / (2 * rate[1]):.0%}")
        print(f"anchor, this machine now: 1 -> 2 processes of a pure-Python loop, efficiency {anchor:.0%}")
        print(f"1 Dask worker vs in-process: {rate[1] / rate[0]:.2f}x (Dask overhead)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
