"""Discrete signals the neural tagger embeds, shared by training and inference.

The same knowledge the stacked CRF uses, as short strings: a word's own
signals (its clusters at three granularities, shape, label priors from other
corpora) are computed once per word; a token's signals depend on its
sentence (the helper CRFs' tags, gazetteer and knowledge-base matches).
The BiLSTM sees the neighbours, so no window is spelt out here.
"""

from __future__ import annotations

from typing import Sequence

from rayzan.ner.features import FeatureSpace, word_shape


def word_signals(space: FeatureSpace, key: str) -> list[str]:
    clusters = space.clusters.get(key)
    out = [f"c{j}={c}" for j, c in enumerate(clusters)] if clusters else ["c=none"]
    out.append("sh=" + word_shape(key))
    out.extend("lx=" + p for p in space.priors.get(key, ()))
    return out


def token_signals(
    space: FeatureSpace,
    keys: Sequence[str],
    helper_tags: Sequence[Sequence[str]],
    matches: tuple[list[list[str]] | None, list[list[str]] | None] | None = None,
) -> list[list[str]]:
    """Per token: each helper's tag (``h0=B-PER``), the first two helpers' tags
    together, and gazetteer (``g=``) and knowledge-base (``k=``) matches
    (``space.name_matches``, computed here unless given)."""
    out: list[list[str]] = [[] for _ in keys]
    for col, tags in enumerate(helper_tags):
        name = f"h{col}="
        for signals, tag in zip(out, tags):
            signals.append(name + tag)
    if len(helper_tags) >= 2:
        for signals, a, b in zip(out, helper_tags[0], helper_tags[1]):
            signals.append("hh=" + a + "|" + b)
    for prefix, found_per_token in zip(("g=", "k="), space.name_matches(keys) if matches is None else matches):
        if found_per_token is not None:
            for signals, found in zip(out, found_per_token):
                if found:
                    signals.extend(prefix + m for m in found)
    return out
