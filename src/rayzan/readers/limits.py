"""The input size limit: ``RAYZAN_MAX_BYTES`` read, and sizes written for people.

Units are binary, as the default's "50 MB" is: ``50M`` = ``50MB`` = ``50MiB`` =
52428800 bytes; ``k``, ``M`` and ``G`` in any case, with or without ``B``/``iB``.
"""

from __future__ import annotations

import os
import re

from rayzan.errors import UsageError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?", re.IGNORECASE)


def parse_size(value: str, name: str = "RAYZAN_MAX_BYTES") -> int:
    """Bytes in ``value``: a whole number of bytes or a size with a unit (``500k``, ``50M``, ``1.5G``)."""
    m = _SIZE.fullmatch(value.strip().removeprefix("-"))
    if value.strip().startswith("-") and m:
        raise UsageError(f"{name}={value!r} must be more than zero (for example 50M)")
    if not m or (not m.group(2) and "." in m.group(1)):
        raise UsageError(
            f"{name}={value!r} is not a size: give a number of bytes (52428800) or a size with a unit "
            "(500k, 50M, 1G; binary, so 50M = 52428800 bytes)"
        )
    size = int(float(m.group(1)) * _UNITS[(m.group(2) or "").lower()])
    if size <= 0:
        raise UsageError(f"{name}={value!r} must be more than zero (for example 50M)")
    return size


def max_bytes_setting() -> int:
    """``RAYZAN_MAX_BYTES`` from the environment, else the default; a clear error when malformed."""
    value = os.environ.get("RAYZAN_MAX_BYTES")
    return parse_size(value) if value and value.strip() else DEFAULT_MAX_BYTES


def format_size(size: float) -> str:
    """``734 bytes``, ``12 kB``, ``1.5 MB``: binary units, at most one decimal."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{int(size)} byte" + ("" if size == 1 else "s")


def over_limit(size: int | None, limit: int, what: str = "file") -> str:
    """``file is 3.2 MB, over the 1 MB limit``; exact bytes when rounding would show them equal."""
    shown, cap = format_size(size or 0), format_size(limit)
    if shown == cap or limit < 1024:
        shown, cap = f"{size or 0:,} bytes", f"{limit:,}-byte"
    if size is None:
        return f"{what} is over the {cap} limit (set RAYZAN_MAX_BYTES to raise it)"
    return f"{what} is {shown}, over the {cap} limit (set RAYZAN_MAX_BYTES to raise it)"
