"""``rayzan events`` and ``rayzan export`` as a user runs them, over the shipped examples."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from test_cli import RAYZAN, run


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("explore") / "rayzan.db"
    result = run("ingest", str(EXAMPLES), "--db", str(path))
    assert result.returncode == 0, result.stderr
    return str(path)


def events(db: str, *args: str) -> dict:
    result = run("events", "--db", db, "--json", "--limit", "100", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "actor",
    ["عباس عراقچی", "عراقچی", "araghchi", "Abbas Araghchi", "سید عباس عراقچی", "person:abbas-araghchi"],
)
def test_explore_cli_events_actor_by_name_or_surname(db: str, actor: str) -> None:
    found = events(db, "--actor", actor)
    assert found["total"] >= 1
    assert all("person:abbas-araghchi" in (e["source"].get("actor"), e["target"].get("actor")) for e in found["items"])


def test_explore_cli_events_unknown_actor_is_noted(db: str, tmp_path: Path) -> None:
    result = run("events", "--db", db, "--actor", "هیچ‌کس")
    assert result.returncode == 0 and 'no actor matches "هیچ‌کس"' in result.stderr
    assert "no actor matches" not in run("events", "--db", db, "--actor", "گروسی").stderr
    out = tmp_path / "none.jsonl"
    exported = run("export", "jsonl", "-o", str(out), "--db", db, "--actor", "Nobody")
    assert exported.returncode == 0 and 'no actor matches "Nobody"' in exported.stderr


@pytest.mark.parametrize(
    ("args", "named", "listed"),
    [
        (["--quad-class", "5"], "--quad-class", "material conflict"),
        (["--quad-class", "0"], "--quad-class", "verbal cooperation"),
        (["--plover", "FOO"], "--plover", "CONSULT"),
        (["--plover", "consult,FOO"], "--plover", "ASSAULT"),
        (["--cameo", "abc"], "--cameo", "01-20"),
        (["--cameo", "99"], "--cameo", "01-20"),
        (["--country", "XXX"], "--country", "ISO3"),
        (["--country", "آتلانتیس"], "--country", "ISO3"),
        (["--limit", "0"], "--limit", "1000"),
        (["--min-confidence", "-0.5"], "--min-confidence", "0"),
    ],
)
def test_explore_cli_events_bad_filter_values_are_usage_errors(db: str, args: list[str], named: str, listed: str) -> None:
    result = run("events", "--db", db, *args)
    assert result.returncode == 1, result.stderr
    assert named in result.stderr and listed in result.stderr and "Traceback" not in result.stderr


def test_explore_cli_events_filter_values_as_people_write_them(db: str) -> None:
    iran = events(db, "--country", "IRN")
    assert iran["total"] > 0
    for spelling in ("ایران", "iran", " IRN", "irn"):  # a Persian or English name, any case, stray spaces
        assert events(db, "--country", spelling)["items"] == iran["items"], spelling
    consult = events(db, "--cameo", "04")
    assert consult["total"] > 0 and all(e["cameo"].startswith("04") for e in consult["items"])
    assert events(db, "--cameo", "۰۴")["items"] == consult["items"]  # Persian digits
    assert events(db, "--quad-class", "۱")["items"] == events(db, "--quad-class", "1")["items"]
    assert events(db, "--plover", "consult")["items"] == events(db, "--plover", "CONSULT")["items"]
    # As GET /api/events reads them: a threshold in Persian digits, an outlet as its address.
    assert events(db, "--min-confidence", "۰٫۵")["items"] == events(db, "--min-confidence", "0.5")["items"]
    outlet = events(db, "--source", "news.example.ir")
    assert outlet["total"] > 0 and events(db, "--source", "https://News.Example.ir/")["items"] == outlet["items"]


@pytest.mark.parametrize(
    "dyad",
    [
        "person:abbas-araghchi-person:jeyhun-bayramov",  # ids hold hyphens: the split that names two actors
        "person:abbas-araghchi,person:jeyhun-bayramov",
        "عباس عراقچی-جیحون بایراموف",
        "Araghchi,Bayramov",
        "ایران-جمهوری آذربایجان",
    ],
)
def test_explore_cli_events_dyad_of_ids_and_names(db: str, dyad: str) -> None:
    found = events(db, "--dyad", dyad)
    assert found["total"] >= 1
    assert all({e["source"]["country"], e["target"]["country"]} == {"IRN", "AZE"} for e in found["items"])


def test_explore_cli_events_dyad_errors_and_notes(db: str) -> None:
    unsplittable = run("events", "--db", db, "--dyad", "IRN-RUS-SYR")
    assert unsplittable.returncode == 1 and "--dyad" in unsplittable.stderr and "A,B" in unsplittable.stderr
    unknown = run("events", "--db", db, "--dyad", "IRN-هیچ‌کس")
    assert unknown.returncode == 0 and 'no country or actor matches "هیچ‌کس"' in unknown.stderr


def test_explore_cli_events_dates_solar_hijri_and_persian_digits(db: str) -> None:
    gregorian = events(db, "--from", "2026-11-22")
    assert 0 < gregorian["total"] < events(db)["total"]
    assert events(db, "--from", "1405-09-01")["items"] == gregorian["items"]  # 1 Azar 1405
    assert events(db, "--from", "۲۰۲۶-۱۱-۲۲")["items"] == gregorian["items"]
    bad = run("events", "--db", db, "--from", "2026-02-30")
    assert bad.returncode == 1 and "--from" in bad.stderr and "YYYY-MM-DD" in bad.stderr


def test_explore_cli_events_sort_keys_are_the_api_ones(db: str) -> None:
    from rayzan.store.query import SORT_KEYS

    help_text = " ".join(run("events", "--help").stdout.split())
    assert all(key in help_text for key in SORT_KEYS)
    scores = [e["confidence"] for e in events(db, "--sort", "-confidence")["items"]]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) > 1
    bad = run("events", "--db", db, "--sort", "title")
    assert bad.returncode == 1 and "--sort" in bad.stderr and "confidence" in bad.stderr


def test_explore_cli_export_path_errors_are_one_line(db: str, tmp_path: Path) -> None:
    for output in (str(tmp_path), "/nonexistent/dir/x"):
        result = run("export", "gdelt", "-o", output, "--db", db)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.strip().startswith(f"error {output}:") and len(result.stderr.strip().splitlines()) == 1


def test_explore_cli_export_format_it_cannot_write_is_a_usage_error(db: str, tmp_path: Path) -> None:
    # Exit 1 (usage), as for any bad option value, not 2 (inputs failed); nothing is written.
    for args in (["xml"], ["csv", "--articles"], ["parquet", "--articles"]):
        out = tmp_path / "out"
        result = run("export", *args, "-o", str(out), "--db", db)
        assert result.returncode == 1 and result.stderr.startswith("error FORMAT:"), (args, result.stderr)
        assert "jsonl" in result.stderr and not out.exists()


def test_explore_cli_export_articles_refuses_event_filters(db: str, tmp_path: Path) -> None:
    # --articles writes every stored article: a filter it would ignore is refused, not dropped.
    out = tmp_path / "a.jsonl"
    for args in (["--country", "IRN"], ["--from", "2024-01-01"], ["--ordered"], ["--min-confidence", "0.5"]):
        result = run("export", "jsonl", "--articles", *args, "-o", str(out), "--db", db)
        assert result.returncode == 1 and result.stderr.startswith(f"error {args[0]}:"), (args, result.stderr)
        assert not out.exists()
    assert run("export", "jsonl", "--articles", "-o", str(out), "--db", db).returncode == 0 and out.exists()


def test_explore_cli_export_to_standard_output(db: str, tmp_path: Path) -> None:
    file = tmp_path / "e.jsonl"
    assert run("export", "jsonl", "-o", str(file), "--db", db).returncode == 0
    for fmt in ("jsonl", "plover", "gdelt", "csv"):
        result = run("export", fmt, "-o", "-", "--db", db)
        assert result.returncode == 0 and "to standard output" in result.stderr
        lines = result.stdout.splitlines()
        assert len(lines) == len(file.read_text(encoding="utf-8").splitlines()) + (fmt == "csv"), fmt
    assert run("export", "jsonl", "-o", "-", "--db", db).stdout == file.read_text(encoding="utf-8")
    assert not (ROOT / "-").exists()
    parquet = subprocess.run([*RAYZAN, "export", "parquet", "-o", "-", "--db", db], capture_output=True, cwd=ROOT, timeout=300, check=False)
    assert parquet.returncode == 0 and parquet.stdout[:4] == parquet.stdout[-4:] == b"PAR1"  # a pipe, not a terminal


def test_explore_cli_refuses_a_database_that_is_not_there(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for command in (["events"], ["export", "jsonl", "-o", str(tmp_path / "e.jsonl")]):
        result = run(*command, "--db", str(missing))
        assert result.returncode != 0 and f"{missing}: no database there" in result.stderr
    assert not missing.exists() and not (tmp_path / "e.jsonl").exists()


def test_explore_cli_export_csv_for_excel(db: str, tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert run("export", "csv", "-o", str(plain), "--db", db).returncode == 0
    assert run("export", "csv", "--excel", "-o", str(excel), "--db", db).returncode == 0
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes().replace(b"\n", b"\r\n")
    assert "عراقچی" in excel.read_text(encoding="utf-8-sig")
    wrong = run("export", "jsonl", "--excel", "-o", str(tmp_path / "e.jsonl"), "--db", db)
    assert wrong.returncode == 1 and "--excel" in wrong.stderr


def test_explore_cli_events_table_piped_is_one_line_an_event(db: str) -> None:
    # Piped (a file, less, grep), the table is wide: one line an event, dates whole, Persian not
    # wrapped a word a line as an 80-column table did.
    result = run("events", "--db", db, "--limit", "5", env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("│")]
    listed = json.loads(run("events", "--db", db, "--limit", "5", "--json").stdout)["items"]
    assert len(rows) == len(listed) > 0
    for row, event in zip(rows, listed):
        assert (event["date"] or "-") in row and event["plover"] in row


def test_explore_cli_shorten_cuts_at_a_word_with_an_ellipsis() -> None:
    from rayzan.report import shorten

    text = "عراقچی با لاوروف در مسکو دیدار و گفت‌وگو کرد"
    assert shorten(text, 100) == text
    assert shorten(text, 20) == "عراقچی با لاوروف در…"


@pytest.mark.parametrize("width", [56, 64, 70, 74, 80, 100, 140])
def test_explore_cli_events_table_fits_a_narrow_terminal(db: str, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every row keeps its right border within the terminal: the evidence gives way first, then
    # the sides wrap; before, a 70-column terminal cropped every row.
    import io

    from rich.cells import cell_len
    from rich.console import Console
    from typer.testing import CliRunner

    import rayzan.report
    from rayzan.cli import app

    screen = io.StringIO()
    monkeypatch.setattr(rayzan.report, "table_console", lambda: Console(width=width, file=screen, color_system=None))
    assert CliRunner().invoke(app, ["events", "--db", db, "--limit", "10"]).exit_code == 0
    rows = [line for line in screen.getvalue().splitlines() if line.startswith(("│", "┃"))]
    assert rows
    assert all(line.rstrip().endswith(("│", "┃")) and cell_len(line) <= width for line in rows)
