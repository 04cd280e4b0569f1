"""Filter values as people type them (``rayzan.store.filters``), shared by the CLI and the API."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rayzan.errors import OptionError
from rayzan.store import filters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IRN", "IRN"),
        ("irn", "IRN"),  # any case
        (" RUS ", "RUS"),  # stray spaces, as pasted
        ("ایران", "IRN"),  # the Persian name /api/countries gives
        ("روسيه", "RUS"),  # ... written with Arabic yeh
        ("آمریکا", "USA"),  # the short form news uses, not CLDR's «ایالات متحده»
        ("Iran", "IRN"),  # the English name, any case
        ("united kingdom", "GBR"),
        ("آلمان", "DEU"),  # not DDR, a withdrawn code CLDR also names «آلمان»
        ("یمن", "YEM"),  # not YMD
        ("کره\u200cجنوبی", "KOR"),  # ZWNJ where the name has a space
    ],
)
def test_store_filters_country_by_code_or_name(text: str, expected: str) -> None:
    assert filters.country_code(text, "--country") == expected


@pytest.mark.parametrize("text", ["XXX", "Atlantis", "ایرانی", "IR", ""])
def test_store_filters_unknown_country_names_the_option(text: str) -> None:
    with pytest.raises(OptionError, match="^--country: .*ISO3"):
        filters.country_code(text, "--country")


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (filters.cameo_prefix, "04", "04"),
        (filters.cameo_prefix, "۰۴۲", "042"),  # Persian digits
        (filters.cameo_prefix, "٠٤", "04"),  # Arabic-Indic digits
        (filters.cameo_prefix, "1", "1"),
        (filters.quad_class, "۴", 4),
        (filters.quad_class, 2, 2),
        (filters.plover_types, "consult, Agree", ("CONSULT", "AGREE")),
        (filters.plover_types, ["assault"], ("ASSAULT",)),
        (filters.actor_kind, "Person", "person"),
    ],
)
def test_store_filters_canonical_values(function: Callable[..., object], text: object, expected: object) -> None:
    assert function(text, "x") == expected


@pytest.mark.parametrize(
    ("function", "text", "listed"),
    [
        (filters.cameo_prefix, "abc", "01-20"),
        (filters.cameo_prefix, "99", "01-20"),
        (filters.cameo_prefix, "04201", "01-20"),
        (filters.quad_class, "5", "material conflict"),
        (filters.quad_class, "x", "verbal cooperation"),
        (filters.plover_types, "FOO", "CONSULT"),
        (filters.plover_types, ",", "ASSAULT"),
        (filters.actor_kind, "foo", "organisation"),
    ],
)
def test_store_filters_bad_values_list_the_valid_ones(function: Callable[..., object], text: str, listed: str) -> None:
    with pytest.raises(OptionError) as error:
        function(text, "--opt")
    assert str(error.value).startswith("--opt: ") and listed in str(error.value)


KNOWN_ACTORS = {"person:abbas-araghchi", "person:sergey-lavrov", "Sergey Lavrov", "Lavrov", "عباس عراقچی"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IRN-RUS", ("IRN", "RUS")),
        ("irn,rus", ("IRN", "RUS")),  # a comma; codes in any case
        (" ایران - روسیه ", ("IRN", "RUS")),  # Persian names, spaces around
        ("person:abbas-araghchi,person:sergey-lavrov", ("person:abbas-araghchi", "person:sergey-lavrov")),
        ("person:abbas-araghchi-person:sergey-lavrov", ("person:abbas-araghchi", "person:sergey-lavrov")),  # the one split of two known ids
        ("IRN-Sergey Lavrov", ("IRN", "Sergey Lavrov")),
        ("عباس عراقچی-سرگئی لاوروف", ("عباس عراقچی", "سرگئی لاوروف")),  # one hyphen: the split, known or not
        ("person:abbas-araghchi-RUS", ("person:abbas-araghchi", "RUS")),
    ],
)
def test_store_filters_dyad_splits_where_both_sides_are_known(text: str, expected: tuple[str, str]) -> None:
    assert filters.split_dyad(text, KNOWN_ACTORS.__contains__, "--dyad") == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("IRN", "not two"),
        ("IRN-", "not two"),
        ("IRN,RUS,SYR", "not two"),
        ("IRN-RUS-SYR", "no hyphen"),  # neither IRN|RUS-SYR nor IRN-RUS|SYR
        ("person:abbas-araghchi-Lavrov-Sergey Lavrov", "more than one"),  # ...-Lavrov | Sergey Lavrov? ... | Lavrov-...?
    ],
)
def test_store_filters_dyad_that_cannot_be_split_asks_for_a_comma(text: str, reason: str) -> None:
    known = {*KNOWN_ACTORS, "person:abbas-araghchi-Lavrov", "Lavrov-Sergey Lavrov"}
    with pytest.raises(OptionError, match=f"^--dyad: .*{reason}.*A,B"):
        filters.split_dyad(text, known.__contains__, "--dyad")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-11-05", "2024-11-05"),
        (" 2024-11-05 ", "2024-11-05"),
        ("2024-1-5", "2024-01-05"),
        ("۲۰۲۶-۱۱-۲۲", "2026-11-22"),  # Persian digits
        ("1403-08-15", "2024-11-05"),  # a year before 1700: Solar Hijri
        ("۱۴۰۳/۰۸/۱۵", "2024-11-05"),  # as Persian news writes it
        ("1405-09-01", "2026-11-22"),
        ("1403-12-30", "2025-03-20"),  # 1403 is a leap year
    ],
)
def test_store_filters_dates_gregorian_or_solar_hijri(text: str, expected: str) -> None:
    assert filters.date(text, "--from") == expected


@pytest.mark.parametrize("text", ["2026-02-30", "2024-13-01", "1402-12-30", "1403-07-31", "yesterday", "0", "20241105"])
def test_store_filters_bad_dates_name_the_option(text: str) -> None:
    with pytest.raises(OptionError, match="^--from: .*YYYY-MM-DD"):
        filters.date(text, "--from")


def test_store_filters_date_range_in_order() -> None:
    assert filters.date_range("1403-08-15", "2024-11-30", ("--from", "--to")) == ("2024-11-05", "2024-11-30")
    with pytest.raises(OptionError, match=r"^--from: 1403-08-20 \(2024-11-10\) is after --to 2024-11-01"):
        filters.date_range("1403-08-20", "2024-11-01", ("--from", "--to"))


def test_store_filters_dyad_of_many_hyphens_is_refused_without_a_lookup_per_split() -> None:
    # Every split was looked up among the stored actors (a table scan each): a 400-character
    # dyad of hyphens took 1.9 s to refuse on 3,731 actors.  Splits are now looked up once
    # each, and a dyad with more hyphens than any two actor ids hold is refused at once.
    asked: list[str] = []

    def known(side: str) -> bool:
        asked.append(side)
        return False

    with pytest.raises(OptionError, match=r"^dyad: .*200 hyphens.*comma \(A,B\)"):
        filters.split_dyad("a-" * 200 + "a", known, "dyad")
    assert asked == []
    with pytest.raises(OptionError, match="no hyphen"):
        filters.split_dyad("x-a-x-a-x", known, "dyad")
    assert sorted(asked) == sorted(set(asked)), asked  # "x" and "a" are each asked once
