"""The Persian trigger lexicon (``data/triggers.tsv``) compiled into matchers.

Each entry becomes one regular expression anchored at its first word.  Entries are
indexed by the first two letters of that word, so matching an article costs one
dictionary look-up per token plus a few anchored ``match`` calls, not a scan of
the whole text per entry.

Inflection is generated here rather than listed: for a light verb we know its past
and present stems and build person endings, ``ن`` negation, ``می`` (with ZWNJ, a
space or nothing), the ``خواهد`` future, perfect ``-ه است`` and the ``ب``
subjunctive.  A ``کردن``/``نمودن`` construction also matches its passive with
``شدن``/``گردیدن`` (``محکوم شد``, ``برگزار گردید``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ZWNJ = "\u200c"
_SEP = "[\u200c ]?"  # where standard spelling has a ZWNJ, scraped text has a space or nothing

# infinitive -> (past stem, present stems); present stems ending in a vowel take a glide ی.
VERB_STEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "کردن": ("کرد", ("کن",)),
    "نمودن": ("نمود", ("نمای", "نما")),
    "شدن": ("شد", ("شو",)),
    "گردیدن": ("گردید", ("گرد",)),
    "داشتن": ("داشت", ("دار",)),
    "دادن": ("داد", ("ده",)),
    "گرفتن": ("گرفت", ("گیر",)),
    "زدن": ("زد", ("زن",)),
    "بردن": ("برد", ("بر",)),
    "رسیدن": ("رسید", ("رس",)),
    "رساندن": ("رساند", ("رسان",)),
    "خواستن": ("خواست", ("خواه",)),
    "پذیرفتن": ("پذیرفت", ("پذیر",)),
    "شناختن": ("شناخت", ("شناس",)),
    "گفتن": ("گفت", ("گوی", "گو")),
    "آمدن": ("آمد", ("آی",)),
    "درآمدن": ("درآمد", ("درآی",)),
    "ربودن": ("ربود", ("ربای", "ربا")),
    "فرستادن": ("فرستاد", ("فرست",)),
    "ساختن": ("ساخت", ("ساز",)),
    "رفتن": ("رفت", ("رو",)),
    # verbs of calling something so («... را غیرقانونی خواند / دانست / نامید»): see ``triggers._labellings``
    "خواندن": ("خواند", ("خوان",)),
    "دانستن": ("دانست", ("دان",)),
    "نامیدن": ("نامید", ("نام",)),
    "فراخواندن": ("فراخواند", ("فراخوان",)),
    "درآوردن": ("درآورد", ("درآور",)),
    "کشیدن": ("کشید", ("کش",)),
    "ریختن": ("ریخت", ("ریز",)),
    "بستن": ("بست", ("بند",)),
    "ماندن": ("ماند", ("مان",)),
    "ایستادن": ("ایستاد", ("ایست",)),
    "ستودن": ("ستود", ("ستای",)),
    "کشتن": ("کشت", ()),  # (past forms only: «می‌کشد» is far more often کشیدن's «pulls, lasts»)
    "گذاشتن": ("گذاشت", ("گذار",)),
    "گشودن": ("گشود", ("گشا", "گشای")),
    "آوردن": ("آورد", ("آور",)),
    "افزودن": ("افزود", ("افزا", "افزای")),
    "کشاندن": ("کشاند", ("کشان",)),
    "پیوستن": ("پیوست", ("پیوند",)),
}
PASSIVE_OF = {"کردن": ("شدن", "گردیدن"), "نمودن": ("شدن", "گردیدن")}
_PERSON = "(?:ند|یم|ید|م|ی)"
_PRESENT_PERSON = "(?:ند|یم|ید|د|م|ی)"
_AUX_FUTURE = "ن?خواه" + _PRESENT_PERSON
_BE = "(?:ن?(?:بود" + _PERSON + "?|است|هست" + _PERSON + "?|باش" + _PRESENT_PERSON + "))"
_NOUN_SUFFIX = "(?:" + _SEP + "(?:ها|های|هایی))?(?:" + _SEP + "ای|یی|ی)?"
_GAP_COORD = r"(?:\s+و\s+[^\s.،؛:!؟]+){0,2}"  # «دیدار و گفتگو کرد»
_GAP_SUFFIX = "(?:ی|\u200c?هایی|\u200c?های|\u200c?ها|\u200c?ای)?"  # («تعرفه‌ای ۲۵ درصدی ... وضع کرد»: indefinite too)
_GAP_FREE = r"(?:\s+(?!به\s+پایان(?![\w\u200c]))[^\s.،؛:!؟«»]+){1,10}?"  # «خواستار * شد»: a complement inside the construction
# (never across «به پایان»: «به توافق ... به پایان رسید» is talks ended, no agreement reached)
# a demand's or a tariff's complement runs longer («خواستار تضمین حاکمیت ارمنستان بر مسیرهای ... شد», «تعرفه ۲۵
# درصدی اضافی بر واردات کالا از هند را به دلیل خرید نفت روسیه اعمال کرد»)
_GAP_LONG = r"(?:\s+[^\s.،؛:!؟«»]+){1,16}?"
_LONG_GAP_HEADS = ("خواستار", "تعرفه", "عوارض")
# envoys recalled from a list of posts may take its commas: «سفرای خود در آلمان، فرانسه و انگلیس را ... فراخواند»
_GAP_LIST = r"(?:\s*[^\s.؛:!؟«»]+){1,16}?"
_LIST_GAP_HEADS = ("سفیر خود", "سفرای خود", "سفیران خود")
_END = r"(?![\w\u200c])"
_START = r"(?<![\w\u200c])"


@dataclass(frozen=True, slots=True)
class Entry:
    cameo: str
    kind: str  # lv, verb or noun
    phrase: str
    verbs: tuple[str, ...]
    needs: tuple[str, ...]
    negated: str | None  # CAMEO code when negated (نپذیرفت → 120), else a negated trigger is dropped
    passive: bool = False  # the subject undergoes it («کشته شدند», «به شهادت رسیدند»)


@dataclass(frozen=True, slots=True)
class Matcher:
    entry: Entry
    pattern: re.Pattern[str]
    prefix: str = ""  # the first word's letters (no ZWNJ): a cheap test before the regular expression


def verb_pattern(infinitive: str) -> str:
    """Every finite form of a verb (the whole pattern is one non-capturing group)."""
    if infinitive == "بودن":
        return _BE
    if " " in infinitive:  # «برگزار کردن», «امضا کردن»: literal words before the verb
        *words, last = infinitive.split(" ")
        return "(?:" + r"\s+".join(_words(w) for w in words) + r"\s+" + verb_pattern(last) + ")"
    past, presents = VERB_STEMS[infinitive]
    mi = "(?:می" + _SEP + ")"
    perfect = "(?:ه(?:" + _SEP + "(?:ام|ای|ایم|اید|اند)|" + r"\s+" + _BE + ")?)"
    forms = ["ن?" + mi + "?" + past + "(?:" + perfect + "|" + _PERSON + ")?"]
    if presents:  # (none: a verb matched in its past forms only)
        present = "(?:" + "|".join(presents) + ")"
        forms += ["ن?" + mi + "?" + present + _PRESENT_PERSON, "ب" + present + _PRESENT_PERSON]
    forms += [
        _AUX_FUTURE + r"\s+" + past,
        past + "ن",  # the infinitive, a noun in headlines: «کشته شدن ۱۳ پلیس»
    ]
    return "(?:" + "|".join(forms) + ")"


def _words(phrase: str) -> str:
    return _SEP.join(re.escape(part) for part in re.split(r"[ \u200c]", phrase) if part)


def _phrase_pattern(phrase: str, suffix: bool) -> str:
    pieces: list[str] = []
    chunks = phrase.split(" * ")
    for n, chunk in enumerate(chunks):
        gapped = n < len(chunks) - 1 or phrase.endswith(" *")
        chunk = chunk.removesuffix(" *")
        # before a gap the word may take its ezafe or plural: «اعزام نیروی چندملیتی ...»
        pieces.append(_words(chunk) + (_GAP_SUFFIX if gapped and not chunk.endswith("ی") else ""))
    gap = _GAP_LIST if phrase.startswith(_LIST_GAP_HEADS) else _GAP_LONG if phrase.startswith(_LONG_GAP_HEADS) else _GAP_FREE
    body = (gap + r"\s+").join(pieces)
    if phrase.endswith(" *"):
        body = body + gap
    return body + (_NOUN_SUFFIX if suffix else "")


def compile_entry(entry: Entry) -> str:
    if entry.kind == "noun":
        return _START + "(?:" + _phrase_pattern(entry.phrase, suffix=True) + ")" + _END
    verbs: list[str] = []
    for v in entry.verbs:
        verbs.append(verb_pattern(v))
        for passive in PASSIVE_OF.get(v, ()):
            verbs.append(verb_pattern(passive))
    if entry.kind == "lv" and any(v in ("کردن", "نمودن") for v in entry.verbs) and "*" not in entry.phrase:
        verbs.append("و(?=\\s)")  # the light verb left out before «و» («دیدار و ... تأکید کردند»)
    verb = "(?P<verb>" + "|".join(verbs) + ")"
    if entry.kind == "verb":
        return _START + verb + _END
    noun = "(?P<noun>" + _phrase_pattern(entry.phrase, suffix=False) + "(?:ی|یی|" + _SEP + "ای)?)"
    # (the noun may be quoted: «سفیر فرانسه را «عنصر نامطلوب» اعلام کرد»)
    return _START + noun + "[»\"”]?" + _GAP_COORD + r"\s+" + verb + _END


def parse(text: str) -> list[Entry]:
    entries: list[Entry] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 7)[:7]
        cameo, kind, phrase, verbs, needs, negated, voice = (c.strip() for c in cols)
        entries.append(
            Entry(
                cameo=cameo,
                kind=kind,
                phrase=phrase,
                verbs=tuple(v for v in verbs.split("|") if v),
                needs=tuple(n for n in needs.split("|") if n),
                negated=negated or None,
                passive=voice == "passive",
            )
        )
    return entries


def _keys(entry: Entry) -> set[str]:
    """First-two-letter keys under which a token may start this entry."""
    if entry.kind != "verb":
        return {entry.phrase.replace(ZWNJ, "").replace(" ", "")[:2]}
    keys: set[str] = set()
    for v in entry.verbs:
        past, presents = VERB_STEMS[v.split(" ")[-1]]
        for stem in (past, *presents):
            for prefix in ("", "ن", "می", "نمی", "ب"):
                keys.add((prefix + stem)[:2])
        keys |= {"خو", "نخ"}
    return keys


@lru_cache(maxsize=1)
def matchers() -> dict[str, tuple[Matcher, ...]]:
    """Matchers by key, longest phrase first so «نشست مشترک» wins over «نشست»."""
    text = resources.files("rayzan.events").joinpath("data").joinpath("triggers.tsv").read_text(encoding="utf-8")
    index: dict[str, list[Matcher]] = {}
    for entry in parse(text):
        first = entry.phrase.split(" ")[0].replace(ZWNJ, "") if entry.kind != "verb" else ""
        m = Matcher(entry, re.compile(compile_entry(entry)), first[:4])
        for key in _keys(entry):
            index.setdefault(key, []).append(m)
    order = {"lv": 0, "verb": 0, "noun": 1}
    return {
        k: tuple(sorted(v, key=lambda m: (order[m.entry.kind], -len(m.entry.phrase), m.entry.cameo)))
        for k, v in index.items()
    }


def token_key(word: str) -> str:
    return word.replace(ZWNJ, "")[:2]


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """One-word event nouns of the lexicon (سفر, دیدار, حمله), ZWNJ removed: a name right after one is
    its genitive («به سفر بوش»: Bush travels; «به» governs the trip, not him)."""
    text = resources.files("rayzan.events").joinpath("data").joinpath("triggers.tsv").read_text(encoding="utf-8")
    return frozenset(e.phrase.replace(ZWNJ, "") for e in parse(text) if e.kind == "noun" and " " not in e.phrase)
