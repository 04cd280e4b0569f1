"""Load finished partitions into the database, one partition at a time.

The store's ``ingest`` is idempotent by content hash, so loading a partition
twice (a run killed between ingesting and recording it) adds nothing new; the
manifest records loaded partitions so that a rerun does not even try.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import urlsplit, urlunsplit

from rayzan.document import Document


def db_key(db: str) -> str:
    """A stable name for a database in the manifest: an absolute path, or a URL without its password."""
    if "://" not in db:
        return str(Path(db).expanduser().resolve())
    parts = urlsplit(db)
    netloc = parts.netloc.rsplit("@", 1)[-1] if "@" in parts.netloc else parts.netloc
    user = parts.username
    return urlunsplit((parts.scheme, f"{user}@{netloc}" if user else netloc, parts.path, "", ""))


def open_store(db: str) -> Any:
    from rayzan.store import Store

    return Store.open(db)


def ingest_documents(store: Any, docs: Sequence[Document]) -> dict[str, int]:
    """Ingest ``docs``; counts of each status (added, unchanged, updated)."""
    many = getattr(store, "ingest_many", None)
    results = many(docs) if callable(many) else [store.ingest(d) for d in docs]
    return dict(Counter(str(getattr(r, "status", r)) for r in results))
