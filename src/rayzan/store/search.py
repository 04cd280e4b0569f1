"""Free-text matching over Persian evidence that ignores spelling noise.

Both the indexed text and the query go through ``rayzan.text.normalize`` and
lose their ZWNJ, so ``منطقه‌ای``, ``منطقهای`` and ``منطقه اي`` variants written with
Arabic letters all meet on one key.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from rayzan.store import schema
from rayzan.text import normalize

ZWNJ = "\u200c"
_WORD = re.compile(r"\w+", re.UNICODE)


def search_key(text: str) -> str:
    """The indexed form of already-normalised text."""
    return text.replace(ZWNJ, "")


def query_words(query: str) -> list[str]:
    """The words of a user query, normalised like the index."""
    return _WORD.findall(search_key(normalize(query)))


def matching_event_ids(dialect: str, query: str) -> sa.Select | None:
    """A select of event ids whose evidence contains every word of ``query`` (None: no words)."""
    words = query_words(query)
    if not words:
        return None
    em = schema.event_mentions
    if dialect == "sqlite":
        # Each word a prefix query, quoted so FTS5 syntax characters in user input stay literal.
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        fts = sa.table("event_mentions_fts", sa.column("rowid"))
        return (
            sa.select(em.c.event_id)
            .select_from(em.join(fts, fts.c.rowid == em.c.id))
            .where(sa.text("event_mentions_fts MATCH :fts_query").bindparams(fts_query=match))
        )
    conditions = [em.c.search_text.ilike("%" + _escape_like(w) + "%", escape="\\") for w in words]
    return sa.select(em.c.event_id).where(*conditions)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
