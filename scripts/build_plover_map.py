"""Derive src/rayzan/events/data/plover.tsv from the PLOVER project's CAMEO table.

Usage: python scripts/build_plover_map.py [../shared/data/ontology/CAMEO2PLOVER-2021.txt]

The source (PLOVER manual draft 0.8, 2021, CC BY-SA) lists ``code: TYPE, mode, context # name``;
we keep code, type, mode and context, one line per CAMEO code, and write it beside the
CAMEO reference table so the package never reads ../shared at run time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "ontology" / "CAMEO2PLOVER-2021.txt"
TARGET = ROOT / "src" / "rayzan" / "events" / "data" / "plover.tsv"
_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")


def parse(text: str) -> dict[str, tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for line in text.splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        code, plover, mode, context = m.group(1), m.group(2), (m.group(3) or "").strip(), (m.group(4) or "").strip()
        # Two-digit headers ("08: CONCEDE") name a block; only the first mapping of a code counts.
        rows.setdefault(code, (plover, mode, re.sub(r"\s*;\s*", ";", context)))
    return rows


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    rows = parse(source.read_text(encoding="utf-8"))
    lines = ["# cameo\tplover\tmode\tcontext  (derived from PLOVER CAMEO2PLOVER-2021.txt, CC BY-SA; see README.md)"]
    lines += [f"{code}\t{p}\t{mode}\t{ctx}" for code, (p, mode, ctx) in sorted(rows.items())]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} codes to {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
