"""Character-level normalisation of Persian text, keeping an offset map.

One output line per input line (only ``\\r\\n`` becomes ``\\n``).  Letters and
digits are mapped one to one (``str.translate``); everything that changes
length is an edit, so the map back to the raw text stays exact:

1. delete marks that carry no meaning (kashida, bidi controls, zero-width
   characters other than ZWNJ, optionally diacritics, with them the pause marks of
   quoted Quran and honorific signs) and expand ligatures;
2. write ``,`` ``;`` ``?`` after a Persian letter as ``،`` ``؛`` ``؟`` and fix spacing: one space between words, none at line edges, none before
   ``، ؛ ؟ ! . : ) »`` or after ``( «``, a space after ``، ؛ ؟`` and around
   ``« » ( )`` glued to a Persian word, after ``:`` ``!`` between Persian letters and after a
   full stop glued between two Persian words (``شد.وی``; not initials such as ``ج.ا.ا``), and a
   ZWNJ only between two letters, and a space between a Latin word and a Persian letter;
3. expand ``ا...``, Iranian news' abbreviation of ``الله`` (``آیت‌ا...``, ``عبدا...``,
   ``صلی‌ا... علیه و آله``), so that its dots end no sentence and the names resolve.

ZWNJ restoration (``می شود`` -> ``می‌شود``) is a separate pass
(``rayzan.text.zwnj``) composed after this one.  The result is idempotent:
``normalize_chars(normalize_chars(x)[0])[0] == normalize_chars(x)[0]``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rayzan.text.offsets import Edit, OffsetMap, apply_edits

ZWNJ = "\u200c"

_LETTERS = {
    "ي": "ی", "ى": "ی", "ئ": "ئ", "ك": "ک", "ة": "ه", "ڪ": "ک", "ھ": "ه", "ە": "ه", "ۍ": "ی", "ې": "ی",
    "ۃ": "ه", "ہ": "ه", "ۂ": "ه", "ٸ": "ئ", "ٱ": "ا",
}
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_LATIN_DIGITS = "0123456789"
# Spaces of every width, and breaks that str.splitlines() would count as lines but "\n" does not.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"
# The Persian letters, as a character-class body: the one definition the text layer shares.
PERSIAN_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"


@dataclass(frozen=True, slots=True)
class NormalizerConfig:
    digits: str = "persian"  # persian | latin | keep
    remove_diacritics: bool = True
    fix_spacing: bool = True
    persian_punctuation: bool = True  # , ; ? after a Persian letter -> ، ؛ ؟


def _build_table(config: NormalizerConfig) -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _LETTERS.items() if k != v}
    # Arabic presentation forms (FB50–FDFF, FE70–FEFF) decompose to base letters via NFKC;
    # those that stay one character are translated, ligatures become edits (see _LIGATURES).
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFKC", ch)
        if len(base) == 1 and base != ch and not base.isspace():
            table[cp] = table.get(ord(base), base)
    if config.digits == "persian":
        for src in (_ARABIC_DIGITS, _LATIN_DIGITS):
            for a, b in zip(src, _PERSIAN_DIGITS):
                table[ord(a)] = b
    elif config.digits == "latin":
        for src in (_ARABIC_DIGITS, _PERSIAN_DIGITS):
            for a, b in zip(src, _LATIN_DIGITS):
                table[ord(a)] = b
    if config.remove_diacritics:
        # ۀ is ه with the hamza of the ezafe (خانۀ ملت), the letter that هٔ writes in two: the
        # hamza goes with the other diacritics, so both spell خانه and the lexicons find the word.
        table[ord("ۀ")] = "ه"
    for ch in _SPACES:
        table[ord(ch)] = " "
    table[ord("\u066a")] = "٪"
    table[ord("\u060d")] = "،"  # Arabic date separator, often misused as a comma
    return table


def _ligatures() -> dict[str, str]:
    """Presentation-form ligatures (lam-alef and the like) and what they stand for."""
    out = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        base = unicodedata.normalize("NFKC", chr(cp))
        if len(base) > 1 and all("\u0600" <= c <= "\u06ff" or c == " " for c in base):
            out[chr(cp)] = base.strip()
    return out


_LIGATURES = _ligatures()

# Kashida, bidi controls, BOM and zero-width characters other than ZWNJ carry no meaning in text;
# nor do control characters other than tab and line ends (NUL, ESC, C1: scraping debris that
# PostgreSQL refuses or a terminal obeys) and lone UTF-16 surrogates (a JSON "\\ud800" escape
# of a split emoji, which no UTF-8 file can hold).  Written as character-class ranges.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
_DELETE = "\u0640\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c" + _CONTROLS
# Harakat, and the marks of quoted Quran and honorifics (small high letters, pause marks ۗ ۚ, ؐ), as a
# character-class body: removed as diacritics here, kept inside a word by the tokeniser when they stay.
DIACRITICS = "\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"

_NO_SPACE_BEFORE = frozenset("،؛؟!.:)»]")
_NO_SPACE_AFTER = frozenset("(«[")
_ASCII_PUNCT = {",": "،", ";": "؛", "?": "؟"}


def _first_pattern(config: NormalizerConfig) -> re.Pattern[str]:
    delete = _DELETE + (DIACRITICS if config.remove_diacritics else "")
    ligatures = "".join(_LIGATURES)
    # Starts with a character class so that the regex engine skips other characters at C speed;
    # the empty group at the end of each branch names it (``m.lastgroup``).
    return re.compile(rf"[{delete}{ligatures}](?:(?<=[{delete}])[{delete}]*(?P<del>)|(?P<lig>))")


# What the second pass looks at.  The pattern starts with a character class (the first
# character of every branch) so that the regex engine skips everything else at C speed, trying
# no match there; each branch then checks that first character again with a lookbehind and
# ends with an empty group naming it (``m.lastgroup``).  Branches are tried in this order:
_SECOND_BRANCHES = (
    r"(?:"
    r"(?<=[ \u200c])[ \u200c]+(?P<run>)"  # runs of spaces and ZWNJ
    r"|(?<= )(?=[\n،؛؟!.:)»\]]|\Z)(?P<space>)"  # a space before a line end or closing punctuation
    # An opening mark or line start and the spaces after it, where there is something to do:
    # spaces follow, or it is « or ( glued to the letter before it (most line starts need nothing).
    rf"|(?<=[\n(«\[])(?:(?=[ \u200c])|(?<=[{PERSIAN_LETTERS}][«(]))[ \u200c]*(?P<open>)"
    rf"|(?<=\u200c)(?:(?<![{PERSIAN_LETTERS}]\u200c)|(?![{PERSIAN_LETTERS}]))(?P<zwnj>)"  # a ZWNJ between two letters stays
    r"|(?<=[,;?])(?P<ascii>)"
    rf"|(?<=[،؛؟:!.»)])(?=[{PERSIAN_LETTERS}«(])(?P<close>)"  # punctuation glued to the next word
    r"|(?<=[^\s.]\.)(?=[0-9۰-۹٠-٩])(?P<stop>)"  # a full stop glued to a number (شد.۲ برادر)
    # A Latin word glued to a Persian letter (ویتامینB، AFCباعث، TSHشما) lost its space where the
    # writing direction changed: the word from its start (letters, then letters or digits) when a
    # Persian letter follows it, else a Latin letter right after a Persian one.
    rf"|(?<=[A-Za-z])(?:(?<![A-Za-z0-9][A-Za-z])[A-Za-z0-9]*(?=[{PERSIAN_LETTERS}])|(?<=[{PERSIAN_LETTERS}][A-Za-z]))(?P<latin>)"
    r")"
)
_SECOND = re.compile(r"[ \u200c\n(«\[,;?،؛؟:!.»)A-Za-z]" + _SECOND_BRANCHES)
# Trying a match at every space is most of the scan's cost, and few spaces match: only one
# followed by a space, a ZWNJ, a line end or closing punctuation (``run``, ``space``).  So the scan
# runs without spaces and turns to _SECOND only at those (``_second_matches``).
_SECOND_NOT_AT_SPACE = re.compile(r"[\u200c\n(«\[,;?،؛؟:!.»)A-Za-z]" + _SECOND_BRANCHES)
_SPACE_MATCHES = re.compile(r" (?=[ \u200c\n،؛؟!.:)»\]]|\Z)")


def _second_matches(text: str, pos: int) -> Iterator[re.Match[str]]:
    """The matches of ``_SECOND.finditer(text, pos)``, found faster: the next match is the first
    of the next one away from spaces and the next match at a space (linear time)."""
    at_spaces = _SPACE_MATCHES.finditer(text, pos)
    elsewhere = _SECOND_NOT_AT_SPACE.finditer(text, pos)
    space, other = next(at_spaces, None), next(elsewhere, None)
    while True:
        while space is not None and space.start() < pos:  # taken in by the last match
            space = next(at_spaces, None)
        if other is not None and other.start() < pos:  # overlaps the last match: look again from pos
            elsewhere = _SECOND_NOT_AT_SPACE.finditer(text, pos)
            other = next(elsewhere, None)
        if other is not None and (space is None or other.start() < space.start()):
            yield other
            pos = other.end()
            other = next(elsewhere, None)
        elif space is not None:
            m = _SECOND.match(text, space.start())  # a run, or a space before closing punctuation
            space = next(at_spaces, None)
            if m is not None:
                yield m
                pos = m.end()
        else:
            return


def _glued_full_stop(text: str, dot: int, letters: frozenset[str]) -> bool:
    """Whether the ``.`` at ``dot`` ends a sentence glued to the next (``دستگیر شد.وی گفت``, common
    in scraped news): two letters or a closing quotation before it, and two letters, the word ``و``
    or a digit after it, so initials (``ج.ا.ا``, ``ه.ش``) and decimals stay as written."""
    before = dot >= 2 and (
        (text[dot - 1] in letters and text[dot - 2] in letters) or (text[dot - 1] in _CLOSING_QUOTES and text[dot - 2] != " ")
    )
    if not before:
        return False
    after, second = text[dot + 1 : dot + 2], text[dot + 2 : dot + 3]
    return (after in letters and (second in letters or (after == "و" and second == " "))) or (
        after != "" and after in _DIGITS
    )


_CLOSING_QUOTES = frozenset('"»)')
# Runs of printable ASCII holding a Latin letter and a digit: a URL, an e-mail, G20, F-35.
_ASCII_RUN = re.compile(r"[!-~]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_DIGIT = re.compile(r"[0-9]")
_DIGITS = frozenset(_LATIN_DIGITS + _PERSIAN_DIGITS + _ARABIC_DIGITS)
_TAG_RUN = re.compile(r"[\w\u200c]*$")


def in_hashtag(text: str, start: int) -> bool:
    """Whether the word at ``start`` is part of a #hashtag or @mention (searched back at most 100)."""
    head = text[max(0, start - 100) : start]
    run = _TAG_RUN.search(head)
    return run is not None and run.start() > 0 and head[run.start() - 1] in "#@"


# ``ا...`` (also ``ا..``, ``ا…``) standing for ``الله``.  A lone alef before the dots, after a space
# or a ZWNJ (``آیت ا...``, ``روح‌ا...``), is always the abbreviation: no word is a lone alef.
# Glued to the word before (``عبدا...``), it is one only after these: the first parts of the
# names and set phrases in ``الله`` that Persian text writes most (read off the ZWNJ
# lexicon's words), so that ``آسیا...``, ``فیها...`` or ``اولیا...`` stay an ellipsis.
_ALLAH = re.compile(rf"(?<![{PERSIAN_LETTERS}])([{PERSIAN_LETTERS}]*)ا(?:\.\.\.?|…)(?![.…])")
_ALLAH_FIRST_PARTS = frozenset(
    [
        # titles, bodies and set phrases
        "آیت", "آیه", "ایت", "حجت", "حزب", "انصار", "جند", "ثار", "رسول", "نبی", "ولی", "بیت", "کلام", "خلیفه",
        "کلیم", "خلیل", "حبیب", "امین", "بقیه", "یوم", "ایام", "سبیل", "رضوان", "لقاء", "صلی", "عجل", "رضی",
        "رحمه", "قدس", "حفظه", "بسم", "بحمد", "الحمد", "سبحان", "استغفر", "بارک", "تبارک", "انشاء", "ماشاء",
        # given names
        "عبد", "اباعبد", "ابوعبد", "ابیعبد", "عبید", "اسد", "ید", "روح", "عزت", "نصر", "نصرت", "عطا", "عطاء",
        "عزیز", "امان", "لطف", "قدرت", "سیف", "فضل", "شمس", "فتح", "فرج", "حشمت", "حمد", "خیر", "شکر", "صبغت",
        "نجیب", "وجیه", "ذبیح", "رحمت", "عنایت", "فیض", "نعمت", "هدایت", "مشیت",
    ]
)


class Normalizer:
    """Built once from a config; ``__call__(raw) -> (text, OffsetMap)``."""

    def __init__(self, config: NormalizerConfig | None = None) -> None:
        self.config = config or NormalizerConfig()
        self._table = _build_table(self.config)
        # A character class finds the few mapped characters present at C speed (set(text) hashes every one).
        self._mapped_class = re.compile("[" + "".join(sorted(re.escape(chr(cp)) for cp in self._table)) + "]")
        self._first = _first_pattern(self.config)
        # Ligatures expand to letters that must themselves come out normalised.
        self._ligatures = {k: self._first.sub("", v.translate(self._table)) for k, v in _LIGATURES.items()}
        self._letters = frozenset(ch for ch in map(chr, range(0x600, 0x700)) if re.match(f"[{PERSIAN_LETTERS}]", ch))

    def _translate(self, text: str) -> str:
        # str.translate looks every character up in a dict (about 50 ns a character); replacing
        # only the characters that occur (ي, ك, digits, presentation forms ...) costs well under
        # 1 ns a character each, so it wins up to a hundred distinct ones.
        present = set(self._mapped_class.findall(text))
        if len(present) > 100:
            return text.translate(self._table)
        for ch in present:
            text = text.replace(ch, self._table[ord(ch)])
        return text

    def _keep_latin_digits(self, before: str, after: str) -> str:
        """``after`` with the digits of Latin tokens as ``before`` wrote them: a URL, an address or a
        name such as ``G20``, ``F-35``, ``COVID-19`` keeps its digits (they would break or read wrong)."""
        if self.config.digits == "keep" or _LATIN_DIGIT.search(before) is None:
            return after
        pieces, last = [], 0
        for m in _ASCII_RUN.finditer(before):  # linear: no backtracking over a long run
            run = m.group()
            if _LATIN_LETTER.search(run) and _LATIN_DIGIT.search(run):
                pieces += [after[last : m.start()], run]
                last = m.end()
        return "".join(pieces) + after[last:] if pieces else after

    def _first_edits(self, text: str) -> list[Edit]:
        edits: list[Edit] = []
        for m in self._first.finditer(text):
            kind = m.lastgroup
            if kind == "del":
                edits.append((m.start(), m.end(), ""))
            else:
                edits.append((m.start(), m.end(), self._ligatures[m.group()]))
        return edits

    def _allah_edits(self, text: str) -> list[Edit]:
        edits: list[Edit] = []
        if "ا." not in text and "ا…" not in text:
            return edits
        for m in _ALLAH.finditer(text):
            if m.group(1) and m.group(1) not in _ALLAH_FIRST_PARTS:
                continue
            # A letter glued after the dots starts the next word (آیت‌ا...خامنه‌ای).
            space = " " if text[m.end() : m.end() + 1] in self._letters else ""
            edits.append((m.end(1), m.end(), "الله" + space))
        return edits

    def _second_edits(self, text: str) -> list[Edit]:
        edits: list[Edit] = []
        fix, ascii_punct = self.config.fix_spacing, self.config.persian_punctuation
        letters = self._letters
        n = len(text)
        first = 0
        if text.startswith((" ", ZWNJ)):  # a line start inside the text is handled by "open"
            first = len(text) - len(text.lstrip(" \u200c"))
            edits.append((0, first, ""))
        for m in _second_matches(text, first):
            kind = m.lastgroup
            s, e = m.span()
            if kind == "run" or kind == "zwnj":
                after = text[e] if e < n else "\n"
                before = text[s - 1] if s > 0 else "\n"
                if " " not in m.group():
                    rep = ZWNJ if s > 0 and e < n and text[s - 1] in letters and text[e] in letters else ""
                elif after == "\n" or (fix and (after in _NO_SPACE_BEFORE or before in _NO_SPACE_AFTER)):
                    rep = ""
                else:
                    rep = " "
                if rep != m.group():
                    edits.append((s, e, rep))
            elif kind == "space":
                if e >= n or text[e] == "\n" or fix:
                    edits.append((s, e, ""))
            elif kind == "open":
                mark = text[s]
                if fix and mark in "«(" and s > 0 and text[s - 1] in letters:
                    edits.append((s, s, " "))
                if e > s + 1 and (mark == "\n" or fix):
                    edits.append((s + 1, e, ""))
            elif kind == "ascii":
                if ascii_punct and s > 0 and (text[s - 1] in letters or (text[s - 1] == " " and text[s - 2 : s - 1] in letters)):
                    edits.append((s, e, _ASCII_PUNCT[m.group()]))
            elif kind == "stop":
                if fix and _glued_full_stop(text, s, letters):
                    edits.append((e, e, " "))
            elif kind == "latin":
                if fix and not in_hashtag(text, s):  # #ایرانIran is one tag
                    if s > 0 and text[s - 1] in letters:
                        edits.append((s, s, " "))
                    if e < n and text[e] in letters:
                        edits.append((e, e, " "))
            elif fix:  # close: a missing space after punctuation
                mark, following = m.group(), text[e]
                if (
                    mark in "،؛؟"
                    or (mark in ":!." and following == "«")
                    or (mark in "»)" and following not in "«(")
                    or (mark in ":!" and s > 0 and text[s - 1] in letters)
                    or (mark == "." and (_glued_full_stop(text, s, letters) or text[s - 2 : s] == ".."))
                ):
                    edits.append((e, e, " "))
        return edits

    def __call__(self, raw: str) -> tuple[str, OffsetMap]:
        omap: OffsetMap | None = None
        text = raw
        if "\r\n" in text:
            text, omap = apply_edits(text, ((m.start(), m.end(), "\n") for m in re.finditer("\r\n", text)))
        text = self._keep_latin_digits(text, self._translate(text))  # one to one: offsets unchanged

        def run(edits_of: Callable[[str], list[Edit]]) -> bool:
            nonlocal text, omap
            edits = edits_of(text)
            if edits:
                text, step = apply_edits(text, edits)
                omap = step if omap is None else omap.then(step)
            return bool(edits)

        run(self._first_edits)
        # Spacing settles in a round or two (a deletion can expose a glued «); the
        # last round finds nothing to do, which is what makes the result idempotent.
        for _ in range(3):
            if not run(self._second_edits):
                break
        # ا... only once spacing has settled (آیت ا ... is آیت ا... then), and spacing again after it.
        if run(self._allah_edits):
            for _ in range(2):
                if not run(self._second_edits):
                    break
        return text, omap if omap is not None else OffsetMap.identity(len(text))


_default: Normalizer | None = None


def normalize_chars(raw: str) -> tuple[str, OffsetMap]:
    """Normalise characters and spacing with the default config (no ZWNJ restoration)."""
    global _default
    if _default is None:
        _default = Normalizer()
    return _default(raw)


_IDENTITY_DROPPED = re.compile(r"[\s\u200c]+")


def identity_text(raw: str) -> str:
    """What two copies of one article share when they differ only in what ``normalize_chars``
    folds (Arabic ي/ك, digits, kashida, diacritics, presentation forms, punctuation) or in
    spaces, ZWNJ and line breaks: the normalised text with none of those left.  ZWNJ
    restoration cannot change it (it only moves spaces and ZWNJ), so an article's raw text and
    its normalised text give the same.  Ids of articles without a URL are made from it
    (``rayzan.document.article_id``): what changes it changes those ids, and needs a store
    migration recording them (as migration 13 does)."""
    return _IDENTITY_DROPPED.sub("", normalize_chars(raw)[0])
