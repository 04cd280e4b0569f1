"""Load finished partitions into the database, one partition at a time.

The store's ``ingest`` is idempotent by content hash, so loading a partition
twice (a run killed between ingesting and recording it) adds nothing new; the
manifest records loaded partitions so that a rerun does not even try.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Sequence
from urllib.parse import urlsplit, urlunsplit

from rayzan.document import Document

if TYPE_CHECKING:
    from rayzan.store import Store


def db_key(db: str) -> str:
    """A stable name for a database in the manifest: an absolute path, or a URL without its password."""
    if "://" not in db:
        return str(Path(db).expanduser().resolve())
    parts = urlsplit(db)
    netloc = parts.netloc.rsplit("@", 1)[-1] if "@" in parts.netloc else parts.netloc
    user = parts.username
    return urlunsplit((parts.scheme, f"{user}@{netloc}" if user else netloc, parts.path, "", ""))


def open_store(db: str) -> "Store":
    from rayzan.store import Store

    return Store.open(db)


def ingest_documents(store: "Store", docs: Sequence[Document]) -> dict[str, int]:
    """Ingest ``docs`` in one transaction; counts of each status (added, unchanged, updated)."""
    return dict(Counter(result.status for result in store.ingest_many(docs)))
