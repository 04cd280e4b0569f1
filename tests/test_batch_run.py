"""rayzan.batch: partitions, atomic shards, the manifest, resuming after kill -9.

The articles are Persian news written for these tests (Fars News JSON shape):
a few hand-written paragraphs mixed per article with its own number and link.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rayzan.batch import run_batch
from rayzan.batch.manifest import MANIFEST_NAME, Manifest
from rayzan.batch.partition import ReadReport, partitions
from rayzan.batch.runner import SKIP_DONE, SKIP_DUPLICATE
from rayzan.errors import UsageError
from rayzan.readers import iter_articles

TITLES = (
    "رایزنی سفیر ایران در مسکو با معاون وزیر خارجه روسیه",
    "دیدار وزیر امور خارجه با همتای ترکیه‌ای در آنکارا",
    "سفر رئیس مجلس به دوحه برای گفتگو درباره غزه",
    "تماس تلفنی وزرای خارجه ایران و عمان درباره یمن",
)
LEADS = (
    "کاظم جلالی سفیر جمهوری اسلامی ایران در روسیه با سرگئی ورشنین معاون وزیر امور خارجه این کشور دیدار و گفتگو کرد.",
    "وزیر امور خارجه کشورمان در سفری یک‌روزه به آنکارا با همتای ترکیه‌ای خود درباره تحولات منطقه رایزنی کرد.",
    "رئیس مجلس شورای اسلامی برای شرکت در نشست پارلمانی کشورهای اسلامی وارد دوحه شد.",
    "وزیران امور خارجه ایران و عمان در تماسی تلفنی آخرین وضعیت مذاکرات صلح یمن را بررسی کردند.",
)
PARAGRAPHS = (
    "در این دیدار دو طرف درباره آخرین تحولات غزه، سوریه، لبنان و فلسطین تبادل نظر کردند.",
    "به گزارش خبرگزاری فارس، طرفین بر ضرورت توقف فوری حملات و ارسال کمک‌های انسانی تأکید کردند.",
    "سخنگوی وزارت امور خارجه در نشست خبری هفتگی خود گفت که این رایزنی‌ها ادامه خواهد داشت.",
    "وی همچنین از آمادگی تهران برای میزبانی دور بعدی گفتگوهای منطقه‌ای خبر داد.",
    "کارشناسان می‌گویند این سفر نشانه تلاش دو کشور برای گسترش همکاری‌های اقتصادی است.",
    "پیش از این نیز مقام‌های دو کشور در حاشیه نشست سازمان همکاری شانگهای با یکدیگر دیدار کرده بودند.",
)


def article(i: int) -> dict:
    paragraphs = [PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(3)]
    paragraphs.append(f"این گزارش شماره {i} از مجموعه گزارش‌های دیپلماتیک این هفته است.")
    return {
        "title": f"{TITLES[i % len(TITLES)]} ({i})",
        "abstract": LEADS[i % len(LEADS)],
        "paragraphs": paragraphs,
        "link": f"https://www.farsnews.ir/news/14030{i:05d}",
        "cat": "سیاسی",
    }


def write_articles(path: Path, n: int) -> Path:
    path.write_text(json.dumps([article(i) for i in range(n)], ensure_ascii=False), encoding="utf-8")
    return path


def jsonl_ids(output: Path) -> list[str]:
    ids = []
    for shard in sorted((output / "jsonl").glob("part-*.jsonl")):
        ids.extend(json.loads(line)["id"] for line in shard.read_text(encoding="utf-8").splitlines())
    return ids


def store_available() -> bool:
    try:
        from rayzan.store import Store  # noqa: F401
    except ImportError:
        return False
    return True


def db_article_counts(db: Path) -> tuple[int, int]:
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        total, distinct = conn.execute(sa.text("select count(*), count(distinct url) from articles")).one()
    engine.dispose()
    return total, distinct


def test_batch_partitions_are_deterministic_and_skip_duplicates(tmp_path):
    source = write_articles(tmp_path / "news.json", 25)
    first_report, second_report = ReadReport(), ReadReport()
    first = [p.id for p in partitions(iter_articles([str(source)]), 10, first_report)]
    # The same file twice: the second copy's articles are duplicates, partitions unchanged.
    second = [p.id for p in partitions(iter_articles([str(source), str(source)]), 10, second_report)]
    assert len(first) == 3 and first == second
    assert first_report.articles == 25 and second_report.duplicates == 25


def test_batch_inline_writes_shards_then_rerun_skips_them(tmp_path):
    import pyarrow.parquet as pq

    source = write_articles(tmp_path / "news.json", 23)
    out = tmp_path / "out"
    summary = run_batch([str(source), str(tmp_path / "missing.json")], out, workers=0, partition_size=10)
    assert summary.processed == 23 and summary.partitions == 3
    assert summary.failed == [(str(tmp_path / "missing.json"), "no such file or directory")]
    assert summary.exit_code == 2
    ids = jsonl_ids(out)
    assert len(ids) == 23 == len(set(ids))
    first = json.loads((next((out / "jsonl").glob("*.jsonl"))).read_text(encoding="utf-8").splitlines()[0])
    assert {"id", "url", "source", "title", "published", "text", "entities", "actors", "events"} <= first.keys()  # DESIGN.md
    table = pq.read_table(out / "parquet")
    assert table.num_rows == 23
    assert any("رایزنی" in t for t in table.column("text").to_pylist())
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name]

    again = run_batch([str(source)], out, workers=0, partition_size=10)
    assert again.processed == 0 and again.skipped[SKIP_DONE] == 23 and again.exit_code == 0
    assert len(jsonl_ids(out)) == 23


def test_batch_manifest_ignores_a_torn_last_line(tmp_path):
    source = write_articles(tmp_path / "news.json", 12)
    out = tmp_path / "out"
    run_batch([str(source)], out, workers=0, partition_size=5, formats=("jsonl",))
    manifest = out / MANIFEST_NAME
    lines = manifest.read_text(encoding="utf-8").splitlines()
    # Simulate a run killed while appending the last record.
    manifest.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2], encoding="utf-8")
    assert len(Manifest.open(out).records) == 2
    summary = run_batch([str(source)], out, workers=0, partition_size=5, formats=("jsonl",))
    assert summary.processed == 2 and summary.skipped[SKIP_DONE] == 10
    assert sorted(jsonl_ids(out)) == sorted(set(jsonl_ids(out))) and len(jsonl_ids(out)) == 12


def test_batch_rejects_unknown_format(tmp_path):
    with pytest.raises(UsageError):
        run_batch([], tmp_path / "out", workers=0, formats=("csv",))


def test_batch_counts_duplicate_inputs(tmp_path):
    source = write_articles(tmp_path / "news.json", 6)
    summary = run_batch([str(source), str(source)], tmp_path / "out", workers=0, partition_size=4, formats=("jsonl",))
    assert summary.processed == 6 and summary.skipped[SKIP_DUPLICATE] == 6


RUNNER = """
import json, sys
from rayzan.batch import run_batch
s = run_batch([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), db=sys.argv[4] or None, partition_size=4)
print(json.dumps({"processed": s.processed, "skipped": dict(s.skipped), "failed": s.failed, "loaded": dict(s.loaded)}))
"""


def test_batch_kill_9_midway_then_rerun_processes_every_article_once(tmp_path):
    """Start a 2-worker Dask batch, kill -9 the whole run mid-way, rerun, count."""
    import psutil

    n = 80
    source = write_articles(tmp_path / "news.json", n)
    out = tmp_path / "out"
    db = tmp_path / "rayzan.db" if store_available() else None
    args = [sys.executable, "-c", RUNNER, str(source), str(out), "2", str(db or "")]
    proc = subprocess.Popen(args, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    manifest = out / MANIFEST_NAME
    deadline = time.monotonic() + 60
    written_at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists():
            written_at_kill = manifest.read_text(encoding="utf-8").count('"state": "written"')
            if written_at_kill >= 3:
                break
        time.sleep(0.01)
    family = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
    assert proc.poll() is None, f"the batch finished before it could be killed: {proc.communicate()}"
    os.kill(proc.pid, signal.SIGKILL)  # the driver only, as `kill -9 PID` would
    proc.wait(10)
    gone, alive = psutil.wait_procs(family, timeout=15)  # Dask workers exit when their parent dies
    for leftover in alive:
        leftover.kill()
    assert not alive, f"worker processes survived the driver: {alive}"
    assert 3 <= written_at_kill < n // 4, "the kill must land mid-way"

    rerun = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert summary["failed"] == []
    assert summary["processed"] + summary["skipped"].get(SKIP_DONE, 0) == n
    assert summary["processed"] < n  # the rerun reused what the killed run finished
    ids = jsonl_ids(out)
    assert len(ids) == n == len(set(ids))
    records = Manifest.open(out).records
    assert sum(r.articles for r in records.values()) == n
    if db is not None:
        assert db_article_counts(db) == (n, n)
        assert all(r.loaded_into for r in records.values())


def test_batch_resume_keeps_the_first_partition_size(tmp_path):
    source = write_articles(tmp_path / "news.json", 9)
    out = tmp_path / "out"
    run_batch([str(source)], out, workers=0, partition_size=4, formats=("jsonl",))
    again = run_batch([str(source)], out, workers=0, formats=("jsonl",))  # size left out: the recorded one
    assert again.processed == 0 and again.skipped[SKIP_DONE] == 9
    with pytest.raises(UsageError, match="partition-size 4"):
        run_batch([str(source)], out, workers=0, partition_size=5, formats=("jsonl",))


def test_batch_runs_on_an_existing_dask_scheduler(tmp_path):
    import logging

    from distributed import LocalCluster

    source = write_articles(tmp_path / "news.json", 10)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        summary = run_batch([str(source)], tmp_path / "out", scheduler=cluster.scheduler_address, partition_size=5, formats=("jsonl",))
    assert summary.workers == 1 and summary.processed == 10 and summary.failed == []
    assert len(jsonl_ids(tmp_path / "out")) == 10


def test_batch_cli_prints_the_summary_and_exits_2_when_inputs_fail(tmp_path):
    import typer
    from typer.testing import CliRunner

    from rayzan.batch.cli import batch

    app = typer.Typer()
    app.command("batch")(batch)
    app.command("noop")(lambda: None)  # two commands, so "batch" is a subcommand as on the main app
    source = write_articles(tmp_path / "news.json", 5)
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": "خبر ناقص", "paragraphs": [', encoding="utf-8")
    args = ["batch", str(source), str(broken), "--output", str(tmp_path / "out"), "--workers", "0", "--format", "jsonl"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "processed 5 articles" in result.output
    assert "malformed JSON" in result.output and "broken.json" in result.output
    again = CliRunner().invoke(app, args[:2] + args[3:])  # without the broken file: nothing left to do
    assert again.exit_code == 0, again.output
    assert "skipped 5: already done by an earlier run" in again.output


def test_batch_lists_every_failure_in_the_output_folder(tmp_path):
    # The summary names 20 reasons with 3 examples each: the 4th empty file of a folder, say, was
    # named nowhere.
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"empty-{n}.txt").write_bytes(b"")
    (folder / "خبر.txt").write_text("دیدار عراقچی و لاوروف\nعباس عراقچی با سرگئی لاوروف در مسکو دیدار کرد.", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([str(folder)], out, workers=0, formats=("jsonl",))
    assert summary.processed == 1
    listed = (out / "_failed.tsv").read_text(encoding="utf-8").splitlines()
    assert listed == [f"{folder / f'empty-{n}.txt'}\tempty input" for n in range(5)]
    (out / "_failed.tsv").write_text("stale\n", encoding="utf-8")
    for n in range(5):
        (folder / f"empty-{n}.txt").unlink()
    assert run_batch([str(folder)], out, workers=0, formats=("jsonl",)).failed == []
    assert not (out / "_failed.tsv").exists()  # no list of failures this run does not have


@pytest.mark.skipif(not store_available(), reason="needs rayzan.store")
def test_batch_keeps_its_documents_compressed_and_loads_older_plain_ones(tmp_path):
    # The documents kept for loading (docs/part-*.pickle) were a plain pickle: 14 KB an article,
    # 11 GB a million beside the shards.  They are gzipped now; an output written before still loads.
    import gzip
    import pickle

    source = write_articles(tmp_path / "news.json", 12)
    out = tmp_path / "out"
    run_batch([str(source)], out, workers=0, partition_size=5)
    kept = sorted((out / "docs").glob("part-*.pickle"))
    assert len(kept) == 3 and all(p.read_bytes()[:2] == b"\x1f\x8b" for p in kept)
    # An older output: the same documents as a plain pickle, loaded into a database by a rerun.
    for p in kept:
        p.write_bytes(pickle.dumps(pickle.loads(gzip.decompress(p.read_bytes())), protocol=5))
    summary = run_batch([str(source)], out, workers=0, partition_size=5, db=str(tmp_path / "r.db"))
    assert summary.skipped[SKIP_DONE] == 12 and db_article_counts(tmp_path / "r.db") == (12, 12)
