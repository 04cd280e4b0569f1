"""Self-training: pseudo-labelled news (``scripts/train_ner_pseudo.py``) and the
network's ``--pseudo`` training path (``scripts/train_ner_neural.py``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from rayzan.ner.corpus import read_peyma
from rayzan.ner.features import token_key
from rayzan.ner.model import NerModel
from rayzan.ner.neural import NeuralTagger

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _scripts() -> None:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))


def test_ner_pseudo_news_sentences_are_split_filtered_and_unique(tmp_path: Path) -> None:
    _scripts()
    from train_ner_pseudo import news_articles

    fars = tmp_path / "news" / "fars"
    fars.mkdir(parents=True)
    article = {
        "title": "سفر وزیر",  # two tokens: too short
        "abstract": None,
        "paragraphs": [
            # Arabic-lettered, as the Fars sample is; two sentences.
            "وزير امور خارجه كشورمان روز دوشنبه وارد مسكو شد. او با همتاي روس خود ديدار كرد.",
            "وزير امور خارجه كشورمان روز دوشنبه وارد مسكو شد.",  # a repeat: kept once
        ],
    }
    (fars / "fars-news-9.json").write_text(json.dumps([article], ensure_ascii=False), encoding="utf-8")
    articles = news_articles(tmp_path)
    assert len(articles) == 1
    first, second = articles[0]
    assert first[:3] == ["وزیر", "امور", "خارجه"] and first[-2:] == ["شد", "."]  # ي/ك normalised
    assert second[0] == "او" and "همتای" in second
    assert all(5 <= len(s) <= 60 for s in articles[0])


def test_ner_pseudo_file_reads_back_as_peyma(tmp_path: Path) -> None:
    _scripts()
    from train_ner_pseudo import peyma_lines

    tokens = ["خبرگزاری", "فارس", "از", "تهران", "گزارش", "داد"]
    tags = ["B-ORG", "I-ORG", "O", "B-LOC", "O", "O"]
    path = tmp_path / "pseudo.txt"
    path.write_text(peyma_lines(tokens, tags) * 2, encoding="utf-8")
    assert path.read_text(encoding="utf-8").startswith("خبرگزاری|B_ORG\nفارس|I_ORG\n")
    assert read_peyma(path) == [(tokens, tags), (tokens, tags)]


def _train(model: NerModel, tmp_path: Path, pseudo_weight: float) -> NeuralTagger:
    import torch
    from train_ner_neural import PSEUDO, SETTINGS, train_network

    train = [(["علی", "آمد"], ["B-PER", "O"]), (["رضا", "آمد"], ["B-PER", "O"]),
             (["حسن", "آمد"], ["B-PER", "O"]), (["تهران", "بزرگ", "است"], ["B-LOC", "O", "O"])]
    # Made-up place names: no knowledge-base, gazetteer or prior signal tells what they are.
    pseudo = [(f"{city} آمد".split(), ["B-LOC", "O"]) for city in ("بلوتان", "کرسال", "مورتاب")]
    words = sorted({token_key(t) for toks, _ in train + pseudo for t in toks})
    cache = tmp_path / "vectors.npz"
    vectors = np.random.default_rng(1).normal(0, 0.1, (len(words), 4)).astype(np.float32)
    np.savez(cache, words=np.array("\n".join(words)), vectors=vectors)
    settings = {**SETTINGS, **PSEUDO, "word_dim": 4, "char_dim": 4, "char_filters": 4, "signal_dim": 4, "hidden": 8,
                "dropout_in": 0.0, "dropout_out": 0.0, "word_dropout": 0.0, "lr": 0.05, "batch": 2, "epochs": 25,
                "min_char_count": 1, "min_signal_count": 1, "pseudo_share": 1.0, "pseudo_weight": pseudo_weight}
    args = argparse.Namespace(data=tmp_path, vectors_cache=cache)
    keys, signals = model.signals([toks for toks, _ in train])
    p_keys, p_signals = model.signals([toks for toks, _ in pseudo])
    torch.manual_seed(13)
    arrays, epochs = train_network(args, settings, model, train, None, keys, signals, None, None, 0.0,
                                   pseudo=(p_keys, p_signals, [tags for _, tags in pseudo]))
    assert epochs == 25
    return NeuralTagger(arrays)


def test_ner_pseudo_labels_train_the_peyma_head(tmp_path: Path) -> None:
    # PEYMA train says "<name> آمد" is a person; the pseudo-labelled sentences say the same
    # frame holds places.  With their loss counted the network follows them; at weight 0 it does not.
    torch = pytest.importorskip("torch")
    _scripts()
    torch.set_num_threads(1)
    model = NerModel.load(main=False)
    probe = [["بلوتان", "آمد"]]
    keys, signals = model.signals(probe)
    with_pseudo = _train(model, tmp_path, 1.0).tag(keys, signals, model.word_signals)
    without = _train(model, tmp_path, 0.0).tag(keys, signals, model.word_signals)
    assert with_pseudo == [["B-LOC", "O"]]
    assert without != with_pseudo
