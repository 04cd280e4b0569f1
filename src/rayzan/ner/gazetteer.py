"""The shipped gazetteer: ``label,label<TAB>key key ...`` per line, gzipped."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterable, Mapping

from rayzan.ner.features import Gazetteer


def read_gazetteer(path: Path) -> Gazetteer:
    entries: dict[tuple[str, ...], list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            labels, _, name = line.rstrip("\n").partition("\t")
            entries[tuple(name.split(" "))] = labels.split(",")
    return Gazetteer.from_entries(entries)


def write_gazetteer(path: Path, entries: Mapping[tuple[str, ...], Iterable[str]]) -> None:
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for name in sorted(entries):
            if name and all(name):
                gz.write((",".join(sorted(entries[name])) + "\t" + " ".join(name) + "\n").encode("utf-8"))
