"""ZWNJ restoration benchmark: Rayzan beside Hazm, Parsivar and Rishe, in one run.

    .venv-bench/bin/python bench/zwnj.py [--limit N] [--split report]

(``.venv-bench`` holds the anchors: ``python -m venv .venv-bench &&
.venv-bench/bin/pip install -e '.[bench,test]'``; Rayzan is imported from
``src/``.  With an interpreter lacking an anchor, that anchor is skipped; the output
names the versions it ran.  pip resolves Hazm to 0.9.3 there, since 0.10.0 pins numpy
1.24.3; ``.venv-bench/bin/pip install --no-deps hazm==0.10.0 flashtext`` runs the newer
one, whose normaliser works with the numpy Rayzan needs.  Either way the lexicon builds
read Hazm 0.10.0's word list, as the shipped lexicon's did: see ``hazm_word_list`` in
``scripts/build_zwnj_lexicon.py``.)

Test text: the ``report`` half of PerDT, ARMAN and Fars News (see
``bench/corpora.py``): every PerDT sentence, and the units of the noisy corpora
that write a ZWNJ (``--units``), normalised by Rayzan's character pass, with ZWNJ
that changes nothing (after a non-joining letter) dropped.  Each unit is corrupted
four ways — ZWNJ deleted (letters joined), ZWNJ turned into a space, every
other ZWNJ turned into a space (``half``) or deleted (``halfj``) — and also given
as is.  Every
boundary between two letters whose gold separator is none, space or ZWNJ is
scored after aligning the tool's letters with the gold letters; ``F1`` is over
ZWNJ boundaries, ``word acc`` counts gold words whose every boundary is right,
``false change`` is the share of words a tool breaks in text that was correct.
``--split tune-dev`` / ``tune-train`` score a lexicon built from the other
quarter of ``tune`` (see ``scripts/build_zwnj_lexicon.py``), to choose settings.

Which lexicon: the shipped one learns from all the data (``--split all``), the
report half included, so scoring it on ``report`` would flatter it.  Without
``--lexicon``, each split is scored with a lexicon built from data it does not
contain — ``report`` with one built from ``tune``, ``tune-dev`` from
``tune-train`` and back — built on the fly into ``.cache/`` (kept while the
build script, the text layer's code and the data are unchanged).
``--lexicon shipped`` scores the shipped lexicon (contaminated on every split:
the output says so); ``--lexicon PATH`` scores that file.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import hashlib
import importlib.util
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np
from corpora import gold_text, units

from rayzan.text import (
    normalize,
    zwnj,
)
from rayzan.text.zwnj import LETTERS, NON_JOINING, ZWNJ

_LETTER = re.compile(f"[{LETTERS}]")
NONE, SPACE, JOINER, OTHER = "none", "space", "zwnj", "other"


def boundaries(text: str) -> tuple[str, list[str]]:
    """Letters of ``text`` and the class of the separator after each but the last."""
    positions = [m.start() for m in _LETTER.finditer(text)]
    letters = "".join(text[p] for p in positions)
    classes = []
    for a, b in zip(positions, positions[1:]):
        sep = text[a + 1 : b]
        if not sep:
            classes.append(NONE)
        elif sep == ZWNJ:
            classes.append(NONE if text[a] in NON_JOINING else JOINER)
        elif sep.strip(" \u200c") == "" and " " in sep:
            classes.append(SPACE)
        else:
            classes.append(OTHER)
    return letters, classes


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    words: int = 0
    words_ok: int = 0
    chars: int = 0
    seconds: float = 0.0
    examples: list[tuple[str, str]] = field(default_factory=list)
    units: list[tuple[int, int, int, int, int]] = field(default_factory=list)  # each unit's counts

    def counts(self) -> tuple[int, int, int, int, int]:
        return self.tp, self.fp, self.fn, self.words, self.words_ok

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def word_accuracy(self) -> float:
        return self.words_ok / self.words if self.words else 0.0


def score_unit(gold: str, output: str, score: Score) -> None:
    g_letters, g_classes = boundaries(gold)
    o_letters, o_classes = boundaries(output)
    predicted: list[str | None] = [None] * len(g_classes)
    if g_letters == o_letters:
        predicted = list(o_classes)
    else:
        matcher = difflib.SequenceMatcher(None, g_letters, o_letters, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size - 1):
                predicted[a + k] = o_classes[b + k]
    correct: list[bool | None] = []
    for gold_class, pred in zip(g_classes, predicted):
        if gold_class == OTHER:
            correct.append(None)
            continue
        correct.append(pred == gold_class)
        if gold_class == JOINER:
            if pred == JOINER:
                score.tp += 1
            else:
                score.fn += 1
        elif pred == JOINER:
            score.fp += 1
    # Words: runs of letters joined by none/ZWNJ; right when all their boundaries are.
    start = 0
    for i in range(len(g_letters)):
        last = i == len(g_letters) - 1
        if last or g_classes[i] in (SPACE, OTHER):
            inner = correct[start:i]
            edges = [correct[start - 1] if start > 0 else None, None if last else correct[i]]
            ok = all(c is not False for c in inner + edges)
            score.words += 1
            score.words_ok += ok
            start = i + 1
    if len(score.examples) < 12 and output != gold and g_letters == o_letters and correct.count(False):
        score.examples.append((gold, output))


def rayzan_tool() -> Callable[[str], str]:
    normalize("گرم کردن")  # load the lexicon outside the timing
    return normalize


def anchor_tools() -> dict[str, Callable[[str], str]]:
    tools: dict[str, Callable[[str], str]] = {}
    try:
        import hazm

        tools["hazm"] = hazm.Normalizer().normalize
    except ImportError:
        print("hazm not installed: skipped", file=sys.stderr)
    try:
        import parsivar

        tools["parsivar"] = parsivar.Normalizer().normalize
        tools["parsivar-stat"] = parsivar.Normalizer(statistical_space_correction=True).normalize
    except ImportError:
        print("parsivar not installed: skipped", file=sys.stderr)
    try:
        import rishe

        tools["rishe"] = rishe.Normalizer().normalize
    except ImportError:
        print("rishe not installed: skipped", file=sys.stderr)
    for tool in tools.values():
        tool("گرم کردن")
    versions = ", ".join(f"{name} {_version(name)}" for name in ("hazm", "parsivar", "rishe") if name in tools)
    print(f"anchors: {versions}")
    return tools


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


# Corpora whose every sentence is careful prose: a sentence without ZWNJ needs none.  The noisy ones
# (ARMAN, Fars News) hold many units whose writer or scraper dropped every ZWNJ (حق پرستی): there
# only units that write a ZWNJ are a reference.
CLEAN_CORPORA = frozenset({"perdt"})


def test_text(split: str, limit: int | None, units_kind: str = "auto") -> dict[str, list[str]]:
    """Gold units of each corpus in ``split``: ``all``, those that write a ZWNJ (``zwnj``), or
    (``auto``) all of a clean corpus and the ZWNJ ones of a noisy corpus.  A clean sentence that
    needs no ZWNJ reads the same corrupted as clean, and every change a tool makes to it is
    wrong: a third of PerDT's sentences, which ``--units zwnj`` leaves out (the figures of
    notes before November 2026)."""
    corpora = {}
    for corpus in ("perdt", "arman", "fars"):
        texts = [gold_text(t) for t in units(corpus, split)]
        if units_kind == "zwnj" or (units_kind == "auto" and corpus not in CLEAN_CORPORA):
            texts = [t for t in texts if ZWNJ in t]
        corpora[corpus] = texts[:limit] if limit else texts
    return corpora


def half_corrupted(text: str, lost: str) -> str:
    """Every other ZWNJ replaced by ``lost`` (a space, or nothing), the rest kept: a writer
    who knows ZWNJ but sometimes misses it (the line's own ZWNJ must not make every space or
    joined word look meant)."""
    parts = text.split(ZWNJ)
    return parts[0] + "".join((lost if i % 2 == 0 else ZWNJ) + p for i, p in enumerate(parts[1:]))


CORRUPTIONS = {
    "joined": lambda t: t.replace(ZWNJ, ""),
    "spaced": lambda t: t.replace(ZWNJ, " "),
    "half": lambda t: half_corrupted(t, " "),
    "halfj": lambda t: half_corrupted(t, ""),
    "clean": lambda t: t,
}


def run(tools: dict[str, Callable[[str], str]], corpora: dict[str, list[str]]) -> dict:
    results: dict[tuple[str, str, str], Score] = {}
    for corpus, golds in corpora.items():
        for corruption, corrupt in CORRUPTIONS.items():
            inputs = [corrupt(g) for g in golds]
            for name, tool in tools.items():
                score = Score()
                t0 = time.perf_counter()
                outputs = [tool(x) for x in inputs]
                score.seconds = time.perf_counter() - t0
                score.chars = sum(map(len, inputs))
                for gold, out in zip(golds, outputs):
                    before = score.counts()
                    score_unit(gold, out, score)
                    score.units.append(tuple(a - b for a, b in zip(score.counts(), before)))  # type: ignore[arg-type]
                results[(corpus, corruption, name)] = score
    return results


def interval(score: Score, clean: bool, rounds: int, seed: int = 0) -> tuple[float, float]:
    """95% bootstrap interval, over units, of F1 (or of the false-change rate for ``clean``)."""
    rng = np.random.default_rng(seed)
    counts = np.array(score.units, dtype=np.int64)
    samples = counts[rng.integers(0, len(counts), size=(rounds, len(counts)))].sum(axis=1)
    tp, fp, fn, words, words_ok = samples.T
    with np.errstate(divide="ignore", invalid="ignore"):
        values = 1.0 - words_ok / words if clean else np.nan_to_num(2 * tp / (2 * tp + fp + fn))
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def report(
    results: dict, tools: list[str], corpora: dict[str, list[str]], show_examples: bool, bootstrap: int = 0
) -> None:
    print(f"{'corpus':8} {'input':7} {'tool':14} {'P':>6} {'R':>6} {'F1':>6} {'word acc':>9} {'chars/s':>10} {'x rayzan':>9}")
    for corpus in corpora:
        for corruption in CORRUPTIONS:
            base = results[(corpus, corruption, "rayzan")]
            for name in tools:
                s = results[(corpus, corruption, name)]
                speed = s.chars / s.seconds if s.seconds else 0.0
                base_speed = base.chars / base.seconds if base.seconds else 0.0
                ratio = speed / base_speed if base_speed else 0.0
                ci = ""
                if bootstrap and s.units:
                    low, high = interval(s, corruption == "clean", bootstrap)
                    ci = f"  95% [{low:.4f}, {high:.4f}]"
                if corruption == "clean":
                    extra = f"false change {1 - s.word_accuracy:.4f}"
                    print(f"{corpus:8} {corruption:7} {name:14} {'':>6} {'':>6} {'':>6} {s.word_accuracy:9.4f} {speed:10.0f} {ratio:9.2f}  {extra}{ci}")
                else:
                    print(f"{corpus:8} {corruption:7} {name:14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.word_accuracy:9.4f} {speed:10.0f} {ratio:9.2f}{ci}")
        words = sum(len(g.split()) for g in corpora[corpus])
        with_zwnj = sum(ZWNJ in g for g in corpora[corpus])
        print(f"  ({corpus}: {len(corpora[corpus])} units, {with_zwnj} of them with ZWNJ, ~{words} words)")
    if show_examples:
        for (corpus, corruption, name), s in results.items():
            if name == "rayzan":
                for gold, out in s.examples:
                    _show(corpus, corruption, gold, out)


def _show(corpus: str, corruption: str, gold: str, out: str) -> None:
    g_words, o_words = gold.split(), out.split()
    diff = [(a, b) for a, b in zip(g_words, o_words) if a != b][:3]
    print(f"[{corpus}/{corruption}] " + "; ".join(f"{a!r} -> {b!r}" for a, b in diff))


# The lexicon each split is scored with when none is given: built from data the split does not hold.
HELD_OUT_BUILD = {"report": "tune", "tune-dev": "tune-train", "tune-train": "tune-dev"}
CACHE = ROOT / ".cache"


def _build_key(split: str, builder: ModuleType) -> str:
    """Hash of what a lexicon build depends on: the code that builds it and the data sizes."""
    corpora_module = sys.modules["corpora"]
    digest = hashlib.sha256(split.encode())
    sources = [ROOT / "scripts/build_zwnj_lexicon.py", ROOT / "bench/corpora.py", *sorted((ROOT / "src/rayzan/text").glob("*.py"))]
    for path in sources:
        digest.update(path.read_bytes())
    for path in sorted(corpora_module.DATA.rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(corpora_module.DATA)}:{path.stat().st_size}".encode())
    for path in (builder.hazm_word_list(), builder.DAVAT_WORDS):  # the word lists the build reads
        if path is not None:
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def _builder() -> ModuleType:
    """``scripts/build_zwnj_lexicon.py`` as a module."""
    spec = importlib.util.spec_from_file_location("build_zwnj_lexicon", ROOT / "scripts/build_zwnj_lexicon.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)  # type: ignore[union-attr]
    return builder


def held_out_lexicon(split: str) -> Path:
    """A lexicon built from ``HELD_OUT_BUILD[split]``, from the cache or built now."""
    build_split = HELD_OUT_BUILD[split]
    path = CACHE / f"zwnj-{build_split}.tsv.gz"
    stamp = path.with_name(path.name + ".key")
    builder = _builder()
    key = _build_key(build_split, builder)
    if path.exists() and stamp.exists() and stamp.read_text().strip() == key:
        return path
    print(f"building a lexicon from the {build_split} split into {path} ...", file=sys.stderr)
    hazm_words = builder.hazm_word_list()
    if hazm_words is None or builder.DAVAT_WORDS is None:
        raise SystemExit(
            f"Hazm {builder.HAZM_RELEASE}'s words.dat (fetched with pip download) or Davat's words.txt (pip install -e "
            "'.[bench]' into .venv-bench) not found: the held-out lexicon cannot be built like the shipped one"
        )
    CACHE.mkdir(exist_ok=True)
    with contextlib.redirect_stdout(sys.stderr):  # the build's summary is not part of the table
        builder.main(build_split, path, hazm_words)
    stamp.write_text(key + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="report", choices=["report", "tune", "tune-dev", "tune-train"])
    parser.add_argument(
        "--lexicon",
        default=None,
        help="'shipped' (contaminated: built from all data), or a lexicon file; default: one built from data the split does not hold",
    )
    parser.add_argument("--limit", type=int, default=None, help="units per corpus")
    parser.add_argument("--only-rayzan", action="store_true")
    parser.add_argument("--examples", action="store_true", help="print some of Rayzan's errors")
    parser.add_argument(
        "--bootstrap",
        type=int,
        default=0,
        metavar="N",
        help="add a 95%% interval of F1 and false change from N resamplings of the units (e.g. 2000)",
    )
    parser.add_argument(
        "--units",
        choices=["auto", "all", "zwnj"],
        default="auto",
        help="units scored: all of PerDT and the ZWNJ ones of the noisy corpora (auto), all, or only those that write a ZWNJ (blind to changes in sentences that need none)",
    )
    args = parser.parse_args()
    if args.lexicon == "shipped":
        lexicon_note = f"shipped ({zwnj.DATA_PATH.name}, built from all data: CONTAMINATED, the {args.split} split is in it)"
    else:
        if args.lexicon:
            path = Path(args.lexicon)
            lexicon_note = f"{path} (given)"
        elif args.split in HELD_OUT_BUILD:
            path = held_out_lexicon(args.split)
            lexicon_note = f"{path.relative_to(ROOT)} (built from {HELD_OUT_BUILD[args.split]}, held out from {args.split})"
        else:
            raise SystemExit(f"--split {args.split}: no held-out lexicon; pass --lexicon shipped or a file")
        zwnj._lexicon = zwnj.ZwnjLexicon.load(path)
    tools = {"rayzan": rayzan_tool()}
    if not args.only_rayzan:
        tools.update(anchor_tools())
    corpora = test_text(args.split, args.limit, args.units)
    results = run(tools, corpora)
    print(f"split: {args.split}; lexicon: {lexicon_note}")
    report(results, list(tools), corpora, args.examples, args.bootstrap)


if __name__ == "__main__":
    main()
