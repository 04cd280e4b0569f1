"""The database schema, in SQLAlchemy Core, the same on SQLite and PostgreSQL.

Articles keep their current text in ``articles`` and every earlier text in
``article_versions``.  Events are deduplicated across articles and outlets:
``events`` holds one record per real-world event, ``event_mentions`` one row
per article-level event that reports it (GDELT's Events/Mentions split), with
the evidence sentences.  Dates are ``YYYY-MM-DD`` strings so that range filters
compare the same way on both back ends.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()

_ID = sa.String(64)
_CODE = sa.String(16)
_TS = sa.DateTime(timezone=True)

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", _TS, nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", _ID, primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.String(200)),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("origin", sa.Text),
    sa.Column("content_hash", sa.String(64), nullable=False),
    # Hash of the whole analysis: the same text re-analysed by a better pipeline is an update.
    sa.Column("analysis_hash", sa.String(64), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("raw", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", _TS, nullable=False),
    sa.Column("updated_at", _TS, nullable=False),
    # A hash index on PostgreSQL (migration 12): a btree entry holds the whole URL and refuses one
    # over about 2,700 bytes, so the article was lost; a hash entry holds 4 bytes, and `url = :u`
    # is still answered from it.  Nothing needs URLs unique (the id is), so neither index is.
    sa.Index("ix_articles_url", "url", postgresql_using="hash"),
    sa.Index("ix_articles_published", "published"),
    sa.Index("ix_articles_source", "source"),
    sa.Index("ix_articles_created", "created_at", "id"),
    sa.Index("ix_articles_updated", "updated_at"),  # the newest change: a cheap cache key (migration 5)
)

article_versions = sa.Table(
    "article_versions",
    metadata,
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("raw", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("document", sa.JSON, nullable=False),  # the full analysis of that version
    sa.Column("stored_at", _TS, nullable=False),
    sa.Column("replaced_at", _TS, nullable=False),
)

# The id an article without a URL has today (``document.article_id``, from its normalised text),
# where it is stored under another: one stored before schema version 13 (its id made from the raw
# text), or given an id by its input.  A copy read with that id is found as the stored article
# (migration 13).
article_aliases = sa.Table(
    "article_aliases",
    metadata,
    sa.Column("alias", _ID, primary_key=True),
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
)


def _article_child(name: str, *columns: sa.Column) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        *columns,
    )


sections = _article_child(
    "sections",
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
)

sentences = _article_child(
    "sentences",
    sa.Column("section", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

entities = _article_child(
    "entities",
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("label", sa.String(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("actor_id", sa.String(200)),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_en", sa.Text),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("sector", sa.String(64)),
    sa.Column("code", sa.String(32)),
    sa.Column("roles", sa.JSON, nullable=False),
    sa.Column("first_seen", _TS, nullable=False),
    sa.Column("updated_at", _TS, nullable=False),
    sa.Index("ix_actors_country", "country"),
    sa.Index("ix_actors_name", "name"),
)

# Every string the actor filter may find an actor by (``store.actor_keys``): its id, its folded
# names, a person's last words; one index equality instead of a scan of every actor (migration 11).
actor_keys = sa.Table(
    "actor_keys",
    metadata,
    sa.Column("actor_id", sa.String(200), sa.ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("key", sa.Text, primary_key=True),
    sa.Index("ix_actor_keys_key", "key", "actor_id"),
)

# The actors as one article saw them (its roles, its spelling), for exact re-assembly.
article_actors = _article_child(
    "article_actors",
    sa.Column("actor_id", sa.String(200), nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)
sa.Index("ix_article_actors_actor", article_actors.c.actor_id)

mentions = _article_child(
    "mentions",
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("actor_id", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
)

def folded_name(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """A name column folded as the filters compare names (``search.name_key``): no ZWNJ, spaces
    or hyphens, lower case.  The replaced characters are literals, not bound parameters, so that
    SQLite matches the expression indexes below to the queries that use it."""
    folded: sa.ColumnElement[Any] = column
    for gap in ("\u200c", " ", "-"):
        folded = sa.func.replace(folded, sa.literal_column(f"'{gap}'"), sa.literal_column("''"))
    return sa.func.lower(folded, type_=sa.Text)


events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # plover | participant a | participant b | location country: what must be equal to merge.
    sa.Column("match_key", sa.Text, nullable=False),
    sa.Column("plover", sa.String(32), nullable=False),
    sa.Column("cameo", _CODE, nullable=False),
    sa.Column("quad_class", sa.Integer, nullable=False),
    sa.Column("goldstein", sa.Float, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("source_actor", sa.String(200)),
    sa.Column("source_text", sa.Text),
    sa.Column("source_country", sa.String(3)),
    sa.Column("target_actor", sa.String(200)),
    sa.Column("target_text", sa.Text),
    sa.Column("target_country", sa.String(3)),
    sa.Column("location_country", sa.String(3)),
    sa.Column("location", sa.JSON),
    sa.Column("date", sa.String(10)),
    sa.Column("topics", sa.JSON, nullable=False),
    sa.Column("num_mentions", sa.Integer, nullable=False),
    sa.Column("num_articles", sa.Integer, nullable=False),
    sa.Column("num_sources", sa.Integer, nullable=False),
    sa.Column("first_seen", sa.String(10)),
    sa.Column("last_seen", sa.String(10)),
    sa.Column("representative", sa.Integer),  # event_mentions.id whose fields the record shows
    # Evidence of the most confident mentions, normalised and ZWNJ-free: what free text searches.
    sa.Column("search_text", sa.Text),
    sa.Column("updated_at", _TS, nullable=False),
    sa.Index("ix_events_match", "match_key", "date"),
    sa.Index("ix_events_date", "date", "id"),
    sa.Index("ix_events_plover_date", "plover", "date"),
    sa.Index("ix_events_cameo", "cameo"),
    sa.Index("ix_events_quad", "quad_class", "date"),
    sa.Index("ix_events_dyad", "source_country", "target_country", "date"),
    sa.Index("ix_events_target_country", "target_country", "date"),
    sa.Index("ix_events_source_actor", "source_actor"),
    sa.Index("ix_events_target_actor", "target_actor"),
    sa.Index("ix_events_mentions", "num_mentions"),
    # Sort keys the dashboard offers (migration 3).
    sa.Index("ix_events_goldstein", "goldstein"),
    sa.Index("ix_events_last_seen", "last_seen"),
    sa.Index("ix_events_articles", "num_articles"),
    # The other sort keys /api/events offers (migration 9): a page no longer sorts every event.
    sa.Index("ix_events_confidence", "confidence"),
    sa.Index("ix_events_sources", "num_sources"),
    sa.Index("ix_events_first_seen", "first_seen"),
    # Country on either side with a quad class: one index per side (migration 5).
    sa.Index("ix_events_source_quad", "source_country", "quad_class", "date"),
    sa.Index("ix_events_target_quad", "target_country", "quad_class", "date"),
    # The dashboard's networks and pair series read these alone, not the wide rows (migration 6).
    sa.Index("ix_events_network", "source_country", "target_country", "plover", "quad_class", "goldstein", "date"),
    sa.Index("ix_events_actor_network", "source_actor", "target_actor", "plover"),
    # An --actor that names no stored actor is looked for in the events' own party text (migration 7).
    sa.Index("ix_events_source_key", folded_name(sa.column("source_text"))),
    sa.Index("ix_events_target_key", folded_name(sa.column("target_text"))),
)


event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),  # position in the article's event list
    sa.Column("doc_event_id", sa.String(200), nullable=False),
    sa.Column("source", sa.String(200)),  # outlet, copied from the article for cheap counting
    sa.Column("seen", sa.String(10)),  # article date, else the day it was stored
    sa.Column("trigger", sa.Text),
    sa.Column("source_actor", sa.String(200)),
    sa.Column("target_actor", sa.String(200)),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("date", sa.String(10)),  # the event's date, else the article's
    sa.Column("evidence", sa.JSON, nullable=False),  # [{"start", "end", "text"}], the evidence sentences
    sa.Column("search_text", sa.Text, nullable=False),  # normalised, ZWNJ-free, for free-text search
    sa.Column("data", sa.JSON, nullable=False),  # the article-level event, as the contract has it
    sa.Index("ix_event_mentions_event", "event_id", "confidence"),
    sa.Index("ix_event_mentions_article", "article_id", "idx"),
    sa.Index("ix_event_mentions_source", "source", "event_id"),
)

# Every actor that any mention of an event names, so an actor filter finds the event
# even when its representative mention names the country instead of the person.
event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("actor_id", sa.String(200), primary_key=True),
    sa.Index("ix_event_actors_actor", "actor_id", "event_id"),
)

event_topics = sa.Table(
    "event_topics",
    metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("topic", sa.String(200), primary_key=True),  # text, lower-cased name_en and country, each a row
    sa.Index("ix_event_topics_topic", "topic", "event_id"),
)

V1_TABLES = [
    schema_version, articles, article_versions, sections, sentences, entities, actors,
    article_actors, mentions, events, event_mentions, event_actors, event_topics,
]
