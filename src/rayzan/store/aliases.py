"""Articles without a URL found by the id their normalised text gives them.

Such an article's id is made from its content (``document.article_id``): since schema
version 13 from the content as normalised (``text.normalize.identity_text``), so that a
copy writing Arabic ي/ك is the same article.  One stored before, under the id of its raw
content, or under an id its input gave, is found by that id through ``article_aliases``:
re-ingesting it stores nothing twice; asked for by that id (``rayzan show``, the API), it is
read as the stored article, under its stored id (``stored_row``, ``stored_ids``).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from rayzan.document import article_id
from rayzan.store import schema

_PAGE = 500  # articles read at a time by the migration: their raw text is in memory


def content_id(title: str | None, raw: str) -> str:
    """The id an article without a URL gets from this content (``raw`` holds the title line too;
    the stored normalised title gives the same id as the raw one)."""
    return article_id(None, title, raw)


def alias_of(conn: sa.Connection, alias: str) -> str | None:
    """The id of the article stored under another id whose content gives ``alias``, if any."""
    al = schema.article_aliases
    return conn.execute(sa.select(al.c.article_id).where(al.c.alias == alias)).scalar_one_or_none()


def stored_row(conn: sa.Connection, article_id: str) -> sa.Row | None:
    """The ``articles`` row of the article ``article_id`` names: the one stored under it, else the one
    it is an alias of (an article stored under another id, whose content gives this one today)."""
    art, al = schema.articles, schema.article_aliases
    row = conn.execute(sa.select(art).where(art.c.id == article_id)).first()
    if row is None:  # a second query only for an id not stored as such
        row = conn.execute(sa.select(art).join(al, al.c.article_id == art.c.id).where(al.c.alias == article_id)).first()
    return row


def stored_ids(conn: sa.Connection, ids: Iterable[str]) -> dict[str, str]:
    """Each of ``ids`` that names a stored article (its own id or an alias), with the id it is stored under."""
    art, al = schema.articles, schema.article_aliases
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _PAGE):
        page = wanted[start : start + _PAGE]
        found.update((i, i) for i in conn.execute(sa.select(art.c.id).where(art.c.id.in_(page))).scalars())
        rest = [i for i in page if i not in found]
        if rest:
            found.update((r.alias, r.article_id) for r in conn.execute(sa.select(al.c.alias, al.c.article_id).where(al.c.alias.in_(rest))))
    return found


def record_alias(conn: sa.Connection, stored_id: str, title: str | None, raw: str) -> None:
    """Let ``stored_id`` (an article without a URL) be found by the id of its content."""
    _record(conn, [(content_id(title, raw), stored_id)])


def record_stored_aliases(conn: sa.Connection) -> None:
    """Migration 13: an alias for every stored article without a URL whose id is not the one its
    content gives today, the first stored first (two copies stored apart before: the first is found)."""
    art = schema.articles
    query = sa.select(art.c.id, art.c.title, art.c.raw, art.c.created_at).where(sa.or_(art.c.url.is_(None), art.c.url == ""))
    after: sa.Row | None = None
    while True:
        page = query if after is None else query.where(sa.tuple_(art.c.created_at, art.c.id) > sa.tuple_(after.created_at, after.id))
        rows = conn.execute(page.order_by(art.c.created_at, art.c.id).limit(_PAGE)).all()
        _record(conn, ((content_id(r.title, r.raw), r.id) for r in rows))
        if len(rows) < _PAGE:
            return
        after = rows[-1]


def _record(conn: sa.Connection, pairs: Iterable[tuple[str, str]]) -> None:
    """Insert (alias, article id) pairs whose alias names no article and no alias yet (the first of
    a repeated alias wins)."""
    wanted: dict[str, str] = {}
    for alias, stored_id in pairs:
        if alias != stored_id:
            wanted.setdefault(alias, stored_id)
    if not wanted:
        return
    art, al = schema.articles, schema.article_aliases
    taken = set(conn.execute(sa.select(art.c.id).where(art.c.id.in_(list(wanted)))).scalars())
    taken |= set(conn.execute(sa.select(al.c.alias).where(al.c.alias.in_(list(wanted)))).scalars())
    rows = [{"alias": alias, "article_id": stored_id} for alias, stored_id in wanted.items() if alias not in taken]
    if rows:
        conn.execute(al.insert(), rows)
