"""BIO chunks and scores with conlleval semantics."""

from __future__ import annotations

import pytest

from rayzan.ner.spans import bio_spans, entity_scores


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["O", "I-ORG", "I-ORG"], [(1, 3, "ORG")]),  # I- after O opens a chunk
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),  # a type change opens a chunk
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),  # two adjacent entities
        (["B-DAT", "I-DAT", "I-DAT"], [(0, 3, "DAT")]),  # runs to the end
        ([], []),
    ],
)
def test_ner_bio_spans_follow_conlleval(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == spans


def test_ner_entity_scores_need_exact_span_and_type() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG"]]
    scores = entity_scores(gold, pred)
    assert scores["ALL"].precision == pytest.approx(2 / 3)
    assert scores["ALL"].recall == pytest.approx(2 / 3)
    assert scores["PER"].f1 == 0.0
    assert scores["ORG"].f1 == 1.0
