"""Storage: SQLite by default, PostgreSQL by URL; one schema, versioned migrations.

    with Store.open("rayzan.db") as store:
        store.ingest(doc)
        page = store.query_events(EventQuery(dyad=("IRN", "RUS"), plover="CONSULT"))
"""

from rayzan.store.ingest import IngestResult
from rayzan.store.query import EventQuery, Page
from rayzan.store.store import Store

__all__ = ["EventQuery", "IngestResult", "Page", "Store"]
