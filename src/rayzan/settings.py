"""One settings object, read from the environment and overridden by the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from rayzan.readers import max_bytes_setting

DEFAULT_DB = "rayzan.db"


@dataclass(frozen=True)
class Settings:
    db: str = field(default_factory=lambda: os.environ.get("RAYZAN_DB") or DEFAULT_DB)
    # Bytes, or a size such as 50M; a malformed value is a UsageError naming RAYZAN_MAX_BYTES.
    max_bytes: int = field(default_factory=max_bytes_setting)
    zwnj: bool = True
    workers: int = 1  # local processes analysing articles (rayzan.workers); the caller stays the writer
    api_token: str | None = field(default_factory=lambda: os.environ.get("RAYZAN_API_TOKEN") or None)

    def with_db(self, db: str | None) -> "Settings":
        from dataclasses import replace

        return replace(self, db=db) if db else self
