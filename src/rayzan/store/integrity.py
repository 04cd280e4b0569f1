"""Consistency checks: what must hold after any number of interrupted ingests."""

from __future__ import annotations

import sqlalchemy as sa

from rayzan.store import schema


def problems(conn: sa.Connection) -> list[str]:
    """Human-readable inconsistencies; an empty list means the database is sound."""
    found: list[str] = []
    if conn.dialect.name == "sqlite":
        result = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()
        if result != "ok":
            found.append(f"sqlite integrity_check: {result}")
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            found.append(f"row {row[1]} of {row[0]} points to a missing {row[2]}")
    art, ev, em = schema.articles, schema.events, schema.event_mentions
    no_text = conn.execute(
        sa.select(sa.func.count()).select_from(art).where(
            ~sa.exists().where(schema.sections.c.article_id == art.c.id), art.c.text != ""
        )
    ).scalar_one()
    if no_text:
        found.append(f"{no_text} articles with text but no sections")
    actual = sa.select(sa.func.count()).where(em.c.event_id == ev.c.id).scalar_subquery()
    miscounted = conn.execute(sa.select(ev.c.id).where(ev.c.num_mentions != actual).limit(10)).scalars().all()
    if miscounted:
        found.append(f"events whose mention count is wrong: {miscounted}")
    empty = conn.execute(sa.select(sa.func.count()).select_from(ev).where(ev.c.num_mentions == 0)).scalar_one()
    if empty:
        found.append(f"{empty} event records without mentions")
    stale = conn.execute(
        sa.select(sa.func.count()).select_from(em).where(~sa.exists().where(art.c.id == em.c.article_id))
    ).scalar_one()
    if stale:
        found.append(f"{stale} event mentions of missing articles")
    act, ak = schema.actors, schema.actor_keys
    keyless = conn.execute(
        sa.select(sa.func.count()).select_from(act).where(~sa.exists().where(ak.c.actor_id == act.c.id))
    ).scalar_one()
    if keyless:
        found.append(f"{keyless} actors without lookup keys: the actor filter does not find them")
    return found
