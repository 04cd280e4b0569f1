"""The `rayzan` command as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

RAYZAN = [sys.executable, "-m", "rayzan"]
CONTRACT_KEYS = {"id", "url", "source", "title", "published", "text", "entities", "actors", "events"}


def run(*args: str, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*RAYZAN, *args], input=input, capture_output=True, text=True, encoding="utf-8", timeout=300,
        env={**os.environ, **(env or {})}, cwd=ROOT,
    )


def test_cli_analyze_writes_the_jsonl_contract(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("analyze", str(EXAMPLES), "--format", "jsonl", "--output", str(out))
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 6
    for doc in docs:
        assert CONTRACT_KEYS <= set(doc)
        for sentence in doc["sentences"]:
            assert 0 <= sentence["start"] < sentence["end"] <= len(doc["text"])


def test_cli_analyze_stdin_and_failed_inputs_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    result = run("analyze", "-", str(bad), input="عنوان خبر\nسفیر ایران با معاون وزیر خارجه روسیه دیدار کرد.\n")
    assert result.returncode == 2
    assert f"{bad}: malformed JSON at line 1" in result.stderr
    [doc] = [json.loads(line) for line in result.stdout.splitlines()]
    assert doc["title"] == "عنوان خبر"


def test_cli_usage_errors_exit_1() -> None:
    assert run("analyze").returncode == 1
    assert run("analyze", "x.txt", "--format", "yaml").returncode == 1
    assert run("no-such-command").returncode == 1


def test_cli_version_and_help() -> None:
    from rayzan import __version__

    assert run("--version").stdout.strip() == f"rayzan {__version__}"
    help_text = run("--help").stdout
    for command in ("analyze", "ingest", "articles", "show", "normalize", "tag", "serve"):
        assert command in help_text


def test_cli_normalize_keeps_lines(tmp_path: Path) -> None:
    text = "كتاب\u0640\u0640ها را خواندم\n\n  دو   فاصله  \nآخرين خط"
    result = run("normalize", "--no-zwnj", input=text)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[0].startswith("کتاب") and "\u0640" not in lines[0]
    assert lines[2] == "دو فاصله"
    assert lines[3] == "آخرین خط"


def run_bytes(*args: str, input: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([*RAYZAN, *args], input=input, capture_output=True, timeout=300, cwd=ROOT, check=False)


def test_cli_normalize_names_damaged_lines_and_keeps_them() -> None:
    data = "كتابها را خواندم\n".encode() + b"\xff\xfe\xd8\n" + "می شود\n".encode()
    result = run_bytes("normalize", input=data)
    assert result.returncode == 2
    lines = result.stdout.decode("utf-8").split("\n")
    assert lines[0] == "کتاب\u200cها را خواندم" and "\ufffd" in lines[1] and lines[2] == "می\u200cشود"
    assert "stdin line 2" in result.stderr.decode("utf-8")


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_cli_normalize_reads_legacy_encodings(encoding: str) -> None:
    result = run_bytes("normalize", input="كتابها را خواندم\nتمام\n".encode(encoding))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == "کتاب\u200cها را خواندم\nتمام\n"


def test_cli_normalize_refuses_binary_input() -> None:
    result = run_bytes("normalize", input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    assert result.returncode == 2 and result.stdout == b""
    assert "stdin: binary" in result.stderr.decode("utf-8")


def test_cli_output_cut_short_by_its_reader_is_no_usage_error(tmp_path: Path) -> None:
    # `rayzan normalize < big.txt | head -1`: Click answered the closed pipe with exit 1, the
    # code of a usage error, whenever a write came after head had gone.
    big = tmp_path / "big.txt"
    big.write_text("این رایزنیها نشاندهنده اهمیت همکاریهای منطقهای است\n" * 20_000, encoding="utf-8")
    with big.open("rb") as stdin:
        proc = subprocess.Popen([*RAYZAN, "normalize"], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline().decode("utf-8") == "این رایزنی‌ها نشان‌دهنده اهمیت همکاری‌های منطقه‌ای است\n"
        proc.stdout.close()
        assert proc.wait(timeout=300) == 0, proc.stderr.read().decode("utf-8")


def test_cli_commands_are_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    help_text = run("--help").stdout
    commands = set(re.findall(r"^\s{2}(\w[\w-]*)\s{2,}", help_text, flags=re.M))
    assert commands, help_text
    for command in commands:
        assert f"rayzan {command}" in readme, f"`rayzan {command}` is not documented in README.md"


def test_cli_tag_conll_keeps_tokens_and_blank_lines(tmp_path: Path) -> None:
    # PEYMA-style tokens may hold a space ("امور خارجه"); each line is one token whatever it holds.
    lines = ["کاظم", "جلالی", "در", "مسکو", "", "وزارت", "امور خارجه", "روسیه", "", ""]
    path = tmp_path / "tokens.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run("tag", "--conll", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout.split("\n")[:-1]
    assert len(out) == len(lines) - 1  # the final newline ends the last line
    pairs = [line.split("\t") for line in out if line]
    assert [token for token, _ in pairs] == [t for t in lines if t]
    tags = dict(pairs)
    assert (tags["کاظم"], tags["جلالی"], tags["مسکو"]) == ("B-PER", "I-PER", "B-LOC")
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for _, tag in pairs)
    assert out[4] == ""  # the sentence break is kept


def test_cli_analyze_output_is_replaced_only_by_a_run_that_wrote_something(tmp_path: Path) -> None:
    previous = tmp_path / "out.jsonl"
    previous.write_text('{"kept": true}\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("analyze", str(empty), "-o", str(previous))
    assert result.returncode == 2 and "empty.txt" in result.stderr
    assert previous.read_text(encoding="utf-8") == '{"kept": true}\n'  # every input failed: the old file stays
    result = run("analyze", str(EXAMPLES), str(empty), "-o", str(previous))
    assert result.returncode == 2
    assert len(previous.read_text(encoding="utf-8").splitlines()) == 6  # the rest of the batch was written
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    stdout = run("analyze", str(EXAMPLES / "baku-talks.txt"), "-o", "-")
    assert stdout.returncode == 0 and stdout.stdout.startswith("{") and not (ROOT / "-").exists()


def test_cli_analyze_bad_output_path_is_a_usage_error(tmp_path: Path) -> None:
    for target, reason in ((tmp_path, "is a directory"), (tmp_path / "no" / "x.jsonl", "does not exist")):
        result = run("analyze", str(EXAMPLES), "-o", str(target))
        assert result.returncode == 1 and reason in result.stderr and "Traceback" not in result.stderr


def test_cli_articles_as_json_lines(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert run("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    listed = [json.loads(line) for line in run("articles", "--db", str(db), "--json").stdout.splitlines()]
    assert len(listed) == 6 and {"id", "title", "events"} <= set(listed[0])
    assert any("باکو" in (a["title"] or "") for a in listed)  # Persian whole, not wrapped by a table


def test_cli_show_names_each_entity_once_and_refuses_ids_with_all(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert run("ingest", str(EXAMPLES / "baku-talks.txt"), "--db", str(db)).returncode == 0
    [article] = [json.loads(line) for line in run("articles", "--db", str(db), "--json").stdout.splitlines()]
    shown = run("show", article["id"], "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    [entities] = [line for line in shown.stdout.splitlines() if line.startswith("entities: ")]
    names = entities.removeprefix("entities: ").split("، ")
    assert len(names) == len(set(names)) and any("×" in n for n in names), entities
    both = run("show", article["id"], "--all", "--db", str(db))
    assert both.returncode == 1 and "not both" in both.stderr


def test_cli_show_all_pages_by_key_and_prints_what_naming_every_article_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `show --all` read its ids a page at a time with OFFSET, each page counting again past every
    # article before it: quadratic over an archive.  Each page now starts after the last one's
    # (created_at, id).  With pages of two it prints, byte for byte, what naming every article in
    # the order `rayzan articles` lists them prints, articles stored in one transaction (the same
    # created_at) included.
    import sqlalchemy as sa
    from test_store_documents import ingest_in_mixed_transactions
    from typer.testing import CliRunner

    import rayzan.cli
    from rayzan.store import Store

    db = str(tmp_path / "r.db")
    with Store.open(db) as store:
        listed = ingest_in_mixed_transactions(store, "https://www.farsnews.ir/news/140308150")
    assert len(set(listed)) == 7 and listed[:3] == sorted(listed[:3])
    monkeypatch.setattr(rayzan.cli, "_SHOW_ALL_PAGE", 2)
    named = CliRunner().invoke(rayzan.cli.app, ["show", *listed, "--db", db])
    offsets: list[object] = []

    def seen(_conn, _cursor, statement: str, parameters, *_args) -> None:
        if " OFFSET " in statement.upper():
            offsets.append(parameters[-1])  # SQLite writes LIMIT ? OFFSET ? even for no offset

    sa.event.listen(sa.engine.Engine, "before_cursor_execute", seen)
    try:
        every = CliRunner().invoke(rayzan.cli.app, ["show", "--all", "--db", db])
    finally:
        sa.event.remove(sa.engine.Engine, "before_cursor_execute", seen)
    assert named.exit_code == 0 and every.exit_code == 0, every.output
    assert every.stdout == named.stdout and len(every.stdout) > 7 * 200
    assert len(offsets) >= 4 and set(offsets) == {0}, offsets  # seven ids, four pages of two, none skipping


def test_cli_reading_commands_refuse_an_absent_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for args in (("articles",), ("show", "--all")):
        result = run(*args, "--db", str(missing))
        assert result.returncode == 1 and "no database there" in result.stderr, result.stderr
    assert not missing.exists()
    assert run("articles", "--db", str(missing), "--limit", "0").returncode == 1  # a usage error


def test_cli_reading_commands_refuse_an_absent_postgres_database(tmp_path: Path) -> None:
    # A database name the server does not have exited 2, the code of a database gone, where a SQLite
    # path that is not there exits 1: it is the same mistake, a wrong --db.
    server = os.environ.get("RAYZAN_TEST_PG")
    if not server:
        pytest.skip("RAYZAN_TEST_PG is not set (a postgresql:// URL of a throwaway server)")
    import socket

    from sqlalchemy.engine import make_url

    missing = make_url(server).set(database="rayzan_typo_nosuchdb").render_as_string(hide_password=False)
    for args in (("articles",), ("show", "--all"), ("events",), ("export", "csv", "-o", str(tmp_path / "e.csv"))):
        result = run(*args, "--db", missing)
        assert result.returncode == 1, result.stderr
        [line] = result.stderr.splitlines()  # one line, naming the database
        assert line.startswith("error ") and "no database 'rayzan_typo_nosuchdb' on that server" in line, line
    assert not (tmp_path / "e.csv").exists()
    with socket.socket() as sock:  # a port nothing listens on: the server is gone, not the name wrong
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    gone = run("articles", "--db", make_url(missing).set(host="127.0.0.1", port=port).render_as_string(hide_password=False))
    assert gone.returncode == 2 and "cannot open the database" in gone.stderr, gone.stderr


def test_cli_tag_reads_the_token_before_a_gold_column(tmp_path: Path) -> None:
    # ARMAN's "token TAG" and CoNLL's "token<TAB>TAG": the gold column is kept, the token alone tagged.
    lines = ["کاظم B-pers", "جلالی\tI-PER", "در O", "مسکو B-loc", "امور خارجه"]
    path = tmp_path / "gold.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("tag", "--conll", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert [line.rpartition("\t")[0] for line in out] == lines
    predicted = [line.rpartition("\t")[2] for line in out]
    assert predicted[:4] == ["B-PER", "I-PER", "O", "B-LOC"]


def test_cli_tag_missing_file_is_named() -> None:
    result = run("tag", "--conll", "no-such-tokens.txt")
    assert result.returncode == 2 and "no-such-tokens.txt" in result.stderr


def test_cli_events_and_export_filter_by_confidence(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert run("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    everything = json.loads(run("events", "--db", str(db), "--json", "--limit", "1000").stdout)["items"]
    top = max(e["confidence"] for e in everything)
    kept = json.loads(run("events", "--db", str(db), "--json", "--limit", "1000", "--min-confidence", str(top)).stdout)["items"]
    assert kept and all(e["confidence"] >= top for e in kept) and len(kept) < len(everything)
    out = tmp_path / "high.jsonl"
    assert run("export", "jsonl", "-o", str(out), "--db", str(db), "--min-confidence", str(top)).returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(kept)
    bad = run("events", "--db", str(db), "--min-confidence", "1.5")
    assert bad.returncode == 1 and "--min-confidence" in bad.stderr  # a usage error names the option


def test_cli_error_lines_keep_square_brackets(tmp_path: Path) -> None:
    # Rich would read "[old]" in a path as markup and drop it, naming a file that is not the user's.
    missing = tmp_path / "[old]" / "nosuch.txt"
    result = run("analyze", str(missing))
    assert result.returncode == 2 and f"error {missing}: no such file" in result.stderr
    db = tmp_path / "[old].db"
    result = run("articles", "--db", str(db))
    assert result.returncode == 1 and f"error {db}: no database there" in result.stderr


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_cli_a_broken_actors_file_is_one_error_before_any_article(tmp_path: Path, command: str) -> None:
    # A setting to fix, not a bad article: one line naming the file, exit 1, nothing stored.
    bad = tmp_path / "actors.yaml"
    bad.write_text("people:\n  - id: [broken\n", encoding="utf-8")
    db = tmp_path / "x.db"
    args = ["--db", str(db)] if command == "ingest" else []
    result = run(command, str(EXAMPLES), *args, env={"RAYZAN_ACTORS": str(bad)})
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("error ") == 1 and result.stderr.startswith(f"error {bad}")
    assert "not valid YAML" in result.stderr
    assert not db.exists()


def test_cli_show_and_reanalyze_find_an_article_by_the_id_analyze_gives_it(tmp_path: Path) -> None:
    # An article without a URL stored before schema version 13 keeps the id of its raw text; asked
    # for by the id `rayzan analyze` gives the same file today, `show` said "no such article".
    from dataclasses import replace

    from test_store_aliases import LEAD, TITLE, baku, fars_letters, raw_id

    from rayzan.store import Store

    path, db = tmp_path / "baku.txt", str(tmp_path / "r.db")
    path.write_text(f"{fars_letters(TITLE)}\n\n{fars_letters(LEAD)}\n", encoding="utf-8")
    legacy = baku(fars_letters(TITLE), fars_letters(LEAD))
    legacy = legacy.evolve(meta=replace(legacy.meta, id=raw_id(legacy)))
    with Store.open(db) as store:
        assert store.ingest(legacy).status == "added"
    analysed = run("analyze", str(path), "--format", "jsonl")
    assert analysed.returncode == 0, analysed.stderr
    today = json.loads(analysed.stdout)["id"]
    assert today != legacy.id
    shown = run("show", today, "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert f"id {legacy.id} " in shown.stdout  # the id it is stored under
    again = run("reanalyze", today, "--db", db)
    assert again.returncode == 0 and "0 failed" in again.stdout, again.stdout + again.stderr
