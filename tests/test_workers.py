"""Analysis on several processes (``--workers N``): the same results, in the same order, as one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import EXAMPLES
from test_cli import run

from rayzan.errors import InputError
from rayzan.readers import iter_articles
from rayzan.store import Store
from rayzan.workers import CHUNK, analysed


def _inputs_with_failures(tmp_path: Path) -> Path:
    """The shipped examples, with a file that cannot be read and one of many articles between them."""
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    (folder / "b-broken.json").write_text('{"title": "ناقص", ', encoding="utf-8")
    many = [
        {"title": f"دیدار شماره {i}", "abstract": f"وزیر خارجه ایران با همتای ترکیه‌ای خود در آنکارا دیدار کرد ({i}).",
         "link": f"https://news.example.ir/a/{i}"}
        for i in range(2 * CHUNK + 3)  # more than one chunk, so that chunks come back in order
    ]
    (folder / "c-many.json").write_text(json.dumps(many, ensure_ascii=False), encoding="utf-8")
    return folder


def test_workers_analyze_prints_what_one_process_prints(tmp_path: Path) -> None:
    folder = _inputs_with_failures(tmp_path)
    one = run("analyze", str(folder), "--format", "jsonl")
    two = run("analyze", str(folder), "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 2
    assert "b-broken.json: malformed JSON" in two.stderr
    assert two.stdout == one.stdout
    assert len(two.stdout.splitlines()) == 6 + 2 * CHUNK + 3


def test_workers_ingest_then_reanalyze_match_one_process(tmp_path: Path) -> None:
    folder = _inputs_with_failures(tmp_path)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run("ingest", str(folder), "--db", str(one)).returncode == 2
    result = run("ingest", str(folder), "--db", str(two), "--no-zwnj", "--workers", "2")
    assert result.returncode == 2 and "b-broken.json: malformed JSON" in result.stderr
    # Brought up to date on two processes: the same analyses as a fresh ingest on one.
    result = run("reanalyze", "--db", str(two), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "updated" in result.stdout and "0 failed" in result.stdout, result.stdout
    with Store.open(str(one)) as a, Store.open(str(two)) as b:
        ids = [s["id"] for s in a.articles(limit=100)]
        assert len(ids) == 6 + 2 * CHUNK + 3 and sorted(ids) == sorted(s["id"] for s in b.articles(limit=100))
        for article_id in ids:
            assert a.article_document(article_id) == b.article_document(article_id)
        assert a.stats()["totals"] == b.stats()["totals"]
        assert b.check() == []


def test_workers_keep_errors_in_their_place(tmp_path: Path) -> None:
    articles = [a for a in iter_articles([str(EXAMPLES)]) if not isinstance(a, InputError)]
    jobs: list = []
    for n, article in enumerate(articles):
        jobs.append((article.meta.origin or article.meta.id, article.meta, article.blocks))
        if n % 2:
            jobs.append(InputError(f"unreadable-{n}.txt", "cannot decode"))
    results = list(analysed(jobs, zwnj=True, workers=2))
    assert [r.where if isinstance(r, InputError) else r.meta.id for r in results] == [
        j.where if isinstance(j, InputError) else j[1].id for j in jobs
    ]
    alone = [d.to_json() for d in analysed(jobs, zwnj=True, workers=1) if not isinstance(d, InputError)]
    assert [d.to_json() for d in results if not isinstance(d, InputError)] == alone


def test_workers_a_stage_s_bug_fails_its_article_only(monkeypatch) -> None:
    from rayzan import workers
    from rayzan.pipeline import Pipeline

    articles = [a for a in iter_articles([str(EXAMPLES)]) if not isinstance(a, InputError)]
    doomed = articles[1].meta.id
    real = Pipeline.analyze

    def analyze(self, meta, blocks):
        if meta.id == doomed:
            raise AttributeError("'NoneType' object has no attribute 'last'")
        return real(self, meta, blocks)

    monkeypatch.setattr(Pipeline, "analyze", analyze)
    jobs = [(a.meta.origin or a.meta.id, a.meta, a.blocks) for a in articles]
    results = list(workers.analysed(jobs, zwnj=True, workers=1))
    failed = [r for r in results if isinstance(r, InputError)]
    assert len(results) == len(articles) and len(failed) == 1
    assert "AttributeError" in failed[0].reason and failed[0].where == jobs[1][0]
