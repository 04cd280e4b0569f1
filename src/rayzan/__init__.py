"""Rayzan: Persian news to a structured, checkable record of political events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from rayzan.document import Document


def analyze(text_or_article: Any, **meta: Any) -> "Document":
    """Analyse one article: a string (first line title, second lead, then body),
    a dict in any shape the JSON reader accepts, or a RawArticle."""
    from rayzan.pipeline import default_pipeline
    from rayzan.readers import to_raw_article

    article = to_raw_article(text_or_article, **meta)
    return default_pipeline().analyze(article.meta, article.blocks)


__all__ = ["analyze", "__version__"]
