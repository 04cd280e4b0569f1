"""GDELT 2.0 event rows: what a GDELT reader expects of each field."""

from __future__ import annotations

from typing import Any

from rayzan.export.gdelt import COLUMNS, gdelt_row


def event(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": 7, "date": "2024-11-05", "cameo": "042", "quad_class": 1, "goldstein": 1.9,
        "source": {"actor": None, "text": "ایران", "country": "IRN"},
        "target": {"actor": None, "text": "روسیه", "country": "RUS"},
        "location": None, "evidence": [], "mentions": 1, "sources": 1, "articles": 1, "first_seen": "2024-11-05",
    }  # fmt: skip
    return {**item, **changes}


def row_of(item: dict[str, Any], source_url: str | None = None) -> dict[str, str]:
    return dict(zip(COLUMNS, gdelt_row(item, {}, source_url), strict=True))


def test_gdelt_row_has_no_character_that_splits_a_line() -> None:
    # Scraped Persian text carries tabs, CR/LF, and U+2028, NEL, \v, \f, which Python's
    # str.splitlines() (and so many a GDELT reader) breaks lines at.
    text = "سخنگو\tگفت:\r\n«ما»\u2028نه\x85آری\vو\f\x1cپایان"
    fields = gdelt_row(event(source={"actor": None, "text": text, "country": None}), {}, "https://x.ir/a\tb")
    line = "\t".join(fields)
    assert len(line.split("\t")) == 61
    assert line.splitlines() == [line]
    assert dict(zip(COLUMNS, fields, strict=True))["Actor1Name"] == "سخنگو گفت:  «ما» نه آری و  پایان"


def test_gdelt_geo_type_is_the_resolution_of_the_place() -> None:
    def geo(text: str, name_en: str, country: str | None) -> tuple[str, str]:
        row = row_of(event(location={"text": text, "name_en": name_en, "country": country}))
        return row["ActionGeo_Type"], row["ActionGeo_FullName"]

    # 1 COUNTRY only for the country itself; a city is 4 (WORLDCITY), a US one 3 (USCITY).
    assert geo("ایران", "Iran", "IRN") == ("1", "Iran")
    assert geo("تهران", "Tehran", "IRN") == ("4", "Tehran")
    assert geo("واشنگتن", "Washington", "USA")[0] == "3"
    # A province or a sea: GDELT would say 5 or nothing; we cannot tell which, so blank.
    assert geo("هرمزگان", "Hormozgan", "IRN") == ("", "Hormozgan")
    assert geo("دریای سرخ", "Red Sea", None) == ("", "Red Sea")
    # The actors' geo columns are where the text puts them, which we do not know:
    # their nationality is Actor1CountryCode, not a country-level Actor1Geo.
    row = row_of(event())
    assert (row["Actor1CountryCode"], row["Actor1Geo_Type"], row["Actor2Geo_Type"]) == ("IRN", "", "")
    assert row["ActionGeo_Type"] == ""  # no location
