"""Bytes to text for Persian files: UTF-8 (with or without BOM), UTF-16 and
Windows-1256, the encoding of legacy Persian sites.

Windows-1256 decodes almost any byte string, so it is accepted only when the
result reads as Persian/Arabic-script text; anything else is an error that
names the file, never mojibake passed on silently.  ``stream_lines`` does the
same for a stream too large to hold (``rayzan normalize`` on stdin).
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from rayzan.errors import InputError

# Stands in for undecodable bytes until their line is known (a noncharacter: no text holds it).
_BAD_BYTES = "\U0010fffe"
codecs.register_error("rayzan-mark", lambda error: (_BAD_BYTES, error.end))  # type: ignore[arg-type]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# What a file that is no text most often turns out to be, by its first bytes, and what to do.
_MAGIC = (
    (b"%PDF-", "a PDF document", "extract its text first (e.g. pdftotext)"),
    (b"\x1f\x8b", "gzip-compressed data", "decompress it first (gunzip)"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx, which are zips)", "unpack it or save it as text first"),
    (b"BZh", "bzip2-compressed data", "decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "xz-compressed data", "decompress it first (unxz)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data", "decompress it first (unzstd)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it first"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "save it as text first"),
    (b"\x89PNG", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF8", "a GIF image", ""),
    (b"SQLite format 3\x00", "an SQLite database", ""),
)


def decode(data: bytes, where: str) -> str:
    """Decode ``data`` read from ``where``; raise InputError naming it when impossible."""
    if not data.strip():
        raise InputError(where, "empty input")
    _refuse_known_binary(data, where)
    text = _decode(data, where)
    if _looks_binary(text):
        raise InputError(where, "binary data (control characters), not a text file")
    return text


# Windows-1252 as Windows itself writes it: its five undefined bytes pass through as in Latin-1.
_SLOPPY_1252 = codecs.charmap_build("".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)))
_MOJIBAKE_CODECS = (("Windows-1252", "sloppy-1252"), ("Latin-1", "latin-1"), ("Windows-1256", "cp1256"))


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """``text`` repaired when all of it is UTF-8 Persian that was once decoded as Windows-1252,
    Latin-1 or Windows-1256 and saved again (دیدار → Ø¯ÛŒØ¯Ø§Ø± or ط¯غŒط¯ط§ط±), with the name of
    that encoding; else ``text`` and None.  Only a round trip that is exact and gives Persian
    counts: real Persian never survives it (ی is not in Windows-1256, and its letters there are
    not valid UTF-8 byte sequences)."""
    for name, codec in _MOJIBAKE_CODECS:
        try:
            raw = codecs.charmap_encode(text, "strict", _SLOPPY_1252)[0] if codec == "sloppy-1252" else text.encode(codec)
            repaired = raw.decode("utf-8")
        except UnicodeError:
            continue
        if repaired != text and _reads_as_arabic_script(repaired):
            return repaired, name
    return text, None


def _refuse_known_binary(data: bytes, where: str) -> None:
    for magic, kind, hint in _MAGIC:
        if data.startswith(magic):
            raise InputError(where, f"binary data, not text: {kind}" + (f"; {hint}" if hint else ""))


def _decode(data: bytes, where: str) -> str:
    codec = _codec(data)
    if codec != "utf-8":
        try:
            return data.decode(codec)
        except UnicodeDecodeError as e:
            raise InputError(where, f"reads as {codec} but is not valid {codec}: {e.reason} at byte {e.start}") from e
    if b"\x00" in data:
        # A stray NUL in text (a writer that crashed mid-file) becomes U+FFFD with a warning, as a
        # NUL in UTF-16 or a JSON "\u0000" does; NULs in what is no UTF-8 text mean binary data.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        if not text or _looks_binary(text):
            raise InputError(where, "binary data (NUL bytes), not a text file")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        if utf8_error.reason == "unexpected end of data":
            return data[: utf8_error.start].decode("utf-8")  # a download cut inside its last character
        if _mostly_utf8(data):
            raise InputError(where, f"damaged UTF-8: an invalid byte at {utf8_error.start}") from utf8_error
        raise InputError(
            where,
            f"cannot decode: not UTF-8 (invalid byte at {utf8_error.start}), UTF-16 or Windows-1256 Persian text; "
            "convert it to UTF-8 (e.g. iconv -f <encoding> -t utf-8)",
        ) from utf8_error


def _codec(data: bytes) -> str:
    """The encoding ``data`` (a file, or the first chunk of a stream) reads in: a byte-order mark,
    UTF-16 without one, Windows-1256 when UTF-8 fails and the text reads as Persian, else UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    utf16 = _sniff_utf16(data)
    if utf16:
        return utf16
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)  # a character cut at the end is fine
    except UnicodeDecodeError:
        if not _mostly_utf8(data) and _reads_as_arabic_script(data.decode("cp1256", errors="replace")):
            return "cp1256"
    return "utf-8"


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


_WORD = re.compile(r"[^\W\d_]+")


def _reads_as_arabic_script(text: str) -> bool:
    """Whether the words of ``text`` that hold a non-ASCII letter are mostly Arabic script.  Words
    all in ASCII (the tags, attributes and scripts of a feed or a page) do not count: an RSS file
    or a page from a legacy Persian site is mostly markup.  A Latin-1 text misread does not pass:
    its accented letters turn into Arabic ones one at a time, inside Latin words (año → aٌo)."""
    if "\ufffd" in text:
        return False
    letters = "".join(w for w in _WORD.findall(text) if not w.isascii())
    if not letters:
        return False
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return arabic / len(letters) >= 0.5


def _looks_binary(text: str) -> bool:
    sample = text[:8000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls > max(2, len(sample) // 100)


def stream_lines(stream: BinaryIO, where: str) -> tuple[str, Iterator[tuple[str, bool]]]:
    """The encoding of a byte stream, chosen from its first chunk as ``decode`` chooses, and its
    lines, endings kept (``\\n``, ``\\r\\n`` or ``\\r``), each with whether it held bytes that
    encoding cannot decode (they read U+FFFD).  Streamed: input of any size stays in bounded
    memory, and a line typed at a terminal comes out before the next is read.  InputError naming
    ``where`` for binary data."""
    head = _read_available(stream, 1 << 16)
    codec = _stream_codec(head, where)
    raw = io.BufferedReader(_Prefixed(head, stream))  # type: ignore[arg-type]
    text = io.TextIOWrapper(raw, encoding=codec, errors="rayzan-mark", newline="")
    return codec, ((line.replace(_BAD_BYTES, "\ufffd"), True) if _BAD_BYTES in line else (line, False) for line in text)


def _stream_codec(head: bytes, where: str) -> str:
    _refuse_known_binary(head, where)
    codec = _codec(head)
    if _looks_binary(head.decode(codec, errors="replace")):
        raise InputError(where, "binary data (NUL or control bytes), not text")
    return codec


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with a few damaged bytes: read as Windows-1256, its Persian would
    be mojibake that still looks Arabic (سلام → ط³ظ„ط§ظ…), so the share of bad bytes decides.  In
    Windows-1256 Persian almost every byte above 0x7F is invalid UTF-8."""
    non_ascii = sum(1 for b in data if b > 0x7F)
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    return bad * 5 < non_ascii


def _read_available(stream: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes, without waiting for more than one read (a terminal gives a line)."""
    return stream.read1(size) if hasattr(stream, "read1") else stream.read(size)


class _Prefixed(io.RawIOBase):
    """``head`` (already read), then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = memoryview(head), stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size] = self.head[:size]
            self.head = self.head[size:]
            return size
        data = _read_available(self.stream, len(buffer))
        buffer[: len(data)] = data
        return len(data)
