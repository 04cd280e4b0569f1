"""Publication dates as readers meet them, to ISO ``YYYY-MM-DD`` (Gregorian)."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import jdatetime

from rayzan.readers.base import InputWarning

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
# A date as Persian news writes it out: «۳۱ اردیبهشت ۱۴۰۳», «دوشنبه ۳۱ اردیبهشت‌ماه ۱۴۰۳ - ۱۰:۳۰».
_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_WRITTEN = re.compile(r"(?<!\d)(\d{1,2})\s*(" + "|".join(_MONTHS) + r"|امرداد)(?:[\s\u200c]*ماه)?\s+(\d{4})(?!\d)")
# Before this year a date is Solar Hijri, the calendar Persian news dates by (news archives
# hold no Gregorian dates that old; 1700 SH is 2321).
SOLAR_HIJRI_BEFORE = 1700


def latin_digits(text: str) -> str:
    """Persian (۱۲) and Arabic-Indic (١٢) digits as ASCII ones."""
    return text.translate(_DIGITS)


def calendar_date(year: int, month: int, day: int) -> date:
    """The (Gregorian) date of a day written Solar Hijri when its year is before
    ``SOLAR_HIJRI_BEFORE``; ``ValueError`` for a day its calendar does not have."""
    if year < SOLAR_HIJRI_BEFORE:
        return jdatetime.date(year, month, day).togregorian()
    return date(year, month, day)


def parse_date(value: object) -> str | None:
    """ISO date from a datetime, an ISO/RFC 822 string or a Jalali ``1402/08/15`` or ``۱۵ آبان ۱۴۰۲``; None if unknown."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):  # feedparser's time.struct_time
        try:
            return date(int(value[0]), int(value[1]), int(value[2])).isoformat()
        except (IndexError, TypeError, ValueError):
            return None
    text = latin_digits(str(value).strip())
    m = _YMD.search(text)
    if m:
        try:
            return calendar_date(*(int(g) for g in m.groups())).isoformat()
        except ValueError:
            return None
    m = _WRITTEN.search(text.replace("ي", "ی").replace("ك", "ک"))
    if m:
        day, month, year = int(m.group(1)), m.group(2), int(m.group(3))
        try:
            return calendar_date(year, 5 if month == "امرداد" else _MONTHS.index(month) + 1, day).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


DATE_FORMS = "YYYY-MM-DD, an ISO date-time, an RFC 822 date or a Solar Hijri date such as 1403/05/12 or ۱۲ مرداد ۱۴۰۳"


def read_date(value: object, where: str) -> tuple[str | None, InputWarning | None]:
    """``parse_date`` for a field a reader found: a value that is there but is no
    date (``not-a-date``, ``2026-02-30``) gives None and a warning naming ``where``."""
    found = parse_date(value)
    if found is None and value is not None and str(value).strip():
        return None, InputWarning(where, f"{str(value).strip()[:80]!r} is not a date ({DATE_FORMS}); stored without a date")
    return found, None


_FARS_ID = re.compile(r"farsnews\.(?:ir|com)/(?:\w+/)*(?:news(?:text\.php\?nn=|/))?(\d{2})(\d{2})(\d{2})\d{4}\b")
# Since 1390 Fars News ids are 14 digits, the four-digit year first (``13911222000122`` → 1391/12/22).
_FARS_LONG_ID = re.compile(r"farsnews\.(?:ir|com)/(?:\w+/)*(?:news(?:text\.php\?nn=|/))?(1[34]\d{2})(\d{2})(\d{2})\d{6}\b")


def date_from_url(url: str | None) -> str | None:
    """Fars News ids begin with the Jalali date: ``8707060313`` → 1387/07/06,
    ``13911222000122`` → 1391/12/22."""
    if not url:
        return None
    long_id = _FARS_LONG_ID.search(url)
    m = long_id or _FARS_ID.search(url)
    if not m:
        return None
    yy, mm, dd = (int(g) for g in m.groups())
    year = yy if long_id else 1300 + yy if yy >= 50 else 1400 + yy
    try:
        return jdatetime.date(year, mm, dd).togregorian().isoformat()
    except ValueError:
        return None
