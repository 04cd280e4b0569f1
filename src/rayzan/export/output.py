"""Export destinations: a path, or an open stream (text or binary).

A path is written through a temporary file beside it, renamed over it only once the
export is complete: an export that fails (a bad query, a full disk, Ctrl-C) leaves an
existing file as it was, never truncated.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from rayzan.errors import OptionError

Destination = str | os.PathLike[str] | IO[Any]


@contextlib.contextmanager
def text_output(out: Destination, keep_old: Callable[[], bool] | None = None) -> Iterator[IO[str]]:
    """A UTF-8 text stream with ``\\n`` line ends; a path is opened and closed here.
    ``keep_old``: asked at the end; true leaves an existing file as it was (a run that
    wrote nothing because every input failed)."""
    if isinstance(out, (str, os.PathLike)):
        with _replacing(out, "w", keep_old, encoding="utf-8", newline="") as f:
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
        with _replacing(out, "wb", None) as f:
            yield f
    elif hasattr(out, "buffer"):
        yield out.buffer  # type: ignore[union-attr]  # a text stream such as sys.stdout
    else:
        yield out  # type: ignore[misc]


@contextlib.contextmanager
def _replacing(out: str | os.PathLike[str], mode: str, keep_old: Callable[[], bool] | None, **kwargs: Any) -> Iterator[IO[Any]]:
    """``path`` opened for writing through a temporary file in its directory (same file
    system, so the final rename is atomic), which takes the old file's permissions."""
    path = _writable(out)
    if path.exists() and not path.is_file():
        # A device or a pipe (/dev/stdout, a FIFO): nothing to protect, and nothing to rename over.
        with _naming(out), open(path, mode, **kwargs) as f:
            yield f
        return
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with _naming(out):
        f = open(temporary, mode.replace("w", "x"), **kwargs)  # noqa: SIM115  (closed below, before the rename)
    try:
        with _naming(out), f:
            yield f
        if keep_old is not None and keep_old() and path.exists():
            temporary.unlink()
            return
        with _naming(out):
            if path.exists():
                shutil.copymode(path, temporary)
            os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _writable(out: str | os.PathLike[str]) -> Path:
    path = Path(out)
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # replace the file it points to, not the link
    if path.is_dir():
        raise OptionError(str(out), "is a directory; give the name of a file to write")
    if not path.parent.is_dir():
        raise OptionError(str(out), f"cannot write here: the directory {path.parent} does not exist")
    return path


@contextlib.contextmanager
def _naming(out: str | os.PathLike[str]) -> Iterator[None]:
    """An OS error (permission denied, disk full) as one line naming the output."""
    try:
        yield
    except OSError as e:
        raise OptionError(str(out), f"cannot write: {e.strerror or e}") from e
