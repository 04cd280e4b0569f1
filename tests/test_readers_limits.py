"""RAYZAN_MAX_BYTES: sizes with units, clear errors, sizes written for people."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import run

from rayzan.errors import UsageError
from rayzan.readers import iter_articles
from rayzan.readers.limits import parse_size
from rayzan.settings import Settings

ARTICLE = "سفیر ایران در مسکو\nکاظم جلالی با سرگئی ورشنین، معاون وزیر خارجه روسیه، دیدار و گفتگو کرد.\n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("52428800", 52428800),  # plain bytes, the default written out
        ("50M", 52428800),  # binary units: 50M is the default
        ("50mb", 52428800),  # any case, with B
        ("50 MiB", 52428800),  # a space and the IEC spelling
        ("500k", 512000),
        ("1G", 1073741824),
        ("1.5g", 1610612736),  # a fraction with a unit
    ],
)
def test_readers_limits_sizes_with_units(value: str, expected: int) -> None:
    assert parse_size(value) == expected


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("1e6", "is not a size"),  # scientific notation
        ("abc", "is not a size"),
        ("1.5", "is not a size"),  # a fraction of a byte
        ("50 apples", "is not a size"),
        ("0", "more than zero"),
        ("0M", "more than zero"),
        ("-5", "more than zero"),
    ],
)
def test_readers_limits_bad_values_name_the_setting(value: str, says: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAYZAN_MAX_BYTES", value)
    with pytest.raises(UsageError, match=f"RAYZAN_MAX_BYTES=.*{says}"):
        Settings()


def test_readers_limits_env_with_unit_reaches_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAYZAN_MAX_BYTES", "2M")
    assert Settings().max_bytes == 2 * 1024 * 1024


def test_readers_limits_cli_one_line_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("analyze", str(path), env={"RAYZAN_MAX_BYTES": "50 apples"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("error RAYZAN_MAX_BYTES='50 apples' is not a size")
    assert len(result.stderr.strip().splitlines()) == 1


def test_readers_limits_small_limits_are_written_in_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    size = path.stat().st_size
    [error] = list(iter_articles([str(path)], max_bytes=100))
    assert error.reason.startswith(f"file is {size:,} bytes, over the 100-byte limit")  # not «0.0 MB, over the 0 MB»
    path.write_text(ARTICLE * 30, encoding="utf-8")
    size = path.stat().st_size
    [error] = list(iter_articles([str(path)], max_bytes=size - 1))  # both round to the same kB
    assert error.reason.startswith(f"file is {size:,} bytes, over the {size - 1:,}-byte limit")
    [error] = list(iter_articles([str(path)], max_bytes=1024))
    assert error.reason.startswith("file is 4.7 kB, over the 1 kB limit")
