"""Killing an ingesting process leaves the database consistent; a rerun completes exactly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_store_documents import db_url  # noqa: F401  (fixture)

from rayzan.store import Store

N_ARTICLES = 80  # far more than are stored before the kill lands

# Ingests N articles that all report one consultation, printing each status as it commits.
LOOP = f"""
import json, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from rayzan.store import Store
from test_store_documents import consult_article
with Store.open(sys.argv[1]) as store:
    for n in range({N_ARTICLES}):
        doc = consult_article(url=f"https://www.farsnews.ir/news/1403{{n:06d}}", published="2024-11-05")
        print(json.dumps(store.ingest(doc).to_json()), flush=True)
"""


def run_loop(url: str, kill_after: int | None) -> list[dict]:
    proc = subprocess.Popen([sys.executable, "-c", LOOP, url], stdout=subprocess.PIPE, text=True)
    results = []
    assert proc.stdout is not None
    for line in proc.stdout:
        results.append(json.loads(line))
        if kill_after is not None and len(results) >= kill_after:
            time.sleep(0.005)  # land inside the next article's transaction, more or less
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    return results


def test_store_killed_ingest_leaves_consistent_database(db_url: str) -> None:
    Store.open(db_url).close()  # migrate first, so the kill lands during ingest
    before_kill = run_loop(db_url, kill_after=7)
    with Store.open(db_url) as store:
        assert store.check() == []
        stored = store.count_articles()
        assert len(before_kill) <= stored < N_ARTICLES
        (item,) = store.query_events().items
        assert item["mentions"] == item["articles"] == stored

    rerun = run_loop(db_url, kill_after=None)
    statuses = [r["status"] for r in rerun]
    assert statuses == ["unchanged"] * stored + ["added"] * (N_ARTICLES - stored)
    with Store.open(db_url) as store:
        assert store.check() == []
        assert store.count_articles() == N_ARTICLES
        (item,) = store.query_events().items
        assert (item["mentions"], item["articles"], item["sources"]) == (N_ARTICLES, N_ARTICLES, 1)
