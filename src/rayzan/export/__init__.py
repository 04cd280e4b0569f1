"""Exports of the store: events as JSONL, CSV, Parquet, GDELT 2.0 TSV or PLOVER JSON;
articles as the JSONL contract.  All stream from the database in chunks, so the
size of the archive does not change the memory they need.

    export_events(store, "parquet", "events.parquet", EventQuery(country="IRN"))
    export_articles(store, "jsonl", sys.stdout)
"""

from rayzan.export.writers import (
    ARTICLE_FORMATS,
    EVENT_FORMATS,
    export_articles,
    export_events,
)

__all__ = ["ARTICLE_FORMATS", "EVENT_FORMATS", "export_articles", "export_events"]
