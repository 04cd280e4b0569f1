"""The shipped model and PEYMA dev.

The shipped model learnt from PEYMA train+dev, so its dev score is not a
measurement: ``bench/ner.py`` measures dev with the train-only model of the
dev-selection run (``build/ner-dev``, made by ``scripts/train_ner.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rayzan.ner.corpus import read_peyma
from rayzan.ner.model import MODEL_DIR, NerModel
from rayzan.ner.spans import entity_scores

PEYMA_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner" / "peyma" / "dev.txt"


def test_ner_shipped_model_reproduces_the_labels_it_learnt() -> None:
    """Not a measurement (the shipped model saw PEYMA dev): a guard that inference
    builds the same features and scores as training did.  A drift between the two
    (a changed signal, token key or decoder) drops this far below what was learnt."""
    if not PEYMA_DEV.exists():
        pytest.skip("../shared/data/ner/peyma is absent")
    dev = read_peyma(PEYMA_DEV)
    scores = entity_scores([tags for _, tags in dev], NerModel.load().tag([tokens for tokens, _ in dev]))
    assert scores["ALL"].f1 >= 0.95
    for label in ("PER", "ORG", "LOC", "DAT"):
        assert scores[label].f1 >= 0.9, label


def test_ner_shipped_model_says_it_learnt_from_dev() -> None:
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["trained_on"]["main CRF and network"] == "PEYMA train+dev (labels)"
    assert "no PEYMA dev token" in meta["trained_on"]["word2vec (clusters, initial word vectors)"]
    # The dev figures it reports are the train-only model's, and the ensemble weight is the one chosen there.
    assert meta["train_only_dev_f1"]["ensemble"]["ALL"] >= 0.81
    assert NerModel.load().neural.crf_weight == pytest.approx(meta["chosen_on_dev_by_the_train_only_run"]["crf_weight"])
