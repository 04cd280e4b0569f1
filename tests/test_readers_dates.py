"""Publication dates as readers meet them (rayzan.readers.dates)."""

from __future__ import annotations

import pytest

from rayzan.readers.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1403/02/31", "2024-05-20"),  # Solar Hijri in digits
        ("۱۴۰۳/۰۲/۳۱ ۱۰:۳۰", "2024-05-20"),  # Persian digits and a time
        ("۳۱ اردیبهشت ۱۴۰۳", "2024-05-20"),  # written out, as Persian news dates its articles
        ("دوشنبه ۳۱ اردیبهشت‌ماه ۱۴۰۳ - ۱۰:۳۰", "2024-05-20"),  # weekday, «ماه» after a ZWNJ, a time
        ("۱۰ دي ماه ۱۴۰۲", "2023-12-31"),  # Arabic ي, «ماه» after a space
        ("1 امرداد 1403", "2024-07-22"),  # the older name of مرداد
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # 1403 is a leap year
        ("۳۰ اسفند ۱۴۰۲", None),  # 1402 is not: no such day
        ("۳۱ اردیبهشت", None),  # no year
        ("Mon, 20 May 2024 10:00:00 +0330", "2024-05-20"),
    ],
)
def test_readers_dates_parse(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected
