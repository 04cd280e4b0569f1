"""Where the database is: an explicit argument, else ``RAYZAN_DB``, else ``./rayzan.db``."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from rayzan.errors import StoreError

DEFAULT_PATH = "rayzan.db"
ENV_VAR = "RAYZAN_DB"


class LocationError(StoreError):
    """A ``--db`` (or ``RAYZAN_DB``) that can name no database: a directory that is not there, a
    malformed or unsupported URL.  A bad option value, so exit 1, as for a reading command's missing file."""

    exit_code = 1


def resolve_url(url_or_path: str | os.PathLike[str] | None = None) -> sa.URL:
    """A SQLAlchemy URL for a path, ``sqlite:///...`` or ``postgresql://...`` location."""
    location = os.fspath(url_or_path) if url_or_path is not None else os.environ.get(ENV_VAR) or DEFAULT_PATH
    if "://" not in location:
        path = Path(location).expanduser().resolve()
        if not path.parent.is_dir():
            raise LocationError(f"{location}: the directory {path.parent} does not exist; create it or pick another --db path")
        return sa.URL.create("sqlite", database=str(path))
    try:
        url = make_url(location)
    except Exception as e:  # SQLAlchemy raises ArgumentError, ValueError ... for a malformed URL
        raise LocationError(f"{location}: not a database URL ({e})") from e
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        # psycopg 3 is the one PostgreSQL driver we install.
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
            # sqlite:///x.db is relative (three slashes), sqlite:////x.db absolute: a user who meant
            # /tmp/x.db by sqlite:///tmp/x.db is told which file is meant.
            path = Path(url.database).expanduser()
            if not path.is_absolute():
                hint = f" (a relative path: for /{url.database} write sqlite:////{url.database})"
                path = Path.cwd() / path
            else:
                hint = ""
            if not path.parent.is_dir():
                raise LocationError(f"{location}: the directory {path.parent} does not exist{hint}")
            return url.set(drivername="sqlite", database=str(path))
        return url.set(drivername="sqlite")
    raise LocationError(f"{location}: unsupported database; use a file path, sqlite:///PATH or postgresql://USER@HOST/DB")


def describe(url: sa.URL) -> str:
    """The location without a password, for messages."""
    return url.render_as_string(hide_password=True)


def sqlite_file_exists(url: sa.URL) -> bool:
    """False only for a SQLite file database that is absent (a server or ``:memory:`` is "there")."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return True
    return Path(url.database).is_file()
