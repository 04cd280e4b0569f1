"""When an event happened: explicit dates in the sentence, or days relative to publication.

Explicit dates come in three calendars: Jalali («۲۴ مهر ۱۴۰۳», via jdatetime),
Gregorian («۱۵ اکتبر ۲۰۲۴») and lunar Hijri («۱۲ ربیع‌الاول ۱۴۴۶», tabular
Islamic calendar, which may differ by a day from sighting-based calendars).  A
date without a year takes the year that puts it nearest the article date.
Relative expressions («روز گذشته», «دوشنبه», «فردا») count from the article date.
"""

from __future__ import annotations

import datetime as dt
import re

import jdatetime

from rayzan.readers.dates import calendar_date, latin_digits

_SEP = "[\u200c ]?"

JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5, "مي": 5, "ژوئن": 6,
    "ژوئیه": 7, "جولای": 7, "ژوییه": 7, "اوت": 8, "آگوست": 8, "اگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11,
    "دسامبر": 12,
}  # fmt: skip
HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربیع‌الاول": 3, "ربیع الاول": 3, "ربیع‌الثانی": 4, "ربیع الثانی": 4, "ربیع‌الآخر": 4,
    "جمادی‌الاول": 5, "جمادی الاول": 5, "جمادی‌الاولی": 5, "جمادی‌الثانی": 6, "جمادی الثانی": 6, "جمادی‌الآخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذی‌القعده": 11, "ذی القعده": 11, "ذیقعده": 11,
    "ذی‌الحجه": 12, "ذی الحجه": 12, "ذیحجه": 12,
}  # fmt: skip
# Persian weekday names -> Python weekday (Monday = 0).
WEEKDAYS = {"شنبه": 5, "یکشنبه": 6, "دوشنبه": 0, "سه‌شنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "جمعه": 4}
RELATIVE_DAYS = {"پریروز": -2, "دیروز": -1, "روز گذشته": -1, "شب گذشته": -1, "دیشب": -1, "امروز": 0, "امشب": 0,
                 "فردا": 1, "پس‌فردا": 2, "پس فردا": 2, "روز آینده": 1}  # fmt: skip


def _alternation(words: object) -> str:
    forms = sorted({w.replace("\u200c", " ") for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(_SEP.join(re.escape(p) for p in f.split(" ")) for f in forms)


_NUM = r"([0-9۰-۹٠-٩]{1,2})"
_YEAR = r"(?:\s+(?:سال\s+)?([0-9۰-۹٠-٩]{4}))?"
_JALALI = re.compile(_NUM + r"\s+(" + "|".join(JALALI_MONTHS) + r")(?:" + _SEP + r"ماه)?" + _YEAR + r"(?![\w\u200c])")
_GREGORIAN = re.compile(
    _NUM + r"\s+(" + _alternation(GREGORIAN_MONTHS) + r")" + _YEAR + r"(?:\s*(?:میلادی|م\.?))?(?![\w\u200c])"
)
_HIJRI = re.compile(_NUM + r"\s+(" + _alternation(HIJRI_MONTHS) + r")" + _YEAR + r"(?![\w\u200c])")
_NUMERIC = re.compile(r"([0-9۰-۹]{4})/([0-9۰-۹]{1,2})/([0-9۰-۹]{1,2})")
_RELATIVE = re.compile(r"(?<![\w\u200c])(" + _alternation(RELATIVE_DAYS) + r")(?![\w\u200c])")
_WEEKDAY = re.compile(r"(?<![\w\u200c])(" + _alternation(WEEKDAYS) + r")(?![\w\u200c])")


def resolve_date(sentence: str, published: str | None, planned: bool = False) -> str | None:
    """The event date a sentence gives (YYYY-MM-DD), else the article date, else None."""
    base = _parse_iso(published)
    for finder in (_explicit, _relative):
        found = finder(sentence, base, planned)
        if found is not None:
            return found.isoformat()
    return base.isoformat() if base else None


def explicit_or_relative(sentence: str, published: str | None, planned: bool = False) -> str | None:
    """Only a date the sentence itself states (explicitly or relative to the article), else None."""
    base = _parse_iso(published)
    for finder in (_explicit, _relative):
        found = finder(sentence, base, planned)
        if found is not None:
            return found.isoformat()
    return None


def _explicit(sentence: str, base: dt.date | None, planned: bool) -> dt.date | None:
    m = _NUMERIC.search(sentence)
    if m:
        y, mo, d = (int(latin_digits(g)) for g in m.groups())
        return _safe(lambda: calendar_date(y, mo, d))
    m = _JALALI.search(sentence)
    if m:
        day, month = int(latin_digits(m.group(1))), JALALI_MONTHS.index(m.group(2)) + 1
        year = _year(m.group(3), base, lambda y: jdatetime.date(y, month, day).togregorian(),
                     jdatetime.date.fromgregorian(date=base).year if base else None)  # fmt: skip
        return year
    m = _GREGORIAN.search(sentence)
    if m:
        day, month = int(latin_digits(m.group(1))), GREGORIAN_MONTHS[m.group(2).replace(" ", "\u200c")]
        return _year(m.group(3), base, lambda y: dt.date(y, month, day), base.year if base else None)
    m = _HIJRI.search(sentence)
    if m:
        key = re.sub(r"[\u200c ]", "\u200c", m.group(2))
        month = HIJRI_MONTHS.get(key) or HIJRI_MONTHS.get(m.group(2)) or HIJRI_MONTHS[key.replace("\u200c", " ")]
        day = int(latin_digits(m.group(1)))
        approx = round((base.year - 622) * 33 / 32) if base else None
        return _year(m.group(3), base, lambda y: hijri_to_gregorian(y, month, day), approx)
    return None


def _year(given: str | None, base: dt.date | None, make, base_year: int | None) -> dt.date | None:  # type: ignore[no-untyped-def]
    if given:
        return _safe(lambda: make(int(latin_digits(given))))
    if base is None or base_year is None:
        return None
    options = [d for d in (_safe(lambda y=y: make(y)) for y in (base_year - 1, base_year, base_year + 1)) if d]
    return min(options, key=lambda d: abs((d - base).days)) if options else None


def _relative(sentence: str, base: dt.date | None, planned: bool) -> dt.date | None:
    if base is None:
        return None
    m = _RELATIVE.search(sentence)
    if m:
        key = m.group(1).replace("\u200c", " ")
        offset = next(v for k, v in RELATIVE_DAYS.items() if k.replace("\u200c", " ") == re.sub(r"[\u200c ]", " ", key))
        return base + dt.timedelta(days=offset)
    m = _WEEKDAY.search(sentence)
    if m:
        name = re.sub(r"[\u200c ]", "", m.group(1))
        weekday = next(v for k, v in WEEKDAYS.items() if k.replace("\u200c", "") == name)
        delta = (base.weekday() - weekday) % 7
        if planned or re.match(r"\s+(?:آینده|آتی)", sentence[m.end() :]):
            return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
        return base - dt.timedelta(days=delta)
    return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Tabular (arithmetical) Islamic calendar to Gregorian."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    jdn = day + -(-(295 * (month - 1)) // 10) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439 - 1
    return dt.date.fromordinal(jdn - 1721425)


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _safe(make) -> dt.date | None:  # type: ignore[no-untyped-def]
    try:
        out = make()
    except (ValueError, OverflowError):
        return None
    return out if isinstance(out, dt.date) else None
