"""What a change to the ZWNJ rules does, span by span, against the gold: the ZWNJ pass of a git
revision beside the working tree's, on the tune folds.

    .venv-bench/bin/python bench/zwnj_ab.py [--rev HEAD] [--corpora perdt,arman,fars] [--list]

For rule changes too small for F1 to show.  Both versions read the same held-out lexicon of each
tune quarter (``bench/zwnj.py`` builds it into ``.cache/``) and the same text: the units of that
quarter, corrupted the five ways of ``bench/zwnj.py`` (every PerDT sentence; the ARMAN and Fars
News units that write a ZWNJ).  Only ``src/rayzan/text/zwnj.py`` is taken from the revision; the
character pass, boundary and pair models are the working tree's.  Each span where the two outputs
differ moves *to* the gold (the new words occur in the gold sentence and the old ones do not),
*away* from it (the reverse), or neither.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import zwnj as bench  # bench/zwnj.py: corruptions, held-out lexicons, units

from rayzan.text import zwnj as current
from rayzan.text.normalize import normalize_chars
from rayzan.text.offsets import apply_edits

ZWNJ = "\u200c"


def revision_module(rev: str, directory: Path) -> ModuleType:
    """``src/rayzan/text/zwnj.py`` as it is at ``rev``, imported under a name of its own."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:src/rayzan/text/zwnj.py"], capture_output=True, text=True, check=True
    ).stdout
    path = directory / "zwnj_revision.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("zwnj_revision", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["zwnj_revision"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def restore(module: ModuleType, lexicon: object, text: str) -> str:
    chars, _ = normalize_chars(text)
    edits = module.zwnj_edits(chars, lexicon)
    return apply_edits(chars, edits)[0] if edits else chars


def changed_spans(old: str, new: str) -> list[tuple[str, str]]:
    old_words, new_words = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    return [
        (" ".join(old_words[a1:a2]), " ".join(new_words[b1:b2]))
        for op, a1, a2, b1, b2 in matcher.get_opcodes()
        if op != "equal"
    ]


def verdict(gold: str, old: str, new: str) -> str:
    padded = f" {' '.join(gold.split())} "
    old_in, new_in = f" {old} " in padded, f" {new} " in padded
    return "to gold" if new_in and not old_in else "away" if old_in and not new_in else "neither"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="HEAD", help="the git revision to compare the working tree with")
    parser.add_argument("--corpora", default="perdt,arman,fars")
    parser.add_argument("--list", action="store_true", help="print every changed span")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old_module = revision_module(args.rev, Path(tmp))
    counts: Counter[tuple[str, str, str]] = Counter()
    for split in ("tune-dev", "tune-train"):
        path = bench.held_out_lexicon(split)
        new_lexicon, old_lexicon = current.ZwnjLexicon.load(path), old_module.ZwnjLexicon.load(path)
        corpora = bench.test_text(split, None)
        for corpus in args.corpora.split(","):
            for gold in corpora[corpus]:
                for corruption, corrupt in bench.CORRUPTIONS.items():
                    text = corrupt(gold)
                    old, new = restore(old_module, old_lexicon, text), restore(current, new_lexicon, text)
                    if old == new:
                        continue
                    for old_span, new_span in changed_spans(old, new):
                        judged = verdict(gold, old_span, new_span)
                        counts[(corpus, corruption, judged)] += 1
                        if args.list:
                            show = f"{old_span} -> {new_span}".replace(ZWNJ, "_")
                            print(f"{split:10} {corpus:6} {corruption:7} {judged:8} {show}")
    print(f"changed spans, working tree against {args.rev} (tune-dev and tune-train):")
    print(f"{'corpus':8} {'input':8} {'to gold':>8} {'away':>6} {'neither':>8}")
    for corpus in args.corpora.split(","):
        for corruption in bench.CORRUPTIONS:
            row = [counts[(corpus, corruption, v)] for v in ("to gold", "away", "neither")]
            if any(row):
                print(f"{corpus:8} {corruption:8} {row[0]:8} {row[1]:6} {row[2]:8}")
    total = [sum(n for (_, _, v), n in counts.items() if v == kind) for kind in ("to gold", "away", "neither")]
    print(f"{'all':17} {total[0]:8} {total[1]:6} {total[2]:8}")


if __name__ == "__main__":
    main()
