"""Named-entity recognition: the ``ner`` pipeline stage and ``tag_tokens``.

A BiLSTM-CRF trained on PEYMA (decoded in numpy) ensembled with a stacked
CRF, helped by word vectors and clusters learnt from raw Persian text, a
gazetteer and two helper CRFs trained on ARMAN and ParsTwiNER (see
``model/MODEL_CARD.md``).  The model ships in ``model/`` and loads once, lazily.
"""

from __future__ import annotations

from typing import Sequence

from rayzan.document import Document, Entity, Sentence, Token, Tokens
from rayzan.ner.labels import LABELS, OUTSIDE
from rayzan.ner.model import default_model
from rayzan.ner.spans import bio_spans
from rayzan.pipeline import Stage


def _repair_bio(tags: list[str]) -> list[str]:
    """``I-X`` that does not continue an ``X`` becomes ``B-X`` (what conlleval reads anyway)."""
    out: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def tag_tokens(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags (``B-PER``, ``I-PER``, ``O``) for sentences of tokens.

    Tokens are taken as given (one may contain spaces) and normalised here, so
    Arabic-lettered or ZWNJ-stripped input is tagged like clean text."""
    return [_repair_bio(tags) for tags in default_model().tag(sentences)]


def _offsets(tokens: Sequence[Token]) -> tuple[Sequence[int], Sequence[int]]:
    """Start and end offsets of the tokens, without building a ``Token`` each from ``Tokens``."""
    if isinstance(tokens, Tokens):
        return tokens.starts, tokens.ends
    return [t.start for t in tokens], [t.end for t in tokens]


def _sentence_spans(starts: Sequence[int], ends: Sequence[int], sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """``(first, last)`` token indexes (``last`` exclusive) of each sentence that holds a token whole."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(starts)
    for sentence in sentences:
        while i < n and starts[i] < sentence.start:
            i += 1
        first = i
        while i < n and ends[i] <= sentence.end:
            i += 1
        if i > first:
            spans.append((first, i))
    return spans


def find_entities(doc: Document) -> list[Entity]:
    text = doc.text
    starts, ends = _offsets(doc.tokens)
    spans = _sentence_spans(starts, ends, doc.sentences)
    same = {}.setdefault  # one string per distinct word or name: most repeat an earlier one
    tagged = tag_tokens([[same(w := text[starts[k] : ends[k]], w) for k in range(first, last)] for first, last in spans])
    entities: list[Entity] = []
    for (offset, _), tags in zip(spans, tagged):
        for first, last, label in bio_spans(tags):
            start, end = starts[offset + first], ends[offset + last - 1]
            entities.append(Entity(same(name := text[start:end], name), label, start, end))
    return entities


def recognise_entities(doc: Document) -> Document:
    return doc.evolve(entities=tuple(find_entities(doc)))


STAGE = Stage("ner", recognise_entities, needs=frozenset({"tokens", "sentences"}), provides=frozenset({"entities"}))

__all__ = ["LABELS", "OUTSIDE", "STAGE", "find_entities", "recognise_entities", "tag_tokens"]
