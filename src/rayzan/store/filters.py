"""Event filter values as people type them, checked and made canonical.

``rayzan events``/``rayzan export`` and ``GET /api/events`` call these same functions,
so they take the same values and name the same mistakes: ``name`` is the option or
parameter a value came from (``--country``, ``country``), and an ``OptionError`` says
which values it takes.  Persian digits are read as digits everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from rayzan.errors import OptionError
from rayzan.readers.dates import calendar_date, latin_digits
from rayzan.store.query import SORT_KEYS
from rayzan.store.search import MAX_QUERY_WORDS, name_key, query_words

QUAD_CLASSES = (1, 2, 3, 4)
# Actor.kind values (rayzan.document.Actor).
ACTOR_KINDS = ("person", "country", "organisation", "government", "place", "group")
_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
# A host name: labels of letters, digits and hyphens joined by dots (farsnews.ir).
_HOST = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\.?$")
# ISO codes CLDR still lists as aliases of a current one (DDR and DEU are both «آلمان»).
_WITHDRAWN = frozenset({"BUR", "DDR", "FXX", "TMP", "YMD", "ZAR"})
# Hyphens a dyad without a comma may hold: two of the longest stored actor ids hold 25.
MAX_DYAD_HYPHENS = 32


def plover_types(value: str | Iterable[str], name: str = "plover") -> tuple[str, ...]:
    """``CONSULT,agree`` → ``("CONSULT", "AGREE")``; an unknown type is an error."""
    from rayzan.events.ontology import PLOVER_TYPES

    given = value.split(",") if isinstance(value, str) else list(value)
    types = tuple(t.strip().upper() for t in given)
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        shown = ", ".join(repr(t) for t in unknown)
        raise OptionError(name, f"unknown PLOVER type {shown}; use one of {', '.join(PLOVER_TYPES)}")
    return types


def cameo_prefix(value: str, name: str = "cameo") -> str:
    """A CAMEO code or its first digits (``04``, ``۰۴``, ``112``) that some code starts with."""
    code = latin_digits(value.strip())
    if code not in cameo_prefixes():
        roots = sorted(p for p in cameo_prefixes() if len(p) == 2)
        raise OptionError(name, f"{value!r} is not a CAMEO code or prefix; codes start with {roots[0]}-{roots[-1]} (e.g. 04 consult, 112 accuse)")
    return code


@lru_cache(maxsize=1)
def cameo_prefixes() -> frozenset[str]:
    """Every CAMEO code and every first part of one (``0``, ``04``, ``042``)."""
    from rayzan.events.ontology import cameo_table

    return frozenset(code[:n] for code in cameo_table() for n in range(1, len(code) + 1))


def quad_class(value: int | str, name: str = "quad_class") -> int:
    try:
        number = int(latin_digits(str(value).strip()))
    except ValueError:
        number = 0
    if number not in QUAD_CLASSES:
        raise OptionError(name, f"{value!r} is not a quad class; use 1 (verbal cooperation), 2 (material cooperation), "
                                "3 (verbal conflict) or 4 (material conflict)")
    return number


def actor_kind(value: str, name: str = "kind") -> str:
    kind = value.strip().lower()
    if kind not in ACTOR_KINDS:
        raise OptionError(name, f"unknown actor kind {value!r}; use one of {', '.join(ACTOR_KINDS)}")
    return kind


def sort_key(value: str, name: str = "sort") -> str:
    """``-confidence``: a key of ``SORT_KEYS``, ``-`` in front for descending."""
    key = value.strip()
    if key.lstrip("-") not in SORT_KEYS or key.startswith("--"):
        raise OptionError(name, f"unknown sort key {value!r}; use one of {', '.join(SORT_KEYS)}, with '-' in front for descending")
    return key


def text_words(value: str, name: str = "q") -> str:
    """Free text of at most ``search.MAX_QUERY_WORDS`` different words (each is a pass over the
    events that hold it); the text is returned as given."""
    words = query_words(value)
    if len(words) > MAX_QUERY_WORDS:
        raise OptionError(name, f"{len(words)} different words; search for at most {MAX_QUERY_WORDS} "
                                "(every word must be in the evidence, so a few distinctive ones find the same events)")
    return value


def confidence(value: float | str, name: str = "min_confidence") -> float:
    """A score from 0 to 1; Persian digits and the Persian decimal separator (۰٫۸) are read."""
    text = latin_digits(str(value).strip()).replace("\u066b", ".")
    try:
        number = float(text)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:  # also refuses nan
        raise OptionError(name, f"{value!r} is not a confidence; give a number from 0 to 1 (0.8)")
    return number


def outlet(value: str) -> str:
    """An outlet as ``source_of`` stores it: a host in any case, with ``www.``, a scheme or a path
    (``WWW.FarsNews.ir``, ``https://www.farsnews.ir/``) → ``farsnews.ir``.  Anything else (an
    outlet named in an article's own metadata) is kept as given."""
    value = value.strip()
    host = value.split("://", 1)[1] if "://" in value else value
    host = host.split("/", 1)[0]
    if not _HOST.match(host):
        return value
    return host.lower().rstrip(".").removeprefix("www.")


def country_code(value: str, name: str = "country") -> str:
    """An ISO3 code (any case) or a country's Persian or English name → the ISO3 code."""
    code = as_country(value)
    if code is None:
        raise OptionError(name, f"no country {value.strip()!r}; give an ISO3 code (IRN, RUS, USA ...) or a country's "
                                "Persian or English name (ایران, Russia); GET /api/countries lists them")
    return code


def as_country(value: str) -> str | None:
    """The ISO3 code ``value`` names (see ``country_code``), else None."""
    from rayzan.countries import country_names

    text = value.strip()
    if len(text) == 3 and text.isascii() and text.isalpha():
        return text.upper() if text.upper() in country_names() else None
    return _country_index().get(name_key(text)) if text else None


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    from rayzan.countries import country_names

    index: dict[str, str] = {}
    for code, names in sorted(country_names().items(), key=lambda kv: kv[0] in _WITHDRAWN, reverse=True):
        for label in (names["en"], names["fa"]):
            index[name_key(label)] = code  # current codes are written last and win
    return index


def date(value: str, name: str = "date") -> str:
    """``YYYY-MM-DD`` (or ``/``, Persian digits) → ISO ``YYYY-MM-DD``.  A year before 1700
    is Solar Hijri (``1403-08-15`` → ``2024-11-05``), the calendar Persian news dates by."""
    match = _DATE.match(latin_digits(value.strip()))
    try:
        if match is None:
            raise ValueError
        return calendar_date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        raise OptionError(name, f"{value!r} is not a calendar date; write YYYY-MM-DD, Gregorian (2024-11-05) or "
                                "Solar Hijri (1403-08-15)") from None


def date_range(
    date_from: str | None, date_to: str | None, names: tuple[str, str] = ("date_from", "date_to")
) -> tuple[str | None, str | None]:
    """Both ends read by ``date``; the first may not be after the last."""
    first = date(date_from, names[0]) if date_from is not None else None
    last = date(date_to, names[1]) if date_to is not None else None
    if first and last and first > last:
        raise OptionError(names[0], f"{_shown(date_from, first)} is after {names[1]} {_shown(date_to, last)}")
    return first, last


def _shown(given: str | None, read: str) -> str:
    return read if (given or "").strip() == read else f"{(given or '').strip()} ({read})"


def split_dyad(value: str, known: Callable[[str], bool], name: str = "dyad") -> tuple[str, str]:
    """``IRN,RUS`` or ``IRN-RUS`` → the two sides, a country as its ISO3 code.

    A comma always separates.  Actor ids and names hold hyphens (``person:abbas-araghchi``),
    so a hyphen is tried at each place, and the split where both sides are a country or
    ``known`` (a stored actor) wins; with only one hyphen, it is the split.
    """
    text = value.strip()
    parts = text.split(",") if "," in text else text.split("-")
    if len(parts) == 2 and all(p.strip() for p in parts):
        return _canonical(parts[0]), _canonical(parts[1])
    cuts = [i for i, ch in enumerate(text) if ch == "-"] if "," not in text else []
    if len(cuts) > MAX_DYAD_HYPHENS:
        # Each split asks ``known`` (a query of the stored actors): 400 hyphens took 1.9 s to refuse.
        shown = text if len(text) <= 60 else text[:57] + "..."
        raise OptionError(name, f"{shown!r} has {len(cuts)} hyphens, too many to try each split; "
                                "separate the two countries or actors with a comma (A,B)")
    sides = [(text[:i].strip(), text[i + 1:].strip()) for i in cuts]
    sides = [(a, b) for a, b in sides if a and b]
    if not sides:
        raise OptionError(name, f"{value!r} is not two countries or actors; write A,B or A-B (IRN,RUS; "
                                "person:abbas-araghchi,Lavrov)")
    is_known = lru_cache(maxsize=None)(lambda side: bool(as_country(side) or known(side)))
    resolved = [(a, b) for a, b in sides if is_known(a) and is_known(b)]
    if len(resolved) != 1:
        how = "no hyphen" if not resolved else "more than one hyphen"
        raise OptionError(name, f"{value!r}: {how} splits it into two known countries or actors; "
                                "separate the two with a comma (A,B)")
    a, b = resolved[0]
    return _canonical(a), _canonical(b)


def _canonical(side: str) -> str:
    side = side.strip()
    return as_country(side) or side
