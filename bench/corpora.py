"""Readers for the development corpora in ``../shared/data``, split into tune and report halves.

Every corpus yields ``(unit_id, text)`` pairs, a unit being a sentence (PerDT,
ARMAN, ParsTwiNER, PEYMA) or an article paragraph (Fars News, web text).  The
split is fixed and reproducible: PerDT by the parity of its sentence number
(odd = tune, even = report), everything else by CRC32 of the unit id.  The
ZWNJ lexicon is built from ``tune`` units only; ``bench/zwnj.py`` reports on
``report`` units only.  Settings are chosen by building from ``tune-train``
(a quarter) and scoring on ``tune-dev`` (the other quarter of ``tune``).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from rayzan.text.normalize import normalize_chars
from rayzan.text.zwnj import NON_JOINING, ZWNJ

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "data"

# Corpora the benchmark reports on: their report half never feeds the lexicon.
REPORT_CORPORA = ("perdt", "arman", "fars")
# Corpora that write ZWNJ (the noisy ones often join ها or write می with a space).
ZWNJ_CORPORA = ("perdt", "arman", "parstwiner", "fars", "varzesh3")
# Corpora that replace every ZWNJ by a space: their joined words are still evidence.
SPACED_CORPORA = ("peyma", "namnak")


def split_of(corpus: str, unit_id: str) -> str:
    """``tune-train``/``tune-dev`` (together ``tune``) or ``report``."""
    if corpus == "perdt":
        number = int(re.sub(r"\D", "", unit_id) or 0)
    else:
        number = zlib.crc32(f"{corpus}:{unit_id}".encode())
    if number % 2 == 0:
        return "report"
    return "tune-train" if number % 4 == 3 else "tune-dev"


def _perdt() -> Iterator[tuple[str, str]]:
    sent_id = ""
    with open(DATA / "treebank/perdt/fa_perdt-ud-dev.conllu", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# sent_id = "):
                sent_id = line[12:].strip()
            elif line.startswith("# text = "):
                yield sent_id, line[9:].rstrip("\n")


def _token_per_line(path: Path, sep: str) -> Iterator[tuple[str, str]]:
    tokens: list[str] = []
    number = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield str(number), " ".join(tokens)
                    number += 1
                    tokens = []
                continue
            token = line.rsplit(sep, 1)[0] if sep in line else line
            tokens.append(token)
    if tokens:
        yield str(number), " ".join(tokens)


def _articles(paths: list[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        for number, article in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            key = article.get("link") or f"{path.name}:{number}"
            parts = [article.get("title") or "", article.get("abstract") or ""]
            parts += [p for p in article.get("paragraphs") or [] if isinstance(p, str)]
            for index, part in enumerate(parts):
                if part.strip():
                    yield f"{key}#{index}", part.replace("\n", " ")


def read(corpus: str) -> Iterator[tuple[str, str]]:
    if corpus == "perdt":
        return _perdt()
    if corpus == "arman":
        return _token_per_line(DATA / "ner/arman/train_fold3.txt", " ")
    if corpus == "parstwiner":
        return _token_per_line(DATA / "ner/parstwiner/train.txt", "\t")
    if corpus == "peyma":
        return chain.from_iterable(_token_per_line(DATA / f"ner/peyma/{name}.txt", "|") for name in ("train", "dev"))
    if corpus == "fars":
        return _articles(sorted((DATA / "news/fars").glob("fars-news-*.json")))
    if corpus in ("namnak", "varzesh3"):
        return _articles(sorted((DATA / "text").glob(f"{corpus}-*.json")))
    raise ValueError(f"unknown corpus {corpus!r}")


def units(corpus: str, split: str) -> Iterator[str]:
    """Texts of one corpus in one split (``tune``, ``tune-train``, ``tune-dev``, ``report``
    or ``all``)."""
    for unit_id, text in read(corpus):
        if split == "all" or split_of(corpus, unit_id).startswith(split):
            yield text


def training_units(corpus: str, split: str) -> Iterator[str]:
    """Texts the lexicon may learn from: ``split`` of a reported corpus, all of the others."""
    return units(corpus, split if corpus in REPORT_CORPORA else "all")


def gold_text(text: str) -> str:
    """``text`` as the ZWNJ benchmark scores it (and the pair model learns from it): normalised by
    Rayzan's character pass, without the ZWNJ that changes nothing (first, doubled, after a space
    or a non-joining letter)."""
    norm, _ = normalize_chars(text)
    return "".join(
        ch for i, ch in enumerate(norm) if not (ch == ZWNJ and (i == 0 or norm[i - 1] in NON_JOINING or norm[i - 1] in " \u200c"))
    )
