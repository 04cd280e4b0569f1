"""The numpy CRF gives CRFsuite's own Viterbi paths."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite

from rayzan.ner.crf import CRFGroup, LinearCRF
from rayzan.ner.features import FeatureSpace, token_key

TRAIN = [
    ("علی لاریجانی رئیس مجلس در تهران گفت", ["B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O"]),
    ("حسن روحانی در نیویورک سخنرانی کرد", ["B-PER", "I-PER", "O", "B-LOC", "O", "O"]),
    ("وزارت امور خارجه ایران بیانیه داد", ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]),
    ("مردم شیراز و اصفهان به خیابان آمدند", ["O", "B-LOC", "O", "B-LOC", "O", "O", "O"]),
]
TEST = ["محمد خاتمی در شیراز گفت", "مجلس بیانیه داد", "علی رفت"]


def test_ner_crf_numpy_matches_crfsuite(tmp_path: Path) -> None:
    space = FeatureSpace()
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, tags in TRAIN:
        trainer.append(space.features([token_key(t) for t in text.split()]), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "m.crfsuite"))
    reference = pycrfsuite.Tagger()
    reference.open(str(tmp_path / "m.crfsuite"))

    crf = LinearCRF.from_crfsuite(tmp_path / "m.crfsuite")
    crf.save(tmp_path / "m.npz")
    loaded = LinearCRF.load(tmp_path / "m.npz")

    sentences = [[token_key(t) for t in text.split()] for text, _ in TRAIN] + [[token_key(t) for t in s.split()] for s in TEST]
    features = [space.features(keys) for keys in sentences]
    expected = [reference.tag(f) for f in features]
    assert loaded.tag_many(features) == expected
    dynamic = [space.sentence_features(keys) for keys in sentences]
    assert loaded.tag_windowed(sentences, dynamic, space.units, space.WINDOW) == expected
    assert loaded.tag_many([[]]) == [[]]


def test_ner_crf_group_scores_as_its_models_alone() -> None:
    """The helpers scored together give each helper's own floats, hence its own tags."""
    from rayzan.ner.model import default_model

    model = default_model()
    space = model.space
    sentences = [[token_key(t) for t in text.split()] for text, _ in TRAIN] + [[token_key(t) for t in s.split()] for s in TEST]
    sentences.append(["ناشناخته‌ترین", "واژه‌ای", "که", "xyz", "۱۲۳"])
    dynamic = [space.sentence_features(keys) for keys in sentences]
    group = CRFGroup(model.helpers)
    joint = group.joint.emissions_windowed(sentences, dynamic, space.units, space.WINDOW)
    for helper, cols in zip(model.helpers, group.columns):
        alone = helper.emissions_windowed(sentences, dynamic, space.units, space.WINDOW)
        assert np.array_equal(joint[:, cols], alone)
    expected = [helper.tag_windowed(sentences, dynamic, space.units, space.WINDOW) for helper in model.helpers]
    assert group.tag_windowed(sentences, dynamic, space.units, space.WINDOW) == expected


def test_ner_gazetteer_takes_the_longest_name() -> None:
    from rayzan.ner.features import Gazetteer

    gazetteer = Gazetteer.from_entries(
        {("وزارت", "امور", "خارجه"): ["ORG"], ("وزارت", "امور", "خارجه", "روسیه"): ["ORG"], ("روسیه",): ["LOC"]}
    )
    keys = ["معاون", "وزارت", "امور", "خارجه", "روسیه", "و", "روسیه"]
    assert gazetteer.matches(keys) == [[], ["B-ORG"], ["I-ORG"], ["I-ORG"], ["I-ORG"], [], ["B-LOC"]]
    # "وزارت امور" alone is only a prefix: no match.
    assert gazetteer.matches(["وزارت", "امور"]) == [[], []]
