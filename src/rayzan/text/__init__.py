"""The Persian text layer: normalise, restore ZWNJ, split sentences, tokenise."""

from __future__ import annotations

from rayzan.text.normalize import Normalizer, NormalizerConfig, normalize_chars
from rayzan.text.offsets import OffsetMap, apply_edits
from rayzan.text.segment import split_sentences
from rayzan.text.tokenize import tokenize
from rayzan.text.zwnj import restore_zwnj


def normalize(raw: str, zwnj: bool = True) -> str:
    """Normalised text (one output line per input line); see ``normalize_with_map``."""
    return normalize_with_map(raw, zwnj=zwnj)[0]


def normalize_with_map(raw: str, zwnj: bool = True) -> tuple[str, OffsetMap]:
    text, omap = normalize_chars(raw)
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
