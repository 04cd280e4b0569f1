"""The learned decision for a space inside a compound the lexicon knows (rayzan.text.pairs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rayzan.text import normalize
from rayzan.text.offsets import apply_edits
from rayzan.text.pairs import FEATURE_NAMES, PairModel, pairs_path, train
from rayzan.text.zwnj import DATA_PATH, ZwnjLexicon, lexicon, zwnj_edits

ZWNJ = "\u200c"


def _restore(text: str, lex: ZwnjLexicon) -> str:
    edits = zwnj_edits(text, lex)
    return apply_edits(text, edits)[0] if edits else text


def test_zwnj_pairs_model_is_shipped_next_to_the_lexicon() -> None:
    assert pairs_path(DATA_PATH).exists()
    assert lexicon().pair_model is not None


@pytest.mark.parametrize(
    ("spaced", "restored"),
    [
        ("آب زاینده رود به اصفهان رسید", f"آب زاینده{ZWNJ}رود به اصفهان رسید"),
        ("او به جلال آباد رفت", f"او به جلال{ZWNJ}آباد رفت"),
    ],
)
def test_zwnj_pairs_model_merges_a_known_compound_without_a_light_verb(spaced: str, restored: str) -> None:
    lex = lexicon()
    assert normalize(spaced) == restored
    # The pair model makes the difference: the hand-set rules leave these two words.
    model, lex.pair_model = lex.pair_model, None
    try:
        assert _restore(spaced, lex) == spaced
    finally:
        lex.pair_model = model


def test_zwnj_pairs_model_leaves_correct_text_alone() -> None:
    for text in (f"آب زاینده{ZWNJ}رود به اصفهان رسید", "او در خانه کتاب خواند و به مدرسه رفت"):
        assert normalize(text) == text


def test_zwnj_pairs_train_learns_the_direction_and_round_trips(tmp_path: Path) -> None:
    # Pairs often written as one word (high log_joined) are lost ZWNJ; rare ones are spaces.
    rows, labels = [], []
    for joined, label in ((6.0, 1), (5.0, 1), (4.5, 1), (0.5, 0), (1.0, 0), (0.0, 0)):
        x = [0.0] * len(FEATURE_NAMES)
        x[0], x[1] = 1.0, joined
        rows.append(x)
        labels.append(label)
    weights = train(rows, labels)
    assert weights[1] > 0
    path = tmp_path / "m.pairs.npz"
    PairModel(weights, 0.8).save(path)
    model = PairModel.load(path)
    assert model is not None and model.threshold == pytest.approx(0.8)
    assert model.joins(rows[0]) and not model.joins(rows[5])
    assert PairModel.load(tmp_path / "absent.npz") is None
