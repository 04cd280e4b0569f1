"""ZWNJ restoration: the seam where lost zero-width non-joiners come back.

``restore_zwnj(text) -> (text, OffsetMap)`` repairs both corruptions met in
scraped Persian: letters joined (``میشود``) and ZWNJ replaced by a space
(``می شود``).  It never adds or drops a letter and keeps every line.
"""

from __future__ import annotations

from rayzan.text.offsets import OffsetMap


def restore_zwnj(text: str) -> tuple[str, OffsetMap]:
    # Filled in by the text-layer work (issue 3); until then text passes through unchanged.
    return text, OffsetMap.identity(len(text))
