"""``rayzan serve``: the API and dashboard on a real uvicorn server."""

from __future__ import annotations

import sys

from rayzan.api.app import create_app


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    app = create_app(db)
    shown = f"[{host}]" if ":" in host else host
    print(f"Rayzan dashboard: http://{shown}:{port}/  (API schema at /openapi.json)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)
