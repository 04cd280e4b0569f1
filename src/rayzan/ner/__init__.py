"""Named-entity recognition: the ``ner`` pipeline stage and ``tag_tokens``.

A BiLSTM-CRF trained on PEYMA (decoded in numpy) ensembled with a stacked
CRF, helped by word vectors and clusters learnt from raw Persian text, a
gazetteer and two helper CRFs trained on ARMAN and ParsTwiNER (see
``model/MODEL_CARD.md``).  The model ships in ``model/`` and loads once, lazily.
"""

from __future__ import annotations

from typing import Sequence

from rayzan.document import Document, Entity, Token
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


def _sentence_tokens(doc: Document) -> list[list[Token]]:
    groups: list[list[Token]] = []
    tokens = doc.tokens
    i = 0
    for sentence in doc.sentences:
        while i < len(tokens) and tokens[i].start < sentence.start:
            i += 1
        group: list[Token] = []
        while i < len(tokens) and tokens[i].end <= sentence.end:
            group.append(tokens[i])
            i += 1
        if group:
            groups.append(group)
    return groups


def find_entities(doc: Document) -> list[Entity]:
    groups = _sentence_tokens(doc)
    tagged = tag_tokens([[t.text for t in group] for group in groups])
    entities: list[Entity] = []
    for group, tags in zip(groups, tagged):
        for first, last, label in bio_spans(tags):
            start, end = group[first].start, group[last - 1].end
            entities.append(Entity(doc.text[start:end], label, start, end))
    return entities


def recognise_entities(doc: Document) -> Document:
    return doc.evolve(entities=tuple(find_entities(doc)))


STAGE = Stage("ner", recognise_entities, needs=frozenset({"tokens", "sentences"}), provides=frozenset({"entities"}))

__all__ = ["LABELS", "OUTSIDE", "STAGE", "find_entities", "recognise_entities", "tag_tokens"]
