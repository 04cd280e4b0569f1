"""Event items flattened to one row of scalar columns (CSV, Parquet)."""

from __future__ import annotations

from typing import Any

# Column name, pyarrow type name; the order of CSV and Parquet columns.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "int64"),
    ("date", "string"),
    ("plover", "string"),
    ("cameo", "string"),
    ("quad_class", "int8"),
    ("goldstein", "float64"),
    ("confidence", "float64"),
    ("source_actor", "string"),
    ("source_text", "string"),
    ("source_country", "string"),
    ("target_actor", "string"),
    ("target_text", "string"),
    ("target_country", "string"),
    ("location_text", "string"),
    ("location_name_en", "string"),
    ("location_country", "string"),
    ("topics", "string"),  # English names (else Persian text), "; "-separated
    ("topic_countries", "string"),
    ("trigger", "string"),
    ("evidence", "string"),  # the evidence sentences of the representative mention
    ("evidence_article", "string"),
    ("mentions", "int32"),
    ("articles", "int32"),
    ("sources", "int32"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("planned", "bool_"),  # announced or scheduled, not (yet) done; last, so the columns before keep their places
)
COLUMN_NAMES = tuple(name for name, _ in EVENT_COLUMNS)


def flat_event(item: dict[str, Any]) -> dict[str, Any]:
    source, target = item.get("source") or {}, item.get("target") or {}
    location = item.get("location") or {}
    topics = item.get("topics") or []
    evidence = item.get("evidence") or []
    trigger = item.get("trigger") or {}
    return {
        "id": item["id"],
        "date": item.get("date"),
        "plover": item.get("plover"),
        "cameo": item.get("cameo"),
        "quad_class": item.get("quad_class"),
        "goldstein": item.get("goldstein"),
        "confidence": item.get("confidence"),
        "source_actor": source.get("actor"),
        "source_text": source.get("text") or None,  # "" beside a null actor and country: nobody named
        "source_country": source.get("country"),
        "target_actor": target.get("actor"),
        "target_text": target.get("text") or None,  # "" beside a null actor and country: nobody named
        "target_country": target.get("country"),
        "location_text": location.get("text"),
        "location_name_en": location.get("name_en"),
        "location_country": location.get("country"),
        "topics": "; ".join(str(t.get("name_en") or t.get("text") or "") for t in topics) or None,
        "topic_countries": "; ".join(str(t["country"]) for t in topics if t.get("country")) or None,
        "trigger": trigger.get("text"),
        "evidence": " ".join(e.get("text", "") for e in evidence) or None,
        "evidence_article": evidence[0].get("article") if evidence else None,
        "mentions": item.get("mentions"),
        "articles": item.get("articles"),
        "sources": item.get("sources"),
        "first_seen": item.get("first_seen"),
        "last_seen": item.get("last_seen"),
        "planned": item.get("planned"),
    }
