"""English and Persian country names by ISO 3166-1 alpha-3 code.

Taken from the CLDR data that ships with Babel (already a dependency), so the
dashboard can label ``IRN`` as "Iran · ایران" without a table of our own, and the
event filters can take a country by name (``rayzan.store.filters``).
"""

from __future__ import annotations

from functools import lru_cache

# CLDR's names are formal or long where news uses a short form.
_SHORT_NAMES = {
    "PSE": ("Palestine", "فلسطین"),
    "USA": ("United States", "آمریکا"),
    "GBR": ("United Kingdom", "انگلیس"),
    "ARE": ("United Arab Emirates", "امارات"),
    "PRK": ("North Korea", "کره شمالی"),
    "KOR": ("South Korea", "کره جنوبی"),
}


@lru_cache(maxsize=1)
def country_names() -> dict[str, dict[str, str]]:
    """``{"IRN": {"en": "Iran", "fa": "ایران"}, ...}`` for every current alpha-3 code."""
    from babel import Locale
    from babel.core import get_global

    english, persian = Locale("en").territories, Locale("fa").territories
    names: dict[str, dict[str, str]] = {}
    for alpha3, targets in get_global("territory_aliases").items():
        if len(alpha3) != 3 or not alpha3.isalpha() or len(targets) != 1:
            continue
        alpha2 = targets[0]
        if alpha2 in english:
            names[alpha3] = {"en": english[alpha2], "fa": persian.get(alpha2, english[alpha2])}
    for alpha3, (en, fa) in _SHORT_NAMES.items():
        names[alpha3] = {"en": en, "fa": fa}
    return names


def country_name_en(alpha3: str | None) -> str | None:
    if not alpha3:
        return None
    entry = country_names().get(alpha3.upper())
    return entry["en"] if entry else None
