"""Event records as PLOVER/POLECAT-style JSON objects (one per line).

Field names follow POLECAT's published event table (event_id, event_date,
event_type, event_mode, contexts, quad_code, actor/recipient, placename ...),
with Rayzan's evidence, counts and actor ids added.
"""

from __future__ import annotations

from typing import Any

from rayzan.events.ontology import cameo_table


def _mode_and_contexts(item: dict[str, Any]) -> tuple[str | None, list[str]]:
    """PLOVER keeps CAMEO's sub-codes as mode and context (042: mode visit; 0311: context
    economic), read from the CAMEO2PLOVER table as the coder reads the type.  PLOVER's special
    contexts: "future" for a planned event, "negation" for a negated one."""
    entry = cameo_table().get(str(item.get("cameo") or ""))
    mode, contexts = (entry.mode, list(entry.contexts)) if entry is not None else (None, [])
    special = [name for flag, name in (("planned", "future"), ("negated", "negation")) if item.get(flag)]
    return mode, [*contexts, *special]


def plover_record(item: dict[str, Any], actors: dict[str, dict[str, Any]], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    location = item.get("location") or {}
    mode, contexts = _mode_and_contexts(item)
    return {
        "event_id": item["id"],
        "event_date": item.get("date"),
        "event_type": item.get("plover"),
        "event_mode": mode,  # null when PLOVER gives none, as the manual asks
        "event_intensity": item.get("goldstein"),
        "quad_code": item.get("quad_class"),
        "contexts": contexts,
        "cameo": item.get("cameo"),
        "actor": _party(item.get("source") or {}, actors),
        "recipient": _party(item.get("target") or {}, actors),
        "placename": location.get("text"),
        "placename_en": location.get("name_en"),
        "country": location.get("country"),
        "topics": item.get("topics") or [],
        "event_text": " ".join(e.get("text", "") for e in item.get("evidence") or []),
        "trigger": (item.get("trigger") or {}).get("text"),
        "confidence": item.get("confidence"),
        "language": "fa",
        "num_mentions": item.get("mentions"),
        "num_articles": item.get("articles"),
        "num_sources": item.get("sources"),
        "first_seen": item.get("first_seen"),
        "last_seen": item.get("last_seen"),
        "source_urls": [m["url"] for m in mentions if m.get("url")],
        "outlets": sorted({m["source"] for m in mentions if m.get("source")}),
    }


def _party(side: dict[str, Any], actors: dict[str, dict[str, Any]]) -> dict[str, Any]:
    actor = actors.get(side.get("actor") or "") or {}
    roles = actor.get("roles") or []
    return {
        "actor_id": side.get("actor"),
        "name": side.get("text"),
        "name_en": actor.get("name_en"),
        "country": side.get("country") or actor.get("country"),
        "agent_type": actor.get("sector") or actor.get("kind"),
        "title": roles[0].get("title_en") if roles else None,
        "code": actor.get("code"),
    }
