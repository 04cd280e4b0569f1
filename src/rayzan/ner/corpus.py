"""Readers for the labelled NER corpora; every tag comes out as ``B-X``/``I-X``/``O``
with X one of ``LABELS``.  Used by training and the benchmark, not at inference."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from rayzan.errors import InputError
from rayzan.ner.labels import ARMAN_TYPES, OUTSIDE, PARSTWINER_TYPES

Sentence = tuple[list[str], list[str]]  # tokens, tags


def _map_tag(tag: str, types: dict[str, str] | None) -> str:
    if tag == OUTSIDE or len(tag) < 3 or tag[1] not in "_-":
        return OUTSIDE
    prefix, kind = tag[0].upper(), tag[2:]
    if types is not None:
        kind = types.get(kind, "")
    if prefix not in "BI" or not kind:
        return OUTSIDE
    return f"{prefix}-{kind}"


def _read(path: Path, split: Callable[[str], tuple[str, str]], types: dict[str, str] | None) -> list[Sentence]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(str(path), f"cannot read NER corpus ({e.strerror})") from e
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in lines:
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        token, tag = split(line)
        token = token.strip()
        if not token:
            continue
        tokens.append(token)
        tags.append(_map_tag(tag.strip(), types))
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def _split_last(sep: str) -> Callable[[str], tuple[str, str]]:
    # The tag is after the last separator: PEYMA tokens may themselves contain spaces.
    def split(line: str) -> tuple[str, str]:
        head, _, tail = line.rpartition(sep)
        return head, tail

    return split


def read_peyma(path: Path) -> list[Sentence]:
    """PEYMA: ``token|TAG`` (``B_PER``); tokens may contain spaces."""
    return _read(path, _split_last("|"), None)


def read_arman(path: Path) -> list[Sentence]:
    """ARMAN: ``token TAG`` (``B-pers``), types mapped by ``ARMAN_TYPES``."""
    return _read(path, _split_last(" "), ARMAN_TYPES)


def read_parstwiner(path: Path) -> list[Sentence]:
    """ParsTwiNER: ``token<TAB>TAG`` (``B-PER``), types mapped by ``PARSTWINER_TYPES``."""
    return _read(path, _split_last("\t"), PARSTWINER_TYPES)
