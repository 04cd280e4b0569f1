"""Schemathesis against /openapi.json: generated requests for every operation
must get a documented status and a body that matches the documented schema.
Bounded to a few examples per operation to keep the suite fast."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from rayzan.api import create_app
from rayzan.store import Store
from test_api_corpus import corpus

TOKEN = "schema-test-token"


def _app_with_corpus() -> object:
    # Built at import: schemathesis parametrises from the schema at collection time
    # (its from_fixture loader does not work with this pytest).
    db = Path(_TMP.name) / "rayzan.db"
    with Store.open(str(db)) as store:
        store.ingest_many(corpus())
    return create_app(str(db), ingest_token=TOKEN, max_body=256 * 1024)


_TMP = tempfile.TemporaryDirectory(prefix="rayzan-api-schema-")
schema = schemathesis.openapi.from_asgi("/openapi.json", _app_with_corpus())


@schema.parametrize()
@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_schema_conformance(case: schemathesis.Case) -> None:
    # Ingest with the token, so generated articles reach the analysis and the store.
    headers = {"Authorization": f"Bearer {TOKEN}"} if case.path == "/api/ingest" else None
    case.call_and_validate(headers=headers)
