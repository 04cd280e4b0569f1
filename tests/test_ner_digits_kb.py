"""Split thousands separators are joined; knowledge-base names become features."""

from __future__ import annotations

from rayzan.ner.consistency import join_digit_groups
from rayzan.ner.features import FeatureSpace, Gazetteer


def test_ner_digit_groups_join_the_entity_after_them() -> None:
    keys = [["قطر", "8", ",", "638", "ریال", "و", "1", ",", "234", ",", "567", "دلار"]]
    tags = [["B-LOC", "O", "O", "B-MON", "I-MON", "O", "O", "O", "O", "O", "B-MON", "I-MON"]]
    assert join_digit_groups(keys, tags) == [
        ["B-LOC", "B-MON", "I-MON", "I-MON", "I-MON", "O", "B-MON", "I-MON", "I-MON", "I-MON", "I-MON", "I-MON"]
    ]
    # A list of numbers (not a 3-digit group) and untagged numbers stay as they are.
    keys = [["1", ",", "25", "و", "7", ",", "500"]]
    tags = [["O", "O", "B-PCT", "O", "O", "O", "O"]]
    assert join_digit_groups(keys, tags) == tags


def test_ner_kb_names_are_features() -> None:
    space = FeatureSpace(kb=Gazetteer.from_entries({("مسکو",): ["LOC"], ("کاظم",): ["FN"]}))
    keys = ["کاظم", "جلالی", "در", "مسکو"]
    features = space.features(keys)
    space.add_context(features, keys, [])
    assert "k=B-FN" in features[0] and "-1k=B-FN" in features[1]
    assert "k=B-LOC" in features[3] and "+1k=B-LOC" in features[2]


def test_ner_kb_entries_cover_the_seed_names() -> None:
    from rayzan.ner.gazetteer import kb_entries

    entries = kb_entries()
    assert "LOC" in entries[("مسکو",)]
    assert "PER" in entries[("سرگئی", "ورشنین")]
    assert "FN" in entries[("کاظم",)]
