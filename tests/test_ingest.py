"""`rayzan ingest` end to end: idempotent, versioned, bad inputs reported, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import EXAMPLES
from test_cli import run
from test_store_documents import db_url  # noqa: F401  (a fixture)

from rayzan.store import Store


def test_ingest_examples_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    first = run("ingest", str(EXAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "6 added" in first.stdout
    second = run("ingest", str(EXAMPLES), "--db", str(db))
    assert "6 unchanged" in second.stdout and "added" not in second.stdout
    with Store.open(str(db)) as store:
        assert store.count_articles() == 6


def test_ingest_changed_text_is_a_new_version(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    article = {"title": "دیدار سفیر ایران در مسکو", "abstract": "کاظم جلالی با سرگئی ورشنین دیدار کرد.", "link": "https://news.example.ir/a/1"}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    assert run("ingest", str(path), "--db", str(db)).returncode == 0
    article["abstract"] = "کاظم جلالی، سفیر ایران، با سرگئی ورشنین در مسکو دیدار و گفتگو کرد."
    path.write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    result = run("ingest", str(path), "--db", str(db))
    assert "1 updated" in result.stdout, result.stdout
    with Store.open(str(db)) as store:
        [summary] = store.articles()
        stored = store.article(summary["id"])
        assert stored["version"] == 2
        assert "در مسکو دیدار و گفتگو کرد" in stored["text"]
        assert [v["version"] for v in stored["earlier_versions"]] == [1]  # nothing silently overwritten


def test_ingest_bad_inputs_are_named_and_the_rest_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("عنوان درست\nوزیر خارجه ایران با همتای ترکیه‌ای خود دیدار کرد.\n", encoding="utf-8")
    (tmp_path / "in" / "broken.json").write_text('{"title": "ناقص", ', encoding="utf-8")
    (tmp_path / "in" / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me br\xfbl\xe9e".encode("latin-1"))
    result = run("ingest", str(tmp_path / "in"), "--db", str(db))
    assert result.returncode == 2
    assert "broken.json: malformed JSON" in result.stderr
    assert "latin1.txt: cannot decode" in result.stderr
    assert "1 added" in result.stdout and "2 failed" in result.stdout
    with Store.open(str(db)) as store:
        assert [a["title"] for a in store.articles()] == ["عنوان درست"]


def test_ingest_own_output_of_stored_articles_adds_nothing(tmp_path: Path) -> None:
    # Rayzan's JSONL carries the normalised text (ي/ك made Persian, ZWNJ restored),
    # not the raw one: fed back, it is the same article, and the raw text stays.
    db, out = tmp_path / "r.db", tmp_path / "out.jsonl"
    assert run("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    assert run("analyze", str(EXAMPLES), "-o", str(out)).returncode == 0
    again = run("ingest", str(out), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "6 unchanged" in again.stdout and "updated" not in again.stdout, again.stdout
    with Store.open(str(db)) as store:
        stored = [store.article(a["id"]) for a in store.articles()]
    assert all(a["version"] == 1 and not a["earlier_versions"] for a in stored)
    [arabic_letters] = [a for a in stored if a["title"] == "ایران حمله به جنوب لبنان را محکوم کرد"]
    assert "محكوم كرد" in arabic_letters["raw"]  # as fars-style.json writes it, not the normalised text


def test_ingest_originals_after_their_own_output_add_nothing_either(tmp_path: Path) -> None:
    # The other order stored a version 2 of every article whose raw text normalisation changes (293 of
    # 300 Fars News articles): the raw differed from the output's, and the text was not compared.
    out = tmp_path / "out.jsonl"
    assert run("analyze", str(EXAMPLES), "-o", str(out)).returncode == 0
    stored = {}
    for name, order in (("output-first", [out, EXAMPLES]), ("originals-first", [EXAMPLES, out])):
        db = tmp_path / f"{name}.db"
        assert run("ingest", str(order[0]), "--db", str(db)).returncode == 0
        again = run("ingest", str(order[1]), "--db", str(db))
        assert again.returncode == 0, again.stderr
        assert "6 unchanged" in again.stdout and "updated" not in again.stdout, (name, again.stdout)
        with Store.open(str(db)) as store:
            stored[name] = {a["id"]: store.article(a["id"]) for a in store.articles()}
        assert all(a["version"] == 1 and not a["earlier_versions"] for a in stored[name].values())
    # Either way the same articles, with the original raw text (as fars-style.json writes it).
    keep = ("version", "raw", "text", "events")
    assert {i: [a[k] for k in keep] for i, a in stored["output-first"].items()} == {
        i: [a[k] for k in keep] for i, a in stored["originals-first"].items()
    }
    [arabic_letters] = [a for a in stored["output-first"].values() if a["title"] == "ایران حمله به جنوب لبنان را محکوم کرد"]
    assert "محكوم كرد" in arabic_letters["raw"]


def test_ingest_a_copy_in_fars_letters_of_a_file_without_url_adds_nothing(tmp_path: Path) -> None:
    # A .txt has no URL: its id comes from its text, which the copy writes with Arabic ي/ك (and one
    # kashida): it was stored as a second article, and its events counted twice.
    db, copy = tmp_path / "r.db", tmp_path / "baku-fars.txt"
    original = (EXAMPLES / "baku-talks.txt").read_text(encoding="utf-8")
    copy.write_text(original.replace("ی", "ي").replace("ک", "ك").replace("باکو", "باكـــو"), encoding="utf-8")
    first = run("ingest", str(EXAMPLES / "baku-talks.txt"), "--db", str(db))
    assert first.returncode == 0 and "1 added" in first.stdout, first.stderr
    again = run("ingest", str(copy), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "1 unchanged" in again.stdout and "added" not in again.stdout, again.stdout
    with Store.open(str(db)) as store:
        assert store.count_articles() == 1
        events = store.query_events().items
    assert events and all(e["mentions"] == 1 for e in events)


def test_ingest_unreadable_date_in_a_file_is_a_warning_naming_file_and_field(tmp_path: Path) -> None:
    db, path = tmp_path / "r.db", tmp_path / "dates.json"
    articles = [
        {"title": "دیدار عراقچی و لاوروف", "abstract": "عباس عراقچی با سرگئی لاوروف در مسکو دیدار کرد.", "published": "1403-05-12"},
        {"title": "سفر السودانی به تهران", "abstract": "محمد شیاع السودانی وارد تهران شد.", "published": "not-a-date"},
        {"title": "بیانیه وزارت خارجه", "abstract": "وزارت امور خارجه ایران بیانیه‌ای صادر کرد.", "date": "2026-02-30"},
    ]
    path.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    result = run("ingest", str(path), "--db", str(db))
    assert result.returncode == 0, result.stderr  # a warning, not a failure
    assert "3 added" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"warning {path}[1].published: 'not-a-date' is not a date")
    assert lines[1].startswith(f"warning {path}[2].date: '2026-02-30' is not a date")
    with Store.open(str(db)) as store:
        assert sorted((a["published"] or "") for a in store.articles()) == ["", "", "2024-08-02"]


def test_ingest_unreadable_feed_date_is_a_warning(tmp_path: Path) -> None:
    feed = (EXAMPLES / "world-feed.rss").read_text(encoding="utf-8").replace("Thu, 27 Nov 2026 08:15:00 +0330", "پنجشنبه ششم آذر", 1)
    path = tmp_path / "feed.rss"
    path.write_text(feed, encoding="utf-8")
    result = run("analyze", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"warning {path} entry 1 published date: 'پنجشنبه ششم آذر' is not a date")
    assert [json.loads(line)["published"] for line in result.stdout.splitlines()] == [None, "2026-11-27"]


def test_ingest_api_refuses_an_unreadable_date_naming_the_field(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx versions
        from fastapi.testclient import TestClient

    from rayzan.api import create_app

    article = {"title": "دیدار عراقچی و لاوروف در مسکو", "abstract": "عباس عراقچی با سرگئی لاوروف در مسکو دیدار و گفتگو کرد."}
    auth = {"Authorization": "Bearer t-0c1d"}
    with TestClient(create_app(str(tmp_path / "w.db"), ingest_token="t-0c1d")) as client:
        for bad in ("not-a-date", "2026-02-30"):
            response = client.post("/api/ingest", json={**article, "published": bad}, headers=auth)
            assert response.status_code == 422, response.text
            body = response.json()
            assert "published" in body["message"] and body["details"][0]["loc"] == ["body", "published"]
        response = client.post("/api/ingest", json={**article, "published": "1403-05-12"}, headers=auth)
        assert response.status_code == 200 and response.json()["article"]["published"] == "2024-08-02"
        assert response.json()["stored"]["status"] == "added"  # nothing stored by the refused ones


def test_ingest_lone_surrogates_and_nul_are_replaced_and_the_batch_goes_on(tmp_path: Path) -> None:
    # Scraped JSON splits emoji into "\ud83d" escapes that no UTF-8 text can hold, and carries NUL,
    # which PostgreSQL refuses: both become U+FFFD (offsets stand), with a warning naming the article.
    path = tmp_path / "scraped.json"
    path.write_text(
        '[{"title": "عراقچی \\ud83d با لاوروف دیدار کرد", "paragraphs": ["عراقچی با لاوروف در مسکو دیدار کرد.\\u0000"],'
        ' "link": "https://x.ir/1"},'
        ' {"title": "خبر سالم", "paragraphs": ["عراقچی با لاوروف در مسکو دیدار کرد."], "link": "https://x.ir/2"}]',
        encoding="utf-8",
    )
    db = tmp_path / "r.db"
    result = run("ingest", str(path), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout + result.stderr
    assert f"warning {path}[0]: 2 characters" in result.stderr and "U+FFFD" in result.stderr
    with Store.open(db) as store:
        stored = [store.article(a["id"]) for a in store.articles(limit=10)]
    texts = {a["url"]: a["text"] for a in stored}
    assert "\ufffd" in texts["https://x.ir/1"] and "\x00" not in texts["https://x.ir/1"]
    analysed = run("analyze", str(path), "--format", "jsonl")
    assert analysed.returncode == 0 and len(analysed.stdout.splitlines()) == 2


def test_reanalyze_rebuilds_each_stored_article_exactly(tmp_path: Path) -> None:
    # The same version of Rayzan finds the same analysis from what the store kept: nothing to rewrite.
    db = tmp_path / "r.db"
    assert run("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    result = run("reanalyze", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "6 unchanged, 0 failed" in result.stdout, result.stdout


def test_reanalyze_updates_analyses_that_changed_and_keeps_the_rest(tmp_path: Path) -> None:
    # An archive analysed by an older pipeline (here: without ZWNJ restoration) is brought up to
    # date in place: the analysis is replaced, the text keeps its version, no event is counted twice.
    old, fresh = tmp_path / "old.db", tmp_path / "fresh.db"
    assert run("ingest", str(EXAMPLES), "--db", str(old), "--no-zwnj").returncode == 0
    assert run("ingest", str(EXAMPLES), "--db", str(fresh)).returncode == 0
    result = run("reanalyze", "--db", str(old))
    assert result.returncode == 0, result.stderr
    assert "updated" in result.stdout and "0 failed" in result.stdout, result.stdout
    with Store.open(str(old)) as a, Store.open(str(fresh)) as b:
        for summary in b.articles():
            assert a.article_document(summary["id"]) == b.article_document(summary["id"])
            assert a.article(summary["id"])["version"] == 1
        assert a.stats()["totals"] == b.stats()["totals"]


def test_reanalyze_given_ids_and_an_unknown_one(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert run("ingest", str(EXAMPLES), "--db", str(db), "--no-zwnj").returncode == 0
    with Store.open(str(db)) as store:
        first = store.articles(limit=1)[0]["id"]
    result = run("reanalyze", first, "no-such-id", "--db", str(db))
    assert result.returncode == 2
    assert "1 updated, 1 failed" in result.stdout, result.stdout
    assert "no-such-id: no such article" in result.stderr


def test_reanalyze_refuses_a_database_that_is_not_there(tmp_path: Path) -> None:
    result = run("reanalyze", "--db", str(tmp_path / "typo.db"))
    assert result.returncode == 1
    assert not (tmp_path / "typo.db").exists()


def test_stored_sources_pages_through_every_article_once(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert run("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    with Store.open(str(db)) as store:
        ids = [meta.id for meta, _ in store.stored_sources(page=4)]
        assert ids == sorted(summary["id"] for summary in store.articles())
        meta, blocks = next(iter(store.stored_sources(ids=[ids[0]])))
        stored = store.article(ids[0])
        assert "\n".join(b.text for b in blocks) == stored["raw"]
        assert [b.kind for b in blocks] == [s["kind"] for s in stored["sections"]]
        assert (meta.url, meta.published) == (stored["url"], stored["published"])


def test_reanalyze_on_both_backends(db_url: str) -> None:  # noqa: F811 (db_url is a fixture)
    # In process, on SQLite and PostgreSQL: an archive stored without ZWNJ restoration is brought up
    # to date once; a second run finds nothing left to change.
    from rich.console import Console

    from rayzan.ingest import ingest_paths, reanalyze_stored
    from rayzan.settings import Settings

    quiet = Console(quiet=True)
    errors: list = []
    ingest_paths([str(EXAMPLES)], Settings(zwnj=False).with_db(db_url), quiet, errors.append)
    first = reanalyze_stored(Settings().with_db(db_url), quiet, errors.append)
    assert not errors and first.statuses["updated"] >= 1 and first.processed == 6
    again = reanalyze_stored(Settings().with_db(db_url), quiet, errors.append)
    assert not errors and again.statuses == {"unchanged": 6}


def test_ingest_file_names_that_are_not_one_line_of_utf8(tmp_path: Path) -> None:
    # A Persian name in Windows-1256 bytes (from an old Windows zip) crashed the store with
    # "surrogates not allowed"; a newline in a name split its error over two lines.
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    legacy_name = os.fsdecode("خبر-باکو".replace("ک", "ك").encode("cp1256") + b".txt")
    (folder / legacy_name).write_text("دیدار وزرای خارجه ایران و جمهوری آذربایجان در باکو\nعباس عراقچی با جیحون بایراموف دیدار کرد.\n", encoding="utf-8")
    (folder / "خبر\nناقص.json").write_text('{"title": "ناقص", ', encoding="utf-8")
    db = tmp_path / "r.db"
    result = run("ingest", str(folder), "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    [error] = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert error.startswith(f"error {folder}/خبر\\nناقص.json: malformed JSON")
    assert "1 added" in result.stdout and "1 failed" in result.stdout
    with Store.open(str(db)) as store:
        [article] = store.articles()
        assert store.article(article["id"])["origin"] == f"{folder}/\\xce\\xc8\\xd1-\\xc8\\xc7\\xdf\\xe6.txt"


def test_ingest_ctrl_c_says_what_is_stored_and_a_rerun_adds_the_rest(tmp_path: Path, monkeypatch) -> None:
    # Typer turns Ctrl-C into a silent exit 130: nothing said how much of the folder was stored.
    import io

    import pytest
    from rich.console import Console

    import rayzan.ingest as ingest_module
    from rayzan.settings import Settings

    texts = [f"دیدار عراقچی و لاوروف، دور {n}\nعباس عراقچی با سرگئی لاوروف در مسکو دیدار و گفتگو کرد." for n in "۱۲۳"]
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    real = ingest_module.iter_documents

    def interrupted_after_two(*args, **kwargs):
        docs = real(*args, **kwargs)
        yield next(docs)
        yield next(docs)
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "iter_documents", interrupted_after_two)
    settings = Settings().with_db(str(tmp_path / "r.db"))
    shown = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        ingest_module.ingest_paths([str(folder)], settings, Console(file=shown, width=200), lambda e: None)
    assert shown.getvalue().startswith(f"interrupted; ingested into {tmp_path / 'r.db'} so far: 2 added, 0 failed")
    monkeypatch.setattr(ingest_module, "iter_documents", real)
    again = ingest_module.ingest_paths([str(folder)], settings, Console(file=io.StringIO()), lambda e: None)
    assert again.statuses == {"unchanged": 2, "added": 1}
    with Store.open(str(tmp_path / "r.db")) as store:
        assert store.count_articles() == 3


def test_ingest_stops_when_the_database_goes_away(tmp_path, monkeypatch) -> None:
    # A server gone mid-batch: each article would fail alike, one error line each (151 lines were
    # seen on PostgreSQL). After three in a row on a lost connection the batch stops, says what it
    # stored, and a rerun goes on; failures of another kind let the batch go on.
    import io

    import pytest
    import sqlalchemy as sa
    from rich.console import Console

    import rayzan.ingest as ingest_module
    from rayzan.errors import StoreError
    from rayzan.settings import Settings
    from rayzan.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(f"دیدار عراقچی و لاوروف، دور {n}\nعباس عراقچی با سرگئی لاوروف در مسکو دیدار کرد.", encoding="utf-8")
    settings = Settings().with_db(str(tmp_path / "r.db"))
    real_ingest = Store.ingest
    calls = []

    def server_gone_after_one(self, doc, invalidated=True):
        calls.append(doc.id)
        if len(calls) == 1:
            return real_ingest(self, doc)
        if len(calls) == 2 and invalidated:  # dropped under a statement, then none to be had
            lost = sa.exc.OperationalError("INSERT ...", {}, Exception("terminating connection"), connection_invalidated=True)
        elif invalidated:
            lost = sa.exc.OperationalError(None, None, Exception("connection refused"))
        else:  # a statement that failed on a live connection (a locked file)
            lost = sa.exc.OperationalError("INSERT ...", {}, Exception("database is locked"))
        raise StoreError(f"{self.where}: cannot store article {doc.id} ({lost.orig})") from lost

    monkeypatch.setattr(Store, "ingest", server_gone_after_one)
    shown, errors = io.StringIO(), []
    with pytest.raises(ingest_module.StoppedStoring, match="the database went away"):
        ingest_module.ingest_paths([str(folder)], settings, Console(file=shown, width=200), errors.append)
    assert len(calls) == 1 + ingest_module.LOST_IN_A_ROW and len(errors) == ingest_module.LOST_IN_A_ROW
    assert shown.getvalue().startswith(f"stopped; ingested into {tmp_path / 'r.db'} so far: 1 added, 3 failed")

    # ... an error that is no lost connection (a locked file, a constraint) fails that article only
    calls.clear()
    monkeypatch.setattr(Store, "ingest", lambda self, doc: server_gone_after_one(self, doc, invalidated=False))
    summary = ingest_module.ingest_paths([str(folder)], settings, Console(file=io.StringIO()), lambda e: None)
    assert len(calls) == 6 and len(summary.failed) == 5
    monkeypatch.setattr(Store, "ingest", real_ingest)
    again = ingest_module.ingest_paths([str(folder)], settings, Console(file=io.StringIO()), lambda e: None)
    assert again.statuses == {"unchanged": 1, "added": 5}
