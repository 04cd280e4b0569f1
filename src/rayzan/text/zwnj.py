"""ZWNJ restoration: lost zero-width non-joiners come back.

``restore_zwnj(text) -> (text, OffsetMap)`` repairs both corruptions met in
scraped Persian: letters joined (``میشود``) and ZWNJ replaced by a space
(``می شود``).  It only ever inserts a ZWNJ, turns a space between two words
into a ZWNJ, or drops such a space (``کشور ها`` -> ``کشورها``): no letter is
added or dropped and no line break is touched.

Decisions come from a lexicon learned from corpora (``data/zwnj_lexicon.tsv.gz``,
built by ``scripts/build_zwnj_lexicon.py``; see ``data/MODEL_CARD.md``): every
known word with its preferred spelling, the spaced sequences that are really one
word, and, for unknown words, the affixes and compound parts seen in the
lexicon (``می``/``نمی``, ``ها``/``های``, ``ای``, ``اند``, ``تر``/``ترین``, ...), the
compound heads learned from it (``نامه``, ``رسان``, ``گذاری``), and last a small
boundary model (``rayzan.text.boundary``). Two words that each stand alone merge
only on strong evidence, and by the rules a first name never merges with the next word.
A word that already carries a ZWNJ is trusted as written.

Context decides where the lexicon alone cannot:

* a compound the lexicon spells with ZWNJ (``صف‌آرایی``) but does not merge across a
  space (it is often two words) merges before a light verb (``صف آرایی کنیم``,
  ``دست کاری می کنند``) or when its second part carries the Arabic article
  (``بیت المال``); elsewhere a learned pair model (``rayzan.text.pairs``: corpus counts,
  head share, the word before, lengths) decides (``زاینده رود``, ``جلال آباد``, and
  compound first names such as ``علی اصغر``);
* a *careful* line, one that already writes a ZWNJ between two letters, is taken
  at its word: a space there between two words stays unless the second is an
  inflection or compound ending (``ها``, ``ای``, ``سازی``), the first a verb prefix
  (``می``), or the compound is common (weighted count >= 10: ``بین المللی``); a
  joined word there that careful text also writes joined (``J`` records:
  ``پاکسازی``) stays, and an unknown one is split only before a plural or comparative
  ending (``تندیس‌هایشان``; ``ستمکاران`` stays), never by the boundary model.  This is
  what keeps correct text unchanged.
* a *joining* line, one that writes a verb prefix joined to its verb (``میشود``), comes
  from a writer who drops ZWNJ rather than spacing: its spaces are taken as meant the
  same way (``تیم امید``, ``مردم دوستی می‌کردیم`` stay two words).
* a *spacing* line, one that writes a verb prefix or a plural ending apart (``می شود``,
  ``کتاب ها``), comes from a writer who spaces where a ZWNJ belongs: its joined words are
  taken as meant, as on a careful line (``نشاندهنده``, ``خیمهسازان`` stay).
"""

from __future__ import annotations

import gzip
import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from rayzan.text import pairs as _pairs
from rayzan.text.boundary import BoundaryModel, model_path
from rayzan.text.normalize import PERSIAN_LETTERS, in_hashtag
from rayzan.text.offsets import Edit, OffsetMap, apply_edits
from rayzan.text.pairs import PairModel, pairs_path

ZWNJ = "\u200c"
# Persian/Arabic letters after normalisation (hamza forms included, digits and marks excluded).
LETTERS = PERSIAN_LETTERS
# Letters that never join the next one: a ZWNJ after them is invisible, and clean text omits it.
NON_JOINING = frozenset("ءآأؤإادذرزژوۀة")
_WORD = re.compile(f"[{LETTERS}][{LETTERS}\u200c]*")

DATA_PATH = Path(__file__).with_name("data") / "zwnj_lexicon.tsv.gz"

# Affixes written with a ZWNJ in careful Persian (the treebank's convention).
PLURAL_ENDINGS = frozenset({"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان"})
COMPARATIVE_ENDINGS = frozenset({"تر", "ترین", "تری", "تریم", "ترید", "ترند"})  # ...with a copula: بالغ‌تریم
# Endings read only inside an unknown joined word (never merged across a space: هاست is also "host").
_JOINED_ONLY_ENDINGS = frozenset({"هاست", "هایند"})  # plural with a copula: دل‌هاست
# Written after a final ه (``منطقه‌ای``, ``داشته‌اند``) or ی (``انسانی‌اند``) only;
# elsewhere ``ای``/``ام`` are words of their own (``ای کاش``) or part of the stem (``پیام``).
HEH_ENDINGS = frozenset({"ای", "ام", "ات", "اش", "ایم", "اید", "اند", "ایی"})
# Plural possessives take a ZWNJ after a final ه only (خانه‌شان, علاقه‌تان), and only after a
# known word: elsewhere they are joined (کتابشان) or part of the word (میهمان).
HEH_CLITICS = frozenset({"شان", "مان", "تان"})
VERB_PREFIXES = frozenset({"می", "نمی", "برمی", "درمی", "فرومی", "فرامی", "بازمی", "وامی", "برنمی", "درنمی", "فرونمی", "فرانمی", "بازنمی", "وانمی"})
_PERSON_ENDINGS = ("یم", "ید", "ند", "م", "ی", "د", "")
_PLURAL_PERSON_ENDINGS = ("یم", "ید", "ند")
_VERB_ENDINGS = ("د", "م", "ی", "ید", "یم", "ند", "ست", "ن")
_NOT_VERB_ENDINGS = ("ها", "های", "هایی", "انی", "اتی")
_CLITICS = frozenset({"اش", "ام", "ات", "ای"})
SPACED_COMPARATIVES = frozenset({"تر", "ترها", "تری"})
SPACED_PREFIXES = frozenset({"بی"})
# Endings after a frequent word in ها that careful text writes joined (تنهایی, تنهایمان).
_LEXICALISED_PLURAL_ENDINGS = ("ی", "یی", "یم", "یت", "یش", "یمان", "یتان", "یشان")
# Demonstratives whose plural careful text writes joined (آنها, اینها, همانها).
_JOINED_PLURAL_STEMS = frozenset({"آن", "این", "همان", "همین"})
_HEH_WEIGHT = 5.0  # منطقه‌ای over منطق‌های when both stems are words
_RARE_ENDING_WEIGHT = 0.1

# Left parts of compounds written with a ZWNJ, used before a known word (``بی‌پایان``).
COMPOUND_PREFIXES = frozenset({"بی", "نیمه"})
# Second parts of compounds written with a ZWNJ (``مقاوم‌سازی``, ``واژه‌نامه``), used after a known word.
COMPOUND_ENDINGS = frozenset(
    ["سازی", "ساز", "سازان", "پذیر", "پذیری", "ناپذیر", "گذاری", "گذار", "گیری", "کننده", "کنندگان", "دهنده", "دهندگان", "نامه", "درمانی", "خوانی", "سرایی", "نویسی", "نویس", "نویسان", "شناس", "شناسی", "شناسان", "داری", "بندی", "ریزی", "برداری", "کشی", "آمیز", "انگیز", "وار", "زده", "زدگی", "گرا", "گرایی", "محور", "آباد", "ورزی", "پردازی", "پرداز", "رسانی", "زاده", "پور", "الله", "نژاد", "الدین", "آور", "نشین", "طلب", "طلبی", "طلبان", "نیا", "خواهی", "تبار", "آبادی", "بخش", "بخشی", "ساله"]
)
# Endings that make a surname or place of a first name (حسن‌زاده, رحیم‌پور, علی‌آباد).
_NAME_ENDINGS = frozenset({"زاده", "پور", "نژاد", "نیا", "تبار", "آباد", "آبادی"})
_MIN_STEM_SCORE = 2.0
_PERDT_WEIGHT = 8.0  # a treebank sighting against one in ARMAN (the lexicon's weights)
# Compound heads learned from the corpora (``H`` records: ``رسان``, ``پزشکی``, ``نامه``) with the
# share of their uses inside a compound: an unknown joined word splits before one whose share
# is at least _HEAD_SPLIT, and a word joins the one before it across a space at _HEAD_JOIN.
_HEAD_SPLIT = 0.7
_HEAD_SPLIT_LENGTH = 4  # short heads (دار, گاه) are also word endings: جاندار stays whole
_HEAD_JOIN = 0.6
_HEAD_INFLECTIONS = ("های", "ها", "هایی", "ان", "انی", "ی")  # not ای: دارای is a word
_HEAD_INFLECTED_ALONE = 30.0  # an inflected head seen alone this often is a word of its own (آبادان)
# Deverbal compound heads the lexicon has not seen in a compound: a present stem with an agent or
# action ending (رانی, نگاران, سالاری) or a past participle with گان/گی (دیدگان, زدگی).  Such a
# word seldom stands alone, so after a known word and a space it is a lost ZWNJ (قایق رانی,
# ستم دیدگان) when the corpora have seen it alone less than _DEVERBAL_ALONE times (weighted).
_DEVERBAL_PRESENT_ENDINGS = ("ی", "ان", "انی", "گر", "گری", "گران")
_DEVERBAL_PAST_ENDINGS = ("گان", "گی", "گانی")
_DEVERBAL_ALONE = 5.0
_DEVERBAL_LEFT_MAX = 300.0
# Endings on the right part of a known compound across a space (دوچرخه سواران, صاحب نظرانی).
_COMPOUND_INFLECTIONS = ("ان", "انی", "ی", "ها", "های")
# Function words never take a compound head across a space (به گونه, همان گونه).
_NOT_COMPOUND_LEFT = frozenset(
    [
        "و", "در", "به", "از", "که", "را", "با", "این", "آن", "همان", "همین", "برای", "تا", "یا", "هر", "چند", "چه", "بر",
        "اگر", "نه", "هم", "یک", "دو", "سه", "او", "ما", "من", "تو", "شما", "است", "بود", "شد", "روی", "زیر", "کنار",
        "پشت", "جلوی", "درون", "بیرون", "میان", "طی",
    ]
)
# Words that take no compound head across a space into a compound the lexicon does not know:
# determiners and pronouns (کدام ساز, هیچ بندی, کسی داری), besides the function words above.
_NOT_HEAD_LEFT = frozenset(
    ["کدام", "چنین", "چنان", "هیچ", "اینکه", "آنکه", "حتی", "چون", "کسی", "چیزی", "همه", "عدم", "بعنوان", "خود"]
)
# Heads that are common words of their own, after an unknown word far more often a noun after
# an ezafe or a verb than a compound's head (جراحی بینی, ارسال نامه‌ها, پرداخت طلب, اطلاع داری):
# they join only the compounds the lexicon knows (پیش‌بینی, تفاهم‌نامه).  Written without ZWNJ.
_HEADS_ALSO_WORDS = frozenset(["بینی", "نامه", "نامهها", "نامههای", "نامههایی", "طلب", "ایست", "مزاج", "داری", "الله"])
# First names: a name and the next word are two words (``علی حسینی``), however often
# noisy text writes them as one; only a plural or comparative ending joins them.
FIRST_NAMES = frozenset(
    [
        "علی", "محمد", "حسن", "حسین", "رضا", "مهدی", "احمد", "جواد", "مجید", "سعید", "حمید", "مسعود", "محمود", "مصطفی",
        "مرتضی", "مجتبی", "عباس", "اکبر", "اصغر", "ابراهیم", "اسماعیل", "یوسف", "یعقوب", "موسی", "عیسی", "داوود",
        "سلیمان", "هادی", "کاظم", "جعفر", "صادق", "باقر", "تقی", "نقی", "قاسم", "ناصر", "منصور", "امیر", "بهرام", "بهمن",
        "فرهاد", "فریدون", "کامران", "کیوان", "داریوش", "کوروش", "سیروس", "هوشنگ", "پرویز", "جمشید", "بیژن", "منوچهر",
        "شاهرخ", "سهراب", "رستم", "ایرج", "نادر", "پیمان", "پژمان", "سینا", "آرش", "بابک", "امین", "حامد", "وحید",
        "مهران", "مهرداد", "حمیدرضا", "علیرضا", "محمدرضا", "غلامرضا", "غلامحسین", "عبدالله", "عبدالرضا", "اسحاق", "جلال",
        "کمال", "جمال", "ابوالفضل", "فاطمه", "زهرا", "مریم", "زینب", "معصومه", "سکینه", "طاهره", "مهناز", "مینا", "لیلا",
        "نرگس", "سارا", "سمیه", "شیرین", "پروین", "فرشته", "نسرین", "مهسا", "الهام", "آزاده", "نازنین", "هانیه", "نیلوفر",
        "سیمین",
        # Round 8, from news text where a name merged with a surname (اکرم محمدی, محسن سالاری).
        # Names that also make compounds (سامان, ترانه, هستی, رویا, قدرت, نظام, ولی) are left out.
        "محسن", "بهنام", "ایمان", "اکرم", "اعظم", "محمدعلی", "محمدحسین", "محمدجواد", "محمدباقر",
        "محمدمهدی", "محمدتقی", "محمدکاظم", "محمدصادق", "محمدامین", "محمدحسن", "محمدابراهیم",
        "امیرحسین", "امیرعلی", "امیرمحمد", "ابوالقاسم", "ابوالحسن", "عبدالکریم", "عبدالرحیم",
        "عبدالرحمن", "عبدالحمید", "عبدالحسین", "غلامعلی", "رحیم", "کریم", "رحمان", "اسدالله",
        "نصرالله", "یدالله", "حبیب", "شهاب", "شهرام", "شاهین", "بهروز", "بهزاد", "فرزاد", "فرشاد",
        "فرید", "کیومرث", "کاوه", "کامبیز", "مازیار", "میلاد", "نیما", "پویا", "پوریا", "رامین",
        "سجاد", "سیامک", "شهریار", "عادل", "عارف", "عماد", "فرامرز", "مهیار", "نوید", "هومن",
        "یاسر", "یونس", "الیاس", "خلیل", "جلیل", "حمزه", "طاها", "مسیح", "هاشم", "یحیی", "داود",
        "اسفندیار", "اردشیر", "افشین", "آرین", "بردیا", "پارسا", "پدرام", "حسام", "ساسان",
        "سیاوش", "شایان", "صابر", "کمیل", "کسری", "میثم", "یاسین", "جهانگیر", "خسرو", "سهیل",
        "شاپور", "مسلم", "میرحسین", "سید", "سیده",
        "آمنه", "انسیه", "بتول", "پریسا", "راضیه", "رقیه", "زهره", "سمانه", "سودابه", "سوسن",
        "شهلا", "شهناز", "صدیقه", "طیبه", "عاطفه", "فرزانه", "فریبا", "فهیمه", "کبری", "محبوبه",
        "مرضیه", "منیژه", "منیره", "ملیحه", "ناهید", "نجمه", "نفیسه", "یاسمن", "الناز", "بهاره",
        "ژیلا", "شیما", "فائزه", "مائده", "محدثه", "مژگان", "شقایق",
    ]
)
_MAX_FLAGS = 1_000_000
# In a line that writes ZWNJ, a space inside a compound is a lost ZWNJ only for compounds this
# frequent (weighted corpus count: a treebank sighting counts 8).
_CAREFUL_COMPOUND_SCORE = 10.0
_NAME_COMPOUND_SCORE = 30.0  # a first name merges with the next word into a compound this frequent
_CAREFUL_HEAD_SHARE = 0.8  # ... or for learned compound heads this seldom seen alone (رسان, گزار)
# Respell the word; it begins a merge of the table; it merges with the previous word;
# it is a prefix that merges with the next word (می, بی).
FIX, LEFT, RIGHT, PREFIX, COMPOUND_RIGHT = 1, 2, 4, 8, 16
_RESPELT_OR_JOINING = FIX | RIGHT | PREFIX  # flags that make zwnj_edits try a respelling or merge
# Light verbs: a known compound spelt with ZWNJ (``صف‌آرایی``, ``دست‌کاری``) written as two words
# before one of them is the noun of a compound verb (``صف آرایی کنیم``), so the space is a lost
# ZWNJ even when the pair is often two words elsewhere.
_LIGHT_STEMS_PAST = ("کرد", "شد", "نمود", "داد", "گرفت", "زد")
_LIGHT_STEMS_PRESENT = ("کن", "شو", "نما", "ده", "گیر", "زن")
LIGHT_VERBS = frozenset(
    [stem + e for stem in _LIGHT_STEMS_PAST for e in ("", "م", "ی", "یم", "ید", "ند", "ه", "ن")]
    # A bare present stem is the imperative only for کن: ده, زن, شو are also words (village, woman).
    + [stem + e for stem in _LIGHT_STEMS_PRESENT for e in ("م", "ی", "د", "یم", "ید", "ند")]
    + ["کن"]
)
# Prepositions that end in a non-joining letter (not با: باتجربه, باسواد are adjectives), and how
# frequent the word after one must be for a never-seen joined word to be read as the two.
_GLUED_PREPOSITIONS = ("در", "از", "و")
_GLUED_REST_SCORE = 50.0
_JOINED_WORD_SCORE = 20.0
# Suffixes written joined after any letter but ه: indefinite/adjectival ی, plural ان, clitics.
_JOINED_SUFFIXES = frozenset({"ی", "ش", "م", "ت", "ان", "انی", "یان"})
_CLITIC_SUFFIXES = _JOINED_SUFFIXES | HEH_CLITICS
_LEXICALISED_PLURAL_SCORE = 100.0


@dataclass
class ZwnjLexicon:
    """Preferred spellings and affixes, loaded once from the shipped lexicon."""

    fixes: dict[str, str] = field(default_factory=dict)  # joined key -> spelling with ZWNJ
    scores: dict[str, float] = field(default_factory=dict)  # key -> corpus frequency (weighted)
    merges: dict[str, str] = field(default_factory=dict)  # "w1 w2" -> one word
    prefixes: frozenset[str] = frozenset()  # compound left parts (بی, بین, ...)
    bound_suffixes: frozenset[str] = frozenset()  # right parts that are never words alone
    bound_prefixes: frozenset[str] = frozenset()
    cache: dict[str, str] = field(default_factory=dict)
    # Words seen less than twice, in no dictionary, read as a preposition and a frequent word
    # (G records: درتهران), and their spelling (در تهران) where _glued_preposition agrees.
    glued_typos: frozenset[str] = frozenset()
    glued: dict[str, str] = field(default_factory=dict)
    careful_cache: dict[str, str] = field(default_factory=dict)
    # Word as written -> what the fast loop must do with it (FIX | LEFT | RIGHT | PREFIX, 0: nothing).
    flags: dict[str, int] = field(default_factory=dict)
    merge_lefts: frozenset[str] = frozenset()  # spaced beginnings of the merges ("رئیس", ...)
    compound_lefts: dict[str, frozenset[str]] = field(default_factory=dict)  # سواری -> {دوچرخه, ...}
    merge_starts: frozenset[str] = frozenset()  # their beginnings of two words or more, and the merges
    heads: dict[str, float] = field(default_factory=dict)  # compound head -> share of uses inside a compound
    vetoes: frozenset[str] = frozenset()  # "a h": a head that clean text writes apart after that word
    verb_stems: frozenset[str] = frozenset()  # past and present stems (رفت, رو), from the dictionary
    both_ways: frozenset[str] = frozenset()  # words spelt with ZWNJ that careful text also joins (کوهنورد)
    # Words only a spelling list gives (L records): one word when joined, never merged across a space.
    list_only: frozenset[str] = frozenset()
    model: BoundaryModel | None = None  # for unknown words no affix rule explains
    pair_model: PairModel | None = None  # for a space inside a compound the lexicon knows
    # "A B" -> how often each clean corpus writes it spaced and as A‌B (``C`` records), for the pair model.
    clean_pairs: dict[str, tuple[float, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = DATA_PATH) -> ZwnjLexicon:
        lex = cls()
        vetoes: set[str] = set()
        list_only: set[str] = set()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                kind, _, rest = line.rstrip("\n").partition("\t")
                if kind == "W":
                    form, score = rest.split("\t")
                    key = form.replace(ZWNJ, "")
                    lex.scores[key] = float(score)
                    if form != key:
                        lex.fixes[key] = form
                elif kind == "M":
                    lex.merges[rest.replace(ZWNJ, " ")] = rest
                elif kind == "C":
                    form, _, counts = rest.partition("\t")
                    lex.clean_pairs[form.replace(ZWNJ, " ")] = tuple(float(n) for n in counts.split())
                elif kind == "P":
                    # Learned left parts ending in ه (برنامه‌ریزی, سرمایه‌گذاری) and the curated ones.
                    lex.prefixes = frozenset(p for p in rest.split() if p.endswith("ه")) | COMPOUND_PREFIXES
                elif kind == "BS":
                    lex.bound_suffixes = frozenset(rest.split()) | PLURAL_ENDINGS | {"ترین"}
                elif kind == "BP":
                    lex.bound_prefixes = frozenset(rest.split()) | VERB_PREFIXES
                elif kind == "H":
                    lex.heads = {h: float(r) for h, _, r in (item.rpartition(":") for item in rest.split())}
                elif kind == "N":
                    vetoes.add(rest)
                elif kind == "V":
                    lex.verb_stems = frozenset(rest.split())
                elif kind == "J":
                    lex.both_ways = frozenset(rest.split())
                elif kind == "L":
                    list_only.add(rest)
                elif kind == "G":
                    lex.glued_typos = frozenset(rest.split())
        lex.vetoes = frozenset(vetoes)
        lex.list_only = frozenset(list_only)
        lex.model = BoundaryModel.load(model_path(path))
        lex.pair_model = PairModel.load(pairs_path(path))
        lex.index()
        return lex

    def index(self) -> None:
        """Precompute, for every known word, whether the restoring loop must look at it."""
        lefts = set()
        for spaced in self.merges:
            parts = spaced.split(" ")
            lefts.update(" ".join(parts[:i]) for i in range(1, len(parts)))
        self.merge_lefts = frozenset(lefts)
        self.merge_starts = frozenset(s for s in lefts | set(self.merges) if " " in s)
        flags = dict.fromkeys(self.scores, 0)
        for key in self.fixes:
            flags[key] = FIX
        # A typo seen once in a news file (درتهران) does not make a word.
        self.glued = {}
        for key in self.glued_typos:
            glued = self._glued_preposition(key)
            if glued is not None and key not in self.fixes:
                self.glued[key] = glued
                flags[key] = FIX
        for word in lefts:
            if " " not in word:
                flags[word] = flags.get(word, 0) | LEFT
        for word in self.bound_prefixes | SPACED_PREFIXES:
            flags[word] = flags.get(word, 0) | PREFIX
        for word in self.bound_suffixes | HEH_ENDINGS | HEH_CLITICS | SPACED_COMPARATIVES:
            flags[word] = flags.get(word, 0) | RIGHT
        if self.heads:
            # Only a head or a head with an inflection has a head share: look at those, not at
            # every word (a third of the load time).
            for head in self.heads:
                for word in (head, *(head + ending for ending in _HEAD_INFLECTIONS)):
                    if word in flags and self.head_share(word) >= _HEAD_JOIN:
                        flags[word] |= RIGHT
        compound_lefts: dict[str, set[str]] = {}
        for key, form in self.fixes.items():
            parts = form.split(ZWNJ)
            if (
                len(parts) == 2
                and key not in self.list_only
                and parts[1] in flags
                and parts[0] not in VERB_PREFIXES
                and parts[1] not in self.bound_suffixes  # affixes merge on their own
                and parts[1] not in HEH_ENDINGS
                and parts[1] not in HEH_CLITICS
                and parts[1] not in SPACED_COMPARATIVES
            ):
                flags[parts[1]] |= COMPOUND_RIGHT
                compound_lefts.setdefault(parts[1], set()).add(parts[0])
        self.compound_lefts = {right: frozenset(lefts) for right, lefts in compound_lefts.items()}
        for word in self.deverbal_heads():
            flags[word] |= RIGHT
        for word in self.inflected_compound_rights():
            flags[word] |= RIGHT
        self.flags = flags

    def head_share(self, word: str) -> float:
        """Share of compound uses of the head ``word`` is (inflected or not), 0 if it is none."""
        # On the letters alone, so that a word and its respelling (نامهها, نامه‌ها) agree.
        written = word
        word = word.replace(ZWNJ, "")
        share = self.heads.get(word)
        if share is not None:
            return share
        # An inflected head, but not a joined word of its own (آبادان is a city, not آباد + ان; خواهان,
        # الهی), nor an ending the writer's ZWNJ puts elsewhere (رسانه‌ای is رسانه + ای, not رسان + های).
        if word not in self.fixes and self.scores.get(word, 0.0) >= _HEAD_INFLECTED_ALONE:
            return 0.0
        zwnj_at = written.rfind(ZWNJ)
        for ending in _HEAD_INFLECTIONS:
            if zwnj_at >= 0 and written[zwnj_at + 1 :] != ending:
                continue
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                share = self.heads.get(word[: -len(ending)])
                if share is not None:
                    return share
        return 0.0

    def head_joins(self, left: str, right: str) -> bool:
        """Whether ``right`` is a compound head that joins ``left`` across a space (``پیام رسان``)."""
        if left[-1] in NON_JOINING or left in _NOT_COMPOUND_LEFT:
            return False
        if left in FIRST_NAMES and right not in _NAME_ENDINGS:
            return False  # علی محمدی, but محسن نژاد
        if (left in _NOT_HEAD_LEFT or right.replace(ZWNJ, "") in _HEADS_ALSO_WORDS or self._infinitive(left)) and (
            (left + right).replace(ZWNJ, "") not in self.scores
        ):
            return False  # only a compound the lexicon knows: واقع بینی, not جراحی بینی
        if f"{left} {right}" in self.vetoes:
            return False
        if self.head_share(right) < _HEAD_JOIN:
            return False
        return self.known(left.replace(ZWNJ, ""))

    def _infinitive(self, word: str) -> bool:
        """Whether ``word`` is an infinitive (``کردن``, ``نشدن``): a verb, never a compound's left part."""
        if not word.endswith("ن") or len(word) < 4:
            return False
        stem = word[:-1]
        if stem[-1] not in "دت":
            return False
        return stem in self.verb_stems or (stem[0] == "ن" and stem[1:] in self.verb_stems)

    def deverbal(self, word: str) -> bool:
        """Whether ``word`` is a present stem with an agent or action ending (``رانی``, ``نگاران``)
        or a past participle with ``گان``/``گی`` (``دیدگان``), by the verb stems (``V`` records)."""
        stems = self.verb_stems
        for ending in _DEVERBAL_PRESENT_ENDINGS:
            stem = word[: -len(ending)]
            # A past stem with ی is a verb (خریدی: you bought), not a head.
            if word.endswith(ending) and len(stem) >= 2 and stem[-1] not in "دت" and stem in stems:
                return True
        for ending in _DEVERBAL_PAST_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 2 and stem[-1] in "دت" and stem in stems:
                return True
        return False

    def deverbal_heads(self) -> list[str]:
        """The known words that are rare deverbal heads (``deverbal``), from the verb stems."""
        score = self.scores.get
        words = []
        for stem in self.verb_stems:
            endings = _DEVERBAL_PAST_ENDINGS if stem[-1] in "دت" else _DEVERBAL_PRESENT_ENDINGS
            for ending in endings:
                word = stem + ending
                if 0.0 < score(word, 0.0) < _DEVERBAL_ALONE and ZWNJ not in word:
                    words.append(word)
        return words

    def inflected_compound_rights(self) -> list[str]:
        """Known words that are a compound's right part (``compound_lefts``) with a plural or
        adjectival ending and seldom stand alone (``سواران`` of ``دوچرخه‌سوار``)."""
        score = self.scores.get
        words = []
        for base in self.compound_lefts:
            for ending in _COMPOUND_INFLECTIONS:
                if 0.0 < score(base + ending, 0.0) < _DEVERBAL_ALONE:
                    words.append(base + ending)
        return words

    def inflected_compound(self, left: str, right: str) -> bool:
        """Whether ``left right`` is a compound the lexicon spells ``left‌base`` with an ending on
        ``base`` (``دوچرخه سواران``: ``دوچرخه‌سوار`` + ``ان``)."""
        for ending in _COMPOUND_INFLECTIONS:
            if right.endswith(ending) and left in self.compound_lefts.get(right[: -len(ending)], ()):
                return True
        return False

    def deverbal_joins(self, left: str, right: str) -> bool:
        """Whether ``right``, a word seldom seen alone, joins ``left`` across a space as the head
        of a compound the lexicon does not know: a deverbal head (``deverbal``) after a known word
        (``ستم دیدگان``, ``قایق رانی``), or the right part of a known compound with an ending
        (``دوچرخه سواران``, ``inflected_compound``)."""
        # Never after a name, a function word (به سمتی) or a plural (بخش‌های جنبی).
        if left in FIRST_NAMES or left in _NOT_COMPOUND_LEFT or ZWNJ in left or left[-1] in NON_JOINING:
            return False
        if left.endswith("یات") and len(left) >= 6:  # an Arabic plural takes an ezafe: تجربیات گذشتگان
            return False
        if ZWNJ not in right and self.scores.get(right, 0.0) < _DEVERBAL_ALONE and self.inflected_compound(left, right):
            return True
        # A deverbal head not after a word in ی (ezafe, adjective: جهنمی سوزان), nor after a word so
        # common that it is mostly a head of its own with an ezafe (حال, صورت, همه).
        if left[-1] == "ی":
            return False
        if ZWNJ in right or self.scores.get(right, 0.0) >= _DEVERBAL_ALONE or not self.deverbal(right):
            return False
        return _MIN_STEM_SCORE <= self.scores.get(left, 0.0) < _DEVERBAL_LEFT_MAX

    def _inflected_right(self, word: str) -> bool:
        """Whether ``word`` is a compound's right part with an ending (``inflected_compound``)."""
        return any(word.endswith(e) and word[: -len(e)] in self.compound_lefts for e in _COMPOUND_INFLECTIONS)

    def classify(self, word: str) -> int:
        """Flags of a word the index does not hold (unknown, or written with ZWNJ)."""
        flag = 0 if ZWNJ in word or self.spell(word) == word else FIX
        if self.heads and self.head_share(word) >= _HEAD_JOIN:
            flag |= RIGHT
        if ZWNJ not in word and ((self.verb_stems and self.deverbal(word)) or self._inflected_right(word)):
            flag |= RIGHT
        if len(self.flags) < _MAX_FLAGS:  # bounded: unknown words are open-ended
            self.flags[word] = flag
        return flag

    def spell(self, key: str) -> str:
        """Preferred spelling of a word written without ZWNJ (``key`` has none)."""
        form = self.fixes.get(key)
        if form is not None:
            return form
        if key in self.scores or len(key) < 4:
            return self.glued.get(key, key)
        cached = self.cache.get(key)
        if cached is None:
            cached = self._glued_preposition(key) or self.analyse(key)
            if len(self.cache) < 200_000:  # bounded: unknown words are open-ended
                self.cache[key] = cached
        return cached

    def known(self, key: str) -> bool:
        return self.scores.get(key, 0.0) >= _MIN_STEM_SCORE

    def analyse(self, key: str, depth: int = 0) -> str:
        """Spelling of an unknown word from its affixes: stem + ending, prefix + rest.

        Readings are ranked by how often their stem occurs, a personal ending
        after ه counting more than a plural (``منظرهای`` is ``منظره‌ای``, not
        ``منظر‌های``); unknown stems count only where the ending marks them well."""
        if depth > 2 or len(key) < 4:
            return key
        for ending in _LEXICALISED_PLURAL_ENDINGS:
            # A frequent word in ها that careful text writes joined, with ی/یی or a clitic: تنهایی is
            # تنها + یی (loneliness), not تن‌هایی, and تنهایمان is تنها + یمان.
            word = key[: -len(ending)]
            if key.endswith(ending) and word.endswith("ها") and self._lexicalised_plural(word):
                return key
        best, best_score = key, -1.0
        for cut in range(max(2, len(key) - 6), len(key) - 1):
            stem, ending = key[:cut], key[cut:]
            if ending in HEH_ENDINGS:
                if stem[-1] not in "هی" or len(stem) < 3:  # پیام is not پی‌ام
                    continue
                if ending == "ات" and stem[-1] == "ی" and len(stem) >= 3:  # Arabic plural: روحانیات
                    continue
                if ending == "ایی" and stem[-1] == "ی":  # a name in -یا + یی: اولیایی, not اولی‌ایی
                    continue
                # ایی after ه is all but unused (the corpora write ه‌ای): حرف‌هایی, not حرفه‌ایی.
                weight = _RARE_ENDING_WEIGHT if ending == "ایی" else _HEH_WEIGHT
            elif ending in HEH_CLITICS:
                if stem[-1] != "ه" or len(stem) < 3 or not self.known(stem):
                    continue
                weight = _HEH_WEIGHT
            elif stem in _JOINED_PLURAL_STEMS:
                continue
            elif (
                ending in PLURAL_ENDINGS
                or ending in COMPARATIVE_ENDINGS
                or ending in _JOINED_ONLY_ENDINGS
                or ending in COMPOUND_ENDINGS
                or (len(ending) >= _HEAD_SPLIT_LENGTH and self.heads.get(ending, 0.0) >= _HEAD_SPLIT)
            ):
                weight = 1.0
            else:
                continue
            stem_form = self._stem(stem, depth)
            score = self.scores.get(stem, 0.0) * weight
            if stem_form is None and len(stem) >= 3:
                score = _open_class(stem, ending)
                stem_form = stem if score else None
            if stem_form is not None and score > best_score:
                best, best_score = join_parts(stem_form, ending), score
        if best_score >= 0:
            return best
        # A word spelt with ZWNJ and a joined suffix (صاحب‌نظرانی, می‌رفتی): the spelling carries over.
        for size in (1, 2, 3):
            stem = key[:-size]
            if key[-size:] in _CLITIC_SUFFIXES and stem in self.fixes and stem[-1] != "ه":
                return self.fixes[stem] + key[-size:]
        # A joined word with a one-letter clitic (میزم is میز + م, میلش is میل + ش) is a noun,
        # not می + a verb, unless a verb stem follows می (میدانم is می‌دانم).
        noun_clitic = key[-1] in "مشت" and self.known(key[:-1]) and key[:-1] not in self.fixes
        for cut in range(2, min(len(key) - 1, 6)):
            prefix, rest = key[:cut], key[cut:]
            if noun_clitic and prefix in VERB_PREFIXES and not self._verb_like(rest):
                continue
            if prefix in VERB_PREFIXES and self.verb_stems and not self.known(rest):
                # An unknown word after می is a verb only if it is a verb stem with a personal
                # ending (می‌جهد) or ends in a plural one (می‌تاباندند), not a name or noun
                # (میرزاجواد, میهنمان).
                if not (self._verb_like(rest) or rest.endswith(_PLURAL_PERSON_ENDINGS)):
                    continue
                rest_form = rest
            elif prefix in VERB_PREFIXES and self._verb_like(rest):
                rest_form = rest  # a known stem with a personal ending (می‌توانی, not a noun in -انی)
            elif prefix in VERB_PREFIXES:
                if rest.endswith("ت"):  # a past stem (داشت, گفت) only when it is a known word
                    if not self.known(rest):
                        continue
                elif not rest.endswith(_VERB_ENDINGS) or rest.endswith(_NOT_VERB_ENDINGS):
                    continue
                rest_form = self._stem(rest, depth)
                # One verb prefix per verb: نمی‌میرند, not نمی‌می‌رند.
                if rest_form is None or rest_form.partition(ZWNJ)[0] in VERB_PREFIXES:
                    rest_form = rest if len(rest) >= 3 else None
            elif prefix in self.prefixes and len(rest) >= 3:
                if self._subjunctive(rest):  # بیانجامد is ب + انجامد, a verb, not بی + انجامد
                    continue
                rest_form = self._stem(rest, depth)
            else:
                continue
            if rest_form is not None:
                return join_parts(prefix, rest_form)
        # Arabic compounds with the article: صاحب‌الزمان, حتی‌الامکان; the noun after the article
        # is a known word or the article phrase a learned head, not any ال inside a word
        # (اشکالاتی, استالینیسم).
        cut = key.find("ال", 3)
        if (
            cut > 0
            and len(key) - cut >= 4
            and key[cut - 1] not in NON_JOINING
            and self.scores.get(key[:cut], 0.0) >= 5
            and (self.known(key[cut + 2 :]) or key[cut:] in self.heads)
        ):
            return key[:cut] + ZWNJ + key[cut:]
        # A known word with a joined suffix or clitic (آزمونشان, ناراحتیشان) needs no ZWNJ:
        # the boundary model is not asked to find another split in it.
        for size in (1, 2, 3):
            if key[-size:] in _CLITIC_SUFFIXES and self.known(key[:-size]):
                return key
        # A verb stem with its personal ending (آیید, خیساند: often after a spaced می) is one word, and
        # so is one with the subjunctive ب (بیانجامد, not بی‌انجامد); so is an Arabic plural in یات
        # (روحانیات, not روحانی‌ات): the boundary model is not asked.
        if self._verb_like(key) or (key[0] == "ب" and (self._subjunctive(key[2:]) if key[1] == "ی" else self._verb_like(key[1:]))):
            return key
        if key.endswith("یات") and len(key) >= 6:
            return key
        # A preverb joined to a verb form (بازشمرده, برشمردند) is one word, not بازش‌مرده.
        for preverb in _PREVERBS:
            rest = key[len(preverb) :]
            if key.startswith(preverb) and len(rest) >= 3 and (_past_participle(self, rest) or self._verb_like(rest)):
                return key
        if depth == 0 and self.model is not None:
            return self._model_split(key)
        return key

    def _glued_preposition(self, key: str) -> str | None:
        """``در تهران`` for ``درتهران``: و, در and از end in a letter that does not join the next,
        so a lost space after them does not show, and scraped text loses it (``ازایران``,
        ``وتصمیم``).  Asked only of words no corpus wrote and of ``G`` records (written less than
        twice, in no dictionary), and only before a frequent word."""
        for preposition in _GLUED_PREPOSITIONS:
            rest = key[len(preposition) :]
            if not key.startswith(preposition) or len(rest) < 3 or self.scores.get(rest, 0.0) < _GLUED_REST_SCORE:
                continue
            if rest in HEH_CLITICS:  # ازشان, درشان: a preposition with its pronoun, one word
                continue
            # در is also a verb's preverb: درافتاد, درگیرند, درگرفته, درنمی‌آید are one verb.
            if preposition == "در" and (
                self._verb_like(rest)
                or self._infinitive(rest)
                or _past_participle(self, rest)
                or rest.startswith(("می", "نمی"))
                or rest in VERB_PREFIXES
            ):
                continue
            return preposition + " " + self.spell(rest)
        return None

    def spell_careful(self, key: str, trusted: bool = True) -> str:
        """``spell(key)`` for a line that already writes ZWNJ (or spaces an affix where one belongs:
        ``spacing_lines``): its writer joined on purpose a word careful text also writes joined
        (``کوهنورد``), so it is not respelt, and no unknown word is guessed at by the boundary
        model.  ``trusted``: nothing on the line shows a lost ZWNJ (``line_joins``), so an
        unknown word is split only before an inflection such writers still join (``تندیسها``:
        ``_inflection_only``), not into a compound (``ستمکاران``)."""
        if key in self.scores:
            return key if key in self.both_ways else self.spell(key)
        form = self.careful_cache.get(key)
        if form is None:
            model, self.model = self.model, None
            try:
                form = self._glued_preposition(key) or self.analyse(key)
            finally:
                self.model = model
            if len(self.careful_cache) < 50_000:  # bounded: unknown words are open-ended
                self.careful_cache[key] = form
        return _inflection_only(key, form) if trusted and " " not in form else form

    def sentence_final(self, key: str, form: str) -> str:
        """``form`` (a plural in ``های``), or the participle reading of ``key`` when its stem is a
        known word in ده/ته (``دریافتهایم.`` is ``دریافته‌ایم.``, not ``دریافت‌هایم.``)."""
        stem = form[: form.rindex(ZWNJ)] + "ه"
        if stem.endswith(("ده", "ته")) and self.known(stem.replace(ZWNJ, "")):
            return stem + ZWNJ + key[len(stem.replace(ZWNJ, "")) :]
        return form

    def _lexicalised_plural(self, word: str) -> bool:
        """Whether ``word`` (in ها) is a frequent word careful text writes joined (تنها)."""
        return word not in self.fixes and self.scores.get(word, 0.0) >= _LEXICALISED_PLURAL_SCORE

    def _verb_like(self, rest: str) -> bool:
        """Whether ``rest`` is a verb stem (past or present) with a personal ending."""
        for ending in _PERSON_ENDINGS:
            if rest.endswith(ending) and rest[: len(rest) - len(ending)] in self.verb_stems:
                return True
        return False

    def _subjunctive(self, rest: str) -> bool:
        """Whether ``rest``, after ``بی``, is a verb with the subjunctive ب: ب + ی before a stem in ا
        (بیانجامد), or before one in آ, whose madda the spelling drops (بیاغاز is ب + آغاز)."""
        return self._verb_like(rest) or (rest[:1] == "ا" and self._verb_like("آ" + rest[1:]))

    def _model_split(self, key: str) -> str:
        """One ZWNJ where the boundary model is confident enough (``پیامرسان``)."""
        score = self.scores.get
        best_cut, best_p = 0, self.model.threshold  # type: ignore[union-attr]
        for cut in range(2, len(key) - 1):
            if key[cut - 1] in NON_JOINING:
                continue
            if key.startswith("ال") and (cut == 2 or not self.known(key[:cut])):
                # an Arabic name with its article (الصفدی, الحلبوسی, and الشرع: the article itself, known from
                # spelt acronyms «ال سی دی», is never cut off), not الله‌اکبر, الهام‌گرفتن
                continue
            if key[:cut] in VERB_PREFIXES and not _could_be_verb(key[cut:]):
                continue  # a name after می (میشوستین, میتوس): no verb ends so
            p = self.model.probability(key, cut, lambda w: score(w, 0.0))  # type: ignore[union-attr]
            if p >= best_p:
                best_cut, best_p = cut, p
        return key[:best_cut] + ZWNJ + key[best_cut:] if best_cut else key

    def _stem(self, stem: str, depth: int) -> str | None:
        """Spelling of a stem if it is a word (known, or analysable itself), else None."""
        if self.known(stem):
            return self.fixes.get(stem, stem)
        form = self.analyse(stem, depth + 1)
        return form if form != stem else None

    def merge(self, left: str, right: str, careful: bool = False) -> str | None:
        """One word for ``left right`` written with a space, or None to keep the space.

        ``careful``: the line already writes ZWNJ, so its writer knows it; a space between
        two words is then taken as meant, unless the right part is an inflection (``ها``,
        ``ای`` after ه, ``تر``) or a compound ending (``سازی``), the left a verb prefix
        (``می``), or the compound common (``affix_pair``, ``common_compound``)."""
        if careful and not self.affix_pair(left, right) and not self.common_compound(left, right):
            return None
        form = self._merge(left, right)
        # A merge without any ZWNJ is a new word: spell it, so a second pass finds nothing to do.
        if form is not None and ZWNJ not in form:
            form = self.spell(form)
        return form

    def affix_pair(self, left: str, right: str) -> bool:
        """Whether ``left right`` is a word and an inflection or verb prefix, not two words."""
        return (
            right in PLURAL_ENDINGS
            or right in HEH_ENDINGS
            or right in HEH_CLITICS
            or right in SPACED_COMPARATIVES
            or right == "ترین"
            or left in VERB_PREFIXES
            or right in self.bound_suffixes
            or left in self.bound_prefixes
            or right in COMPOUND_ENDINGS  # سازی, نامه, بندی: compound endings of the word before
            or self.head_share(right) >= _CAREFUL_HEAD_SHARE
        )

    def compound_merge(self, left: str, right: str, careful: bool, learned: bool = False) -> str | None:
        """``left‌right`` when the lexicon spells that compound with a ZWNJ just where the space
        is; the caller merges it only in a context that marks a compound: a light verb after
        it (``صف آرایی کنیم``), the Arabic article on its second part (``علیه السلام``), or
        the pair model's say-so (``learned``: then function words and names may lead it)."""
        if ZWNJ in left or left[-1] in NON_JOINING:
            return None
        # The pair model weighs function words and names itself (هم اکنون, یک باره).
        if not learned and (left in _NOT_COMPOUND_LEFT or left in FIRST_NAMES):
            return None
        key = left + right
        form = self.fixes.get(key)
        if form is None or form != left + ZWNJ + right:
            return None
        if careful and not self.common_compound(left, right):
            return None
        return form

    def arabic_article(self, word: str) -> bool:
        """Whether ``word`` is a noun with the Arabic article (``السلام``, ``الرضا``): ``ال`` before a
        known word of three letters or more or a learned head (``الله``), not any word in ال
        (``البرز``, ``الهی``)."""
        return _arabic_article(word) and ((len(word) >= 5 and self.known(word[2:])) or word in self.heads)

    def clean_apart(self, left: str, right: str) -> bool:
        """Whether clean text (``C`` records) writes ``left right`` apart more often than as one
        word (``لیگ برتر``, ``یک هزار``): no context makes it one word then.  The treebank counts
        eight times ARMAN (as in the lexicon), ParsTwiNER's tweets not at all (they space many
        compounds: ``علیه السلام``); ARMAN alone must show the pair apart twice."""
        counts = self.clean_pairs.get(f"{left} {right}")
        if not counts:
            return False
        perdt_spaced, perdt_zwnj, arman_spaced, arman_zwnj = counts[:4]
        if not perdt_spaced and arman_spaced < 2:
            return False
        return _PERDT_WEIGHT * perdt_spaced + arman_spaced > _PERDT_WEIGHT * perdt_zwnj + arman_zwnj

    def common_compound(self, left: str, right: str) -> bool:
        """Whether ``left right`` is a compound common enough that a careful writer's space
        before it is still a lost ZWNJ (``بین المللی``, ``جمع آوری``, ``بی کیفیت``)."""
        if left in SPACED_PREFIXES:
            return True
        return self.scores.get((left + right).replace(ZWNJ, ""), 0.0) >= _CAREFUL_COMPOUND_SCORE

    def _merge(self, left: str, right: str) -> str | None:
        form = self.merges.get(f"{left} {right}".replace(ZWNJ, " "))
        if left in FIRST_NAMES and right not in PLURAL_ENDINGS and right not in SPACED_COMPARATIVES:
            # A name and the next word are two words (علی محمدی), but for a name-making ending
            # (حسن زاده, علی آباد), the Arabic article (موسی الرضا) or a frequent compound (علی رغم).
            # A surname ending makes a name even where the lexicon lacks it (محسن نژاد); it still has
            # to be a head that joins (below).  The article does only in a known name (یوسف العربی).
            if form is None:
                if right not in _NAME_ENDINGS:
                    return None
            elif not (
                right in COMPOUND_ENDINGS
                or self.arabic_article(right)
                or self.scores.get(form.replace(ZWNJ, ""), 0.0) >= _NAME_COMPOUND_SCORE
            ):
                return None
        if form is not None:
            return form
        if left in _NOT_COMPOUND_LEFT and self.scores.get(left + right, 0.0) < _CAREFUL_COMPOUND_SCORE:
            # A function word takes an ending across a space only into a common word (در گیری is
            # درگیری; در بندی stays two words).
            return None
        if right in HEH_ENDINGS:
            if left[-1] not in "هی":
                return None
        elif right in HEH_CLITICS:
            if not self.known(left.replace(ZWNJ, "")):
                return None
            if left[-1] != "ه":
                # The clitic joins any other word (تلاش مان is تلاشمان), not a name or a preposition
                # before the noun شان (در شان ملت).
                return None if left in FIRST_NAMES or left in _NOT_COMPOUND_LEFT else left + right
        elif right not in self.bound_suffixes and left not in self.bound_prefixes:
            # تر (also "wet") and بی (also the letter B) join only words the lexicon knows.
            if not (
                (right in SPACED_COMPARATIVES and self.known(left.replace(ZWNJ, "")))
                or (left in SPACED_PREFIXES and self.known(right.replace(ZWNJ, "")))
                or self.head_joins(left, right)
            ):
                return None
        if left in VERB_PREFIXES:
            # A verb after its prefix is one word but for a perfect's ending after ه (می کرده‌اند):
            # a split the word got on its own is undone (می خیس‌اند is می‌خیساند), and so is a
            # second prefix (نمی + میرند is نمی‌میرند, whatever میرند alone would read).
            head, _, tail = right.partition(ZWNJ)
            if tail and head[-1] != "ه":
                right = head + tail
            return join_parts(left, right)
        if ZWNJ in left or ZWNJ in right:
            return join_parts(left, right)
        key = left + right
        form = self.fixes.get(key)
        # The space marks where the boundary is: a spelling that puts it elsewhere
        # (نشسته‌ای for نشست های) is another word.
        if form is not None and form.startswith(left + ZWNJ):
            return form
        # Keep the boundary as a ZWNJ: the space says the writer saw two parts (پاک سازی is
        # پاک‌سازی, می دانی is می‌دانی, whatever پاکسازی or میدانی mean); only the
        # demonstrative plurals careful text writes joined are joined (آن ها -> آنها).
        if form is None and left in _JOINED_PLURAL_STEMS and self.scores.get(key, 0.0) >= _JOINED_WORD_SCORE:
            return key
        return join_parts(self.spell(left), self.spell(right))


# A plural before a full stop reads better as a participle with a personal ending: a plural
# with ezafe (شکست‌های) needs a word after it, a verb ends the sentence (شکسته‌ای.).
_EZAFE_PLURALS = (ZWNJ + "های", ZWNJ + "هایم", ZWNJ + "هاید")
_SENTENCE_END = frozenset(".!?؟")


def _could_be_verb(rest: str) -> bool:
    """Whether what follows می may be a verb form: a personal ending, a past stem, a participle (not
    ین, nor a name's ending: شوستین, توس, میک)."""
    return rest.endswith((*_VERB_ENDINGS, "ه", "ت", "ان")) and not rest.endswith("ین")


def _open_class(stem: str, ending: str) -> float:
    """Score (0: none) of an unknown stem before an ending that marks it well:
    past participles before a personal ending (``بازتابیده‌اند``), plurals of words
    in ه/ی and of longer words (``مرثیه‌های``, ``حوثی‌ها``, ``پلتفرم‌های``)."""
    if ending in HEH_ENDINGS:
        if stem.endswith(("ده", "ته")) and len(stem) >= 4:
            return 0.5
        # Below a plural: کنتور‌های, not کنتوره‌ای; and only after ه: an unknown stem in ی
        # before ای/ات is a word in -یا/-ای with its own ending (رؤیای, غایات).
        return 0.1 if ending in _CLITICS and stem[-1] == "ه" else 0.0
    if ending in PLURAL_ENDINGS:
        return 0.2 if stem[-1] in "هی" or len(stem) >= 4 else 0.0
    return 0.0


# Endings a writer who knows ZWNJ still joins often (news writes کشورها beside می‌شود): on such a
# line, an unknown word is split before one of them and nowhere else.
_CAREFUL_SPLIT_ENDINGS = PLURAL_ENDINGS | COMPARATIVE_ENDINGS | _JOINED_ONLY_ENDINGS


def _inflection_only(key: str, form: str) -> str:
    """``form`` (an analysis of the unknown joined word ``key``) kept only at its last boundary,
    and only when that boundary is before a plural or comparative ending: a derivational split
    (``ستم‌کاران``, ``بی‌جایشان``) or a verb prefix (``می‌جوشیدند``) on a line that writes ZWNJ
    elsewhere is the writer's choice."""
    ending = form.rpartition(ZWNJ)[2]
    if ending == form or ending not in _CAREFUL_SPLIT_ENDINGS:
        return key
    return key[: len(key) - len(ending)] + ZWNJ + ending


def join_parts(left: str, right: str) -> str:
    return left + right if left[-1] in NON_JOINING else left + ZWNJ + right


_lexicon: ZwnjLexicon | None = None


def lexicon() -> ZwnjLexicon:
    global _lexicon
    if _lexicon is None:
        _lexicon = ZwnjLexicon.load()
    return _lexicon


def _diff(text: str, start: int, end: int, form: str, edits: list[Edit]) -> None:
    """Edits turning ``text[start:end]`` into ``form``: both have the same letters,
    only the separators between them (nothing, space, ZWNJ) differ."""
    i, j = start, 0
    n = len(form)
    while i < end and j < n:
        a, b = text[i], form[j]
        if a == b:
            i += 1
            j += 1
        elif b == ZWNJ:
            if a == " ":
                edits.append((i, i + 1, ZWNJ))
                i += 1
            else:
                edits.append((i, i, ZWNJ))
            j += 1
        elif a in " \u200c":
            edits.append((i, i + 1, ""))
            i += 1
        elif b == " ":  # a lost space (در تهران for درتهران)
            edits.append((i, i, " "))
            j += 1
        else:  # letters differ: never happens for a well-formed lexicon; keep the text
            return
    if j < n and form[j] == ZWNJ:  # pragma: no cover - a form never ends in ZWNJ
        return


# A ZWNJ that shows: after a joining letter, before a letter.  The pattern starts with the ZWNJ
# itself (lookbehinds after it) so that the regex engine skips to the next ZWNJ at C speed.
_MEANT_ZWNJ = re.compile(f"\u200c(?<=[{LETTERS}]\u200c)(?<![{''.join(sorted(NON_JOINING))}]\u200c)(?=[{LETTERS}])")


def _arabic_article(word: str) -> bool:
    """A word with the Arabic article (``السلام``, ``المال``): after a space and a word it
    makes one compound with (``رسول الله``), the space is a lost ZWNJ."""
    return len(word) >= 4 and word.startswith("ال")


def light_verb_follows(text: str, end: int) -> bool:
    """Whether the word after ``text[:end]`` (one space on) is a light verb, with or without
    ``می``/``نمی`` (joined, with ZWNJ or spaced) or ``ن``/``ب``: ``کرد``, ``می کنیم``, ``نمی‌شود``."""
    if text[end : end + 1] != " ":
        return False
    m = _WORD.match(text, end + 1)
    if m is None:
        return False
    word = m.group().replace(ZWNJ, "")
    if word in ("می", "نمی"):
        if text[m.end() : m.end() + 1] != " ":
            return False
        m = _WORD.match(text, m.end() + 1)
        if m is None:
            return False
        word = m.group().replace(ZWNJ, "")
    elif word.startswith(("می", "نمی")):
        word = word[2:] if word.startswith("می") else word[3:]
    if word in LIGHT_VERBS:
        return True
    # Negative and subjunctive forms: نکرد, بکنیم.
    return word[:1] in "نب" and word[1:] in LIGHT_VERBS


# Auxiliaries after a participle (انجام شده است, ارسال شده بود) make it a verb: two words.
_AUXILIARIES = frozenset(["است", "اند", "بود", "بودند", "بوده", "باشد", "باشند", "نیست", "نبود", "شد", "شدند"])
# The future auxiliary: the word after it is a bare past stem (خواهند گریاند), never a word with an
# ending to split off (گری‌اند).
_FUTURE_AUXILIARIES = frozenset(
    neg + "خواه" + ending for neg in ("", "ن") for ending in ("م", "ی", "د", "یم", "ید", "ند")
)
# Verb preverbs written joined to the verb (بازشمرده, فروریخت, برشمردند).
_PREVERBS = ("باز", "فرو", "فرا", "بر", "در", "وا")


def _past_participle(lex: ZwnjLexicon, word: str) -> bool:
    """Whether ``word`` is a past participle (شده, کرده, یافته): a past stem and ه."""
    stem = word[:-1]
    return word[-1] == "ه" and stem[-1:] in ("د", "ت") and stem in lex.verb_stems


def _auxiliary_after(text: str, end: int) -> bool:
    """Whether the word after the space at ``end`` is an auxiliary (است, بود, اند)."""
    after = _WORD.match(text, end + 1) if 0 <= end < len(text) and text[end] == " " else None
    return after is not None and after.group() in _AUXILIARIES


def pair_features(
    lex: ZwnjLexicon,
    text: str,
    group_start: int,
    left: str,
    right: str,
    careful: bool,
    right_end: int = -1,
) -> list[float]:
    """Features of the space between ``left`` (the group at ``group_start``) and ``right``
    (ending at ``right_end``, if known)."""
    before = text.rfind(" ", max(0, group_start - 40), max(0, group_start - 1))
    previous = text[before + 1 : group_start - 1] if group_start >= 2 and text[group_start - 1] == " " else ""
    score = lex.scores.get
    return _pairs.features(
        lambda key: score(key, 0.0),
        lex.head_share(right),
        left,
        right,
        previous in _NOT_COMPOUND_LEFT,
        left in _NOT_COMPOUND_LEFT,
        careful,
        left in FIRST_NAMES,
        lex.clean_pairs.get(f"{left} {right}", ()),
        _past_participle(lex, right),
        _auxiliary_after(text, right_end),
        right in COMPOUND_ENDINGS,
    )


_LINE_JOINS_WINDOW = 300  # characters looked at on each side: bounded work per pair on long lines


def line_joins(text: str, pos: int, lex: ZwnjLexicon, plurals: bool = True, both_ways: bool = True) -> bool:
    """Whether the line around ``pos`` (within _LINE_JOINS_WINDOW characters) writes joined a word
    the lexicon spells with ZWNJ (``کشورها``, ``رئیسجمهور``): its writer drops ZWNJ by joining, so
    its spaces are more likely meant.  ``both_ways=False``: only a word careful text never joins
    counts (not ``نشاندهنده``, written both ways): the line shows a lost ZWNJ."""
    # The newline searches stay inside the window too: a single line of megabytes is not rescanned.
    low, high = max(0, pos - _LINE_JOINS_WINDOW), min(len(text), pos + _LINE_JOINS_WINDOW)
    start = text.rfind("\n", low, pos) + 1 or low
    end = text.find("\n", pos, high)
    end = high if end < 0 else end
    fixes, get_flags = lex.fixes, lex.flags.get
    not_joined = () if both_ways else lex.both_ways
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if word in fixes and get_flags(word, 0) & FIX and word not in not_joined:
            # ``plurals=False``: a plural written joined is no sign (ARMAN and Fars News join ها
            # yet space compounds).
            if plurals or fixes[word].rpartition(ZWNJ)[2] not in PLURAL_ENDINGS:
                return True
    return False


def careful_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that already write a ZWNJ between two letters (linear time)."""
    spans: list[tuple[int, int]] = []
    if ZWNJ not in text:
        return spans
    search = _MEANT_ZWNJ.search
    m = search(text)
    while m is not None:  # one search per careful line, not per ZWNJ
        spans.append(_line_around(text, m.start()))
        m = search(text, spans[-1][1])
    return spans


def _line_around(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line of ``text`` holding ``pos`` (its newline excluded)."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


# A verb prefix joined to its verb (میشود, نمیتوان): where the line starts a word so.  Same as
# ``(?<![letters ZWNJ])ن?می(?=[letters]{2})``, written to start with a character class so that the
# regex engine skips other characters at C speed (a leading lookbehind is tried at every one).
_JOINED_PREFIX = re.compile(f"[نم](?<![{LETTERS}\u200c][نم])(?:(?<=ن)می|(?<=م)ی)(?=[{LETTERS}]{{2}})")


def joining_lines(text: str, lex: ZwnjLexicon) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that write a verb prefix joined to a verb the lexicon spells
    with ZWNJ (``میشود``): their writer drops ZWNJ rather than spacing, so a space there is most
    likely a space, and two words merge only as on a careful line (linear time)."""
    spans: list[tuple[int, int]] = []
    search, match, spell = _JOINED_PREFIX.search, _WORD.match, lex.spell
    m = search(text)
    while m is not None:
        word = match(text, m.start())
        key = word.group() if word is not None else ""
        cut = len(m.group())  # after می or نمی
        if ZWNJ not in key and spell(key)[cut : cut + 1] == ZWNJ:
            spans.append(_line_around(text, m.start()))
            m = search(text, spans[-1][1])
        else:
            m = search(text, m.end())
    return spans


class _CarefulLines:
    """The careful lines of a text (``careful_lines``), asked about in increasing positions."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None) -> None:
        self.spans = careful_lines(text) if spans is None else spans
        self.next = 0  # the first span not wholly before the last position asked about

    def __bool__(self) -> bool:
        return bool(self.spans)

    def at(self, pos: int) -> bool:
        spans, i = self.spans, self.next
        while i < len(spans) and spans[i][1] < pos:
            i += 1
        self.next = i
        return i < len(spans) and spans[i][0] <= pos


# A verb prefix or a plural ending written apart (می شود, کتاب ها): the writer spaces where a ZWNJ
# belongs, so what he joins he meant as one word.  Only where the ZWNJ that replaces the space
# shows (not after ا, د, ر, ...), so that the repaired line is a careful one: the joined words
# read the same way on a second pass.
_SPACED_AFFIX = re.compile(
    f" (?<=[{LETTERS}] )(?:ن?می (?=[{LETTERS}])"
    f"|(?<![{''.join(sorted(NON_JOINING))}] )ها(?:ی|یی)?(?![{LETTERS}\u200c]))"
)


def spacing_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that write a verb prefix or a plural ending apart (linear time)."""
    spans: list[tuple[int, int]] = []
    search = _SPACED_AFFIX.search
    m = search(text)
    while m is not None:
        if m.group().startswith(" ه"):
            before = text.rfind(" ", 0, m.start()) + 1
            if text[before : m.start()] in _JOINED_PLURAL_STEMS:  # آن ها is آنها, no ZWNJ
                m = search(text, m.end())
                continue
        spans.append(_line_around(text, m.start() + 1))
        m = search(text, spans[-1][1])
    return spans


def zwnj_edits(text: str, lex: ZwnjLexicon | None = None) -> list[Edit]:
    """Edits restoring ZWNJ in ``text``, in order.

    One pass over the words; most are known and need nothing (one dict lookup).
    A *group* is a word, or words already merged across single spaces; the
    edits of the current group are rewritten when the next word joins it, and a
    merged group may still join the group before it (``پاری سن ژرمن``: ``سن ژرمن``
    merges first), so that a second pass finds nothing left to do."""
    lex = lex or lexicon()
    edits: list[Edit] = []
    get_flags, classify, spell, merge = lex.flags.get, lex.classify, lex.spell, lex.merge
    merge_lefts, merge_starts = lex.merge_lefts, lex.merge_starts
    group_start = group_end = -2
    group_form = ""
    group_edits = 0
    group_left = group_prefix = False
    previous: deque[tuple[int, int, str, int]] = deque(maxlen=4)  # the last few groups: start, end, form, edits
    careful = _CarefulLines(text)
    joining = _CarefulLines(text, joining_lines(text, lex))  # merged like careful lines
    spacing = _CarefulLines(text, spacing_lines(text))  # joined words read like careful lines
    compound_lefts = lex.compound_lefts
    pair_model = lex.pair_model
    for m in _WORD.finditer(text):
        word = m.group()
        flags = get_flags(word)
        if flags is None:
            flags = classify(word)
        form = word
        # Most words are spelt right, join no group before them and end no compound: nine in ten
        # start a group of their own here (after a LEFT word, the one thing looked at is whether
        # the pair begins a merge).
        if not (
            flags & _RESPELT_OR_JOINING
            or group_prefix
            or (group_left and f"{group_form} {word}".replace(ZWNJ, " ") in merge_starts)
            or (flags & COMPOUND_RIGHT and group_form in compound_lefts.get(word, ()))
        ):
            previous.append((group_start, group_end, group_form, group_edits))
            group_start, group_end = m.span()
            group_edits, group_form = len(edits), word
            group_left = flags & LEFT != 0
            group_prefix = False  # PREFIX is one of _RESPELT_OR_JOINING
            continue
        # The words left may respell, join the group before them or end a compound.
        start = m.start()
        if flags & FIX:
            if group_form in _FUTURE_AUXILIARIES and start == group_end + 1 and word not in lex.fixes:
                pass  # a past stem after خواهد: گریاند, not گری‌اند
            elif (careful and careful.at(start)) or (spacing and spacing.at(start)):
                # A line that writes some ZWNJ and drops others (کتابها beside می‌شود) is no
                # evidence that its unknown joined words were meant: they get every affix rule.
                trusted = word in lex.scores or not line_joins(text, start, lex, both_ways=False)
                form = lex.spell_careful(word, trusted)
            else:
                form = spell(word)
            if form.endswith(_EZAFE_PLURALS) and text[m.end() : m.end() + 1] in _SENTENCE_END:
                form = lex.sentence_final(word, form)
            if " " in form and in_hashtag(text, start):
                form = word  # «#درتهران» is one hashtag: a space would cut it in two
        # A glued preposition (وفصل: و فصل) is asked to merge as written first: حل وفصل is حل‌وفصل.
        joining_form = word if " " in form else form
        if (
            start == group_end + 1
            and (flags & RIGHT or group_prefix or group_left)
            and text[group_end] == " "
            and (
                flags & RIGHT
                or group_prefix
                or f"{group_form} {joining_form}".replace(ZWNJ, " ") in merge_starts  # cheap test before merge()
            )
        ):
            in_careful = (bool(careful) and careful.at(start)) or (bool(joining) and joining.at(start))
            merged = merge(group_form, joining_form, in_careful)
            if (
                merged is not None
                and not in_careful
                and not lex.affix_pair(group_form, joining_form)
                and line_joins(text, start, lex, plurals=False)
            ):
                # A writer who joins words that need a ZWNJ (کشورها) meant this space too,
                # unless the compound is common (ائمه اطهار, تیم امید stay two words).
                merged = merge(group_form, joining_form, True)
            if (
                merged is not None
                and group_form not in VERB_PREFIXES
                and _past_participle(lex, joining_form)
                and _auxiliary_after(text, m.end())
            ):
                # A participle before an auxiliary is a verb, two words (تهیه شده بود, دعوت شده اند),
                # whatever the merge learned from an adjective (تهیه‌شده).
                merged = None
            if (
                merged is None
                and not in_careful
                and lex.deverbal_joins(group_form, form)
                and not line_joins(text, start, lex)
            ):
                merged = join_parts(group_form, form)  # an unknown compound: قایق رانی
            if merged is not None:
                group_end = m.end()
                while previous and previous[-1][1] + 1 == group_start and text[group_start - 1] == " ":
                    wider = merge(previous[-1][2], merged, in_careful)
                    if wider is None:
                        break
                    group_start, _, _, group_edits = previous.pop()
                    merged = wider
                del edits[group_edits:]
                _diff(text, group_start, group_end, merged, edits)
                group_form = merged
                group_left = merged.replace(ZWNJ, " ") in merge_lefts
                group_prefix = False
                continue
        if (
            flags & COMPOUND_RIGHT
            and start == group_end + 1
            and text[group_end] == " "
            and group_form in compound_lefts.get(word, ())
        ):
            in_careful = (bool(careful) and careful.at(start)) or (bool(joining) and joining.at(start))
            if lex.arabic_article(word) or light_verb_follows(text, m.end()):
                # A compound the lexicon spells with ZWNJ, in a context that marks it as one word,
                # unless clean text writes it apart (قهرمان لیگ برتر شد).
                merged = lex.compound_merge(group_form, word, in_careful)
                if merged is not None and lex.clean_apart(group_form, word):
                    merged = None
            elif pair_model is not None:
                # The model is asked only where the lexicon allows the merge (cheap tests first).
                merged = lex.compound_merge(group_form, word, in_careful, learned=True)
                if merged is not None and not pair_model.joins(
                    pair_features(lex, text, group_start, group_form, word, in_careful, m.end())
                ):
                    merged = None
                # A line whose writer joins words that need a ZWNJ (کشورها) is read like a careful
                # one: its spaces are meant (and once restored, it is careful).  Asked only now:
                # most pairs stay apart anyway.
                if merged is not None and not in_careful and line_joins(text, group_start, lex):
                    merged = lex.compound_merge(group_form, word, True, learned=True)
                    if merged is not None and not pair_model.joins(
                        pair_features(lex, text, group_start, group_form, word, True, m.end())
                    ):
                        merged = None
            else:
                merged = None
            if merged is not None:
                group_end = m.end()
                del edits[group_edits:]
                _diff(text, group_start, group_end, merged, edits)
                group_form = merged
                group_left = group_prefix = False
                continue
        previous.append((group_start, group_end, group_form, group_edits))
        group_start, group_end = m.span()
        group_edits, group_form = len(edits), form
        if flags & FIX:
            _diff(text, group_start, group_end, form, edits)
            if " " in form:  # a glued preposition: the word after it is the group (وتصمیم گیری)
                cut = form.index(" ")
                group_start += cut
                group_edits, group_form = len(edits), form[cut + 1 :]
        group_left = flags & LEFT != 0  # a comparison, not a call: this runs for every word
        group_prefix = flags & PREFIX != 0
    return edits


def restore_zwnj(text: str) -> tuple[str, OffsetMap]:
    """Restore lost ZWNJ (joined letters and spaces); return the text and its offset map."""
    edits = zwnj_edits(text)
    if not edits:
        return text, OffsetMap.identity(len(text))
    return apply_edits(text, edits)
