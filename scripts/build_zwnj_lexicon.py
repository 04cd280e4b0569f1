"""Build ``src/rayzan/text/data/zwnj_lexicon.tsv.gz`` from ``../shared/data``: all of
PerDT, ARMAN and Fars News (tune and report halves) and of the others (ParsTwiNER,
varzesh3, PEYMA, namnak).  ``--split tune`` leaves out the report halves: the
benchmark scores the report split with such a lexicon (``bench/zwnj.py`` builds it
into ``.cache/``), since the shipped one has seen the report text.

    .venv/bin/python scripts/build_zwnj_lexicon.py            # the shipped lexicon (--split all)
    # to choose settings: build from a quarter, score on another quarter (bench/zwnj.py
    # --split tune-dev does both, caching the build in .cache/), or by hand:
    .venv/bin/python scripts/build_zwnj_lexicon.py --split tune-train --out /tmp/zwnj-dev.tsv.gz
    .venv/bin/python bench/zwnj.py --split tune-dev --lexicon /tmp/zwnj-dev.tsv.gz --only-rayzan
    # ... and the other way round (build from tune-dev, score on tune-train)

Reproducible: same data in, same lexicon and model weights out.  What it learns (see the model card):

* ``W form score``  every word seen, in its preferred spelling.  The clean
  treebank (PerDT) counts most; ARMAN, ParsTwiNER, Fars News and varzesh3 write
  ZWNJ but often drop it, so their ZWNJ-less spellings are discounted; PEYMA and
  namnak write no ZWNJ at all and only vouch that a word exists.
* ``M form``        words with ZWNJ whose spaced reading (``نشان دهنده``) is
  rarer in ZWNJ-writing text than the word itself, so a space there is a lost ZWNJ.
* ``S``/``P``       compound parts seen after/before a ZWNJ with many different
  words (``آباد``, ``برنامه``); the left parts ending in ه split unknown words.
* ``BS``/``BP``     those parts, and the curated compound endings, that (almost)
  never stand alone: a space before/after them is a lost ZWNJ.
* ``H``/``N``       compound heads (``نامه``, ``رسان``) with the share of their uses inside
  a compound, and the ``word head`` pairs clean text writes apart.
* ``C form counts``  two-part compounds with how often PerDT, ARMAN and ParsTwiNER each
  write them spaced and with ZWNJ (six counts): evidence for the pair model.
* ``V``             verb stems (Hazm's ``verbs.dat``, and the regular verbs of Hazm's and Davat's
  lists that the corpora use), which tell a verb after ``می`` from a name.
* ``G``             words seen less than twice, in no dictionary, that read as a preposition glued
  to a frequent word (``درتهران``): typos, which ``rayzan.text.zwnj`` may split.

Hazm's word list (``hazm/data/words.dat`` of Hazm 0.10.0, MIT: ``hazm_word_list``, or ``--hazm-words``)
vouches for words and decides spellings the treebank lacks (a spelling it lists only with
ZWNJ is trusted; its frequencies let a listed compound merge across a space, and mark the
words careful writers also join); ``--no-dictionary`` leaves it out.

Beside it, ``zwnj_lexicon.boundary.npz``: a logistic model of where a ZWNJ goes
inside an unknown word, trained on the spellings decided here (``rayzan.text.boundary``);
and ``zwnj_lexicon.pairs.npz``: the pair model (``rayzan.text.pairs``) deciding a space
inside a compound the lexicon knows (``دوچرخه سواری``), trained on the gold ZWNJ of the
tune quarters of PerDT, ARMAN and Fars News, each featurised with a lexicon built from
the other quarter (so the counts it sees are those of unseen text; two extra builds).
A ``tune-train`` (``tune-dev``) lexicon learns its pair model from that quarter only.
"""

from __future__ import annotations

import contextlib
import gzip
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this checkout's text layer, whatever the venv installed
sys.path.insert(0, str(ROOT / "bench"))

from corpora import SPACED_CORPORA, ZWNJ_CORPORA, gold_text, training_units, units

from rayzan.text import pairs
from rayzan.text import zwnj as zwnj_module
from rayzan.text.boundary import features, model_path, train
from rayzan.text.normalize import normalize_chars
from rayzan.text.zwnj import (
    _GLUED_PREPOSITIONS as GLUED_PREPOSITIONS,
)
from rayzan.text.zwnj import (
    _GLUED_REST_SCORE as GLUED_REST_SCORE,
)
from rayzan.text.zwnj import (
    _MIN_STEM_SCORE as MIN_STEM_SCORE,
)
from rayzan.text.zwnj import (
    _NOT_COMPOUND_LEFT as NOT_COMPOUND_LEFT,
)
from rayzan.text.zwnj import (
    _WORD,
    COMPOUND_ENDINGS,
    COMPOUND_PREFIXES,
    HEH_CLITICS,
    HEH_ENDINGS,
    NON_JOINING,
    PLURAL_ENDINGS,
    VERB_PREFIXES,
    ZWNJ,
    ZwnjLexicon,
)

OUT = ROOT / "src/rayzan/text/data/zwnj_lexicon.tsv.gz"

WEIGHT = {"perdt": 8.0, "arman": 1.0, "parstwiner": 1.0, "fars": 1.0, "varzesh3": 1.0, "peyma": 0.3, "namnak": 0.3}
# A ZWNJ spelling wins in noisy text when it is at least this share of the ZWNJ-less one.
JOINED_DISCOUNT = 0.35
MIN_SCORE = 0.3
# Corpora whose spaces are trustworthy (they seldom write a ZWNJ as a space): they
# tell which parts stand alone and how often a spaced reading is genuine.
SPACE_CLEAN = ("perdt", "arman", "parstwiner")
# Other corpora's units that write ZWNJ somewhere: their writer knows it, so a space there is
# often meant (نفت تهران, استقلال خوزستان), but as often a compound spaced (قرعه کشی): their spaced
# reading of a pair counts only when seen this often, and then this much.
CAREFUL_SPACE_MIN = 10.0
CAREFUL_SPACE_WEIGHT = 1 / 9
MIN_PART_TYPES = 8
BOUND_RATIO = 0.05  # a part is bound when it stands alone less than this share of its uses
MERGE_RATIO = 3.0
# Verbs and auxiliaries: never the last part of a merge across a space (see merged()).
VERB_RIGHTS = frozenset(
    "بود بودند بودم بودیم بودی بودید است هست نیست کرد کردند کند کنم کنند کنیم شد شدند شود شوند داشته باشد باشند".split()
)
PART_RATIO = 1.0  # a compound part needs at least as many words with ZWNJ as without
RARE = 2.0  # ... and a rule always holds for words seen this rarely
UNVOUCHED_WEIGHT = 0.3
BOUNDARY_THRESHOLD = 0.5  # the boundary model splits an unknown word only when this sure (chosen on the tune folds)
LEXICALISED = 50.0  # a plural joined this often without any ZWNJ is a word of its own (تنها)
# Hazm's word list vouches for a word (and its spelling) like this many clean sightings.
DICTIONARY_WEIGHT = 1.0  # below ZwnjLexicon's known-stem score: the list alone splits no word
DICTIONARY_RARE_WEIGHT = 0.3  # listed with frequency 0 (variant spellings, rare words)
DICTIONARY_VETO = 5.0  # noisy text joining a listed word this often, never with ZWNJ, keeps it joined
DICTIONARY_STANDALONE = 5.0  # last part of a dictionary-only merge: stands alone less than this
DICTIONARY_COMPOUND_SHARE = 0.003  # ... or the list's compound is at least this share of the part alone
# Hazm's word list of this release (193,750 words, 692 verbs) is the one the shipped lexicon learned
# from.  pip puts Hazm 0.9.3 into .venv-bench (0.10.0 pins numpy 1.24.3, which Rayzan's numpy>=1.26
# rules out), whose list is a fifth as long (35,716 words, 502 verbs) and gives other figures, so
# ``hazm_word_list`` takes the list from this release's wheel whatever Hazm is installed.
HAZM_RELEASE = "0.10.0"
HAZM_CACHE = ROOT / ".cache" / f"hazm-{HAZM_RELEASE}"
# Davat's word list (MIT; about 420k spellings, 94k with ZWNJ, without frequencies): a spelling it
# has only with ZWNJ, for a word Hazm's list lacks, is trusted like one of Hazm's sole ZWNJ spellings.
DAVAT_WORDS = next(iter(sorted(ROOT.glob(".venv-bench/lib/python3*/site-packages/davat/data/words.txt"))), None)
RULE_VETO = 0.02  # an affix rule yields when noisy text writes the ZWNJ less than this share
# Compound heads (``نامه``, ``سازی``, ``رسان``): right parts seen after a ZWNJ with at least
# this many different left parts; kept with the share of their uses that are inside a compound.
HEAD_TYPES = 3
HEAD_MIN_SHARE = 0.2
HEAD_VETO = 2.0  # a head does not join a word it follows this often as a separate word (clean spaces)


def canonical(form: str) -> str:
    """Drop ZWNJ that changes nothing: doubled, at the edges, or after a non-joining letter."""
    if ZWNJ not in form:
        return form
    out = []
    for ch in form:
        if ch == ZWNJ and (not out or out[-1] == ZWNJ or out[-1] in NON_JOINING):
            continue
        out.append(ch)
    while out and out[-1] == ZWNJ:
        out.pop()
    return "".join(out)


def word_lists(split: str):
    for corpus in ZWNJ_CORPORA + SPACED_CORPORA:
        for text in training_units(corpus, split):
            norm, _ = normalize_chars(text)
            yield corpus, [canonical(m.group()) for m in _WORD.finditer(norm)]


def dictionary_words(path: Path | None) -> dict[str, tuple[str, float, bool]]:
    """Hazm's word list (MIT; ``word<TAB>frequency<TAB>tags``): each word's preferred spelling
    (the most frequent, ZWNJ first on a tie) and the weight it adds to the word's score."""
    if path is None or not path.exists():
        return {}
    variants: dict[str, list[tuple[float, bool, str]]] = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.rstrip("\n").partition("\t")
            freq = float(rest.partition("\t")[0] or 0)
            norm, _ = normalize_chars(word)
            forms = [canonical(m.group()) for m in _WORD.finditer(norm)]
            if len(forms) != 1 or forms[0] != norm:
                continue
            variants[forms[0].replace(ZWNJ, "")].append((freq, ZWNJ in forms[0], forms[0]))
    words = {}
    for key, options in variants.items():
        freq, _, form = max(options)
        # A ZWNJ spelling listed without its joined variant: the treebank agrees with 98% of them.
        sole = ZWNJ in form and all(ZWNJ in f for _, _, f in options)
        words[key] = (form, DICTIONARY_WEIGHT if freq > 0 else DICTIONARY_RARE_WEIGHT, sole)
    return words


def dictionary_frequencies(path: Path | None) -> dict[str, float]:
    """Frequency of every spelling in Hazm's word list (normalised, ZWNJ kept)."""
    if path is None or not path.exists():
        return {}
    freqs: dict[str, float] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.rstrip("\n").partition("\t")
            norm = canonical(normalize_chars(word)[0])
            freqs[norm] = max(freqs.get(norm, 0.0), float(rest.partition("\t")[0] or 0))
    return freqs


def joined_unused(key: str, listed: str | None, frequency: dict[str, float]) -> bool:
    """Whether the list prefers a ZWNJ spelling and gives the joined one frequency 0, a variant
    nobody writes (خوش‌رفتار, تک‌روی): the treebank of the tune half writes 22 of 27 such words
    with the ZWNJ, against 4 of 14 where both spellings are in use. Numbers are written joined
    whatever the list prefers (ششصد, not شش‌صد)."""
    return listed is not None and ZWNJ in listed and frequency.get(key) == 0.0 and not listed.endswith(ZWNJ + "صد")


# Parts Davat's list writes after a ZWNJ where the treebank never does: the copula and ezafe
# (زندگی‌است, خانه‌ی), verbs of a phrase (آغاز‌شده), and clitics after a letter other than ه
# (کار‌اش: the treebank writes کارش; after ی it writes ای/اند with ZWNJ: انسانی‌اند).
_LIST_NEVER_AFTER_ZWNJ = frozenset({"ی", "یی", "است", "ست", "شد", "شده", "شدن", "بود", "شود", "کرد", "کرده", "کردن"})
_LIST_CLITICS = frozenset({"اش", "ام", "ات", "ای", "ایم", "اید", "اند", "ایی", "شان", "مان", "تان", "م", "ت", "ش"})


def _treebank_style(form: str) -> bool:
    """Whether every ZWNJ of a listed spelling is one the treebank's convention writes."""
    parts = form.split(ZWNJ)
    for left, right in pairwise(parts):
        if right in _LIST_NEVER_AFTER_ZWNJ:
            return False
        if right in _LIST_CLITICS and not (left.endswith("ه") or (left.endswith("ی") and right in HEH_ENDINGS)):
            return False
    return True


def _clitics_in_style(form: str) -> bool:
    """Whether ``form`` writes شان/مان/تان after a ZWNJ only where the treebank does: after ه."""
    parts = form.split(ZWNJ)
    return not any(right in HEH_CLITICS and not left.endswith("ه") for left, right in pairwise(parts))


def sole_zwnj_spellings(path: Path | None) -> dict[str, str]:
    """Words a spelling list (one word per line) gives only with a ZWNJ, in the treebank's
    convention, by their joined key: ``{"کوچهباغ": "کوچه‌باغ"}``. Of such words in Davat's list
    that Hazm's lacks, the treebank of the tune half writes 151 of 153 the same way."""
    if path is None or not path.exists():
        return {}
    variants: dict[str, set[str]] = defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            norm = canonical(normalize_chars(line.strip())[0])
            if norm and _WORD.fullmatch(norm):
                variants[norm.replace(ZWNJ, "")].add(norm)
    return {
        key: next(iter(forms))
        for key, forms in variants.items()
        if len(forms) == 1 and key not in forms and len(key) >= 4 and _treebank_style(next(iter(forms)))
    }


def hazm_word_list(fetch: bool = True) -> Path | None:
    """``words.dat`` of Hazm ``HAZM_RELEASE`` (``verbs.dat`` beside it): the one installed in
    ``.venv-bench`` if it is that release, else extracted from the release's wheel, which ``pip
    download --no-deps`` fetches once into ``.cache/`` (``fetch``; a build-time step, like
    installing the bench extra: nothing is downloaded when Rayzan runs)."""
    for installed in sorted(ROOT.glob(".venv-bench/lib/python3*/site-packages/hazm/data/words.dat")):
        if (installed.parents[2] / f"hazm-{HAZM_RELEASE}.dist-info").is_dir():
            return installed
    cached = HAZM_CACHE / "words.dat"
    if cached.exists() or not fetch:
        return cached if cached.exists() else None
    import subprocess
    import zipfile

    print(f"fetching Hazm {HAZM_RELEASE}'s word list (pip download --no-deps) into {HAZM_CACHE} ...", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", f"hazm=={HAZM_RELEASE}", "-d", tmp]
        if subprocess.run(command, check=False).returncode != 0:
            return None
        with zipfile.ZipFile(next(Path(tmp).glob("hazm-*.whl"))) as wheel:
            HAZM_CACHE.mkdir(parents=True, exist_ok=True)
            for name in ("verbs.dat", "words.dat"):  # words.dat last: its presence marks a whole copy
                (HAZM_CACHE / name).write_bytes(wheel.read(f"hazm/data/{name}"))
    return cached


def verb_stems(path: Path | None, spelling_list: Path | None = None, seen: Counter[str] | None = None) -> list[str]:
    """Past and present verb stems from Hazm's ``verbs.dat`` (``past#present``), beside ``words.dat``,
    and those of the regular verbs whose infinitive Hazm's or Davat's word list holds and the
    corpora use (``seen``: corpus counts by joined key)."""
    verbs = path.with_name("verbs.dat") if path is not None else None
    if verbs is None or not verbs.exists():
        return []
    stems = set()
    for line in verbs.read_text(encoding="utf-8").split():
        for stem in line.split("#"):
            norm, _ = normalize_chars(stem)
            if norm and _WORD.fullmatch(norm):
                stems.add(norm)
    for source in (path, spelling_list):
        for past, present in regular_stems(source):
            if seen is not None and _verb_in_use(past, present, seen):
                stems.update((past, present))
    return sorted(stems)


def _verb_in_use(past: str, present: str, seen: Counter[str]) -> bool:
    """Whether the corpora write the verb: its infinitive, past or present tense.  The lists hold
    archaic verbs whose stems are also parts of common words (زانیدن: میزانی is no می‌زانی)."""
    forms = (past + "ن", past, past + "ند", past + "ه", "می" + present + "د", "می" + present + "ند")
    return any(seen.get(form, 0.0) > 0 for form in forms)


# Regular infinitives and their stems: ارزیدن is ارزید / ارز, جنباندن is جنباند / جنبان.
_REGULAR_INFINITIVES = (("یدن", "ید", ""), ("اندن", "اند", "ان"))
_MIN_REGULAR_STEM = 3  # a shorter present stem (چر, پر) is too often part of another word
# Verbs in -یدن whose present stem is not the root (دید / بین, شنید / شنو), also inside a compound verb.
_IRREGULAR_IN_YIDAN = ("دیدن", "شنیدن", "گزیدن", "چیدن", "آفریدن")


def regular_stems(path: Path | None) -> set[tuple[str, str]]:
    """Stems of the regular verbs (``-یدن``, ``-اندن``) whose infinitive a word list holds.  Hazm's
    ``verbs.dat`` lists 502 verbs and lacks common ones (ارزیدن, آغازیدن, جنبیدن), so without
    them ``بیارزد`` reads as ``بی‌ارزد`` and ``میجنبد`` is no verb."""
    if path is None or not path.exists():
        return set()
    infinitives = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            norm = normalize_chars(line.partition("\t")[0].strip())[0]
            if _WORD.fullmatch(norm) and ZWNJ not in norm and not norm.endswith(_IRREGULAR_IN_YIDAN):
                infinitives.add(norm)
    stems = set()
    for word in infinitives:
        if word[0] == "ن" and word[1:] in infinitives:
            continue  # a negated infinitive (نورزیدن): its stem is the verb's with ن, no stem of its own
        for ending, past, present in _REGULAR_INFINITIVES:
            root = word[: -len(ending)]
            if word.endswith(ending) and len(root + present) >= _MIN_REGULAR_STEM:
                stems.add((root + past, root + present))
                break
    return stems


def transparent(form: str) -> bool:
    """Whether a dictionary spelling with ZWNJ splits where the treebank would too: after a
    final ه (واقعه‌نگاران), or before a compound head (اساس‌نامه), not in a lexicalised word
    the treebank writes joined (کوهنورد, غلامحسین, خوشبو)."""
    parts = form.split(ZWNJ)
    if any(p.endswith("ه") for p in parts[:-1]):
        return True
    return any(_LEXICON_HEADS.head_share(p) >= HEAD_TRUST or p in COMPOUND_ENDINGS for p in parts[1:])


def choose(
    key: str,
    perdt: Counter[str],
    noisy: Counter[str],
    rule: str,
    listed: str | None = None,
    lexicalised: bool = False,
    sole: bool = False,
    joined_unused: bool = False,
) -> str:
    """Preferred spelling of ``key`` from its spellings in clean and noisy text, the dictionary
    and the affix rule. ``joined_unused``: the dictionary lists the joined spelling at frequency 0
    (a variant nobody writes), beside the ZWNJ one it prefers."""
    if perdt:  # the clean treebank decides when it has the word
        return max(perdt.items(), key=lambda kv: (kv[1], ZWNJ in kv[0]))[0]
    joined = noisy.get(key, 0.0)
    # Then the dictionary, unless noisy text joins the word often and never writes the ZWNJ (راهپیمایی).
    if (
        listed is not None
        and ((ZWNJ not in listed and (rule == key or lexicalised)) or sole or joined_unused or transparent(listed))
        and not (ZWNJ in listed and joined >= DICTIONARY_VETO and sum(noisy.values()) - joined < RULE_VETO * joined)
    ):
        return listed
    # A noisy ZWNJ before شان/مان/تان after a letter other than ه (تیم‌شان) is not the treebank's
    # convention, which joins them (تیمشان); it outvotes nothing.
    with_zwnj = {f: n for f, n in noisy.items() if f != key and _clitics_in_style(f)}
    zwnj_count = sum(with_zwnj.values())
    plural = rule.rsplit(ZWNJ, 1)[-1] in PLURAL_ENDINGS
    if rule != key and (
        rule in with_zwnj or zwnj_count >= RULE_VETO * joined or joined <= RARE or (plural and joined < LEXICALISED)
    ):
        return rule  # an affix rule holds unless noisy text never writes the ZWNJ
    if with_zwnj and zwnj_count >= JOINED_DISCOUNT * joined:
        form, count = max(with_zwnj.items(), key=lambda kv: kv[1])
        if count >= 2 or not joined:  # one noisy sighting does not outvote the joined spelling
            return form
    return key


_LEXICON_HEADS = ZwnjLexicon()  # the compound heads of the corpora, once learned (see main)
HEAD_TRUST = 0.8


def main(
    split: str = "all",
    out: Path = OUT,
    dictionary_path: Path | None = None,
    with_pairs: bool = True,
    spelling_list: Path | None = DAVAT_WORDS,
) -> None:
    perdt: dict[str, Counter[str]] = defaultdict(Counter)
    noisy: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    standalone: Counter[str] = Counter()  # weighted counts of words in SPACE_CLEAN corpora
    sentences: list[tuple[float, list[str]]] = []
    sentence_corpora: list[str] = []  # the corpus of each of ``sentences``
    careful_joined: Counter[str] = Counter()  # noisy units that write ZWNJ: words written joined there
    careful_zwnj: Counter[str] = Counter()
    careful_sentences: list[tuple[float, list[str]]] = []  # units of the other corpora that write ZWNJ
    for corpus, words in word_lists(split):
        weight = WEIGHT[corpus]
        for w in words:
            key = w.replace(ZWNJ, "")
            totals[key] += weight
            (perdt if corpus == "perdt" else noisy)[key][w] += weight
        if corpus in SPACE_CLEAN:
            for w in words:
                standalone[w] += weight
            sentences.append((weight, words))
            sentence_corpora.append(corpus)
        if corpus != "perdt" and any(ZWNJ in w for w in words):  # a writer who knows ZWNJ
            for w in words:
                (careful_zwnj if ZWNJ in w else careful_joined)[w.replace(ZWNJ, "")] += 1
            if corpus not in SPACE_CLEAN:
                careful_sentences.append((weight, words))
    keys = [k for k, n in totals.items() if n >= MIN_SCORE]

    # Compound parts: kept when the words that end (start) with them write the ZWNJ
    # more often than not; ``مان``/``تان`` (joined in careful text) drop out here.
    right_z, right_j, left_z, left_j = Counter(), Counter(), Counter(), Counter()
    for key in keys:
        for form in set(perdt[key]) | set(noisy[key]):
            if ZWNJ in form:
                parts = form.split(ZWNJ)
                right_z[parts[-1]] += 1
                left_z[parts[0]] += 1
    for key in keys:
        if key in perdt or ZWNJ not in max(noisy[key], key=noisy[key].get, default=""):
            for cut in range(2, len(key) - 1):
                stem, part = key[:cut], key[cut:]
                if part in right_z and stem[-1] not in NON_JOINING and totals[stem] >= MIN_SCORE:
                    right_j[part] += 1
                if stem in left_z and stem[-1] not in NON_JOINING and totals[part] >= MIN_SCORE:
                    left_j[stem] += 1
    suffixes = sorted(p for p, n in right_z.items() if n >= MIN_PART_TYPES and len(p) >= 3 and n >= PART_RATIO * right_j[p])
    prefixes = sorted(p for p, n in left_z.items() if n >= MIN_PART_TYPES and len(p) >= 2 and n >= PART_RATIO * left_j[p])
    # Bound parts: a space before them is a lost ZWNJ (``مقاوم سازی``).
    bound_suffixes = sorted(
        p for p in set(suffixes) | COMPOUND_ENDINGS if right_z[p] and standalone[p] < BOUND_RATIO * right_z[p]
    )
    bound_prefixes = [p for p in prefixes if standalone[p] < BOUND_RATIO * left_z[p]]

    # The dictionary comes in after the compound parts, which are learned from the corpora alone.
    dictionary = dictionary_words(dictionary_path)
    frequency = dictionary_frequencies(dictionary_path)
    # Words only the second list spells: one word when written joined, never a reason to merge two
    # words across a space (its headwords include phrases: ائمه‌اطهار, سنگ‌مرمر, پست‌الکترونیکی).
    list_only: set[str] = set()
    if dictionary:  # the second list only adds to the first: without Hazm's, neither is used
        for key, form in sole_zwnj_spellings(spelling_list).items():
            if key not in dictionary:
                dictionary[key] = (form, DICTIONARY_RARE_WEIGHT, True)
                if not totals.get(key):  # the corpora never wrote it: only the list vouches for it
                    list_only.add(key)
    in_corpora = Counter(totals)  # the corpora's counts, before the lists vouch for words
    for key, (_, weight, _) in dictionary.items():
        totals[key] += weight
    keys = [k for k, n in totals.items() if n >= MIN_SCORE]

    lex = ZwnjLexicon(scores={k: totals[k] for k in keys}, prefixes=frozenset(p for p in prefixes if p.endswith("ه")) | COMPOUND_PREFIXES)
    lex.verb_stems = frozenset(verb_stems(dictionary_path, spelling_list, in_corpora))
    best: dict[str, tuple[str, float]] = {}
    corpus_chosen: set[str] = set()  # words the corpora alone spell with ZWNJ
    if dictionary:  # heads from the corpora alone first: they decide which listed spellings to trust
        for key in keys:
            if totals[key] - dictionary.get(key, ("", 0.0))[1] > 1e-6:
                rule = lex.analyse(key)
                best[key] = (choose(key, perdt.get(key, Counter()), noisy.get(key, Counter()), rule), totals[key])
                if ZWNJ in best[key][0]:
                    corpus_chosen.add(key)
        _LEXICON_HEADS.heads = compound_heads(best, standalone, sentences)[0]
        best = {}
    for key in keys:
        rule = lex.analyse(key)
        listed, weight, sole = dictionary.get(key, (None, 0.0, False))
        # A word the dictionary lists joined, with a frequency, is a word of its own (مادیات, تنهایی).
        lexicalised = weight >= DICTIONARY_WEIGHT and not any(ZWNJ in f for f in noisy.get(key, ()))
        unused = joined_unused(key, listed, frequency)
        form = choose(key, perdt.get(key, Counter()), noisy.get(key, Counter()), rule, listed, lexicalised, sole, unused)
        best[key] = (form, totals[key])

    # Boundary model for unknown words, trained on the spellings just decided (one example per type).
    examples = []
    score = lambda w: totals.get(w, 0.0) if totals.get(w, 0.0) >= MIN_SCORE else 0.0
    for key, (form, _) in best.items():
        if len(key) < 4:
            continue
        marks, i = set(), 0
        for ch in form:
            if ch == ZWNJ:
                marks.add(i)
            else:
                i += 1
        # Trust a spelling the treebank or a ZWNJ in noisy text vouches for more than
        # a joined one only noisy text shows (it may have lost its ZWNJ).
        vouched = key in perdt or ZWNJ in form or any(ZWNJ in f for f in noisy.get(key, ()))
        weight = 1.0 if vouched else UNVOUCHED_WEIGHT
        for cut in range(2, len(key) - 1):
            if key[cut - 1] not in NON_JOINING:
                examples.append((features(key, cut, score), int(cut in marks), weight))
    model = train(examples, threshold=BOUNDARY_THRESHOLD)

    # Spaced readings of words with ZWNJ, counted in text whose spaces are trustworthy.
    candidates = {form.replace(ZWNJ, " "): form for key, (form, _) in best.items() if ZWNJ in form and key not in list_only}
    spaced: Counter[str] = Counter()
    careful_spaced: Counter[str] = Counter()  # ... and in the careful units of the other corpora
    for counter, units_ in ((spaced, sentences), (careful_spaced, careful_sentences)):
        for weight, words in units_:
            for n in (2, 3):
                for i in range(len(words) - n + 1):
                    gram = " ".join(words[i : i + n])
                    if gram in candidates:
                        counter[gram] += weight
    # Words only the dictionary knows are merged across a space only when their last part
    # seldom stands alone (پیام رسان, not مردم دوستی or شاه عباس) or the list gives the compound
    # a frequency, and never after a function word or when clean text writes the pair apart.
    corpus_totals = {k: totals[k] - dictionary.get(k, ("", 0.0))[1] for k in best}
    seen = {k: v for k, v in best.items() if corpus_totals[k] > 1e-6}

    def merged(gram: str, form: str) -> bool:
        key = form.replace(ZWNJ, "")
        parts = form.split(ZWNJ)
        # A verb or auxiliary after a word is two words, however noisy text (hashtags, captions)
        # wrote it (ایرانی‌بود, شرکت‌کنم); only a verb prefix joins one (می‌شد, the rules' job).
        if parts[-1] in VERB_RIGHTS and parts[0] not in VERB_PREFIXES:
            return False
        # Seen in the corpora, and spelt with this ZWNJ there (not only by the dictionary).
        if key in seen and (form in perdt.get(key, ()) or form in noisy.get(key, ())):
            careful = careful_spaced[gram]
            against = spaced[gram] + (CAREFUL_SPACE_WEIGHT * careful if careful >= CAREFUL_SPACE_MIN else 0.0)
            # Joined spellings in noisy text count when the corpora chose the ZWNJ spelling on their own.
            if key in corpus_chosen:
                return corpus_totals[key] > MERGE_RATIO * against
            support = sum(perdt.get(key, {}).values()) + noisy[key][form]
            first = form.partition(ZWNJ)[0]
            return support >= RARE and first not in NOT_COMPOUND_LEFT and support > MERGE_RATIO * against
        if spaced[gram] or parts[0] in NOT_COMPOUND_LEFT:
            return False
        # The last part seldom stands alone, or the list has seen the compound in use often
        # enough beside its last part (صف‌آرایی, نیمه‌نهایی), not only as a spelling.
        last = frequency.get(parts[-1], 0.0)
        in_use = last > 0 and frequency.get(form, 0.0) >= DICTIONARY_COMPOUND_SHARE * last
        return standalone[parts[-1]] < DICTIONARY_STANDALONE or in_use

    merges = sorted(form for gram, form in candidates.items() if merged(gram, form))
    heads, vetoes = compound_heads(seen, standalone, sentences)

    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as raw, open_text(raw) as f:
        f.write(f"S\t{' '.join(suffixes)}\n")
        f.write(f"P\t{' '.join(prefixes)}\n")
        f.write(f"BS\t{' '.join(bound_suffixes)}\n")
        f.write(f"BP\t{' '.join(bound_prefixes)}\n")
        stems = verb_stems(dictionary_path, spelling_list, in_corpora)
        if stems:
            f.write(f"V\t{' '.join(stems)}\n")
        f.write(f"H\t{' '.join(f'{h}:{r:.2f}' for h, r in sorted(heads.items()))}\n")
        for pair in vetoes:
            f.write(f"N\t{pair}\n")
        joined_too = listed_both_ways(frequency) | careful_joins(best, careful_joined, careful_zwnj)
        f.write(f"J\t{' '.join(both_ways(best, perdt, dictionary, joined_too))}\n")
        for form, counts in clean_pairs(candidates, sentences, sentence_corpora):
            f.write(f"C\t{form}\t{' '.join(str(n) for n in counts)}\n")
        f.write(f"G\t{' '.join(glued_typos(best, dictionary))}\n")
        for key in sorted(best):
            form, score = best[key]
            f.write(f"W\t{form}\t{score:.1f}\n")
        for form in merges:
            f.write(f"M\t{form}\n")
        for key in sorted(k for k in list_only if ZWNJ in best.get(k, ("", 0.0))[0]):
            f.write(f"L\t{key}\n")
    model.save(model_path(out))
    if with_pairs:
        train_pairs(split, out, dictionary_path, spelling_list)
    print(
        f"{len(best)} words ({sum(ZWNJ in f for f, _ in best.values())} with ZWNJ), {len(merges)} merges, "
        f"{len(suffixes)} suffixes ({len(bound_suffixes)} bound), {len(prefixes)} prefixes "
        f"({len(bound_prefixes)} bound), {len(heads)} heads, {len(vetoes)} vetoes -> {out} ({out.stat().st_size // 1024} KiB)"
    )
    print("dictionary:", f"{dictionary_path} ({len(dictionary)} words)" if dictionary else "none")
    print("suffixes:", " ".join(suffixes))
    print("prefixes:", " ".join(prefixes))
    print("bound suffixes:", " ".join(bound_suffixes))
    print("bound prefixes:", " ".join(bound_prefixes))


def glued_typos(best: dict[str, tuple[str, float]], dictionary: dict[str, tuple[str, float, bool]]) -> list[str]:
    """Words the corpora wrote less than twice and no dictionary lists, that begin with a glued
    preposition before a frequent word (``درتهران``, ``وتصمیم``; not ``دربان``, a dictionary word).
    A first sieve: ``ZwnjLexicon._glued_preposition`` decides at load time (``در`` before a verb)."""
    out = []
    for key, (_, score) in best.items():
        if score >= MIN_STEM_SCORE or key in dictionary:
            continue
        for preposition in GLUED_PREPOSITIONS:
            rest = key[len(preposition) :]
            if key.startswith(preposition) and best.get(rest, ("", 0.0))[1] >= GLUED_REST_SCORE:
                out.append(key)
                break
    return sorted(out)


def clean_pairs(
    candidates: dict[str, str], sentences: list[tuple[float, list[str]]], sentence_corpora: list[str]
) -> list[tuple[str, list[int]]]:
    """Two-part compounds with ZWNJ (``هم‌اکنون``) that the pair model may be asked about, with how
    often each SPACE_CLEAN corpus writes them spaced and with ZWNJ (``C`` records: PerDT spaced,
    PerDT with ZWNJ, then ARMAN, then ParsTwiNER).  The corpora differ in their habits (ParsTwiNER
    spaces many compounds PerDT joins: ``کم کم``), so the counts stay apart.  Pairs clean text
    never shows either way are left out."""
    wanted = {}
    for gram, form in candidates.items():
        parts = form.split(ZWNJ)
        if len(parts) != 2 or parts[0] in VERB_PREFIXES or parts[1] in SKIP_HEADS or parts[1].startswith("ها"):
            continue  # affixes: the rules decide them, not the pair model
        wanted[gram] = form
    forms = {form: gram for gram, form in wanted.items()}
    counts: dict[str, list[int]] = {}
    for corpus, (_, words) in zip(sentence_corpora, sentences):
        offset = 2 * SPACE_CLEAN.index(corpus)
        for a, b in pairwise(words):
            gram = f"{a} {b}"
            if gram in wanted:
                counts.setdefault(gram, [0] * (2 * len(SPACE_CLEAN)))[offset] += 1
        for w in words:
            gram = forms.get(w)
            if gram is not None:
                counts.setdefault(gram, [0] * (2 * len(SPACE_CLEAN)))[offset + 1] += 1
    return [(wanted[gram], n) for gram, n in sorted(counts.items())]


def both_ways(
    best: dict[str, tuple[str, float]],
    perdt: dict[str, Counter[str]],
    dictionary: dict[str, tuple[str, float, bool]],
    listed: set[str] = frozenset(),
) -> list[str]:
    """Words spelt with ZWNJ whose joined spelling is in careful use too: the treebank writes it
    joined at least BOTH_WAYS_SHARE of the time (``کوهنورد``), or the word list has both, or
    ``listed`` has it (``listed_both_ways``, ``careful_joins``)."""
    words = []
    for key, (form, _) in best.items():
        if ZWNJ not in form:
            continue
        spellings = perdt.get(key)
        if spellings:
            if spellings.get(key, 0.0) >= BOTH_WAYS_SHARE * sum(spellings.values()) or key in listed:
                words.append(key)
        elif key in listed or (key in dictionary and not dictionary[key][2] and ZWNJ in dictionary[key][0]):
            words.append(key)  # listed with ZWNJ first, and joined too
    return sorted(words)


def listed_both_ways(frequency: dict[str, float]) -> set[str]:
    """Words Hazm's list gives both ways with frequencies, the joined spelling at least
    BOTH_WAYS_SHARE of them: careful writers join them too (``مربیگری``), also where the treebank
    happens to show only the ZWNJ spelling."""
    joined: dict[str, float] = {}
    with_zwnj: Counter[str] = Counter()
    for norm, freq in frequency.items():
        if not freq or not _WORD.fullmatch(norm):
            continue
        key = norm.replace(ZWNJ, "")
        if key == norm:
            joined[key] = freq
        else:
            with_zwnj[key] += freq
    return {k for k, n in with_zwnj.items() if joined.get(k, 0.0) >= BOTH_WAYS_SHARE * (joined.get(k, 0.0) + n)}


def careful_joins(best: dict[str, tuple[str, float]], joined: Counter[str], with_zwnj: Counter[str]) -> set[str]:
    """Compounds (not inflections, plurals or verbs after می) that noisy writers join even in text where
    they write ZWNJ elsewhere, at least CAREFUL_JOINED_MIN times and most of the time
    (``سامان‌دهی``, ``وزارت‌خانه``): joined on purpose, not lost."""
    keys = set()
    for key, count in joined.items():
        form = best.get(key, ("", 0.0))[0]
        if count < CAREFUL_JOINED_MIN or ZWNJ not in form or count < CAREFUL_JOINED_SHARE * (count + with_zwnj[key]):
            continue
        parts = form.split(ZWNJ)
        # Inflections keep the treebank's ZWNJ whatever noisy writers do (مهم‌ترین, سال‌هاست).
        if parts[-1] in SKIP_HEADS or parts[-1].startswith("ها") or parts[0] in VERB_PREFIXES:
            continue
        keys.add(key)
    return keys


CAREFUL_JOINED_MIN = 3
CAREFUL_JOINED_SHARE = 0.5
BOTH_WAYS_SHARE = 0.2


def compound_heads(
    best: dict[str, tuple[str, float]], standalone: Counter[str], sentences: list[tuple[float, list[str]]]
) -> tuple[dict[str, float], list[str]]:
    """Right parts of compounds that recur with many left parts (``نامه``, ``رسان``), each with
    the share of its uses inside a compound; and the spaced pairs ``a h`` that clean text
    writes apart often enough that the head must not join them (``تیم امید``)."""
    inside: Counter[str] = Counter()
    lefts: dict[str, set[str]] = defaultdict(set)
    pairs: Counter[str] = Counter()
    for form, score in best.values():
        if ZWNJ not in form:
            continue
        parts = form.split(ZWNJ)
        for i in range(1, len(parts)):
            part = parts[i]
            # Verb prefixes are not compound parts (می‌دانم), nor plurals with a clitic (کتاب‌هاست).
            if len(part) < 3 or part in SKIP_HEADS or part.startswith("ها") or parts[i - 1] in NOT_LEFT_PARTS:
                continue
            inside[part] += score
            lefts[part].add(parts[i - 1])
            pairs[f"{parts[i - 1]} {part}"] += score
    heads = {}
    for part, n in inside.items():
        share = n / (n + standalone[part])
        # Arabic words with the article (علیه‌السلام, رسول‌الله) are heads after a single left part.
        arabic = part.startswith("ال") and len(part) >= 4 and not part.startswith("الی")  # not سوسیال‌یسم
        types = 1 if arabic else HEAD_TYPES
        if len(lefts[part]) >= types and share >= HEAD_MIN_SHARE:
            heads[part] = share
    spaced: Counter[str] = Counter()
    for weight, words in sentences:
        for a, b in pairwise(words):
            if b in heads:
                spaced[f"{a} {b}"] += weight
    vetoes = sorted(p for p, n in spaced.items() if n >= HEAD_VETO and n * MERGE_RATIO >= pairs[p])
    return heads, vetoes


NOT_LEFT_PARTS = VERB_PREFIXES | {"بی", "نا", "هم"}
# Inflections and clitics the affix rules handle already.
SKIP_HEADS = PLURAL_ENDINGS | frozenset({"ای", "ام", "ات", "اش", "ایم", "اید", "اند", "ایی", "تر", "ترین", "تری", "شان", "مان", "تان"})


# The pair model: the quarters of ``tune`` it learns from for each lexicon split, the text it reads
# (gold, and corrupted the way ZWNJ is lost), how much PerDT counts, and its decision threshold.
PAIR_TEXT = {"tune-train": ("tune-train",), "tune-dev": ("tune-dev",)}  # others: both quarters
PAIR_OTHER_QUARTER = {"tune-train": "tune-dev", "tune-dev": "tune-train"}
PAIR_CORPORA = ("perdt", "arman", "fars")
PAIR_CORRUPTIONS = {
    "spaced": lambda t: t.replace(ZWNJ, " "),
    "half": lambda t: "".join((" " if i % 2 else ZWNJ) + p if i else p for i, p in enumerate(t.split(ZWNJ))),
    "clean": lambda t: t,  # negatives: the spaces a careful writer meant
    "joined": lambda t: t.replace(ZWNJ, ""),  # negatives: the spaces of a writer who joins
}
# Chosen on tune-dev/tune-train (bench/zwnj.py): on a careful line a space is more often meant
# (and noisy corpora write their own compounds both ways there), so the model must be surer.
PAIR_THRESHOLD = 0.6
PAIR_CAREFUL_THRESHOLD = 0.9


def pair_examples(quarter: str, lexicon_path: Path) -> tuple[list[list[float]], list[int], list[float]]:
    """Features, gold labels (1: the space is a lost ZWNJ) and weights of every pair the pair
    model is asked about in ``quarter``'s text, read with the lexicon at ``lexicon_path``."""
    lex = zwnj_module.ZwnjLexicon.load(lexicon_path)
    lex.pair_model = pairs.PairModel([0.0] * len(pairs.FEATURE_NAMES), 1.0 - 1e-9)  # asks, never joins
    rows: list[list[float]] = []
    labels: list[int] = []
    weights: list[float] = []
    current = {"gold": "", "weight": 1.0}
    featurise = zwnj_module.pair_features

    def recording(lex_, text, group_start, left, right, careful, right_end=-1):
        # As zwnj_edits decides: a line that joins words needing a ZWNJ is read as careful.
        careful = careful or zwnj_module.line_joins(text, group_start, lex_)
        x = featurise(lex_, text, group_start, left, right, careful, right_end)
        at = text.find(" " + right, group_start)  # the space asked about
        sep = current["gold"][at] if at >= 0 else ""
        if sep in (ZWNJ, " "):
            rows.append(x)
            labels.append(int(sep == ZWNJ))
            weights.append(current["weight"])
        return x

    zwnj_module.pair_features = recording
    try:
        for corpus in PAIR_CORPORA:
            current["weight"] = WEIGHT[corpus]
            for text in units(corpus, quarter):
                gold = gold_text(text)
                if ZWNJ not in gold:
                    continue
                for name, corrupt in PAIR_CORRUPTIONS.items():
                    corrupted = corrupt(gold)
                    # Joined text is shorter than the gold: every space it has is a meant one.
                    current["gold"] = corrupted if name == "joined" else gold
                    zwnj_module.zwnj_edits(corrupted, lex)
    finally:
        zwnj_module.pair_features = featurise
    return rows, labels, weights


def train_pairs(split: str, out: Path, dictionary_path: Path | None, spelling_list: Path | None = DAVAT_WORDS) -> None:
    """Train and save the pair model that goes with the lexicon at ``out``."""
    rows: list[list[float]] = []
    labels: list[int] = []
    weights: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for quarter in PAIR_TEXT.get(split, ("tune-train", "tune-dev")):
            other = PAIR_OTHER_QUARTER[quarter]
            lexicon_path = Path(tmp) / f"zwnj-{other}.tsv.gz"
            with contextlib.redirect_stdout(sys.stderr):
                main(other, lexicon_path, dictionary_path, with_pairs=False, spelling_list=spelling_list)
            x, y, w = pair_examples(quarter, lexicon_path)
            rows += x
            labels += y
            weights += w
    weight_vector = pairs.train(rows, labels, sample_weights=weights)
    pairs.PairModel(weight_vector, PAIR_THRESHOLD, PAIR_CAREFUL_THRESHOLD).save(pairs.pairs_path(out))
    print(f"pair model: {len(rows)} pairs ({sum(labels)} lost ZWNJ) -> {pairs.pairs_path(out).name}")


def open_text(raw):
    import io

    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Build the ZWNJ lexicon.")
    parser.add_argument(
        "--split",
        default="all",
        choices=["all", "tune", "tune-train", "tune-dev"],
        help="all (shipped), tune (to report on the report split), tune-train/tune-dev (to choose settings)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--hazm-words", type=Path, default=None, help=f"Hazm's data/words.dat (MIT; default: Hazm {HAZM_RELEASE}'s, fetched if need be)"
    )
    parser.add_argument("--davat-words", type=Path, default=DAVAT_WORDS, help="Davat's data/words.txt (MIT)")
    parser.add_argument("--no-dictionary", action="store_true", help="learn from the corpora only")
    parser.add_argument("--no-davat", action="store_true", help="leave Davat's word list out")
    args = parser.parse_args()
    if not args.no_dictionary and args.hazm_words is None:
        args.hazm_words = hazm_word_list()
    if not args.no_dictionary and (args.hazm_words is None or not args.hazm_words.exists()):
        # The shipped lexicon was built with Hazm's word list: without it the result differs.
        parser.error(
            f"Hazm {HAZM_RELEASE}'s words.dat not found and could not be fetched (pip download hazm=={HAZM_RELEASE}): "
            "pass --hazm-words PATH, or build a corpus-only lexicon with --no-dictionary"
        )
    if not args.no_dictionary and not args.no_davat and (args.davat_words is None or not args.davat_words.exists()):
        parser.error(
            "Davat's words.txt not found: .venv-bench/bin/pip install davat (or pass --davat-words PATH, "
            "or leave it out with --no-davat)"
        )
    main(
        args.split,
        args.out,
        None if args.no_dictionary else args.hazm_words,
        spelling_list=None if args.no_davat else args.davat_words,
    )
