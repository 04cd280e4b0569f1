"""The merges across a space Rayzan makes in raw news text, with the rule that made each, for reading.

    .venv-bench/bin/python bench/zwnj_merges.py [--corpora fars,varzesh3,namnak] [--mechanism head]

No gold says which space in news is a lost ZWNJ, so precision there is read, not scored: this lists
every pair ``A B`` that normalising the corpora's text (as found) turns into ``A‌B``, most frequent
first, with what allows it: a learned merge (``M``), a compound the pair model is asked about
(``pair``), a compound head (``head``), a deverbal head (``deverbal``), the Arabic article
(``article``), or none of those (``other``: affix rules, three-word merges).  Affix merges (plurals,
``می``, ``تر``) are left out.  Uses the shipped lexicon.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import units

from rayzan.text import normalize
from rayzan.text import zwnj as zwnj_rules
from rayzan.text.normalize import normalize_chars

ZWNJ = "\u200c"
_AFFIXES = (
    zwnj_rules.PLURAL_ENDINGS
    | zwnj_rules.COMPARATIVE_ENDINGS
    | zwnj_rules.HEH_ENDINGS
    | zwnj_rules.HEH_CLITICS
    | zwnj_rules.VERB_PREFIXES
    | zwnj_rules.SPACED_PREFIXES
)
_PUNCTUATION = '«»"().،:؛!؟'


def mechanisms(lex: zwnj_rules.ZwnjLexicon, left: str, right: str) -> str:
    found = []
    if f"{left} {right}".replace(ZWNJ, " ") in lex.merges:
        found.append("M")
    if lex.arabic_article(right):
        found.append("article")
    if left in lex.compound_lefts.get(right, ()):
        found.append("pair")
    if lex.head_joins(left, right):
        found.append("head")
    if lex.deverbal_joins(left, right):
        found.append("deverbal")
    return "+".join(found) or "other"


def merges(corpora: list[str]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for corpus in corpora:
        for text in units(corpus, "all"):
            before, after = normalize_chars(text)[0], normalize(text)
            if before == after:
                continue
            old, new = before.split(" "), after.split(" ")
            for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
                if op == "replace" and a2 - a1 == 2 and b2 - b1 == 1:
                    left, right = old[a1].strip(_PUNCTUATION), old[a1 + 1].strip(_PUNCTUATION)
                    if left and right and left not in _AFFIXES and right not in _AFFIXES:
                        counts[(left, right)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default="fars,varzesh3,namnak")
    parser.add_argument("--mechanism", help="only pairs whose mechanisms include this one (M, pair, head ...)")
    args = parser.parse_args()
    lex = zwnj_rules.lexicon()
    counts = merges(args.corpora.split(","))
    shown = 0
    for (left, right), n in counts.most_common():
        how = mechanisms(lex, left, right)
        if args.mechanism and args.mechanism not in how.split("+"):
            continue
        print(f"{n}\t{left} {right}\t{how}")
        shown += 1
    print(f"{len(counts)} distinct merges, {shown} shown", file=sys.stderr)


if __name__ == "__main__":
    main()
