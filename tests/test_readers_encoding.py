"""Encodings met on Persian sites, and inputs that are not text at all."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from rayzan.errors import InputError
from rayzan.readers import iter_articles
from rayzan.readers.encoding import decode

ARTICLE = "سفیر ایران در مسکو\nکاظم جلالی با معاون وزیر خارجه روسیه دیدار کرد.\n"


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with BOM
        ARTICLE.encode("utf-16-le"),  # without BOM
        ARTICLE.replace("ی", "ي").replace("ک", "ك").encode("cp1256"),  # legacy sites: cp1256 has only Arabic ي/ك
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "windows-1256"],
)
def test_readers_encoding_detected(data: bytes) -> None:
    text = decode(data, "x.txt")
    assert "جلالی" in text.replace("ي", "ی") and "مسکو" in text.replace("ك", "ک")


def test_readers_encoding_rejects_latin1_and_binary() -> None:
    with pytest.raises(InputError, match="cannot decode"):
        decode("Café déjà vu, naïve".encode("latin-1"), "f.txt")
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 4, "f.bin")
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n ", "f.txt")


def test_readers_bad_files_reported_and_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    huge = tmp_path / "huge.txt"
    huge.write_text(ARTICLE * 200, encoding="utf-8")
    found = list(iter_articles([str(empty), str(binary), str(huge), str(good), str(tmp_path / "missing.txt")], max_bytes=4000))
    errors = {Path(e.where).name: e.reason for e in found if isinstance(e, InputError)}
    assert set(errors) == {"empty.txt", "image.txt", "huge.txt", "missing.txt"}
    assert "over the" in errors["huge.txt"] and "binary" in errors["image.txt"] and "empty" in errors["empty.txt"]
    assert [a.meta.title for a in found if not isinstance(a, InputError)] == ["سفیر ایران در مسکو"]


def test_readers_encoding_damaged_utf8_is_not_read_as_windows_1256() -> None:
    # One stray byte in UTF-8 Persian: read as Windows-1256 it would still look Arabic (سلام ->
    # ط³ظ„ط§ظ…), so it must be an error naming the file, never that mojibake.
    damaged = ARTICLE.encode("utf-8").replace("مسکو".encode(), "مسکو".encode() + b"\xff")
    with pytest.raises(InputError, match="damaged UTF-8: an invalid byte at 33"):
        decode(damaged, "x.txt")
    # A download cut inside its last character loses only that character.
    cut = ARTICLE.rstrip(".\n").encode("utf-8")[:-1]  # half of the last letter (د) is gone
    assert decode(cut, "x.txt") == ARTICLE.rstrip(".\n")[:-1]


def test_readers_encoding_stream_lines_keep_their_place() -> None:
    import io

    from rayzan.readers.encoding import stream_lines

    data = ARTICLE.encode("utf-8") + b"\xffbad\r\nlast"
    codec, lines = stream_lines(io.BufferedReader(io.BytesIO(data)), "stdin")
    assert codec == "utf-8"
    assert list(lines) == [
        ("سفیر ایران در مسکو\n", False),
        ("کاظم جلالی با معاون وزیر خارجه روسیه دیدار کرد.\n", False),
        ("\ufffdbad\r\n", True),
        ("last", False),
    ]
    legacy = ARTICLE.replace("ی", "ي").replace("ک", "ك").encode("cp1256")
    codec, lines = stream_lines(io.BufferedReader(io.BytesIO(legacy)), "stdin")
    assert codec == "cp1256" and "جلالي" in "".join(line for line, _ in lines)
    with pytest.raises(InputError, match="binary"):
        stream_lines(io.BufferedReader(io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(100))), "stdin")


LEGACY = ARTICLE.replace("ی", "ي").replace("ک", "ك")  # Windows-1256 has only the Arabic ي/ك
# What a legacy Persian site wraps an article in: far more ASCII markup than Persian words.
MENU = "".join(f'<li><a href="/category/section-{i}/index.html" class="menu-item">Section {i}</a></li>' for i in range(40))


@pytest.mark.parametrize(
    ("name", "markup"),
    [
        (
            "page.html",
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>{title}</title></head>'
            '<body><ul class="menu">' + MENU + '</ul><div id="main"><h1>{title}</h1><p>{lead}</p><p>{lead}</p></div></body></html>',
        ),
        (
            "feed.rss",
            '<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>خبرگزاري</title>'
            "<link>https://legacy.example.ir/</link><description>Latest news, politics, economy and sports</description>"
            "<item><title>{title}</title><link>https://legacy.example.ir/news/1403/02/31/article-12345.html</link>"
            "<description>{lead}</description></item></channel></rss>",
        ),
    ],
)
def test_readers_encoding_windows_1256_page_or_feed_with_much_markup(name: str, markup: str, tmp_path: Path) -> None:
    # Judged on all its letters, markup included, such a file read as neither UTF-8 nor Persian and
    # was refused; a feed read as Windows-1256 was then decoded again by feedparser (its XML says
    # encoding="windows-1256"): ط³ظپغŒط± mojibake.
    title, lead = LEGACY.splitlines()
    path = tmp_path / name
    path.write_bytes(markup.format(title=title, lead=lead).encode("cp1256"))
    [article] = list(iter_articles([str(path)]))
    assert not isinstance(article, InputError), article
    assert article.meta.title == title and "معاون وزير خارجه روسيه" in article.raw


@pytest.mark.parametrize("text", ["Müller Straße größer Ärger", "España, año, información, canción"])
def test_readers_encoding_latin1_is_not_mistaken_for_windows_1256(text: str) -> None:
    # Read as Windows-1256, ß and ñ become Arabic letters (Straكe, aٌo), one inside each Latin word.
    with pytest.raises(InputError, match="cannot decode"):
        decode(text.encode("latin-1"), "f.txt")


def test_readers_encoding_stray_nul_in_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    # One NUL byte (a writer that crashed mid-file) refused the whole UTF-8 file as binary, while
    # the same NUL in UTF-16 became U+FFFD with a warning, as the README says.
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-8").replace("مسکو".encode(), "مسکو".encode() + b"\x00"))
    warnings: list = []
    [article] = list(iter_articles([str(path)], on_warning=warnings.append))
    assert not isinstance(article, InputError), article
    assert "مسکو\ufffd" in article.raw
    assert [w.where for w in warnings] == [str(path)] and "U+FFFD" in warnings[0].reason


@pytest.mark.parametrize(
    ("data", "named"),
    [
        # An ASCII-only PDF has no NUL byte: it was read as a text article of PDF syntax.
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "a PDF document; extract its text first"),
        (__import__("gzip").compress(ARTICLE.encode("utf-8")), "gzip-compressed data; decompress it first"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a zip archive"),
    ],
    ids=["pdf", "gzip", "docx"],
)
def test_readers_encoding_names_what_a_binary_file_is(data: bytes, named: str) -> None:
    with pytest.raises(InputError, match=f"^f.txt: binary data, not text: {named}"):
        decode(data, "f.txt")


_SLOPPY_1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


@pytest.mark.parametrize(
    ("misread", "name"),
    [
        (lambda raw: "".join(_SLOPPY_1252[b] for b in raw), "Windows-1252"),  # سفیر → Ø³Ù�ÛŒØ±, as Windows writes it
        (lambda raw: raw.decode("latin-1"), "Latin-1"),
        (lambda raw: raw.decode("cp1256"), "Windows-1256"),  # سفیر → ط³ظپغŒط±
    ],
    ids=["windows-1252", "latin-1", "windows-1256"],
)
def test_readers_encoding_mojibake_is_repaired_with_a_warning(misread, name: str, tmp_path: Path) -> None:
    # It was analysed as it was: Latin letters (or ط/ظ soup), no entities, no events, exit code 0.
    path = tmp_path / "mojibake.txt"
    path.write_text(misread(ARTICLE.encode("utf-8")), encoding="utf-8")
    warnings: list = []
    [article] = list(iter_articles([str(path)], on_warning=warnings.append))
    assert article.raw == ARTICLE.strip()
    [warning] = warnings
    assert warning.where == str(path) and warning.reason.startswith(f"Persian read as {name} and saved again")


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,  # Persian
        "مرحبا بالعالم، هذا خبر عاجل من الدوحة.",  # Arabic: Windows-1256 holds it, but not as UTF-8 bytes
        "Café déjà vu, naïve façade",  # Latin-1 holds it, but it is no UTF-8 either
    ],
)
def test_readers_encoding_text_that_is_no_mojibake_is_left_alone(text: str) -> None:
    from rayzan.readers.encoding import repair_mojibake

    assert repair_mojibake(text) == (text, None)
