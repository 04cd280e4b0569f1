"""Publication dates as readers meet them (rayzan.readers.dates)."""

from __future__ import annotations

import pytest

from rayzan.readers.dates import date_from_url, parse_date


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


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.farsnews.ir/news/8707060313", "2008-09-27"),  # the old ten-digit id: 87/07/06
        # The fourteen-digit id used since 1390 (more than half the shared Fars articles): 1391/12/22.
        ("https://www.farsnews.ir/news/13911222000122/خبرگزاری-فارس", "2013-03-12"),
        ("https://www.farsnews.ir/news/14030815000101", "2024-11-05"),
        ("https://www.farsnews.ir/news/13951304000664/x", None),  # month 13: no date rather than a wrong one
        ("https://example.ir/news/13911222000122", None),  # another site's number is not a Fars id
    ],
)
def test_readers_dates_from_fars_url(url: str, expected: str | None) -> None:
    assert date_from_url(url) == expected
