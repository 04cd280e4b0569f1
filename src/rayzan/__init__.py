"""Rayzan: Persian news to a structured, checkable record of political events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from rayzan.document import Document


def analyze(text_or_article: Any, *, zwnj: bool = True, **meta: Any) -> "Document":
    """Analyse one article: a string (first line title, second lead, then body),
    a dict in any shape the JSON reader accepts, or a RawArticle.  ``zwnj=False``
    leaves ZWNJ as written, as ``--no-zwnj`` does on the command line."""
    from rayzan.pipeline import build_document, default_pipeline
    from rayzan.readers import to_raw_article

    article = to_raw_article(text_or_article, **meta)
    # The stages after the text do not depend on it: the shared pipeline serves both settings.
    return default_pipeline()(build_document(article.meta, article.blocks, zwnj=zwnj))


__all__ = ["analyze", "__version__"]
