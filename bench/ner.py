"""NER benchmark: the train-only model on PEYMA dev against a plain CRF trained
in the same run; speed, load time and memory of the shipped model.

    .venv/bin/python bench/ner.py [--data ../shared/data] [--repeat 3] [--model build/ner-dev | shipped]

The shipped model (``src/rayzan/ner/model``) learnt from PEYMA train+dev, so its
dev score is not a measurement.  Dev is scored with the model of the
dev-selection run, which learnt from PEYMA train only (``build/ner-dev``, made by
``scripts/train_ner.py``): the same settings, parts and code as the shipped one.
``--model shipped`` scores the shipped model anyway, with a warning.

The taggers are scored on PEYMA dev with entity-level micro P/R/F1 (exact span
and type, conlleval semantics), overall and per type: the plain CRF (the
anchor), the stacked CRF alone (the model with its neural tagger switched off)
and the model.  The plain CRF sees the same PEYMA train data with word
identity, short affixes, shape and one word either side: no clusters,
gazetteer or other corpora.  Speed (tokens/s on one core, single process),
model load time and peak resident memory of the shipped model are measured in
fresh subprocesses, so training the baseline does not count against them.  If
the ``rayzan`` CLI has a ``tag`` command, the whole ``rayzan tag --conll`` run
on PEYMA dev (start-up included) is timed too.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from rayzan.ner.corpus import read_peyma
from rayzan.ner.features import plain_features, token_key
from rayzan.ner.model import MODEL_DIR, NerModel
from rayzan.ner.spans import Score, entity_scores

DEV_MODEL = Path(__file__).resolve().parents[1] / "build" / "ner-dev"
MAKE_DEV_MODEL = "PYTHONHASHSEED=0 .venv/bin/python scripts/train_ner.py   # PEYMA train only -> build/ner-dev"

CRF_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

# Runs in a fresh interpreter: load time, tokens/s and peak memory of one tagger.
_SPEED = r"""
import json, resource, sys, time
kind, corpus, repeat, model_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
from rayzan.ner.corpus import read_peyma
sentences = [toks for toks, _ in read_peyma(__import__("pathlib").Path(corpus))]
n = sum(map(len, sentences))
t0 = time.perf_counter()
if kind == "model":
    from rayzan.ner import tag_tokens
    tag_tokens([["تهران"]])  # first call loads the model
    tag = tag_tokens
else:
    import pycrfsuite
    from rayzan.ner.features import plain_features, token_key
    tagger = pycrfsuite.Tagger(); tagger.open(model_path)
    def tag(sents):
        return [tagger.tag(plain_features([token_key(t) for t in s])) for s in sents]
load = time.perf_counter() - t0
best = float("inf")
for _ in range(repeat):
    t = time.perf_counter(); tag(sentences); best = min(best, time.perf_counter() - t)
print(json.dumps({"load_s": load, "tokens_per_s": n / best, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(kind: str, corpus: Path, repeat: int, model_path: str = "") -> dict[str, float]:
    # taskset pins the process to one core where available.
    cmd = [sys.executable, "-c", _SPEED, kind, str(corpus), str(repeat), model_path]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def time_cli(corpus: Path) -> float | None:
    """Tokens/s of a whole ``rayzan tag --conll`` run, or None without that command."""
    exe = Path(sys.executable).with_name("rayzan")
    if not exe.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        conll = Path(tmp) / "dev.conll"
        sentences = read_peyma(corpus)
        conll.write_text("".join("".join(t + "\n" for t in toks) + "\n" for toks, _ in sentences), encoding="utf-8")
        t = time.perf_counter()
        run = subprocess.run([str(exe), "tag", "--conll", str(conll)], check=False, capture_output=True, text=True)
        elapsed = time.perf_counter() - t
    if run.returncode != 0:
        return None
    return sum(len(toks) for toks, _ in sentences) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=str(DEV_MODEL),
                        help="model directory scored on dev (default: the train-only run), or 'shipped'")
    args = parser.parse_args()
    shipped = args.model == "shipped"
    model_dir = MODEL_DIR if shipped else Path(args.model)
    if not (model_dir / "meta.json").exists():
        print(f"no model in {model_dir}: make the train-only model with\n    {MAKE_DEV_MODEL}\n"
              "or pass --model shipped (its dev score is not a measurement)", file=sys.stderr)
        return 2
    if shipped:
        print("!" * 78 + "\n!! WARNING: the shipped model was trained on PEYMA train+dev: its dev score below\n"
              "!! is NOT a measurement (it has seen these labels). Use the train-only model.\n" + "!" * 78)
    peyma = args.data / "ner" / "peyma"
    train, dev = read_peyma(peyma / "train.txt"), read_peyma(peyma / "dev.txt")
    gold = [tags for _, tags in dev]

    with tempfile.TemporaryDirectory() as tmp:
        baseline_path = str(Path(tmp) / "plain.crfsuite")
        t = time.perf_counter()
        trainer = pycrfsuite.Trainer(verbose=False)
        for toks, tags in train:
            trainer.append(plain_features([token_key(x) for x in toks]), tags)
        trainer.set_params(CRF_PARAMS)
        trainer.train(baseline_path)
        train_s = time.perf_counter() - t
        tagger = pycrfsuite.Tagger()
        tagger.open(baseline_path)
        base_scores = entity_scores(gold, [tagger.tag(plain_features([token_key(x) for x in toks])) for toks, _ in dev])
        base_speed = measure("plain", peyma / "dev.txt", args.repeat, baseline_path)

    sentences = [toks for toks, _ in dev]
    model_scores = entity_scores(gold, NerModel.load(model_dir).tag(sentences))
    stacked_scores = entity_scores(gold, NerModel.load(model_dir, neural=False).tag(sentences))
    model_speed = measure("model", peyma / "dev.txt", args.repeat)
    cli_speed = time_cli(peyma / "dev.txt")

    print(f"PEYMA dev: {len(dev)} sentences, {sum(len(t) for t, _ in dev)} tokens; plain CRF trained in {train_s:.0f}s")
    print(f"scored model: {model_dir} ({'SHIPPED, HAS SEEN DEV' if shipped else 'train-only'}); "
          f"speed, load and memory: the shipped model {MODEL_DIR}")
    print(f"{'F1':8} {'plain CRF':>10} {'stacked':>8} {'model':>8} {'diff':>7} {'ratio':>6}"
          f" {'P/R plain':>12} {'P/R stacked':>12} {'P/R model':>12} {'gold':>5}")
    none = Score(0, 0, 0, 0)

    def row(kind: str, b: Score, s: Score, m: Score) -> str:
        ratio = m.f1 / b.f1 if b.f1 else float("nan")
        pr = " ".join(f"{x.precision:5.3f}/{x.recall:5.3f}" for x in (b, s, m))
        return f"{kind:8} {b.f1:10.3f} {s.f1:8.3f} {m.f1:8.3f} {m.f1 - b.f1:+7.3f} {ratio:6.2f}  {pr} {m.support:4d}"

    for kind in model_scores:
        print(row(kind, base_scores.get(kind, none), stacked_scores.get(kind, none), model_scores[kind]))
    print(f"{'speed':24} {'plain CRF':>10} {'shipped':>8} {'ratio':>6}")
    for key, label in (("tokens_per_s", "tokens/s (one core)"), ("load_s", "load time (s)"), ("peak_mb", "peak memory (MB)")):
        b, m = base_speed[key], model_speed[key]
        print(f"{label:24} {b:10.2f} {m:8.2f} {m / b:6.2f}")
    if cli_speed is not None:
        print(f"rayzan tag --conll, whole run incl. start-up: {cli_speed:.0f} tokens/s")
    if shipped:
        print("!! the 'model' column above is the SHIPPED model, trained on PEYMA dev: not a measurement")
    return 0


if __name__ == "__main__":
    sys.exit(main())
