"""POST /api/ingest: one article as JSON, analysed by the default pipeline and stored."""

from __future__ import annotations

from typing import Any

from rayzan.document import Document
from rayzan.pipeline import default_pipeline
from rayzan.readers import article_from_dict


def analyse_article(article: dict[str, Any]) -> Document:
    """The same reading and analysis as ``rayzan analyze`` on a .json article."""
    raw = article_from_dict(article, "request body")
    return default_pipeline().analyze(raw.meta, raw.blocks)
