"""Split a stream of articles into partitions with deterministic ids.

Inputs are read in the order given (directories sorted by the reader), so the
same inputs always give the same partitions.  A partition's id hashes the ids
of its articles and the Rayzan version: rerunning a batch finds its finished
partitions by id, and a new release does not reuse shards of an older one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Protocol

from rayzan.document import ArticleMeta, Block
from rayzan.errors import InputError

DEFAULT_PARTITION_SIZE = 200


class ArticleLike(Protocol):
    meta: ArticleMeta
    blocks: tuple[Block, ...]


@dataclass
class Partition:
    id: str
    articles: list[tuple[ArticleMeta, tuple[Block, ...]]]


@dataclass
class ReadReport:
    """What the driver saw while reading, before any analysis."""

    articles: int = 0
    duplicates: int = 0  # same article id read twice; analysed once
    failed: list[tuple[str, str]] = field(default_factory=list)  # inputs that could not be read


def partition_id(article_ids: Iterable[str]) -> str:
    from rayzan import __version__

    h = hashlib.sha256(f"rayzan {__version__}\n".encode())
    for aid in article_ids:
        h.update(aid.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def partitions(items: Iterable[ArticleLike | InputError], size: int, report: ReadReport) -> Iterator[Partition]:
    """Group articles into partitions of ``size``; unreadable inputs go to ``report``."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    seen: set[str] = set()
    batch: list[tuple[ArticleMeta, tuple[Block, ...]]] = []
    for item in items:
        if isinstance(item, InputError):
            report.failed.append((item.where, item.reason))
            continue
        if item.meta.id in seen:
            report.duplicates += 1
            continue
        seen.add(item.meta.id)
        report.articles += 1
        batch.append((item.meta, tuple(item.blocks)))
        if len(batch) == size:
            yield Partition(partition_id(m.id for m, _ in batch), batch)
            batch = []
    if batch:
        yield Partition(partition_id(m.id for m, _ in batch), batch)
