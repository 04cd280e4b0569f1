"""Event records in the column order of the GDELT 2.0 event table (61 tab-separated columns).

What we know is filled in (IsRootEvent: the evidence lies in the article's title or
lead, GDELT's "first paragraph"); what GDELT derives from resources we do not have
(ethnic and religion codes, tone, geocoder feature ids and coordinates, FIPS
country codes of places, where in the text each actor is) is left blank.  Country
codes are ISO3, which is what CAMEO actor country codes are.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rayzan.actors.kb import load_kb

ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)
assert len(COLUMNS) == 61  # GDELT 2.0 event table

# GDELT geo types (resolution of the place): 1 country, 2 US state, 3 US city,
# 4 world city, 5 world state (a province); blank where the KB does not say which.
GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = "1", "3", "4"


def gdelt_row(item: dict[str, Any], actors: dict[str, dict[str, Any]], source_url: str | None,
              lead_end: int | None = None) -> list[str]:
    """One event as GDELT columns; ``lead_end``: where the opening (title and lead) of the
    article behind the evidence ends, for IsRootEvent (blank when unknown)."""
    row = dict.fromkeys(COLUMNS, "")
    row["GLOBALEVENTID"] = str(item["id"])
    evidence = item.get("evidence") or []
    if lead_end is not None and evidence:
        row["IsRootEvent"] = "1" if evidence[0]["start"] < lead_end else "0"
    day = _date(item.get("date"))
    if day:
        row["SQLDATE"] = day.strftime("%Y%m%d")
        row["MonthYear"] = day.strftime("%Y%m")
        row["Year"] = str(day.year)
        row["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    for n, side in ((1, item.get("source") or {}), (2, item.get("target") or {})):
        actor = actors.get(side.get("actor") or "") or {}
        code = actor.get("code") or side.get("country") or ""
        country = side.get("country") or actor.get("country") or ""
        row[f"Actor{n}Code"] = code
        row[f"Actor{n}Name"] = (actor.get("name_en") or side.get("text") or "").upper()
        row[f"Actor{n}CountryCode"] = country
        # A CAMEO actor code is the country followed by three-letter role codes (IRNGOVDIP).
        roles = code[3:] if country and code.startswith(country) else ""
        for i in range(3):
            row[f"Actor{n}Type{i + 1}Code"] = roles[3 * i : 3 * i + 3]
        # Actor{n}Geo_* is where the text places the actor, not its nationality: left blank.
    cameo = str(item.get("cameo") or "")
    row["EventCode"], row["EventBaseCode"], row["EventRootCode"] = cameo, cameo[:3], cameo[:2]
    row["QuadClass"] = str(item.get("quad_class") or "")
    row["GoldsteinScale"] = _number(item.get("goldstein"))
    row["NumMentions"], row["NumSources"], row["NumArticles"] = (
        str(item.get(k) or 0) for k in ("mentions", "sources", "articles")
    )
    location = item.get("location") or {}
    if location:
        row["ActionGeo_Type"] = _geo_type(location)
        row["ActionGeo_FullName"] = location.get("name_en") or location.get("text") or ""
    first_seen = _date(item.get("first_seen"))
    if first_seen:
        row["DATEADDED"] = first_seen.strftime("%Y%m%d") + "000000"
    row["SOURCEURL"] = source_url or ""
    return [_clean(row[c]) for c in COLUMNS]


def _geo_type(location: dict[str, Any]) -> str:
    """A country is type 1, a city 3 or 4; a province, region or sea is left blank rather
    than claimed as a country (Tehran is not IRN at country resolution)."""
    surface = load_kb().lookup(location.get("text") or "")
    kind = surface.entry.kind if surface else None
    if kind == "country":
        return GEO_COUNTRY
    if kind == "city":
        return GEO_US_CITY if surface and surface.entry.country == "USA" else GEO_WORLD_CITY
    return ""


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _number(value: Any) -> str:
    return "" if value is None else f"{float(value):g}"


# Tabs and every character Python's str.splitlines() breaks a line at (\v, \f, \x1c-\x1e,
# NEL, U+2028/9 occur in scraped Persian text): one inside a field would shift the later
# columns or split the row for a reader that splits lines that way.
_BREAKS = re.compile("[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _clean(value: str) -> str:
    return _BREAKS.sub(" ", value)
