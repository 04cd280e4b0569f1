"""A name tagged in one sentence labels its untagged repetition nearby."""

from __future__ import annotations

from rayzan.ner.consistency import propagate_labels


def test_ner_consistency_copies_a_name_to_its_repetition() -> None:
    keys = [["فاطمه", "محمدی", "گفت"], ["فاطمه", "افزود"], ["او", "رفت"]]
    tags = [["B-PER", "I-PER", "O"], ["O", "O"], ["O", "O"]]
    out = propagate_labels(keys, tags)
    assert out[0] == tags[0]
    assert out[2] == tags[2]
    # "فاطمه" alone was never tagged on its own, so nothing is copied for it ...
    assert out[1] == ["O", "O"]
    keys.append(["فاطمه", "محمدی", "رفت"])
    tags.append(["O", "O", "O"])
    # ... but the full name "فاطمه محمدی" is.
    assert propagate_labels(keys, tags)[3] == ["B-PER", "I-PER", "O"]


def test_ner_consistency_respects_the_window_and_short_words() -> None:
    keys = [["غزه"], ["x"], ["x"], ["غزه"], ["ما"], ["ما"]]
    tags = [["B-LOC"], ["O"], ["O"], ["O"], ["B-PER"], ["O"]]
    assert propagate_labels(keys, tags, window=3)[3] == ["B-LOC"]
    assert propagate_labels(keys, tags, window=2)[3] == ["O"]
    assert propagate_labels(keys, tags)[5] == ["O"]  # two letters: too ambiguous to copy


def test_ner_consistency_surname_alone_is_a_person() -> None:
    # "Kazem Jalali ... Jalali said": the second mention is the surname alone.
    keys = [["کاظم", "جلالی", "سفیر", "ایران"], ["جلالی", "گفت"]]
    tags = [["B-PER", "I-PER", "O", "B-LOC"], ["O", "O"]]
    assert propagate_labels(keys, tags)[1] == ["B-PER", "O"]
