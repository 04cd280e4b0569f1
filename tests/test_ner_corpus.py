"""Corpus readers: tag mapping and tokens that contain spaces."""

from __future__ import annotations

from pathlib import Path

from rayzan.ner.corpus import read_arman, read_parstwiner, read_peyma


def test_ner_corpus_peyma_tokens_may_contain_spaces(tmp_path: Path) -> None:
    path = tmp_path / "peyma.txt"
    path.write_text("روش های|O\nخبرگزاری|B_ORG\nمهر|I_ORG\n\nتهران|B_LOC\n", encoding="utf-8")
    assert read_peyma(path) == [(["روش های", "خبرگزاری", "مهر"], ["O", "B-ORG", "I-ORG"]), (["تهران"], ["B-LOC"])]


def test_ner_corpus_arman_and_parstwiner_types_are_mapped(tmp_path: Path) -> None:
    arman = tmp_path / "arman.txt"
    arman.write_text("دانشگاه B-fac\nتهران I-fac\nجام B-event\nجهانی I-event\nحافظ B-pers\n", encoding="utf-8")
    assert read_arman(arman)[0][1] == ["B-FAC", "I-FAC", "B-EVE", "I-EVE", "B-PER"]
    twiner = tmp_path / "twiner.txt"
    twiner.write_text("اصلاح‌طلبان\tB-POG\nایرانی\tB-NAT\nمشهد\tB-LOC\n", encoding="utf-8")
    # POG (political group) -> ORG; NAT (nationality) has no label of ours -> O.
    assert read_parstwiner(twiner)[0][1] == ["B-ORG", "O", "B-LOC"]
