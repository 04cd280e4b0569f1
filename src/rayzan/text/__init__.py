"""The Persian text layer: normalise, restore ZWNJ, split sentences, tokenise."""

from __future__ import annotations

from functools import lru_cache

from rayzan.text.normalize import Normalizer, NormalizerConfig, normalize_chars
from rayzan.text.offsets import OffsetMap, apply_edits
from rayzan.text.segment import split_sentences
from rayzan.text.tokenize import tokenize
from rayzan.text.zwnj import restore_zwnj


def normalize(raw: str, zwnj: bool = True, config: NormalizerConfig | None = None) -> str:
    """Normalised text (one output line per input line); see ``normalize_with_map``."""
    return normalize_with_map(raw, zwnj=zwnj, config=config)[0]


@lru_cache(maxsize=8)
def _normalizer(config: NormalizerConfig) -> Normalizer:
    return Normalizer(config)


def normalize_with_map(raw: str, zwnj: bool = True, config: NormalizerConfig | None = None) -> tuple[str, OffsetMap]:
    """Characters and spacing normalised (``config``: digits, diacritics, spacing, punctuation; the
    default when None), then lost ZWNJ restored unless ``zwnj`` is false; with the offset map back
    to ``raw``."""
    text, omap = normalize_chars(raw) if config is None else _normalizer(config)(raw)
    if zwnj:
        text, zmap = restore_zwnj(text)
        if not zmap.is_identity:
            omap = omap.then(zmap)
    return text, omap


__all__ = [
    "Normalizer",
    "NormalizerConfig",
    "OffsetMap",
    "apply_edits",
    "normalize",
    "normalize_with_map",
    "restore_zwnj",
    "split_sentences",
    "tokenize",
]
