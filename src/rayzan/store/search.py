"""Free-text matching over Persian evidence that ignores spelling noise.

Both the indexed text and the query go through ``rayzan.text.normalize`` and
lose their ZWNJ, so ``منطقه‌ای``, ``منطقهای`` and ``منطقه اي`` variants written with
Arabic letters all meet on one key.  Alef with madda or hamza is a bare alef in the key:
``آمریکا`` and ``امریکا`` are both current spellings, ``إیران`` an Arabic one.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from rayzan.store import schema
from rayzan.text import normalize

ZWNJ = "\u200c"
_WORD = re.compile(r"\w+", re.UNICODE)
_NAME_GAPS = re.compile(r"[\s\u200c\-]+")


# Alef variants the key writes as a bare alef (the normaliser keeps them: آ is a letter of its own).
ALEF_VARIANTS = "آأإٱ"
_SEARCH_FOLD = str.maketrans(dict.fromkeys(ALEF_VARIANTS, "ا") | {ZWNJ: None})


def search_key(text: str) -> str:
    """The indexed form of already-normalised text."""
    return text.translate(_SEARCH_FOLD)


def name_key(name: str) -> str:
    """A name as filters compare it: normalised letters (ي/ك → ی/ک), lower case, and no
    ZWNJ, spaces or hyphens, so «خامنه‌ای», «خامنه ای» and «خامنه اي» are one key.
    ``name_key_sql`` folds a column the same way (the column must already be normalised)."""
    return _NAME_GAPS.sub("", normalize(name).lower())


def name_words(name: str) -> list[str]:
    """The words of a name, normalised and lower case, ZWNJ dropped and hyphens read as
    spaces, for matching a surname (``actor_keys``)."""
    return normalize(name).lower().replace(ZWNJ, "").replace("-", " ").split()


def name_key_sql(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    return schema.folded_name(column)


# Every word of a query is a pass over the events that hold it (a one-letter word: nearly all).
MAX_QUERY_WORDS = 32


def query_words(query: str) -> list[str]:
    """The words of a user query, normalised like the index: each once, and none that begins
    another (a word is matched as a prefix, so «ا» asks nothing «ایران» does not).  The query
    «ا ا ا ...» of 249 words took 94 s on 316,416 events; it is one word."""
    words = list(dict.fromkeys(_WORD.findall(search_key(normalize(query)))))
    return [w for w in words if not any(other != w and other.startswith(w) for other in words)]


def fts_event_ids(query: str) -> sa.Select:
    """SQLite: ids of events whose search text (the evidence of their most confident
    mentions) holds every word of ``query``, each as a word prefix; none for no words."""
    words = query_words(query)
    fts = sa.table("event_text_fts", sa.column("rowid"))
    if not words:
        return sa.select(fts.c.rowid).where(sa.false())
    # Quoted, so FTS5 syntax characters in user input stay literal.
    match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
    return sa.select(fts.c.rowid).where(sa.text("event_text_fts MATCH :fts_query").bindparams(fts_query=match))


def ilike_condition(query: str, event_text: sa.ColumnElement[Any]) -> sa.ColumnElement[bool]:
    """PostgreSQL: each word as the start of a word, as SQLite's prefix query matches it. ILIKE
    (served by a pg_trgm index when the extension is there) finds the word anywhere; a regular
    expression then asks for no word character before it («ران» is inside «ایران», not a word's start)."""
    words = query_words(query)
    if not words:
        return sa.false()
    return sa.and_(*(
        sa.and_(event_text.ilike("%" + escape_like(w) + "%", escape="\\"), event_text.regexp_match(_NOT_AFTER_WORD + w, flags="i"))
        for w in words
    ))


def _word_ranges(first: int, last: int) -> str:
    """The characters from ``first`` to ``last`` that ``\\w`` matches, as bracket-expression ranges."""
    ranges: list[list[int]] = []
    for code in range(first, last + 1):
        if _WORD.match(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# The start of the text or a character that is not part of a word. [:alnum:] follows the database's
# locale, which under "C" knows only ASCII: the Latin, Cyrillic and Arabic-script letters and digits
# are named too. (Query words are \w+, so they hold no regular-expression syntax.)
_NOT_AFTER_WORD = "(^|[^[:alnum:]_0-9A-Za-z" + _word_ranges(0x80, 0x8FF) + "])"


def escape_like(word: str) -> str:
    """``word`` taken literally by ``LIKE ... ESCAPE '\\'``."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
