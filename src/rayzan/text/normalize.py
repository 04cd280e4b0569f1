"""Character-level normalisation of Persian text, keeping an offset map.

One output line per input line; letters and digits are mapped one to one
(``str.translate``), everything that changes length is an edit, so the map back
to the raw text stays exact.  ZWNJ restoration is a separate pass
(``rayzan.text.zwnj``) composed after this one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rayzan.text.offsets import OffsetMap, apply_edits

ZWNJ = "\u200c"

_LETTERS = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ڪ": "ک", "ھ": "ه", "ە": "ه", "ۍ": "ی", "ې": "ی",
}
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_LATIN_DIGITS = "0123456789"


@dataclass(frozen=True, slots=True)
class NormalizerConfig:
    digits: str = "persian"  # persian | latin | keep
    remove_diacritics: bool = True
    fix_spacing: bool = True


def _build_table(config: NormalizerConfig) -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _LETTERS.items() if len(v) == 1 and k != v}
    # Arabic presentation forms (FB50–FDFF, FE70–FEFF) decompose to base letters via NFKC;
    # keep only those that stay one character so offsets remain one to one.
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFKC", ch)
        if len(base) == 1 and base != ch:
            table[cp] = table.get(ord(base), base)
    if config.digits == "persian":
        for src in (_ARABIC_DIGITS, _LATIN_DIGITS):
            for a, b in zip(src, _PERSIAN_DIGITS):
                table[ord(a)] = b
    elif config.digits == "latin":
        for src in (_ARABIC_DIGITS, _PERSIAN_DIGITS):
            for a, b in zip(src, _LATIN_DIGITS):
                table[ord(a)] = b
    table[ord("\u00a0")] = " "
    table[ord("\t")] = " "
    table[ord("\u066a")] = "٪"
    table[ord("\u060d")] = "،"  # Arabic date separator, often misused as a comma
    return table


# Kashida, bidi controls, BOM and zero-width characters other than ZWNJ carry no meaning in text.
_DELETE = "\u0640\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"

_PUNCT_BEFORE = "،؛؟!.:)»"  # no space before these
_PUNCT_AFTER = "(«"  # no space after these


def _edit_pattern(config: NormalizerConfig) -> re.Pattern[str]:
    delete = _DELETE + (_DIACRITICS if config.remove_diacritics else "")
    parts = [
        rf"(?P<del>[{re.escape(delete)}]+)",
        r"(?P<zw>\u200c{2,}|(?<=[\s\u200c])\u200c+|\u200c+(?=[\s\u200c]|$))",  # doubled or stray ZWNJ
        r"(?P<ws> {2,})",
        r"(?P<lead>^ +| +$)",
    ]
    if config.fix_spacing:
        parts.append(rf"(?P<before> +(?=[{re.escape(_PUNCT_BEFORE)}]))")
        parts.append(rf"(?P<after>(?<=[{re.escape(_PUNCT_AFTER)}]) +)")
        # Persian punctuation glued to the next word: "غزه،سوریه" -> "غزه، سوریه"
        parts.append(r"(?P<glue>(?<=[،؛؟])(?=[^\s\d۰-۹،؛؟!.:»)\"']))")
    return re.compile("|".join(parts), re.MULTILINE)


class Normalizer:
    """Built once from a config; ``__call__(raw) -> (text, OffsetMap)``."""

    def __init__(self, config: NormalizerConfig | None = None) -> None:
        self.config = config or NormalizerConfig()
        self._table = _build_table(self.config)
        self._pattern = _edit_pattern(self.config)

    def _edits(self, text: str):
        for m in self._pattern.finditer(text):
            kind = m.lastgroup
            s, e = m.span()
            if kind == "ws":
                yield s, e, " "
            elif kind == "glue":
                yield s, e, " "
            else:
                yield s, e, ""

    def __call__(self, raw: str) -> tuple[str, OffsetMap]:
        # Translate first (one to one, offsets unchanged), then apply length-changing edits.
        text = raw.replace("\r\n", "\n") if "\r" in raw else raw
        first = None
        if text is not raw:
            text, first = apply_edits(raw, ((m.start(), m.end(), "\n") for m in re.finditer("\r\n", raw)))
        text = text.translate(self._table)
        out, omap = apply_edits(text, self._edits(text))
        # A second round settles spacing exposed by deletions (e.g. "a \u200e b").
        again, omap2 = apply_edits(out, self._edits(out))
        if not omap2.is_identity:
            out, omap = again, omap.then(omap2)
        if first is not None:
            omap = first.then(omap)
        return out, omap


_default: Normalizer | None = None


def normalize_chars(raw: str) -> tuple[str, OffsetMap]:
    global _default
    if _default is None:
        _default = Normalizer()
    return _default(raw)
