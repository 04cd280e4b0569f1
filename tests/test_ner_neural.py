"""The numpy BiLSTM-CRF decoder: batching, Viterbi, and agreement with PyTorch."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
import pytest

from rayzan.ner.features import token_key
from rayzan.ner.neural import NeuralTagger

LABELS = ["B-LOC", "B-PER", "I-PER", "O"]
WORDS = ["عباس", "عراقچی", "در", "تهران", "گفت", "وزیر"]
CHARS = sorted(set("".join(WORDS)))
SIGNALS = ["c0=1", "c0=2", "sh=a", "h0=B-PER", "h0=O", "g=B-LOC"]
SENTENCES = [
    "عباس عراقچی در تهران گفت".split(),
    "وزیر گفت".split(),
    "تهران".split(),
    "عراقچی وزیر امور خارجه در مسکو با همتای روس خود گفت و گو کرد".split(),  # unknown words and characters
]


def word_signals(key: str) -> list[str]:
    return ["sh=a", "c0=1" if len(key) > 3 else "c0=2"]


def token_signals(keys: list[str]) -> list[list[str]]:
    return [["h0=B-PER" if k == "عباس" else "h0=O"] + (["g=B-LOC"] if k == "تهران" else []) for k in keys]


def random_arrays(seed: int = 3, hidden: int = 5, dw: int = 4, dc: int = 3, filters: int = 4, ds: int = 3) -> dict:
    rng = np.random.default_rng(seed)
    n = len(LABELS)

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.8, shape).astype(np.float32)

    chars = r(len(CHARS) + 2, dc)
    chars[0] = 0  # the padding character
    return {
        "labels": np.array("\n".join(LABELS)),
        "words": np.array("\n".join(WORDS)),
        "chars": np.array("\n".join(CHARS)),
        "signals": np.array("\n".join(SIGNALS)),
        "word_vectors": r(len(WORDS) + 1, dw).astype(np.float16),
        "char_vectors": chars,
        "conv": r(3 * dc, filters),
        "conv_bias": r(filters),
        "signal_vectors": r(len(SIGNALS) + 1, ds),
        "w_ih": r(2, 4 * hidden, dw + filters + ds),
        "w_hh": r(2, 4 * hidden, hidden),
        "bias": r(2, 4 * hidden),
        "w_out": r(n, 2 * hidden),
        "b_out": r(n),
        "transitions": r(n, n),
        "start": r(n),
        "end": r(n),
    }


def _tag(tagger: NeuralTagger, sentences: list[list[str]]) -> list[list[str]]:
    keys = [[token_key(t) for t in s] for s in sentences]
    return tagger.tag(keys, [token_signals(k) for k in keys], word_signals)


def test_ner_neural_batched_equals_one_at_a_time() -> None:
    tagger = NeuralTagger(random_arrays())
    together = _tag(tagger, SENTENCES + [[]])
    alone = [_tag(NeuralTagger(random_arrays()), [s])[0] for s in SENTENCES]
    assert together == alone + [[]]
    assert [len(t) for t in together] == [len(s) for s in SENTENCES] + [0]
    assert all(set(t) <= set(LABELS) for t in together)


def test_ner_neural_same_tags_whatever_the_batch_size_and_cache() -> None:
    tagger = NeuralTagger(random_arrays(seed=5))
    first = _tag(tagger, SENTENCES)
    assert tagger.tag([[token_key(t) for t in s] for s in SENTENCES],
                      [token_signals([token_key(t) for t in s]) for s in SENTENCES], word_signals, batch=1) == first
    assert _tag(tagger, SENTENCES) == first  # second call reads the word cache


def _path_score(tagger: NeuralTagger, scores: np.ndarray, path: tuple[int, ...]) -> float:
    total = tagger.start[path[0]] + tagger.end[path[-1]] + sum(scores[t, j] for t, j in enumerate(path))
    return float(total + sum(tagger.transitions[a, b] for a, b in itertools.pairwise(path)))


def test_ner_neural_viterbi_agrees_with_brute_force() -> None:
    tagger = NeuralTagger(random_arrays(seed=11))
    rng = np.random.default_rng(2)
    lengths = np.array([1, 2, 3, 4, 4])
    scores = rng.normal(0, 1.5, (len(lengths), 4, len(LABELS))).astype(np.float32)
    paths = tagger.viterbi(lengths, scores)
    for k, length in enumerate(lengths):
        best = max(itertools.product(range(len(LABELS)), repeat=int(length)),
                   key=lambda p: _path_score(tagger, scores[k], p))
        assert tuple(paths[k]) == best


def test_ner_neural_numpy_forward_equals_torch() -> None:
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_ner_neural import Encoded, Net, export

    torch.manual_seed(0)
    settings = {"word_dim": 4, "char_dim": 3, "char_filters": 5, "signal_dim": 3, "hidden": 6,
                "dropout_in": 0.5, "dropout_out": 0.5}
    vectors = np.random.default_rng(0).normal(size=(len(WORDS), 4)).astype(np.float16).astype(np.float32)
    net = Net(vectors, len(CHARS), len(SIGNALS), len(LABELS), settings).eval()
    with torch.no_grad():
        for p in (net.transitions, net.start, net.end):
            p.normal_()
    tagger = NeuralTagger(export(net, LABELS, WORDS, CHARS, SIGNALS))
    keys = [[token_key(t) for t in s] for s in SENTENCES]
    signals = [token_signals(k) for k in keys]
    data = Encoded(keys, signals, None,
                   {w: i for i, w in enumerate(WORDS, start=1)}, {c: i for i, c in enumerate(CHARS, start=2)},
                   {s: i for i, s in enumerate(SIGNALS, start=1)}, word_signals, {})
    data.tags = [np.zeros(len(k), dtype=np.int64) for k in keys]
    order = sorted(range(len(keys)), key=lambda i: len(keys[i]))
    words, chars, char_lengths, sig, lengths, _, _ = data.batch(order, 0.0, np.random.default_rng(0))
    with torch.no_grad():
        expected = net.emissions(words, chars, char_lengths, sig, lengths).numpy()
    sorted_lengths = np.array([len(keys[i]) for i in order])
    rows, bag = tagger._inputs([keys[i] for i in order], [signals[i] for i in order], word_signals)
    got = tagger.emissions(sorted_lengths, rows, bag)
    for k, n in enumerate(sorted_lengths):
        first = int(sorted_lengths[:k].sum())
        np.testing.assert_allclose(got[first : first + n], expected[k, :n], atol=1e-4)


def test_ner_neural_added_scores_steer_the_lattice() -> None:
    # The ensemble with the stacked CRF sums its scores into the lattice: strong added scores win.
    tagger = NeuralTagger(random_arrays(seed=7))
    keys = [[token_key(t) for t in s] for s in SENTENCES]
    signals = [token_signals(k) for k in keys]
    wanted = [[("B-PER", "I-PER", "O", "B-LOC")[(i + j) % 4] for j in range(len(k))] for i, k in enumerate(keys)]
    scores = np.zeros((sum(map(len, keys)), len(LABELS)), dtype=np.float32)
    flat = [tag for tags in wanted for tag in tags]
    scores[np.arange(len(flat)), [LABELS.index(t) for t in flat]] = 1000.0
    transitions = np.zeros((len(LABELS), len(LABELS)), dtype=np.float32)
    assert tagger.tag(keys, signals, word_signals, added=(scores, transitions)) == wanted
    assert tagger.tag(keys, signals, word_signals) != wanted


def test_ner_neural_multitask_heads_leave_the_exported_network_alone() -> None:
    # Auxiliary heads (multi-task training) are made last and never exported: the PEYMA
    # network starts and exports as without them, and an auxiliary loss leaves its head untouched.
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_ner_neural import Encoded, Net, export

    settings = {"word_dim": 4, "char_dim": 3, "char_filters": 5, "signal_dim": 3, "hidden": 6,
                "dropout_in": 0.0, "dropout_out": 0.0}
    vectors = np.random.default_rng(0).normal(size=(len(WORDS), 4)).astype(np.float32)
    torch.manual_seed(0)
    single = Net(vectors, len(CHARS), len(SIGNALS), len(LABELS), settings)
    torch.manual_seed(0)
    multi = Net(vectors, len(CHARS), len(SIGNALS), len(LABELS), settings, aux_labels=(7, 3))
    plain, shared = export(single, LABELS, WORDS, CHARS, SIGNALS), export(multi, LABELS, WORDS, CHARS, SIGNALS)
    assert plain.keys() == shared.keys()
    for name in plain:
        np.testing.assert_array_equal(plain[name], shared[name])

    keys = [[token_key(t) for t in s] for s in SENTENCES]
    data = Encoded(keys, [token_signals(k) for k in keys], None, {w: i for i, w in enumerate(WORDS, start=1)},
                   {c: i for i, c in enumerate(CHARS, start=2)}, {s: i for i, s in enumerate(SIGNALS, start=1)},
                   word_signals, {})
    data.tags = [np.arange(len(k), dtype=np.int64) % 3 for k in keys]
    words, chars, char_lengths, sig, lengths, tags, mask = data.batch([0, 1, 3], 0.0, np.random.default_rng(0))
    em = multi.emissions(words, chars, char_lengths, sig, lengths, head=2)
    assert em.shape[-1] == 3
    multi.nll(em, tags, mask, lengths, head=2).backward()
    assert multi.out.weight.grad is None and multi.transitions.grad is None and multi.aux[0].out.weight.grad is None
    assert multi.aux[1].transitions.grad is not None and multi.lstm.weight_ih_l0.grad is not None


def test_ner_neural_multitask_masks_label_derived_signals_on_auxiliary_sentences() -> None:
    # On ARMAN/ParsTwiNER sentences the helper CRFs, gazetteer and priors learnt their very labels:
    # those signals are dropped there; clusters, shape and knowledge-base matches stay.
    pytest.importorskip("torch")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_ner_neural import unlabelled_token_signals, unlabelled_word_signals

    from rayzan.ner.model import NerModel

    model = NerModel.load(main=False)
    sentence = "عباس عراقچی وزیر امور خارجه ایران در تهران با همتای روس خود دیدار کرد".split()
    keys, full = model.signals([sentence])
    masked = unlabelled_token_signals(model, keys)
    flat_full = {x for token in full[0] for x in token}
    flat_masked = {x for token in masked[0] for x in token}
    assert any(x.startswith("h0=") for x in flat_full) and any(x.startswith("g=") for x in flat_full)
    assert not any(x.startswith(("h", "g=", "lx=")) for x in flat_masked)
    assert any(x.startswith("k=") for x in masked[0][keys[0].index(token_key("تهران"))])
    word = token_key("وزارت")  # the priors (ARMAN, ParsTwiNER) mark it ORG
    assert any(x.startswith("lx=") for x in model.word_signals(word))
    assert unlabelled_word_signals(model, word) == [x for x in model.word_signals(word) if not x.startswith("lx=")]
    assert any(x.startswith("c0=") for x in unlabelled_word_signals(model, word))
