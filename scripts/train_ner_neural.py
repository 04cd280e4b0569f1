"""Train the neural NER tagger (BiLSTM-CRF, PyTorch on the CPU) and export it to
numpy weights for ``rayzan.ner.neural`` (``neural.npz`` beside the CRFs).

    .venv/bin/pip install -e '.[train]'   # gensim and torch==2.13.0 (CPU)
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner_neural.py [--data ../shared/data] [--out build/ner-dev]
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner_neural.py --final --epochs 9 --crf-weight 0.75 --out build/ner-final
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner_neural.py --multitask --out build/ner-mt-dev [--set aux_weight=0.5]
    PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner_neural.py --pseudo build/ner-st-pseudo.txt --out build/ner-st-dev \
        --vectors-cache build/ner-dev/word2vec.npz [--set pseudo_weight=0.5]

Needs the helper CRFs, clusters, gazetteer, knowledge-base names and priors
already in ``--out`` (``scripts/train_ner.py`` writes them, then calls this).
Word vectors: word2vec on the same raw text and with the same settings as the
clusters (``train_ner.train_word_vectors``).  Trained on PEYMA train; the
epoch kept is the one with the best entity F1 on PEYMA dev, scored with the
exported numpy tagger itself; then the weight of the stacked CRF's scores in
the ensemble is chosen on dev too.  ``--final`` trains on PEYMA train+dev
with those choices fixed (``--epochs``, ``--crf-weight``) and no dev scoring:
that is the shipped network (``train_ner.py --final`` calls it).  Fixed
seeds; one torch thread by default, with which a rerun gives the same weights bit for bit (``--threads 2`` is
no faster on the shared 2-core machine and may differ in the last bits).

``--multitask`` also trains on ARMAN fold-3 train and ParsTwiNER train: the
embeddings, character CNN and BiLSTM are shared, each corpus has its own
output layer and CRF (its own labels: ARMAN's six types, ParsTwiNER's four),
and every epoch reads all of PEYMA plus a fresh random sample of
``aux_share`` x |PEYMA| sentences of each auxiliary corpus, in single-corpus
batches shuffled together, whose loss counts ``aux_weight`` times.  Only the
PEYMA head is exported: ``neural.npz`` keeps its format and inference cost.
On auxiliary sentences the signals learnt from those corpora's own labels
(helper CRFs' tags, gazetteer matches, label priors) are masked (absent,
i.e. ``NO_SIGNAL``): the helpers, gazetteer and priors were trained on exactly
those sentences, so there they would be near-perfect and the shared layers
would learn to trust them more than they deserve on PEYMA.  Clusters, shape
and knowledge-base matches (no labels behind them) stay.

``--pseudo FILE`` (self-training) also trains on news sentences tagged by the
train-only model (``scripts/train_ner_pseudo.py``, PEYMA's format and
convention): through the PEYMA head itself, every epoch a fresh random sample
of ``pseudo_share`` x |PEYMA| of them in batches of their own, whose loss
counts ``pseudo_weight`` times.  Their signals are all kept: the helpers,
gazetteer and priors never saw these sentences.  Without ``--pseudo`` (and
``--multitask``) the code path and random draws are those of the plain recipe.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

from rayzan.ner.corpus import read_arman, read_parstwiner, read_peyma
from rayzan.ner.crf import LinearCRF
from rayzan.ner.features import token_key
from rayzan.ner.model import NEURAL, NerModel
from rayzan.ner.neural import MAX_CHARS, NO_SIGNAL, UNKNOWN_WORD, NeuralTagger, char_ids
from rayzan.ner.signals import token_signals
from rayzan.ner.spans import entity_scores

SEED = 13
DEV_DIR = Path(__file__).resolve().parents[1] / "build" / "ner-dev"  # the train-only, dev-selected model
SETTINGS = {
    "word_dim": 100,  # word2vec's size
    "char_dim": 32,
    "char_filters": 64,
    "signal_dim": 48,
    "hidden": 128,
    "dropout_in": 0.33,
    "dropout_out": 0.3,
    "word_dropout": 0.05,  # share of known words read as unknown while training
    "lr": 0.002,
    "lr_decay": 1.0,  # learning rate factor after each epoch
    "average_from": 0,  # from this epoch on, also score the running average of the weights (0: never)
    "batch": 32,
    "epochs": 30,
    "patience": 6,
    "min_char_count": 3,
    "min_signal_count": 2,
}

# Settings of --multitask (added to SETTINGS when it is on, so meta.json records them).
MULTITASK = {
    "aux_share": 0.3,  # sentences of each auxiliary corpus per epoch, as a share of the PEYMA sentences
    "aux_weight": 0.5,  # weight of an auxiliary batch's loss (PEYMA's: 1)
}
# Settings of --pseudo (added to SETTINGS when it is on).
PSEUDO = {
    "pseudo_share": 0.5,  # pseudo-labelled sentences per epoch, as a share of the PEYMA sentences
    "pseudo_weight": 0.5,  # weight of a pseudo-labelled batch's loss (PEYMA's: 1)
}
AUX_CORPORA = {  # name: (reader, file under data/ner); the order is the order of the auxiliary heads
    "arman": (read_arman, "arman/train_fold3.txt"),
    "parstwiner": (read_parstwiner, "parstwiner/train.txt"),
}
# Signals learnt from the auxiliary corpora's labels, masked on their own sentences
# (helper tags h0=/h1=/hh=, gazetteer g=, label priors lx=).
LABEL_DERIVED = ("h", "g=", "lx=")

ENSEMBLE_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)


def log(msg: str, started: float) -> None:
    print(f"[{time.time() - started:7.1f}s] {msg}", flush=True)


class Head(nn.Module):
    """An auxiliary corpus's own output layer and CRF (multi-task training only; never exported)."""

    def __init__(self, width: int, n_labels: int) -> None:
        super().__init__()
        self.out = nn.Linear(width, n_labels)
        self.transitions = nn.Parameter(torch.zeros(n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(n_labels))
        self.end = nn.Parameter(torch.zeros(n_labels))


class Net(nn.Module):
    """Shared layers and the PEYMA head (exported), plus one ``Head`` per auxiliary corpus (``aux_labels``)."""

    def __init__(self, vectors: np.ndarray, n_chars: int, n_signals: int, n_labels: int, s: dict,
                 aux_labels: tuple[int, ...] = ()) -> None:
        super().__init__()
        self.words = nn.Embedding(len(vectors) + 1, s["word_dim"])
        with torch.no_grad():
            self.words.weight[0].zero_()
            self.words.weight[1:] = torch.from_numpy(vectors)
        self.chars = nn.Embedding(n_chars + 2, s["char_dim"], padding_idx=0)
        self.conv = nn.Conv1d(s["char_dim"], s["char_filters"], 3, padding=1)
        self.signals = nn.Embedding(n_signals + 1, s["signal_dim"], padding_idx=NO_SIGNAL)
        self.lstm = nn.LSTM(s["word_dim"] + s["char_filters"] + s["signal_dim"], s["hidden"], bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * s["hidden"], n_labels)
        self.transitions = nn.Parameter(torch.zeros(n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(n_labels))
        self.end = nn.Parameter(torch.zeros(n_labels))
        self.drop_in = nn.Dropout(s["dropout_in"])
        self.drop_out = nn.Dropout(s["dropout_out"])
        # Made last, so the shared layers and the PEYMA head start as without them.
        self.aux = nn.ModuleList(Head(2 * s["hidden"], n) for n in aux_labels)

    def emissions(self, words, chars, char_lengths, signals, lengths, head: int = 0):
        """Tag scores of the PEYMA head (``head`` 0) or of auxiliary head ``head`` (1, 2, ...)."""
        batch, width, n_chars = chars.shape
        c = self.conv(self.chars(chars).view(batch * width, n_chars, -1).transpose(1, 2))  # (bw, filters, chars)
        pad = torch.arange(n_chars)[None, :] >= char_lengths.view(-1, 1)
        c = c.masked_fill(pad[:, None, :], float("-inf")).max(dim=2).values.view(batch, width, -1)
        x = torch.cat([self.words(words), c, self.signals(signals).sum(dim=2)], dim=2)
        packed = nn.utils.rnn.pack_padded_sequence(self.drop_in(x), lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=width)
        return (self.out if head == 0 else self.aux[head - 1].out)(self.drop_out(h))

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor, lengths: torch.Tensor,
            head: int = 0) -> torch.Tensor:
        """Mean negative log-likelihood of the gold paths under the linear-chain CRF of ``head``."""
        crf = self if head == 0 else self.aux[head - 1]
        transitions, start, end = crf.transitions, crf.start, crf.end
        maskf = mask.float()
        gold = (em.gather(2, tags[..., None]).squeeze(2) * maskf).sum(1)
        gold = gold + (transitions[tags[:, :-1], tags[:, 1:]] * maskf[:, 1:]).sum(1)
        gold = gold + start[tags[:, 0]] + end[tags.gather(1, (lengths - 1)[:, None]).squeeze(1)]
        alpha = start[None] + em[:, 0]
        for t in range(1, em.shape[1]):
            step = torch.logsumexp(alpha[:, :, None] + transitions[None] + em[:, t, None, :], dim=1)
            alpha = torch.where(mask[:, t, None], step, alpha)
        return (torch.logsumexp(alpha + end[None], dim=1) - gold).mean()


def export(net: Net, labels: list[str], words: list[str], chars: list[str], signals: list[str]) -> dict[str, np.ndarray]:
    """The weights ``NeuralTagger`` reads (big matrices as float16)."""
    lstm = net.lstm

    def get(t: torch.Tensor) -> np.ndarray:
        return t.detach().numpy().astype(np.float32)

    dc = net.chars.weight.shape[1]
    return {
        "labels": np.array("\n".join(labels)),
        "words": np.array("\n".join(words)),
        "chars": np.array("\n".join(chars)),
        "signals": np.array("\n".join(signals)),
        "word_vectors": get(net.words.weight).astype(np.float16),
        "char_vectors": get(net.chars.weight),
        "conv": get(net.conv.weight).transpose(2, 1, 0).reshape(3 * dc, -1),  # row k * dc + c: char t + k - 1, dim c
        "conv_bias": get(net.conv.bias),
        "signal_vectors": get(net.signals.weight),
        "w_ih": np.stack([get(lstm.weight_ih_l0), get(lstm.weight_ih_l0_reverse)]),
        "w_hh": np.stack([get(lstm.weight_hh_l0), get(lstm.weight_hh_l0_reverse)]),
        "bias": np.stack([get(lstm.bias_ih_l0 + lstm.bias_hh_l0), get(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse)]),
        "w_out": get(net.out.weight),
        "b_out": get(net.out.bias),
        "transitions": get(net.transitions),
        "start": get(net.start),
        "end": get(net.end),
    }


class Encoded:
    """Sentences as id arrays for the torch model."""

    def __init__(self, keys, signals, tags, word_index, char_index, signal_index, word_signals, label_index) -> None:
        self.keys = keys
        self.words = [np.array([word_index.get(k, UNKNOWN_WORD) for k in s], dtype=np.int64) for s in keys]
        self.chars = [[char_ids(k, char_index) for k in s] for s in keys]
        self.signals = [
            [[signal_index[x] for x in word_signals(k) + toks if x in signal_index] for k, toks in zip(s, sig)]
            for s, sig in zip(keys, signals)
        ]
        self.tags = [np.array([label_index[t] for t in s], dtype=np.int64) for s in tags] if tags else None
        self.label_index = label_index

    def batch(self, idx: list[int], word_dropout: float, rng: np.random.Generator):
        lengths = [len(self.keys[i]) for i in idx]
        width = max(lengths)
        n_chars = max(len(c) for i in idx for c in self.chars[i])
        n_sig = max(1, max(len(x) for i in idx for x in self.signals[i]))
        words = np.zeros((len(idx), width), dtype=np.int64)
        chars = np.zeros((len(idx), width, n_chars), dtype=np.int64)
        char_lengths = np.ones((len(idx), width), dtype=np.int64)
        signals = np.zeros((len(idx), width, n_sig), dtype=np.int64)
        tags = np.zeros((len(idx), width), dtype=np.int64)
        for b, i in enumerate(idx):
            n = lengths[b]
            w = self.words[i].copy()
            if word_dropout:
                w[rng.random(n) < word_dropout] = UNKNOWN_WORD
            words[b, :n] = w
            for t, c in enumerate(self.chars[i]):
                chars[b, t, : len(c)] = c
                char_lengths[b, t] = len(c)
            for t, x in enumerate(self.signals[i]):
                signals[b, t, : len(x)] = x
            tags[b, :n] = self.tags[i]
        lengths_t = torch.tensor(lengths)
        mask = torch.arange(width)[None, :] < lengths_t[:, None]
        as_t = torch.from_numpy
        return as_t(words), as_t(chars), as_t(char_lengths), as_t(signals), lengths_t, as_t(tags), mask


def word_vectors(data: Path, cache: Path | None, started: float) -> tuple[list[str], np.ndarray]:
    if cache is not None and cache.exists():
        with np.load(cache) as z:
            return str(z["words"]).split("\n"), z["vectors"]
    from train_ner import (  # the clusters' settings
        train_word_vectors,
        unlabelled_sentences,
    )

    from rayzan.ner.corpus import read_arman, read_parstwiner

    ner = data / "ner"
    labelled = [read_peyma(ner / "peyma" / "train.txt"), read_arman(ner / "arman" / "train_fold3.txt"),
                read_parstwiner(ner / "parstwiner" / "train.txt")]
    words, vectors = train_word_vectors(unlabelled_sentences(data, labelled))
    log(f"word2vec: {len(words)} words", started)
    if cache is not None:
        np.savez(cache, words=np.array("\n".join(words)), vectors=vectors)
    return words, vectors


def read_aux(data: Path) -> list[tuple[str, list]]:
    """The auxiliary corpora of ``--multitask``, in head order."""
    return [(name, reader(data / "ner" / path)) for name, (reader, path) in AUX_CORPORA.items()]


def unlabelled_word_signals(model: NerModel, key: str) -> list[str]:
    """A word's signals without those learnt from the auxiliary corpora's labels (the priors)."""
    return [x for x in model.word_signals(key) if not x.startswith(LABEL_DERIVED)]


def unlabelled_token_signals(model: NerModel, keys: list[list[str]]) -> list[list[list[str]]]:
    """Token signals of auxiliary sentences: knowledge-base matches only; no helper
    tags and no gazetteer (both learnt from these very sentences)."""
    space = model.space
    return [token_signals(space, k, [], (None, space.name_matches(k)[1])) for k in keys]


def length_batches(indices, keys, size: int) -> list[list[int]]:
    """Batches of similar length: sorted within pools of 50 batches, in the given order of pools."""
    pool = size * 50
    batches = []
    for p in range(0, len(indices), pool):
        chunk = sorted(indices[p : p + pool].tolist(), key=lambda i: len(keys[i]))
        batches += [chunk[b : b + size] for b in range(0, len(chunk), size)]
    return batches


def train_network(args: argparse.Namespace, settings: dict, model: NerModel, train, dev, train_keys, train_signals,
                  dev_keys, dev_signals, started: float, aux=(), pseudo=None) -> tuple[dict[str, np.ndarray], int]:
    """Train the network; its exported weights at the epoch with the best dev F1, and that epoch.
    Without ``dev`` (the final model), all ``settings["epochs"]`` are run and the last one is kept.
    ``aux``: (name, sentences) of the auxiliary corpora of multi-task training, one head each.
    ``pseudo``: (keys, signals, tags) of pseudo-labelled sentences for the PEYMA head (self-training)."""
    words, vectors = word_vectors(args.data, args.vectors_cache, started)

    char_counts = Counter(ch for s in train_keys for k in s for ch in k[:MAX_CHARS])
    char_counts.update(ch for w in words for ch in w[:MAX_CHARS])
    chars = sorted(c for c, n in char_counts.items() if n >= settings["min_char_count"])
    signal_counts = Counter(x for s, sig in zip(train_keys, train_signals) for k, toks in zip(s, sig)
                            for x in model.word_signals(k) + toks)
    signals = sorted(x for x, n in signal_counts.items() if n >= settings["min_signal_count"])
    labels = sorted({t for _, tags in train for t in tags})
    word_index = {w: i for i, w in enumerate(words, start=1)}
    char_index = {c: i for i, c in enumerate(chars, start=2)}
    signal_index = {x: i for i, x in enumerate(signals, start=1)}
    label_index = {t: i for i, t in enumerate(labels)}
    data = Encoded(train_keys, train_signals, [tags for _, tags in train], word_index, char_index, signal_index,
                   model.word_signals, label_index)
    log(f"{len(words)} words, {len(chars)} characters, {len(signals)} signals, {len(labels)} tags", started)
    aux_data: list[Encoded] = []
    for name, corpus in aux:
        keys = [[token_key(t) for t in toks] for toks, _ in corpus]
        aux_tags = sorted({t for _, tags in corpus for t in tags})
        aux_data.append(Encoded(keys, unlabelled_token_signals(model, keys), [tags for _, tags in corpus], word_index,
                                char_index, signal_index, lambda k: unlabelled_word_signals(model, k),
                                {t: i for i, t in enumerate(aux_tags)}))
        log(f"auxiliary head {len(aux_data)}: {name}, {len(corpus)} sentences, {len(aux_tags)} tags "
            "(label-derived signals masked)", started)

    pseudo_data = None
    if pseudo is not None:
        p_keys, p_signals, p_tags = pseudo
        pseudo_data = Encoded(p_keys, p_signals, p_tags, word_index, char_index, signal_index, model.word_signals,
                              label_index)
        log(f"pseudo-labelled: {len(p_keys)} sentences for the PEYMA head, {settings['pseudo_share']} x "
            f"|PEYMA| per epoch, loss weight {settings['pseudo_weight']}", started)

    net = Net(vectors, len(chars), len(signals), len(labels), settings, tuple(len(a.label_index) for a in aux_data))
    optimiser = torch.optim.Adam(net.parameters(), lr=settings["lr"])
    rng = np.random.default_rng(SEED)
    gold = [tags for _, tags in dev] if dev is not None else None
    best_f1, best_epoch, best_arrays = -1.0, 0, None
    mean: dict[str, torch.Tensor] | None = None
    averaged = 0
    order = np.arange(len(train))
    for epoch in range(1, settings["epochs"] + 1):
        net.train()
        rng.shuffle(order)
        # Batches of similar length (sorted within shuffled pools), in random order; each batch
        # is from one corpus (head 0: PEYMA), the auxiliary ones a fresh sample every epoch.
        batches = [(0, b) for b in length_batches(order, train_keys, settings["batch"])]
        for head, enc in enumerate(aux_data, start=1):
            sample = rng.choice(len(enc.keys), min(len(enc.keys), round(settings["aux_share"] * len(train))),
                                replace=False)
            batches += [(head, b) for b in length_batches(sample, enc.keys, settings["batch"])]
        if pseudo_data is not None:  # source -1: pseudo-labelled, through the PEYMA head
            sample = rng.choice(len(pseudo_data.keys), min(len(pseudo_data.keys),
                                round(settings["pseudo_share"] * len(train))), replace=False)
            batches += [(-1, b) for b in length_batches(sample, pseudo_data.keys, settings["batch"])]
        rng.shuffle(batches)
        total = 0.0
        aux_total = [0.0] * len(aux_data)
        pseudo_total, pseudo_count = 0.0, 0
        for head, idx in batches:
            if head < 0:
                source, head, weight = pseudo_data, 0, settings["pseudo_weight"]
            else:
                source, weight = (aux_data[head - 1], settings["aux_weight"]) if head else (data, 1.0)
            words_t, chars_t, char_len, sig_t, lengths, tags_t, mask = source.batch(idx, settings["word_dropout"], rng)
            em = net.emissions(words_t, chars_t, char_len, sig_t, lengths, head)
            loss = net.nll(em, tags_t, mask, lengths, head)
            optimiser.zero_grad()
            (loss * weight if weight != 1.0 else loss).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
            if source is pseudo_data:
                pseudo_total += loss.item() * len(idx)
                pseudo_count += len(idx)
            elif head:
                aux_total[head - 1] += loss.item() * len(idx)
            else:
                total += loss.item() * len(idx)
        if pseudo_count:
            log(f"pseudo-labelled loss {pseudo_total / pseudo_count:7.3f}", started)
        if aux_data:
            log("auxiliary losses " + " ".join(
                f"{t / min(len(a.keys), round(settings['aux_share'] * len(train))):7.3f}"
                for t, a in zip(aux_total, aux_data)), started)
        for group in optimiser.param_groups:
            group["lr"] *= settings["lr_decay"]
        net.eval()
        if gold is None:  # the final model: no selection, the fixed epoch count decides
            best_epoch, best_arrays = epoch, export(net, labels, words, chars, signals)
            log(f"epoch {epoch:2d} loss {total / len(train):7.3f}", started)
            continue
        candidates = [("", export(net, labels, words, chars, signals))]
        if settings["average_from"] and epoch >= settings["average_from"]:
            # A running mean of the weights of the epochs so far (from ``average_from``).
            state = {k: v.detach().clone() for k, v in net.state_dict().items()}
            averaged += 1
            if mean is None:
                mean = state
            else:
                for k, v in state.items():
                    mean[k] += (v - mean[k]) / averaged
            twin = copy.deepcopy(net)
            twin.load_state_dict(mean)
            candidates.append((f"mean of {averaged}", export(twin, labels, words, chars, signals)))
        improved = False
        for name, arrays in candidates:
            scores = entity_scores(gold, NeuralTagger(arrays).tag(dev_keys, dev_signals, model.word_signals))
            f1 = scores["ALL"].f1
            log(f"epoch {epoch:2d} {name:10} loss {total / len(train):7.3f} dev F1 {f1:.4f} "
                + " ".join(f"{k} {s.f1:.3f}" for k, s in scores.items() if k != "ALL"), started)
            if f1 > best_f1:
                best_f1, best_epoch, best_arrays, improved = f1, epoch, arrays, True
        if not improved and epoch - best_epoch >= settings["patience"]:
            break
    assert best_arrays is not None
    if gold is None:
        return best_arrays, best_epoch
    log(f"kept epoch {best_epoch} (dev F1 of the network alone, before the consistency passes: {best_f1:.4f})", started)
    return best_arrays, best_epoch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=DEV_DIR)
    parser.add_argument("--final", action="store_true",
                        help="train on PEYMA train+dev for --epochs epochs with --crf-weight; no dev selection")
    parser.add_argument("--crf-weight", type=float, help="the ensemble weight of the stacked CRF (with --final)")
    parser.add_argument("--vectors-cache", type=Path, help="word2vec vectors (.npz) to reuse or write")
    parser.add_argument("--epochs", type=int, default=SETTINGS["epochs"])
    parser.add_argument("--threads", type=int, default=1, help="torch threads (the shipped weights: 1)")
    parser.add_argument("--reuse-network", action="store_true", help="keep the network in --out; choose the CRF weight only")
    parser.add_argument("--multitask", action="store_true",
                        help="also train on ARMAN and ParsTwiNER, each with its own head (settings: MULTITASK)")
    parser.add_argument("--pseudo", type=Path,
                        help="pseudo-labelled sentences (PEYMA format, scripts/train_ner_pseudo.py) for the PEYMA head")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override a setting")
    args = parser.parse_args(argv)
    settings = dict(SETTINGS, **(MULTITASK if args.multitask else {}), **(PSEUDO if args.pseudo else {}),
                    epochs=args.epochs)
    for item in args.set:
        name, _, value = item.partition("=")
        if (name in MULTITASK and not args.multitask) or (name in PSEUDO and not args.pseudo):
            continue  # a setting of another kind of run; meaningless here
        settings[name] = type({**SETTINGS, **MULTITASK, **PSEUDO}[name])(value)
    aux = read_aux(args.data) if args.multitask else []
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    started = time.time()

    peyma = args.data / "ner" / "peyma"
    train, dev = read_peyma(peyma / "train.txt"), read_peyma(peyma / "dev.txt")
    if args.final:
        return train_final(args, settings, train + dev, started, aux)
    model = NerModel.load(args.out, main=False)
    pseudo = read_pseudo(model, args.pseudo, started) if args.pseudo else None
    train_keys, train_signals = model.signals([toks for toks, _ in train])
    dev_keys, dev_signals = model.signals([toks for toks, _ in dev])
    log(f"signals of {len(train)} train and {len(dev)} dev sentences", started)
    gold = [tags for _, tags in dev]
    if args.reuse_network and (args.out / NEURAL).exists():  # tune the ensemble weight only
        with np.load(args.out / NEURAL) as z:
            best_arrays = {name: z[name] for name in z.files if name != "crf_weight"}
        meta_path = args.out / "meta.json"
        best_epoch = json.loads(meta_path.read_text(encoding="utf-8")).get("neural", {}).get("epoch", 0)
    else:
        best_arrays, best_epoch = train_network(args, settings, model, train, dev, train_keys, train_signals,
                                                dev_keys, dev_signals, started, aux, pseudo)

    # The ensemble: the stacked CRF's lattice scores, weighted, summed with the network's.
    # The weight is chosen on dev, like the epoch (0 = the network alone).
    sentences = [toks for toks, _ in dev]
    tagger = NeuralTagger(best_arrays)
    shipped = NerModel(model.space, model.helpers, LinearCRF.load(args.out / "main.npz"), tagger)
    by_weight = {}
    for weight in ENSEMBLE_WEIGHTS:
        tagger.crf_weight = weight
        by_weight[weight] = entity_scores(gold, shipped.tag(sentences))
        log(f"CRF weight {weight}: dev F1 {by_weight[weight]['ALL'].f1:.4f}", started)
    weight = max(ENSEMBLE_WEIGHTS, key=lambda w: by_weight[w]["ALL"].f1)
    with open(args.out / NEURAL, "wb") as f:
        np.savez_compressed(f, **best_arrays, crf_weight=np.float32(weight))
    log(f"CRF weight {weight}; wrote {args.out / NEURAL}", started)

    scores = entity_scores(gold, NerModel.load(args.out).tag(sentences))
    print(f"{'PEYMA dev':10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for kind, s in scores.items():
        print(f"{kind:10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}")
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    trained = meta.get("neural", {}) if args.reuse_network else {}  # the network's own run, when reused
    meta["neural"] = {
        "settings": trained.get("settings", settings),
        **multitask_meta("aux_share" in trained.get("settings", settings)),
        **pseudo_meta(trained.get("pseudo") if args.reuse_network else args.pseudo),
        "seed": SEED,
        "epoch": best_epoch,
        "threads": trained.get("threads", args.threads),
        "crf_weight": weight,
        "dev_f1_network_alone": round(by_weight[0.0]["ALL"].f1, 4),
        "train_minutes": trained.get("train_minutes", round((time.time() - started) / 60, 1)),
        "dev_f1": {k: round(s.f1, 4) for k, s in scores.items()},
    }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log("meta.json updated", started)
    return 0


def multitask_meta(on: bool) -> dict:
    """What meta.json says about multi-task training (nothing for the single-task recipe)."""
    if not on:
        return {}
    return {"multitask": {
        "auxiliary_heads": {name: f"{path} (labels, own output layer and CRF; not exported)"
                            for name, (_, path) in AUX_CORPORA.items()},
        "auxiliary_signals": "masked on auxiliary sentences: helper CRF tags, gazetteer matches, label priors "
                             "(learnt from those sentences); kept: clusters, shape, knowledge-base matches",
    }}


def read_pseudo(model: NerModel, path: Path, started: float) -> tuple[list, list, list]:
    """Keys, signals and tags of the pseudo-labelled sentences (all signals kept: none learnt from them)."""
    sentences = read_peyma(path)
    keys, signals = model.signals([toks for toks, _ in sentences])
    log(f"signals of {len(sentences)} pseudo-labelled sentences ({path})", started)
    return keys, signals, [tags for _, tags in sentences]


def pseudo_meta(pseudo: Path | dict | None) -> dict:
    """What meta.json says about self-training (nothing for the plain recipe)."""
    if not pseudo:
        return {}
    if isinstance(pseudo, dict):  # already recorded (``--reuse-network``)
        return {"pseudo": pseudo}
    return {"pseudo": {
        "file": str(pseudo),
        "sentences": len(read_peyma(pseudo)),
        "made_by": "scripts/train_ner_pseudo.py: Fars News and data/text sentences (5-60 tokens) tagged by the "
                   "train-only ensemble build/ner-dev; kept where its network alone and stacked CRF alone agree",
        "head": "PEYMA (same labels); all signals kept",
    }}


def train_final(args: argparse.Namespace, settings: dict, data, started: float, aux=()) -> int:
    """The shipped network: PEYMA train+dev, the epoch count and CRF weight chosen on dev by the train-only run."""
    if args.crf_weight is None:
        raise SystemExit("--final needs --crf-weight (the weight the train-only run chose on dev)")
    model = NerModel.load(args.out, main=False)
    keys, signals = model.signals([toks for toks, _ in data])
    log(f"signals of {len(data)} PEYMA train+dev sentences", started)
    pseudo = read_pseudo(model, args.pseudo, started) if args.pseudo else None
    arrays, epochs = train_network(args, settings, model, data, None, keys, signals, None, None, started, aux, pseudo)
    with open(args.out / NEURAL, "wb") as f:
        np.savez_compressed(f, **arrays, crf_weight=np.float32(args.crf_weight))
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta["neural"] = {
        "trained_on": "PEYMA train+dev" + (" (+ ARMAN fold-3 train, ParsTwiNER train: auxiliary heads)" if aux else "")
        + (" (+ pseudo-labelled news, PEYMA head)" if pseudo else ""),
        "settings": settings,
        **multitask_meta(bool(aux)),
        **pseudo_meta(args.pseudo),
        "seed": SEED,
        "epochs": epochs,
        "threads": args.threads,
        "crf_weight": args.crf_weight,
        "train_minutes": round((time.time() - started) / 60, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"wrote {args.out / NEURAL} ({epochs} epochs on train+dev, CRF weight {args.crf_weight})", started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
