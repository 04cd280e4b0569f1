"""Free-text matching over Persian evidence that ignores spelling noise.

Both the indexed text and the query go through ``rayzan.text.normalize`` and
lose their ZWNJ, so ``منطقه‌ای``, ``منطقهای`` and ``منطقه اي`` variants written with
Arabic letters all meet on one key.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from rayzan.text import normalize

ZWNJ = "\u200c"
_WORD = re.compile(r"\w+", re.UNICODE)


def search_key(text: str) -> str:
    """The indexed form of already-normalised text."""
    return text.replace(ZWNJ, "")


def query_words(query: str) -> list[str]:
    """The words of a user query, normalised like the index."""
    return _WORD.findall(search_key(normalize(query)))


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
    """PostgreSQL: ILIKE per word, served by a pg_trgm index when the extension is there."""
    words = query_words(query)
    if not words:
        return sa.false()
    return sa.and_(*(event_text.ilike("%" + _escape_like(w) + "%", escape="\\") for w in words))


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
