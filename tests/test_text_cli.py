"""``rayzan normalize``: stdin to stdout, one output line per input line, ``--no-zwnj``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RAYZAN = Path(sys.executable).with_name("rayzan")


def _run(args: list[str], text: str) -> str:
    exe = str(RAYZAN) if RAYZAN.exists() else shutil.which("rayzan")
    if exe is None:
        pytest.skip("the rayzan command is not installed")
    done = subprocess.run([exe, *args], input=text.encode("utf-8"), capture_output=True, timeout=60, check=True)
    return done.stdout.decode("utf-8")


def test_cli_normalize_restores_zwnj_line_by_line() -> None:
    # One corruption per line, as in scraped text: a line that spaces ها (رايزني ها) keeps
    # what it joins where careful text also joins (نشاندهنده), so the lost ZWNJ are on their own.
    text = "رايزنيها نشاندهنده\n\n  منطقهای می شود  \nپایان"
    out = _run(["normalize"], text)
    assert out == "رایزنی‌ها نشان‌دهنده\n\nمنطقه‌ای می‌شود\nپایان"


def test_cli_normalize_no_zwnj(seed_text: str) -> None:
    out = _run(["normalize", "--no-zwnj"], seed_text)
    assert out.count("\n") == seed_text.count("\n")
    assert "\u200c" not in out
    assert "منطقهای" in out


def test_cli_normalize_digits_and_diacritics_are_configurable() -> None:
    text = "نرخ 3.5 درصد در ۱۴۰۲ در کِتاب"
    assert _run(["normalize"], text) == "نرخ ۳.۵ درصد در ۱۴۰۲ در کتاب"
    assert _run(["normalize", "--digits", "latin"], text) == "نرخ 3.5 درصد در 1402 در کتاب"
    assert _run(["normalize", "--digits", "keep", "--keep-diacritics"], text) == text
    exe = str(RAYZAN) if RAYZAN.exists() else shutil.which("rayzan")
    done = subprocess.run([exe, "normalize", "--digits", "roman"], input=b"x", capture_output=True, timeout=60, check=False)
    assert done.returncode != 0 and b"--digits" in done.stderr
