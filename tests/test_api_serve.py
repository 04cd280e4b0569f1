"""``rayzan.api.serve``: a real uvicorn process on a free loopback port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from rayzan.store import Store
from test_api_corpus import corpus


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_api_serve_answers_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "rayzan.db"
    with Store.open(str(db)) as store:
        store.ingest_many(corpus())
    port = free_port()
    code = f"from rayzan.api import serve; serve({str(db)!r}, host='127.0.0.1', port={port})"
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                events = httpx.get(f"{base}/api/events", params={"dyad": "IRN-RUS"}, timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, "the server exited"
                assert time.monotonic() < deadline, "the server did not answer within 30 s"
                time.sleep(0.1)
        assert events.status_code == 200 and events.json()["total"] == 3
        page = httpx.get(f"{base}/", timeout=5)
        assert page.status_code == 200 and "Rayzan" in page.text
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=10)
    # It told the user where to open the dashboard.
    assert f"http://127.0.0.1:{port}/" in stderr
