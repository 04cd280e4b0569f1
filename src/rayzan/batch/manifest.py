"""The checkpoint of a batch run: an append-only JSON-lines manifest.

Each line records one fact about one partition — ``written`` (its shards are
on disk, renamed into place) or ``loaded`` (its documents went into a
database).  Appending one line and fsyncing is atomic enough: a run killed
mid-write leaves at most a torn last line, which ``Manifest.open`` ignores, and
the partition it described is simply redone.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_NAME = "_manifest.jsonl"


@dataclass
class PartitionRecord:
    partition: str
    articles: int
    failed: list[tuple[str, str]]  # (where, reason)
    files: list[str]
    loaded_into: set[str] = field(default_factory=set)  # database keys


class Manifest:
    """What earlier runs finished, read once at start-up, appended as we go."""

    def __init__(self, path: Path, records: dict[str, PartitionRecord], partition_size: int | None = None) -> None:
        self.path = path
        self.records = records
        self.partition_size = partition_size  # fixed by the first run: partition ids depend on it

    @classmethod
    def open(cls, output: Path) -> "Manifest":
        path = output / MANIFEST_NAME
        records: dict[str, PartitionRecord] = {}
        partition_size = None
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # torn line from a killed run; that partition is redone
                if isinstance(entry, dict) and entry.get("state") == "started" and partition_size is None:
                    partition_size = int(entry["partition_size"])
                _apply(records, entry)
        return cls(path, records, partition_size)

    def mark_started(self, partition_size: int) -> None:
        if self.partition_size is None:
            self._append({"state": "started", "partition_size": partition_size})
            self.partition_size = partition_size

    def is_written(self, partition: str) -> bool:
        return partition in self.records

    def is_loaded(self, partition: str, db_key: str) -> bool:
        record = self.records.get(partition)
        return record is not None and db_key in record.loaded_into

    def mark_written(self, partition: str, articles: int, failed: list[tuple[str, str]], files: list[str]) -> None:
        entry = {"partition": partition, "state": "written", "articles": articles, "failed": failed, "files": files}
        self._append(entry)
        _apply(self.records, entry)

    def mark_loaded(self, partition: str, db_key: str, counts: dict[str, int]) -> None:
        entry = {"partition": partition, "state": "loaded", "db": db_key, **counts}
        self._append(entry)
        _apply(self.records, entry)

    def _append(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())


def _apply(records: dict[str, PartitionRecord], entry: Any) -> None:
    if not isinstance(entry, dict):
        return
    partition = entry.get("partition")
    if not isinstance(partition, str):
        return
    if entry.get("state") == "written":
        records[partition] = PartitionRecord(
            partition, int(entry.get("articles", 0)), [tuple(f) for f in entry.get("failed", [])], list(entry.get("files", []))
        )
    elif entry.get("state") == "loaded" and partition in records:
        records[partition].loaded_into.add(str(entry.get("db")))
