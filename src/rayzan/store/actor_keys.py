"""The keys an actor is found by: the actor filter is an index lookup, not a scan of every actor.

A user names a stored actor by its id (any case; ``abbas-araghchi`` for
``person:abbas-araghchi``), by its Persian or English name as ``search.name_key`` folds it,
or, for a person, by the last words of either name (a surname: «عراقچی», ``Lavrov``,
«عباس عراقچی» for «سید عباس عراقچی»).  ``schema.actor_keys`` holds, for each actor, every
string such a lookup can equal (``keys_of``), and ``lookup_keys`` turns the user's text into
the strings to look for: the two meet in one indexed ``IN``.  Before, each lookup folded the
id, both names and every person's name endings of the whole actors table in SQL (6 ms at 3,700
actors, 120 ms at 40,000, up to eight lookups per dyad).

Ids and names are separate key spaces (``id:``, ``name:``), as the SQL never compared an id
with a name.  The stored side folds a name as that SQL did (``schema.folded_name``; a
person's endings as ``LIKE '% ' || words`` over the name lower-cased, ZWNJ dropped, hyphens
read as spaces), without normalising it again: stored names come normalised.  A user's
«خامنه ای» asks for both «خامنه ای» and «خامنهای», so a stored «علی خامنه‌ای» ends with
one of them.  Lower case is Python's, where SQLite's ``lower()`` folded only ASCII.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from rayzan.store import schema, search

ID, NAME = "id:", "name:"
_PAGE = 5000  # actors per query while rebuilding every key (migration 11)


def keys_of(actor_id: str, name: str, name_en: str | None, kind: str) -> set[str]:
    """Every key the stored actor ``actor_id`` is found by."""
    lowered = actor_id.lower()
    keys = {ID + lowered}
    _, colon, after = lowered.rpartition(":")
    if colon and after and " " not in after:  # the id without its kind: asked only for text without ":" or " "
        keys.add(ID + after)
    names = [n for n in (name, name_en) if n is not None]
    keys.update(NAME + folded for n in names if (folded := _folded(n)))
    if kind == "person":
        keys.update(NAME + tail for n in names for tail in _endings(n))
    return keys


def lookup_keys(text: str) -> list[str]:
    """The keys to look for when a user names an actor with ``text``."""
    raw = text.strip()
    keys = {ID + raw.lower()}
    key = search.name_key(raw)
    if key:
        keys.add(NAME + key)
    words = search.name_words(raw)
    if words:
        keys.update((NAME + " ".join(words), NAME + "".join(words)))  # «خامنه ای» is also «خامنه‌ای»
    return sorted(keys)


def _folded(name: str) -> str:
    """``schema.folded_name`` in Python: no ZWNJ, spaces or hyphens, lower case."""
    for gap in (search.ZWNJ, " ", "-"):
        name = name.replace(gap, "")
    return name.lower()


def _endings(name: str) -> set[str]:
    """Every ending of the name that starts after a space, over `` w1 w2 w3`` (lower case, ZWNJ
    dropped, hyphens as spaces): ``w1 w2 w3``, ``w2 w3``, ``w3``."""
    spaced = " " + name.replace(search.ZWNJ, "").replace("-", " ").lower()
    return {spaced[i + 1 :] for i, ch in enumerate(spaced[:-1]) if ch == " "}


def write_keys(conn: sa.Connection, actor_ids: Iterable[str]) -> None:
    """Replace the keys of these actors with those of their stored rows, just written."""
    ids = sorted(set(actor_ids))
    if not ids:
        return
    ak, act = schema.actor_keys, schema.actors
    conn.execute(ak.delete().where(ak.c.actor_id.in_(ids)))
    _insert_keys(conn, conn.execute(sa.select(act.c.id, act.c.name, act.c.name_en, act.c.kind).where(act.c.id.in_(ids))))


def rebuild_keys(conn: sa.Connection) -> None:
    """Every stored actor's keys, from scratch, a page of actors at a time."""
    act = schema.actors
    conn.execute(schema.actor_keys.delete())
    page = sa.select(act.c.id, act.c.name, act.c.name_en, act.c.kind).order_by(act.c.id).limit(_PAGE)
    after: str | None = None
    while True:
        rows = conn.execute(page if after is None else page.where(act.c.id > after)).all()
        _insert_keys(conn, rows)
        if len(rows) < _PAGE:
            return
        after = rows[-1].id


def _insert_keys(conn: sa.Connection, actors: Iterable[sa.Row]) -> None:
    rows = [{"actor_id": a.id, "key": key} for a in actors for key in sorted(keys_of(a.id, a.name, a.name_en, a.kind))]
    if rows:
        conn.execute(schema.actor_keys.insert(), rows)
