"""The learned decision for a space inside a compound the lexicon knows (rayzan.text.pairs)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from rayzan.text import normalize
from rayzan.text.offsets import apply_edits
from rayzan.text.pairs import FEATURE_NAMES, PairModel, pairs_path, train
from rayzan.text.zwnj import DATA_PATH, ZwnjLexicon, lexicon, zwnj_edits

ZWNJ = "\u200c"


def _restore(text: str, lex: ZwnjLexicon) -> str:
    edits = zwnj_edits(text, lex)
    return apply_edits(text, edits)[0] if edits else text


def test_zwnj_pairs_model_is_shipped_next_to_the_lexicon() -> None:
    assert pairs_path(DATA_PATH).exists()
    assert lexicon().pair_model is not None


@pytest.mark.parametrize(
    ("spaced", "restored"),
    [
        ("آب زاینده رود به اصفهان رسید", f"آب زاینده{ZWNJ}رود به اصفهان رسید"),
        ("او در دوچرخه سواری اول شد", f"او در دوچرخه{ZWNJ}سواری اول شد"),
    ],
)
def test_zwnj_pairs_model_merges_a_known_compound_without_a_light_verb(spaced: str, restored: str) -> None:
    lex = lexicon()
    assert normalize(spaced) == restored
    # The pair model makes the difference: the hand-set rules leave these two words.
    model, lex.pair_model = lex.pair_model, None
    try:
        assert _restore(spaced, lex) == spaced
    finally:
        lex.pair_model = model


def test_zwnj_pairs_model_leaves_correct_text_alone() -> None:
    for text in (f"آب زاینده{ZWNJ}رود به اصفهان رسید", "او در خانه کتاب خواند و به مدرسه رفت"):
        assert normalize(text) == text


def test_zwnj_pairs_train_learns_the_direction_and_round_trips(tmp_path: Path) -> None:
    # Pairs often written as one word (high log_joined) are lost ZWNJ; rare ones are spaces.
    rows, labels = [], []
    for joined, label in ((6.0, 1), (5.0, 1), (4.5, 1), (0.5, 0), (1.0, 0), (0.0, 0)):
        x = [0.0] * len(FEATURE_NAMES)
        x[0], x[1] = 1.0, joined
        rows.append(x)
        labels.append(label)
    weights = train(rows, labels)
    assert weights[1] > 0
    path = tmp_path / "m.pairs.npz"
    PairModel(weights, 0.8).save(path)
    model = PairModel.load(path)
    assert model is not None and model.threshold == pytest.approx(0.8)
    assert model.joins(rows[0]) and not model.joins(rows[5])
    assert PairModel.load(tmp_path / "absent.npz") is None


def _pair_lexicon(tmp_path: Path, records: str) -> ZwnjLexicon:
    """A small lexicon file (no boundary or pair model beside it) loaded the shipped way."""
    import gzip

    path = tmp_path / "small.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(records)
    return ZwnjLexicon.load(path)


def test_zwnj_pairs_clean_counts_are_loaded_and_featurised(tmp_path: Path) -> None:
    from rayzan.text.zwnj import pair_features

    lex = _pair_lexicon(
        tmp_path,
        f"W\tهم{ZWNJ}اکنون\t40.0\nW\tهم\t900.0\nW\tاکنون\t60.0\nC\tهم{ZWNJ}اکنون\t0 3 1 7 13 0\n",
    )
    assert lex.clean_pairs["هم اکنون"] == (0.0, 3.0, 1.0, 7.0, 13.0, 0.0)
    x = pair_features(lex, "او هم اکنون آمد", 3, "هم", "اکنون", False, 11)
    assert len(x) == len(FEATURE_NAMES)
    named = dict(zip(FEATURE_NAMES, x))
    assert named["log_perdt_zwnj"] == pytest.approx(math.log1p(3))
    assert named["log_parstwiner_spaced"] == pytest.approx(math.log1p(13))
    assert named["clean_unseen"] == 0.0
    # A pair clean text never shows either way.
    unseen = dict(zip(FEATURE_NAMES, pair_features(lex, "او هم آمد", 3, "هم", "آمد", False, 9)))
    assert unseen["clean_unseen"] == 1.0 and unseen["log_perdt_zwnj"] == 0.0


def test_zwnj_pairs_participle_before_an_auxiliary_is_marked(tmp_path: Path) -> None:
    from rayzan.text.zwnj import pair_features

    lex = _pair_lexicon(tmp_path, "W\tانجام\t100.0\nW\tشده\t500.0\nV\tشد شو کرد کن\n")
    verb = "کار انجام شده است"
    adjective = "بحث‌های انجام شده در اتاق"
    at = verb.index("انجام")
    x_verb = dict(zip(FEATURE_NAMES, pair_features(lex, verb, at, "انجام", "شده", False, at + len("انجام شده"))))
    at = adjective.index("انجام")
    x_adj = dict(zip(FEATURE_NAMES, pair_features(lex, adjective, at, "انجام", "شده", True, at + len("انجام شده"))))
    assert x_verb["right_participle"] == 1.0 and x_adj["right_participle"] == 1.0
    assert x_verb["next_auxiliary"] == 1.0
    assert x_adj["next_auxiliary"] == 0.0


def test_zwnj_pairs_line_joins_sees_a_joined_word_on_the_line(tmp_path: Path) -> None:
    from rayzan.text.zwnj import line_joins

    lex = _pair_lexicon(tmp_path, f"W\tکتاب{ZWNJ}ها\t50.0\nW\tرئیس{ZWNJ}جمهور\t80.0\nW\tرئیس\t90.0\nW\tجمهور\t9.0\n")
    # The writer joins کتابها (the lexicon puts a ZWNJ there), after the pair as well as before.
    assert line_joins("رئیس جمهور کتابها را خواند", 0, lex)
    assert not line_joins(f"رئیس جمهور کتاب{ZWNJ}ها را خواند", 0, lex)
    # Only that line counts.
    assert not line_joins("رئیس جمهور رفت\nکتابها", 0, lex)


def test_zwnj_pairs_careful_threshold_and_older_models(tmp_path: Path) -> None:
    careful = FEATURE_NAMES.index("careful")
    x = [0.0] * len(FEATURE_NAMES)
    x[0] = 1.0
    weights = [0.0] * len(FEATURE_NAMES)
    weights[0] = 1.0  # p = 0.73 whatever the line
    model = PairModel(weights, 0.6, 0.9)
    assert model.joins(x)
    x[careful] = 1.0
    assert not model.joins(x)  # a careful line needs p >= 0.9
    x[careful] = 0.0
    x[FEATURE_NAMES.index("left_first_name")] = 1.0
    assert not model.joins(x)  # so does a first name (علی حسینی) ...
    x[FEATURE_NAMES.index("compound_ending")] = 1.0
    assert model.joins(x)  # ... but before a name-making ending (جلال آباد)
    path = tmp_path / "m.pairs.npz"
    model.save(path)
    loaded = PairModel.load(path)
    assert loaded is not None and loaded.careful_threshold == pytest.approx(0.9)
    # A model of the first fifteen features (round 4) reads the later ones with weight 0.
    old = PairModel(weights[:15], 0.8)
    assert len(old.weights) == len(FEATURE_NAMES) and old.weights[15:] == [0.0] * (len(FEATURE_NAMES) - 15)
    assert old.careful_threshold == pytest.approx(0.8)


def test_zwnj_pairs_build_counts_clean_spellings_per_corpus() -> None:
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("build_zwnj_lexicon", root / "scripts" / "build_zwnj_lexicon.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    candidates = {"هم اکنون": f"هم{ZWNJ}اکنون", "می شود": f"می{ZWNJ}شود", "کتاب ها": f"کتاب{ZWNJ}ها"}
    sentences = [
        (8.0, ["او", f"هم{ZWNJ}اکنون", "آمد"]),  # PerDT
        (1.0, ["هم", "اکنون", "می", "شود"]),  # ARMAN
        (1.0, ["هم", "اکنون", "کتاب", "ها"]),  # ParsTwiNER
        (1.0, ["هم", "اکنون"]),
    ]
    rows = dict(build.clean_pairs(candidates, sentences, ["perdt", "arman", "parstwiner", "parstwiner"]))
    # Unweighted counts, spaced then with ZWNJ, for PerDT, ARMAN, ParsTwiNER.
    assert rows == {f"هم{ZWNJ}اکنون": [0, 1, 1, 0, 2, 0]}  # verb prefixes and plurals are the rules' business
