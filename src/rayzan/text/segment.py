"""Sentence splitting inside sections, with offsets into the normalised text.

Sections are lines (title, lead, headings, paragraphs, list items), so a heading
or bullet without final punctuation is a sentence of its own.  Inside a line a
sentence ends at ``.`` ``؟`` ``?`` ``!`` (and ``؛`` when asked) followed by a
space or the line end, unless the full stop belongs to an abbreviation
(``ج.ا.ا.``, ``ص.``, ``Dr.``, Latin letters spelt out: ``بی. بی. سی``), a list number
(``۱.``) or a quotation that closes later on the line (one that closes right after
the mark, ``.»``, ends the sentence with it unless a word such as ``و`` carries it
on).  An ellipsis after ``و`` ("and so on": ``برنج، روغن و... گران شد``) or before such
a word (``رفت... و برگشت``) ends none either.  What follows a sentence end with no word of
its own (a closing ``"``, a citation ``(مائده/۲)`` at the line end) stays with that sentence.
A run without any end longer than ``MAX_SENTENCE_CHARS`` is cut at its clause marks.
"""

from __future__ import annotations

import re

from rayzan.document import Section, Sentence

# ``(?:\.+|…|[؟?!]+)[»"”’')\]]*(?=\s|$)``, written to start with a character class so that the
# regex engine skips other characters at C speed (a leading group is tried at every position).
_END = re.compile(r"[.…؟?!](?:(?<=\.)\.*|(?<=…)|(?<=[؟?!])[؟?!]*)[»\"”’')\]]*(?=\s|$)")
_END_SEMICOLON = re.compile(r"[.…؟?!؛](?:(?<=\.)\.*|(?<=…)|(?<=[؟?!؛])[؟?!؛]*)[»\"”’')\]]*(?=\s|$)")
# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    {"دکتر", "مهندس", "آیت", "حجت", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "e.g", "i.e", "U.S", "U.K", "No"}
)
# A list number or letter opening a line: "۱. بررسی ..." (matched from the sentence start).
_LIST_NUMBER = re.compile(r"[\s\-–•*]*(?:[0-9۰-۹٠-٩]{1,3}|[a-zA-Z])$")
_LEADING = " -–•*\u200c"


def split_sentences(text: str, sections: tuple[Section, ...], semicolon: bool = False) -> tuple[Sentence, ...]:
    """Sentences of every section, in order; each lies inside its section."""
    pattern = _END_SEMICOLON if semicolon else _END
    sentences: list[Sentence] = []
    for index, sec in enumerate(sections):
        start = sec.start
        # Quotation state, kept as the marks go by so that a long line costs linear time: the
        # balance of « » (and “ ”) from the sentence start to ``counted``, and the line's last close.
        balance, counted = 0, start
        last_close = max(text.rfind("»", sec.start, sec.end), text.rfind("”", sec.start, sec.end))
        for m in pattern.finditer(text, sec.start, sec.end):
            mark = m.start()
            if text[mark] == "." and (
                _is_abbreviation(text, sec.start, mark) or _LIST_NUMBER.match(text, start, mark)
            ):
                continue
            if text.startswith(("..", "…"), mark) and _ellipsis_continues(text, start, mark, m.end(), sec.end):
                continue
            balance += _quote_balance(text, counted, mark)
            counted = mark
            # Inside a quotation that closes later on the line: no sentence end, unless the
            # quotation closes right after the mark and a new sentence follows.
            if balance > 0 and last_close > mark:
                closed = balance + _quote_balance(text, mark, m.end()) <= 0
                if not (text[m.end() - 1] in "»”" and closed and _next_word(text, m.end(), sec.end) not in _CONTINUATIONS):
                    continue
            end = _straight_quote_closed(text, start, m.end(), sec.end)
            _append(sentences, text, start, end, index)
            start = counted = end
            balance = 0
        _append(sentences, text, start, sec.end, index)
    return tuple(sentences)


def _append(out: list[Sentence], text: str, start: int, end: int, section: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = _clause_break(text, start, start + MAX_SENTENCE_CHARS)
        _append_one(out, text, start, cut, section)
        start = cut
    _append_one(out, text, start, end, section)


def _clause_break(text: str, start: int, limit: int) -> int:
    """Where to cut a run of text too long for a sentence, at or before ``limit``: after the last
    clause mark (، ؛ :), else before the last «و», else at the last space, else at ``limit``."""
    floor = start + MAX_SENTENCE_CHARS // 2  # never a piece much shorter than the limit
    for mark in ("، ", "؛ ", ": "):
        at = text.rfind(mark, floor, limit - 1)
        if at >= 0:
            return at + len(mark)
    at = text.rfind(" و ", floor, limit)
    if at >= 0:
        return at + 1
    at = text.rfind(" ", floor, limit)
    return at + 1 if at >= 0 else limit


def _append_one(out: list[Sentence], text: str, start: int, end: int, section: int) -> None:
    while start < end and text[start] in _LEADING:
        start += 1
    while end > start and text[end - 1] in " \u200c":
        end -= 1
    if end <= start:
        return
    if out and out[-1].section == section and (_parenthetical(text, start, end) or not any(ch.isalnum() for ch in text[start:end])):
        # Punctuation alone (a closing " after a space: «... بیندازند. "»), or a short parenthesis after
        # the full stop (a verse's citation «(مائده/۲)», a caption's «(عکس)»), belongs to the sentence before.
        out[-1] = Sentence(out[-1].start, end, section)
    else:
        out.append(Sentence(start, end, section))


def _parenthetical(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one short parenthesis and nothing else: ``(نساء/۹۷)``."""
    return end - start <= _MAX_PARENTHETICAL and text[start] == "(" and text.find(")", start, end) == end - 1


_MAX_PARENTHETICAL = 40
# A run of text longer than this has no sentence end a reader would know (a page scraped without
# punctuation): it is cut at clause marks into pieces no longer.  The longest sentence of the
# Fars News, Namnak and Varzesh3 files is 2,209 characters; every later stage works sentence by
# sentence, and an event's evidence is its sentence.
MAX_SENTENCE_CHARS = 3000


def _is_abbreviation(text: str, line_start: int, dot: int) -> bool:
    word_start = dot
    while word_start > line_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(«":
        word_start -= 1
    word = text[word_start:dot]
    if word in _ABBREVIATIONS:
        return True
    if word in _LETTER_NAMES and _spelt_initials(text, line_start, word_start, dot):
        return True
    # Single letters and dotted initials: ص. ، ج.ا.ا. ، U.N.
    parts = word.split(".")
    return bool(word) and all(len(p) == 1 and p.isalpha() for p in parts)


# Latin letters as Persian spells them, written as initials: بی. بی. سی (BBC), اف. بی. آی (FBI).
# Most are words too (وی "he", دی the month, سی "thirty"), so only a run of two or more counts.
_LETTER_NAMES = frozenset(
    [
        "ای", "ایی", "بی", "سی", "دی", "اف", "جی", "اچ", "آی", "کی", "کا", "ال", "ام", "ان", "او", "پی", "کیو",
        "آر", "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "وای", "زد", "زی",
    ]
)


def _spelt_initials(text: str, line_start: int, word_start: int, dot: int) -> bool:
    """Whether the spelt letter ending at ``dot`` is one of a run of initials: the next word is
    another spelt letter with its full stop, or the word before is one."""
    following = text[dot + 1 : dot + 12].split(maxsplit=1)
    if following and following[0].endswith(".") and following[0][:-1] in _LETTER_NAMES:
        return True
    preceding = text[max(line_start, word_start - 12) : word_start].split()
    return bool(preceding) and preceding[-1].endswith(".") and preceding[-1][:-1] in _LETTER_NAMES


def _quote_balance(text: str, start: int, end: int) -> int:
    """Quotations opened less those closed in ``text[start:end]`` (« », and “ ” as some sites write)."""
    return text.count("«", start, end) + text.count("“", start, end) - text.count("»", start, end) - text.count("”", start, end)


def _ellipsis_continues(text: str, start: int, mark: int, end: int, line_end: int) -> bool:
    """Whether the sentence goes on past the ellipsis at ``mark``: it follows ``و`` (``و...``,
    "and so on") or a word such as ``و`` or ``را`` comes next."""
    word_start = max(text.rfind(" ", start, mark) + 1, start)  # back to the nearest space only
    return text[word_start:mark] == "و" or _next_word(text, end, line_end) in _CONTINUATIONS


_NEXT_WORD = re.compile(r"\s*(\S+)")


def _next_word(text: str, pos: int, line_end: int) -> str:
    """The word after ``pos`` on its line ("" at the line end): read up to it, not to the line end."""
    m = _NEXT_WORD.match(text, pos, line_end)
    return m.group(1) if m else ""


# Words that carry a sentence on past a closing quotation (``«...؟» و رفت``, ``«...!» را گفت``).
_CONTINUATIONS = frozenset({"و", "را", "که", "تا", "یا", "نیز", "هم"})


def _straight_quote_closed(text: str, start: int, end: int, line_end: int) -> int:
    """``end``, or past the " that closes a quotation left open in the sentence when a space
    keeps it from the mark (``گفت: "... بیندازند. " سپس``)."""
    quote = end
    while quote < line_end and text[quote] == " ":
        quote += 1
    if quote < line_end and text[quote] == '"' and quote > end and text.count('"', start, end) % 2 == 1:
        return quote + 1
    return end
