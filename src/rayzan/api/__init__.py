"""HTTP API and dashboard: ``create_app(db)`` for ASGI servers and tests, ``serve(db)`` to run one."""

from __future__ import annotations

from rayzan.api.app import create_app
from rayzan.api.server import serve

__all__ = ["create_app", "serve"]
