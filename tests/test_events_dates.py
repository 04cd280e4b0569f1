"""Event dates: explicit Jalali, Gregorian and Hijri dates; days relative to the article."""

from __future__ import annotations

import pytest

from rayzan.events.dates import hijri_to_gregorian, resolve_date

PUBLISHED = "2024-10-16"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("روز ۲۴ مهر ۱۴۰۳ در تهران دیدار کرد", "2024-10-15"),  # Jalali with year
        ("روز ۲۴ مهرماه با وزیر خارجه دیدار کرد", "2024-10-15"),  # Jalali without year: nearest to the article
        ("عراقچی در ۲۶ سپتامبر ۲۰۲۴ در نیویورک بود", "2024-09-26"),  # Gregorian
        ("روز ۱۲ ربیع‌الاول ۱۴۴۶ برگزار شد", "2024-09-15"),  # lunar Hijri (tabular)
        ("روز گذشته با همتای خود گفتگو کرد", "2024-10-15"),  # relative
        ("دیروز در مسکو بود", "2024-10-15"),
        ("روز دوشنبه با سفیر دیدار کرد", "2024-10-14"),  # last Monday
        ("در سه‌شنبه آینده دیدار می‌کنند", "2024-10-22"),  # next Tuesday
        ("۱۴۰۳/۰۷/۲۴ دیدار کردند", "2024-10-15"),  # numeric Jalali
        ("بدون تاریخ", PUBLISHED),  # falls back to the article date
    ],
)
def test_events_dates_resolve(sentence: str, expected: str) -> None:
    assert resolve_date(sentence, PUBLISHED) == expected


def test_events_dates_planned_weekday_looks_forward() -> None:
    assert resolve_date("روز دوشنبه دیدار خواهد کرد", PUBLISHED, planned=True) == "2024-10-21"


def test_events_dates_without_article_date() -> None:
    assert resolve_date("روز گذشته دیدار کرد", None) is None
    assert resolve_date("۲۴ مهر ۱۴۰۳", None) == "2024-10-15"


def test_events_dates_hijri_known_day() -> None:
    assert hijri_to_gregorian(1445, 9, 1).isoformat() in {"2024-03-10", "2024-03-11"}  # Ramadan 1445
