"""Export destinations: a path, or an open stream (text or binary)."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rayzan.errors import InputError

Destination = str | os.PathLike[str] | IO[Any]


@contextlib.contextmanager
def text_output(out: Destination) -> Iterator[IO[str]]:
    """A UTF-8 text stream with ``\\n`` line ends; a path is opened and closed here."""
    if isinstance(out, (str, os.PathLike)):
        path = _writable(out)
        with open(path, "w", encoding="utf-8", newline="") as f:
            yield f
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's binary stream open


@contextlib.contextmanager
def binary_output(out: Destination) -> Iterator[IO[bytes]]:
    if isinstance(out, (str, os.PathLike)):
        with open(_writable(out), "wb") as f:
            yield f
    elif hasattr(out, "buffer"):
        yield out.buffer  # type: ignore[union-attr]  # a text stream such as sys.stdout
    else:
        yield out  # type: ignore[misc]


def _writable(out: str | os.PathLike[str]) -> Path:
    path = Path(out)
    if not path.parent.is_dir():
        raise InputError(str(out), f"cannot write here: the directory {path.parent} does not exist")
    return path
