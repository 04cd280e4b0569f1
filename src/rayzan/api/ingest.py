"""POST /api/ingest: one article as JSON, analysed by the default pipeline and stored."""

from __future__ import annotations

from typing import Any

from fastapi.exceptions import RequestValidationError

from rayzan.document import Document
from rayzan.pipeline import default_pipeline
from rayzan.readers import article_from_dict
from rayzan.readers.dates import DATE_FORMS, parse_date


def analyse_article(article: dict[str, Any]) -> Document:
    """The same reading and analysis as ``rayzan analyze`` on a .json article.

    A ``published`` that is no date is a 422 naming the field: a file reader can
    only warn and store the article undated, a client can send it again."""
    published = article.get("published")
    if published is not None and str(published).strip() and parse_date(published) is None:
        raise RequestValidationError([{
            "loc": ("body", "published"), "type": "value_error", "input": published,
            "msg": f"not a date: give {DATE_FORMS}",
        }])
    raw = article_from_dict(article, "request body")
    return default_pipeline().analyze(raw.meta, raw.blocks)
