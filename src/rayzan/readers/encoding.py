"""Bytes to text for Persian files: UTF-8 (with or without BOM), UTF-16 and
Windows-1256, the encoding of legacy Persian sites.

Windows-1256 decodes almost any byte string, so it is accepted only when the
result reads as Persian/Arabic-script text; anything else is an error that
names the file, never mojibake passed on silently.
"""

from __future__ import annotations

import codecs

from rayzan.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, where: str) -> str:
    """Decode ``data`` read from ``where``; raise InputError naming it when impossible."""
    if not data.strip():
        raise InputError(where, "empty input")
    text = _decode(data, where)
    if _looks_binary(text):
        raise InputError(where, "binary data (control characters), not a text file")
    return text


def _decode(data: bytes, where: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(where, f"starts with a {codec} byte-order mark but is not valid {codec}: {e.reason} at byte {e.start}") from e
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(where, "binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        text = data.decode("cp1256", errors="replace")
        if not _reads_as_arabic_script(text):
            raise InputError(
                where,
                f"cannot decode: not UTF-8 (invalid byte at {utf8_error.start}), UTF-16 or Windows-1256 Persian text; "
                "convert it to UTF-8 (e.g. iconv -f <encoding> -t utf-8)",
            ) from utf8_error
    return text


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: every other byte is NUL for ASCII, or 0x06 for Arabic script."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(1 for b in high if b in (0x00, 0x06, 0x20)) / len(high)
        if share > 0.9 and high.count(0) + high.count(6) > len(high) * 0.5:
            return codec
    return None


def _reads_as_arabic_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters or "\ufffd" in text:
        return False
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return arabic / len(letters) >= 0.5


def _looks_binary(text: str) -> bool:
    sample = text[:8000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls > max(2, len(sample) // 100)
