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


# Kinds of the actor knowledge base, as gazetteer labels of the KB feature.
_KB_KINDS = {"country": "LOC", "city": "LOC", "place": "LOC", "person": "PER", "organisation": "ORG",
             "body": "ORG", "role": "ROLE", "metonym": "MET"}


def kb_entries() -> dict[tuple[str, ...], set[str]]:
    """Names in Rayzan's actor knowledge base (``rayzan.actors``) as token keys,
    labelled by kind: ``LOC`` (countries, cities, places), ``DEM`` (demonyms),
    ``PER``, ``ORG`` (organisations, government bodies), ``ROLE`` (titles),
    ``MET`` (metonyms) and ``FN`` (given names).  Built at training time and
    shipped with the model (``kb.tsv.gz``), so the tagger does not change when
    a user edits the knowledge base."""
    from rayzan.actors.kb import build_kb
    from rayzan.ner.features import token_key

    kb = build_kb(overrides=None)
    entries: dict[tuple[str, ...], set[str]] = {}

    def add(text: str, label: str) -> None:
        key = tuple(k for k in (token_key(w) for w in text.split()) if k)
        if key:
            entries.setdefault(key, set()).add(label)

    for text, surface in kb.surfaces.items():
        label = "DEM" if surface.form == "demonym" else _KB_KINDS.get(surface.entry.kind)
        if label:
            add(text, label)
    for text in kb.given_names:
        add(text, "FN")
    return entries
