"""Sentence splitting inside sections, with offsets into the normalised text.

Sections are lines (title, lead, headings, paragraphs, list items), so a heading
or bullet without final punctuation is a sentence of its own.  Inside a line a
sentence ends at ``.`` ``؟`` ``?`` ``!`` (and ``؛`` when configured), unless
the full stop belongs to a number, an abbreviation or an open quotation.
"""

from __future__ import annotations

import re

from rayzan.document import Section, Sentence

_END = re.compile(r"[.؟?!]+[»\"')\]]*(?=\s|$)")
# Single letters and common abbreviations before a full stop do not end a sentence.
_ABBREVIATIONS = frozenset({"ق", "م", "ه", "ش", "ج", "ص", "ع", "دکتر", "مهندس", "Mr", "Dr", "St", "U.S", "e.g", "i.e", "etc"})


def split_sentences(text: str, sections: tuple[Section, ...], semicolon: bool = False) -> tuple[Sentence, ...]:
    pattern = re.compile(r"[.؟?!؛]+[»\"')\]]*(?=\s|$)") if semicolon else _END
    sentences: list[Sentence] = []
    for index, sec in enumerate(sections):
        start = sec.start
        # Skip leading spaces and bullet markers so the sentence starts at the first word.
        line = text[sec.start : sec.end]
        for m in pattern.finditer(line):
            end = sec.start + m.end()
            if _is_abbreviation(text, sec.start + m.start()) or _inside_quote(text, start, sec.start + m.start()):
                continue
            _append(sentences, text, start, end, index)
            start = end
        _append(sentences, text, start, sec.end, index)
    return tuple(sentences)


def _append(out: list[Sentence], text: str, start: int, end: int, section: int) -> None:
    while start < end and text[start] in " -–•*\u200c":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    if end > start:
        out.append(Sentence(start, end, section))


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot]
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _inside_quote(text: str, start: int, pos: int) -> bool:
    chunk = text[start:pos]
    return chunk.count("«") > chunk.count("»")
