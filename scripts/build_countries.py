"""Build src/rayzan/actors/data/countries.csv, the table of states the actor
knowledge base loads.

Names come from CLDR via Babel (Persian and English territory names); the ISO
3166-1 alpha-2 -> alpha-3 mapping comes from pycountry (build-time only:
``pip install pycountry``); everything CLDR lacks — Persian variants, demonyms,
capitals and major cities, metonyms — comes from the hand-kept
``countries_extra.yaml`` beside the output.

    python scripts/build_countries.py            # rewrite countries.csv
    python scripts/build_countries.py --check    # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import yaml
from babel import Locale

DATA = Path(__file__).resolve().parents[1] / "src" / "rayzan" / "actors" / "data"
EXTRA = DATA / "countries_extra.yaml"
OUTPUT = DATA / "countries.csv"
COLUMNS = ("iso3", "iso2", "name_en", "name_fa", "variants", "demonyms", "capital_fa", "capital_en", "cities", "metonyms")

# CLDR uses the Arabic-script "heh with hamza" (ۀ/هٔ) in a few names; news writes a bare ه.
_PLAIN = str.maketrans({"ۀ": "ه", "\u0654": "", "ي": "ی", "ك": "ک"})


def plain(name: str) -> str:
    return name.translate(_PLAIN).strip()


def cldr_states() -> dict[str, tuple[str, str, str]]:
    """ISO3 -> (ISO2, English name, Persian name) for every ISO 3166-1 state CLDR names."""
    import pycountry

    fa, en = Locale("fa").territories, Locale("en").territories
    out: dict[str, tuple[str, str, str]] = {}
    for country in pycountry.countries:
        iso2 = country.alpha_2
        if iso2 in fa and iso2 in en:
            out[country.alpha_3] = (iso2, en[iso2], plain(fa[iso2]))
    return out


def _join(items: list[str]) -> str:
    return "|".join(plain(i) for i in items)


# Names whose regular demonym is another word: «غنایی» (lyrical), «موریسی» (Maurice's).
_NO_REGULAR_DEMONYM = frozenset({"غنا", "موریس"})


def regular_demonyms(name_fa: str) -> list[str]:
    """The nisba of a one-word state name the extra file gives no demonym: «فیلیپینی», «گینه‌ای», «کنیایی».  Not of
    names in «ی» (their demonyms are irregular: «آلبانیایی», «مالیایی») nor of phrases («آفریقای جنوبی»)."""
    if " " in name_fa or name_fa.endswith("ی") or name_fa in _NO_REGULAR_DEMONYM:
        return []
    if name_fa.endswith("ه"):
        return [name_fa + "\u200cای"]
    if name_fa.endswith(("ا", "و")):
        return [name_fa + "یی"]
    return [name_fa + "ی"]


def build_rows() -> list[dict[str, str]]:
    extra: dict[str, dict] = yaml.safe_load(EXTRA.read_text(encoding="utf-8")) or {}
    states = cldr_states()
    unknown = sorted(set(extra) - set(states))
    if unknown:
        raise SystemExit(f"{EXTRA.name}: not ISO 3166-1 alpha-3 codes: {unknown}")
    rows = []
    for iso3, (iso2, name_en, cldr_fa) in sorted(states.items()):
        # `name_en` in the extra file overrides CLDR's English (PSE: "Palestine").
        more = extra.get(iso3) or {}
        name_fa = plain(more.get("name") or cldr_fa)
        variants = [v for v in [cldr_fa, *more.get("variants", [])] if plain(v) != name_fa]
        capital = more.get("capital") or ["", ""]
        rows.append(
            {
                "iso3": iso3,
                "iso2": iso2,
                "name_en": more.get("name_en") or name_en,
                "name_fa": name_fa,
                "variants": _join(list(dict.fromkeys(variants))),
                "demonyms": _join(more.get("demonyms") or regular_demonyms(name_fa)),
                "capital_fa": plain(capital[0]),
                "capital_en": capital[1],
                "cities": "|".join(f"{plain(k)}={v}" for k, v in (more.get("cities") or {}).items()),
                "metonyms": "|".join(f"{plain(k)}={v}" for k, v in (more.get("metonyms") or {}).items()),
            }
        )
    return rows


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if countries.csv is out of date")
    args = parser.parse_args()
    text = render(build_rows())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 1} states)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
