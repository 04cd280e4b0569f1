"""CAMEO codes with their names, Goldstein scores, quad classes and PLOVER types.

Both tables ship under ``data/`` and load once, on first use:
``cameo.tsv`` (public CAMEO 1.1b3 / GDELT reference values) and ``plover.tsv``
(derived from the PLOVER project's CAMEO2PLOVER-2021 table by
``scripts/build_plover_map.py``; CC BY-SA, see ``data/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
    "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)  # fmt: skip

# Types where "X with Y" has no direction: the dyad is compared as a set when merging.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# CONSULT codes that do have a direction (a visit is made by one side to the other).
DIRECTED_CODES = frozenset({"042", "043"})


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None  # None for CAMEO 01/02 (statements, appeals), which PLOVER does not code
    mode: str | None = None  # PLOVER's mode of the type (042: visit), from CAMEO2PLOVER
    contexts: tuple[str, ...] = ()  # PLOVER's contexts (0311: economic)


def _read(name: str) -> list[list[str]]:
    text = resources.files("rayzan.events").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    plover = {row[0]: (row + ["", "", ""])[1:4] for row in _read("plover.tsv")}
    table: dict[str, CameoCode] = {}
    for code, name, goldstein, quad in _read("cameo.tsv"):
        # A code absent from PLOVER's table inherits the type, mode and contexts of its nearest
        # listed parent.
        ptype, mode, context = next((plover[c] for c in (code, code[:3], code[:2]) if c in plover), (None, "", ""))
        contexts = tuple(c for c in context.split(";") if c)
        table[code] = CameoCode(code, name, float(goldstein), int(quad), ptype or None, mode or None, contexts)
    return table


def cameo(code: str) -> CameoCode:
    """The reference entry of a CAMEO code; ``KeyError`` names an unknown code."""
    return cameo_table()[code]


# Codes outside those types that two parties do together («یادداشت تفاهم امضا کردند»).
SYMMETRIC_CODES = frozenset({"057"})


def is_symmetric(code: str) -> bool:
    entry = cameo(code)
    return (entry.plover in SYMMETRIC_TYPES or code in SYMMETRIC_CODES) and code not in DIRECTED_CODES
