"""Train the NER model (CPU only, fixed seeds): the dev-selection run, then the shipped model.

    .venv/bin/pip install -e '.[train]'   # gensim (word vectors) and torch==2.13.0 (CPU build)
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner.py [--data ../shared/data]           # -> build/ner-dev
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner.py --final                           # -> build/ner-final
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner.py --multitask --out build/ner-mt-dev  # multi-task network
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner.py --final --dev-model build/ner-mt-dev --out build/ner-final-mt
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner_pseudo.py   # news tagged by build/ner-dev -> build/ner-st-pseudo.txt
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner.py --final --dev-model build/ner-st-dev --out build/ner-final-st
    .venv/bin/pytest tests/test_ner_*.py  # after copying build/ner-final/* into src/rayzan/ner/model/

Two runs.  The first (the *dev-selection run*) learns from PEYMA train only and
writes ``build/ner-dev/`` (outside the package); everything about it that was
chosen (settings, the network's epoch, the ensemble weight) was chosen on PEYMA
dev, and ``bench/ner.py`` scores that model on dev.  The second, ``--final``,
fixes those choices, reuses the dev run's clusters, word vectors, gazetteer,
priors, knowledge-base names and helper CRFs (none saw a PEYMA dev label or
token) and retrains the main CRF and the network on PEYMA train+dev into
``build/ner-final/``: that is the model to ship (copy it into
``src/rayzan/ner/model/``).  Its dev score is not a measurement.

Steps of the dev-selection run, each printed with its time:
1. word2vec (gensim, one worker so it is deterministic) on the unlabelled
   Persian text in ``data/text``, ``data/news/fars``, the PerDT treebank and the
   tokens of the NER training sets; spherical k-means at three granularities
   gives the word clusters (``clusters.tsv.gz``);
2. a gazetteer of names and word-level label priors from ARMAN and ParsTwiNER
   (``gazetteer.tsv.gz``, ``priors.tsv.gz``), and the names of Rayzan's actor
   knowledge base by kind (``kb.tsv.gz``);
3. helper CRFs trained on ARMAN and on ParsTwiNER, whose predicted tags become
   features of the main tagger (stacking: their label conventions never mix
   with PEYMA's);
4. the main CRF on PEYMA train; scores on PEYMA dev are printed and stored in
   ``meta.json``;
5. the neural tagger (``train_ner_neural.py``: BiLSTM-CRF in PyTorch, on the
   same word vectors and the signals above), exported to ``neural.npz``; it
   is ensembled with the main CRF at inference (skip with ``--skip-neural``).
   ``--multitask`` trains it also on ARMAN and ParsTwiNER, each corpus with
   its own output layer and CRF (see ``train_ner_neural.py``); ``--final``
   follows whatever the dev run's ``meta.json`` says.  ``--pseudo FILE``
   (self-training) adds news sentences pseudo-labelled by the train-only
   model (``train_ner_pseudo.py``) to the network's PEYMA data; ``--final``
   reuses the same file when the dev run's ``meta.json`` names it.
   The word vectors are kept in ``word2vec.npz`` beside the model (not part of
   it) for the final run.
CRFs are trained with CRFsuite and exported to numpy weights (``*.npz``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pycrfsuite

from rayzan.ner.clusters import read_clusters, spherical_kmeans, write_clusters
from rayzan.ner.corpus import Sentence, read_arman, read_parstwiner, read_peyma
from rayzan.ner.crf import LinearCRF
from rayzan.ner.features import FeatureSpace, token_key
from rayzan.ner.gazetteer import kb_entries, write_gazetteer
from rayzan.ner.lexicon import label_priors, write_priors
from rayzan.ner.model import HELPERS, MODEL_DIR, NerModel
from rayzan.ner.spans import bio_spans, entity_scores
from rayzan.text import normalize_chars, tokenize

SEED = 13
BUILD = Path(__file__).resolve().parents[1] / "build"
DEV_DIR, FINAL_DIR = BUILD / "ner-dev", BUILD / "ner-final"
# Parts of the train-only model that the final model reuses unchanged: no PEYMA label or dev token in them.
SHARED_PARTS = ("clusters.tsv.gz", "gazetteer.tsv.gz", "priors.tsv.gz", "kb.tsv.gz", *(f"{h}.npz" for h in HELPERS))
VECTORS = "word2vec.npz"
CLUSTER_SIZES = (64, 256, 1024)
CRF_PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}


def log(msg: str, started: float) -> None:
    print(f"[{time.time() - started:7.1f}s] {msg}", flush=True)


def unlabelled_sentences(data: Path, labelled: list[list[Sentence]]) -> list[list[str]]:
    """Sentences of token keys from every raw text at hand (never PEYMA dev)."""
    texts: list[str] = []
    for path in sorted((data / "text").glob("*.json")) + sorted((data / "news" / "fars").glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            texts.append(article.get("title") or "")
            texts.append(article.get("abstract") or "")
            texts.extend(p for p in article.get("paragraphs") or [] if isinstance(p, str))
    out: list[list[str]] = []
    for text in texts:
        norm = normalize_chars(text.replace("\n", " "))[0]
        keys = [token_key(t.text) for t in tokenize(norm)]
        if len(keys) > 1:
            out.append(keys)
    for conllu in sorted((data / "treebank").glob("*/*.conllu")):
        sent: list[str] = []
        for line in conllu.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                sent.append(token_key(cols[1]))
            elif not line.strip() and sent:
                out.append(sent)
                sent = []
    for corpus in labelled:
        out.extend([token_key(t) for t in tokens] for tokens, _ in corpus)
    return out


def train_word_vectors(sentences: list[list[str]]) -> tuple[list[str], np.ndarray]:
    """word2vec (skip-gram, one worker so it is deterministic): words and their vectors."""
    from gensim.models import Word2Vec  # training-only dependency (the `train` extra)

    w2v = Word2Vec(
        sentences, vector_size=100, window=5, min_count=2, sg=1, negative=8, epochs=8, workers=1, seed=SEED
    )
    return list(w2v.wv.index_to_key), np.asarray(w2v.wv.vectors, dtype=np.float32)


def train_clusters(words: list[str], vectors: np.ndarray) -> dict[str, tuple[str, ...]]:
    ids = [spherical_kmeans(vectors, k, seed=SEED + k) for k in CLUSTER_SIZES]
    return {w: tuple(str(int(col[i])) for col in ids) for i, w in enumerate(words)}


def gazetteer_entries(corpora: list[list[Sentence]]) -> dict[tuple[str, ...], set[str]]:
    entries: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for corpus in corpora:
        for tokens, tags in corpus:
            for start, end, kind in bio_spans(tags):
                entries[tuple(token_key(t) for t in tokens[start:end])].add(kind)
    return entries


def train_crf(items: list[tuple[list[list[str]], list[str]]], path: Path) -> None:
    """Train with CRFsuite, export the weights to ``path`` (.npz)."""
    crfsuite_file = path.with_suffix(".crfsuite")
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in items:
        trainer.append(features, tags)
    trainer.set_params(CRF_PARAMS)
    trainer.train(str(crfsuite_file))
    LinearCRF.from_crfsuite(crfsuite_file).save(path)
    crfsuite_file.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_data = Path(__file__).resolve().parents[1].parent / "shared" / "data"
    parser.add_argument("--data", type=Path, default=default_data)
    parser.add_argument("--out", type=Path, help=f"default {DEV_DIR}, with --final {FINAL_DIR}")
    parser.add_argument("--final", action="store_true",
                        help="the shipped model: main CRF and network on PEYMA train+dev, settings from --dev-model")
    parser.add_argument("--dev-model", type=Path, default=DEV_DIR, help="the train-only run (for --final)")
    parser.add_argument("--epochs", type=int, help="network epochs for --final (default: the dev run's chosen epoch)")
    parser.add_argument("--reuse-clusters", action="store_true", help="keep the clusters already in --out")
    parser.add_argument("--reuse-helpers", action="store_true", help="keep the helper CRFs already in --out")
    parser.add_argument("--skip-neural", action="store_true", help="train the CRFs only, not the neural tagger")
    parser.add_argument("--multitask", action="store_true",
                        help="network also trained on ARMAN and ParsTwiNER with heads of their own (dev run; "
                        "--final follows the dev run)")
    parser.add_argument("--pseudo", type=Path,
                        help="pseudo-labelled news for the network (dev run; --final follows the dev run)")
    args = parser.parse_args(argv)
    if args.out is None:
        args.out = FINAL_DIR if args.final else DEV_DIR
    if os.environ.get("PYTHONHASHSEED") != "0":
        print("note: run with PYTHONHASHSEED=0 for byte-identical word vectors", file=sys.stderr)
    random.seed(SEED)
    np.random.seed(SEED)
    started = time.time()
    ner = args.data / "ner"
    peyma_train, peyma_dev = read_peyma(ner / "peyma" / "train.txt"), read_peyma(ner / "peyma" / "dev.txt")
    readers = {"arman": (read_arman, "arman/train_fold3.txt"), "parstwiner": (read_parstwiner, "parstwiner/train.txt")}
    helpers = {name: readers[name][0](ner / readers[name][1]) for name in HELPERS}
    args.out.mkdir(parents=True, exist_ok=True)
    log(f"read PEYMA train {len(peyma_train)}, dev {len(peyma_dev)}, "
        + ", ".join(f"{k} {len(v)}" for k, v in helpers.items()) + " sentences", started)
    if args.final:
        return train_final(args, peyma_train + peyma_dev, started)

    # The word vectors, for the network here and in the final run; never inside the package (12 MB).
    vectors_path = (BUILD if args.out.resolve() == MODEL_DIR else args.out) / VECTORS
    vectors_path.parent.mkdir(parents=True, exist_ok=True)
    cluster_path = args.out / "clusters.tsv.gz"
    if args.reuse_clusters and cluster_path.exists():
        clusters = read_clusters(cluster_path)
    else:
        raw = unlabelled_sentences(args.data, [peyma_train, *helpers.values()])
        log(f"unlabelled text: {len(raw)} sentences, {sum(map(len, raw))} tokens", started)
        words, vectors = train_word_vectors(raw)
        np.savez(vectors_path, words=np.array("\n".join(words)), vectors=vectors)  # for the neural tagger
        clusters = train_clusters(words, vectors)
        write_clusters(cluster_path, clusters)
    log(f"clusters for {len(clusters)} words", started)

    entries = gazetteer_entries(list(helpers.values()))
    write_gazetteer(args.out / "gazetteer.tsv.gz", entries)
    priors = label_priors(([token_key(t) for t in toks], tags) for corpus in helpers.values() for toks, tags in corpus)
    write_priors(args.out / "priors.tsv.gz", priors)
    kb = kb_entries()
    write_gazetteer(args.out / "kb.tsv.gz", kb)
    log(f"gazetteer: {len(entries)} names; label priors for {len(priors)} words; {len(kb)} knowledge-base names", started)

    base = FeatureSpace(clusters=clusters)
    for name, corpus in helpers.items():
        if args.reuse_helpers and (args.out / f"{name}.npz").exists():
            continue
        items = [(base.features([token_key(t) for t in toks]), tags) for toks, tags in corpus]
        train_crf(items, args.out / f"{name}.npz")
        log(f"helper CRF {name} trained", started)

    # The main tagger sees the helpers' predictions; NerModel computes them the same way at inference.
    model = NerModel.load(args.out, main=False)
    features = model.features([toks for toks, _ in peyma_train])
    train_crf([(f, tags) for f, (_, tags) in zip(features, peyma_train)], args.out / "main.npz")
    log("main CRF trained", started)

    model = NerModel.load(args.out, neural=False)
    scores = entity_scores([tags for _, tags in peyma_dev], model.tag([toks for toks, _ in peyma_dev]))
    print(f"{'PEYMA dev':10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for kind, s in scores.items():
        print(f"{kind:10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}")
    meta = {
        "labels": sorted({t[2:] for _, tags in peyma_train for t in tags if t != "O"}),
        "seed": SEED,
        "cluster_sizes": CLUSTER_SIZES,
        "crf_params": CRF_PARAMS,
        "trained_on": "PEYMA train (dev: selection and scores only)",
        "dev_f1": {k: round(s.f1, 4) for k, s in scores.items()},
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"stacked CRF written to {args.out}", started)
    if args.skip_neural:
        return 0
    from train_ner_neural import main as train_neural  # beside this script; needs torch

    status = train_neural(["--data", str(args.data), "--out", str(args.out), "--vectors-cache", str(vectors_path)]
                          + (["--multitask"] if args.multitask else [])
                          + (["--pseudo", str(args.pseudo)] if args.pseudo else []))
    log("neural tagger written", started)
    return status


def train_final(args: argparse.Namespace, peyma: list[Sentence], started: float) -> int:
    """The shipped model: the dev run's choices and shared parts, main CRF and network on PEYMA train+dev."""
    dev_meta_path = args.dev_model / "meta.json"
    if not dev_meta_path.exists():
        raise SystemExit(f"{args.dev_model} has no model: run scripts/train_ner.py (the dev-selection run) first")
    dev_meta = json.loads(dev_meta_path.read_text(encoding="utf-8"))
    for name in SHARED_PARTS:
        shutil.copyfile(args.dev_model / name, args.out / name)
    log(f"reused from {args.dev_model}: {', '.join(SHARED_PARTS)}", started)

    model = NerModel.load(args.out, main=False)
    features = model.features([toks for toks, _ in peyma])
    train_crf([(f, tags) for f, (_, tags) in zip(features, peyma)], args.out / "main.npz")
    log(f"main CRF trained on PEYMA train+dev ({len(peyma)} sentences)", started)

    chosen = dev_meta["neural"]
    epochs = args.epochs or chosen["epoch"]
    multitask = "multitask" in chosen
    pseudo = chosen.get("pseudo")  # self-training: the same pseudo-labelled file as the dev run
    meta = {
        "labels": dev_meta["labels"],
        "seed": SEED,
        "cluster_sizes": CLUSTER_SIZES,
        "crf_params": CRF_PARAMS,
        "trained_on": {
            "main CRF and network": "PEYMA train+dev (labels)",
            **({"network's shared layers, also (multi-task)": "ARMAN train_fold3 and ParsTwiNER train labels, "
                "through auxiliary output layers and CRFs that are not shipped; label-derived signals masked "
                "on their sentences"} if multitask else {}),
            **({"network, also (self-training)": "Fars News and data/text sentences pseudo-labelled by the train-only "
                "model (PEYMA train labels only), where its network and stacked CRF agree; PEYMA head"}
               if pseudo else {}),
            "helper CRFs, gazetteer, label priors": "ARMAN train_fold3, ParsTwiNER train (labels); no PEYMA",
            "word2vec (clusters, initial word vectors)": "unlabelled: Fars News sample, data/text, PerDT tokens, "
            "tokens of PEYMA train, ARMAN train_fold3, ParsTwiNER train; no PEYMA dev token",
            "knowledge-base names": "Rayzan's actor knowledge base",
        },
        "chosen_on_dev_by_the_train_only_run": {"network_epochs": chosen["epoch"], "crf_weight": chosen["crf_weight"]},
        # Measured on PEYMA dev by the train-only model (build/ner-dev); the shipped model has seen dev.
        "train_only_dev_f1": {"stacked CRF": dev_meta["dev_f1"], "ensemble": chosen["dev_f1"]},
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.skip_neural:
        return 0
    from train_ner_neural import main as train_neural  # beside this script; needs torch

    neural_args = ["--data", str(args.data), "--out", str(args.out), "--final", "--epochs", str(epochs),
                   "--crf-weight", str(chosen["crf_weight"]), "--vectors-cache", str(args.dev_model / VECTORS)]
    neural_args += [f"--set={k}={v}" for k, v in chosen["settings"].items() if k != "epochs"]
    neural_args += ["--multitask"] if multitask else []
    neural_args += ["--pseudo", pseudo["file"]] if pseudo else []
    status = train_neural(neural_args)
    log(f"final model written to {args.out}; copy it into {MODEL_DIR} once the tests pass with it", started)
    return status


if __name__ == "__main__":
    sys.exit(main())
