"""Readers: every input shape Rayzan accepts, on real Persian text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES

from rayzan.errors import InputError
from rayzan.readers import RawArticle, iter_articles, read_bytes, sniff


def articles(*paths: str | Path) -> list:
    return list(iter_articles([str(p) for p in paths]))


def test_readers_plain_text_in_the_seed_shape(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    [article] = articles(path)
    kinds = [b.kind for b in article.blocks]
    assert kinds[:3] == ["title", "lead", "heading"]  # «گفتگوهای ایران و روسیه در مسکو» has no final period
    assert kinds.count("item") == 4  # the four «- » bullet lines
    assert article.blocks[0].text == "رایزنی ایران و روسیه در مسکو درباره تحولات منطقهای"
    assert "heading" in kinds[10:]  # «تأکید بر همکاریهای دوجانبه منطقهای»


def test_readers_fars_news_list(fars_file: Path) -> None:
    found = articles(fars_file)
    assert len(found) == 300 and not [a for a in found if isinstance(a, InputError)]
    first = found[0]
    assert first.meta.url == "https://www.farsnews.ir/news/8707060313"
    assert first.meta.source == "farsnews.ir"
    assert first.meta.published == "2008-09-27"  # 1387/07/06 from the Fars id
    assert [b.kind for b in first.blocks[:3]] == ["title", "lead", "paragraph"]


def test_readers_example_shapes() -> None:
    found = articles(EXAMPLES)
    assert not [a for a in found if isinstance(a, InputError)]
    titles = {a.meta.title for a in found}
    assert "دیدار وزرای خارجه ایران و جمهوری آذربایجان در باکو" in titles  # .txt
    assert "سفر نخست‌وزیر عراق به تهران و دیدار با رئیس‌جمهور" in titles  # .json
    assert "گروسی در تهران با رئیس سازمان انرژی اتمی دیدار کرد" in titles  # .html
    assert "چین خواستار خویشتنداری در دریای سرخ شد" in titles  # .rss


def test_readers_html_keeps_zwnj_canonical_url_and_date() -> None:
    [page] = articles(EXAMPLES / "iaea-visit.html")
    assert page.meta.url == "https://news.example.ir/nuclear/14050905-grossi-tehran"
    assert page.meta.published == "2026-11-26"
    text = page.raw
    assert "آژانس بین\u200cالمللی انرژی اتمی" in text  # trafilatura alone drops the ZWNJ
    assert "پربازدیدها" not in text and "همه حقوق محفوظ" not in text  # boilerplate left out


def test_readers_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>خانه</a></nav></body></html>", encoding="utf-8")
    [error] = articles(path)
    assert isinstance(error, InputError) and "no main text" in error.reason and error.where == str(path)


def test_readers_feed_entries_and_broken_entries(tmp_path: Path) -> None:
    found = articles(EXAMPLES / "world-feed.rss")
    assert [a.meta.published for a in found] == ["2026-11-27", "2026-11-27"]
    assert found[0].blocks[1].kind == "lead" and found[0].blocks[2].kind == "paragraph"
    broken = tmp_path / "broken.xml"
    broken.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>خبر درست</title><description>متن خبر درست.</description><link>https://a.example/1</link></item>"
        "<item><link>https://a.example/2</link></item></channel></rss>",
        encoding="utf-8",
    )
    good, bad = articles(broken)
    assert good.meta.title == "خبر درست"
    assert isinstance(bad, InputError) and bad.where.endswith("entry 2")
    garbage = tmp_path / "garbage.rss"
    garbage.write_text("<rss><channel><item><title>بدون پایان", encoding="utf-8")
    [error] = articles(garbage)
    assert isinstance(error, InputError)


def test_readers_malformed_json_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n {"title": "الف", "paragraphs": ["متن."]},\n {"title": "ب" "x"}\n]', encoding="utf-8")
    [error] = articles(path)
    assert isinstance(error, InputError) and "line 3" in error.reason


def test_readers_json_bad_element_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([{"title": "خبر یک", "paragraphs": ["متن یک."]}, 42, {"paragraphs": [1, 2]}, {"cat": "x"}]), encoding="utf-8")
    good, not_object, bad_paragraph, empty = articles(path)
    assert good.meta.title == "خبر یک"
    assert not_object.where.endswith("[1]")
    assert bad_paragraph.where.endswith("[2].paragraphs[0]")
    assert "no title or text" in empty.reason


def test_readers_jsonl_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"title": "یک", "text": "متن یک."}\n{oops\n{"title": "سه", "text": "متن سه."}\n', encoding="utf-8")
    one, bad, three = articles(path)
    assert (one.meta.title, three.meta.title) == ("یک", "سه")
    assert bad.where == f"{path}:2"


def test_readers_own_output_round_trips() -> None:
    import rayzan

    doc = rayzan.analyze("عنوان خبر\nلید خبر با متن کوتاه.\nبند اول متن است.")
    [again] = list(read_bytes(json.dumps(doc.to_json(), ensure_ascii=False).encode(), "own.json"))
    assert [b.kind for b in again.blocks] == ["title", "lead", "paragraph"]
    assert again.meta.id == doc.meta.id


def test_readers_sniff_without_extension() -> None:
    assert sniff('{"title": "x"}') == "json"
    assert sniff('{"a": 1}\n{"b": 2}\n') == "jsonl"
    assert sniff("<?xml version='1.0'?><rss>") == "feed"
    assert sniff("<!DOCTYPE html><html>") == "html"
    assert sniff("عنوان\nلید") == "text"


def test_readers_directory_is_recursive_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("عنوان\nلید.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "y.txt").write_text("پنهان\nلید.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    found = articles(tmp_path)
    assert [a.meta.title for a in found] == ["عنوان"]


def test_readers_directory_follows_links_once_and_names_what_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    archive, news = tmp_path / "archive", tmp_path / "news"
    (archive / "1403").mkdir(parents=True)
    (archive / "1403" / "baku.txt").write_text("دیدار عراقچی و بایراموف در باکو\nعباس عراقچی با جیحون بایراموف دیدار کرد.", encoding="utf-8")
    (news / "locked").mkdir(parents=True)
    (news / "locked" / "hidden-from-us.txt").write_text("عنوان\nلید.", encoding="utf-8")
    (news / "1403").symlink_to(archive / "1403")  # a linked folder was left out without a word
    (news / "1403-again").symlink_to(archive / "1403")  # the same folder twice: read once
    (news / "loop").symlink_to(news)  # a link back up: no endless walk
    (news / "gone.txt").symlink_to(tmp_path / "deleted.txt")  # a broken link was left out without a word
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # as for a non-root user and a folder of mode 000
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    found = articles(news)
    errors = {e.where: e.reason for e in found if isinstance(e, InputError)}
    assert errors == {
        str(news / "locked"): "cannot list the folder: Permission denied",
        str(news / "gone.txt"): f"a link to {tmp_path / 'deleted.txt'}, which does not exist",
    }
    assert [a.meta.title for a in found if isinstance(a, RawArticle)] == ["دیدار عراقچی و بایراموف در باکو"]


def test_readers_directory_reports_files_it_skips(tmp_path: Path) -> None:
    article = {"title": "دیدار عراقچی و لاوروف در مسکو", "text": "عباس عراقچی با سرگئی لاوروف در مسکو دیدار و گفتگو کرد."}
    (tmp_path / "NOEXT").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")  # valid JSON, no extension
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden").write_text("پنهان", encoding="utf-8")  # hidden: skipped without a word
    (tmp_path / "README.md").write_text("# اخبار", encoding="utf-8")  # the folder's documentation: the same
    (tmp_path / "a.txt").write_text("عنوان خبر\nوزیر خارجه ایران با همتای ترکیه‌ای خود دیدار کرد.", encoding="utf-8")
    warnings: list = []
    found = list(iter_articles([str(tmp_path)], on_warning=warnings.append))
    assert [a.meta.title for a in found] == ["عنوان خبر"]
    [warning] = warnings
    assert warning.where == str(tmp_path)
    assert warning.reason.startswith("skipped 2 files with no known extension (e.g. NOEXT, photo.jpg)")
    [named] = articles(tmp_path / "NOEXT")  # named directly, it is read
    assert named.meta.title == article["title"]


def test_readers_directory_skips_are_one_line_on_stderr_not_a_failure(tmp_path: Path) -> None:
    from test_cli import run

    (tmp_path / "notes").write_text("یادداشت", encoding="utf-8")
    (tmp_path / "a.txt").write_text("عنوان خبر\nوزیر خارجه ایران با همتای ترکیه‌ای خود دیدار کرد.", encoding="utf-8")
    result = run("analyze", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"warning {tmp_path}: skipped 1 file with no known extension (e.g. notes); name a file to read it whatever its extension"
    assert len(result.stdout.splitlines()) == 1


def test_readers_truncated_feed_warns_and_skips_the_cut_entry(tmp_path: Path) -> None:
    full = (EXAMPLES / "world-feed.rss").read_text(encoding="utf-8")
    second = full.index("<item>", full.index("<item>") + 1)
    cut = tmp_path / "cut.rss"  # a download that stopped inside the second item's description
    cut.write_text(full[: full.index("<description>", second) + 40], encoding="utf-8")
    warnings: list = []
    first, skipped = iter_articles([str(cut)], on_warning=warnings.append)
    assert first.meta.title == "امضای سند همکاری انرژی میان ایران و روسیه"
    assert "سوآپ گاز روسیه" in first.raw  # the complete entry keeps all its text
    assert isinstance(skipped, InputError) and skipped.where == f"{cut} entry 2" and "cut off" in skipped.reason
    [warning] = warnings
    assert warning.where == str(cut) and warning.reason.startswith("malformed feed (unclosed CDATA section at line 18")


def test_readers_malformed_but_complete_feed_keeps_every_entry(tmp_path: Path) -> None:
    text = (EXAMPLES / "world-feed.rss").read_text(encoding="utf-8")
    path = tmp_path / "entity.rss"  # an HTML entity XML does not define, as some CMSs write
    path.write_text(text.replace("<title>چین خواستار", "<title>&nbsp;چین خواستار"), encoding="utf-8")
    warnings: list = []
    found = list(iter_articles([str(path)], on_warning=warnings.append))
    assert [a.meta.published for a in found] == ["2026-11-27", "2026-11-27"]
    assert [w.reason.split(" at ")[0] for w in warnings] == ["malformed feed (undefined entity"]


def test_readers_html_fragment_falls_back_to_its_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "fragment.html"  # one <p> pasted from a CMS: no <html>, no <body>, too short for trafilatura
    path.write_text(
        "<p>عباس عراقچی امروز در مسکو با سرگئی لاوروف دیدار کرد. "
        "دو طرف بر همکاری‌های منطقه&zwnj;ای تأکید کردند.<script>var x = 'تبلیغ';</script></p>",
        encoding="utf-8",
    )
    [article] = articles(path)
    assert isinstance(article, RawArticle), article
    assert [(b.kind, b.text) for b in article.blocks] == [  # ZWNJ kept, written or as &zwnj;; the script left out
        ("lead", "عباس عراقچی امروز در مسکو با سرگئی لاوروف دیدار کرد. دو طرف بر همکاری‌های منطقه‌ای تأکید کردند."),
    ]


def test_readers_html_fragment_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "fragment.html"
    path.write_text("<h1>دیدار عراقچی و لاوروف</h1>عباس عراقچی امروز در مسکو با سرگئی لاوروف دیدار کرد.", encoding="utf-8")
    [article] = articles(path)
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("title", "دیدار عراقچی و لاوروف"),
        ("lead", "عباس عراقچی امروز در مسکو با سرگئی لاوروف دیدار کرد."),
    ]


@pytest.mark.parametrize(
    "markup",
    [
        "<script>var x = 'عباس عراقچی با سرگئی لاوروف در مسکو دیدار کرد';</script>",  # only a script
        "<nav><a href='/'>خانه</a> | <a href='/p'>سیاسی</a></nav>",  # only links, too little text
        "<html><body><nav><ul>"  # a whole page of menu links: no fallback for a page
        + "".join(f"<li><a href='/{i}'>{w}</a></li>" for i, w in enumerate(["سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "بین‌الملل", "اجتماعی", "استان‌ها"]))
        + "</ul></nav></body></html>",
    ],
)
def test_readers_html_without_text_is_still_refused(markup: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(markup, encoding="utf-8")
    [error] = articles(path)
    assert isinstance(error, InputError) and "no main text" in error.reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        # A number longer than Python's int() takes raised ValueError, ending the whole batch.
        ('{"title": "عراقچی در مسکو", "text": "عراقچی با لاوروف دیدار کرد.", "published": ' + "9" * 5000 + "}", "number too long"),
        # Arrays nested 100,000 deep raised RecursionError.
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
    ids=["huge-number", "deep-nesting"],
)
def test_readers_json_python_cannot_read_fails_its_file_only(content: str, reason: str, tmp_path: Path) -> None:
    (tmp_path / "a-bad.json").write_text(content, encoding="utf-8")
    (tmp_path / "a-bad.jsonl").write_text(content + "\n", encoding="utf-8")
    (tmp_path / "b-good.json").write_text(json.dumps({"title": "عراقچی در مسکو", "text": "عراقچی با لاوروف دیدار کرد."}, ensure_ascii=False), encoding="utf-8")
    bad, bad_line, good = articles(tmp_path)
    assert isinstance(bad, InputError) and bad.where.endswith("a-bad.json") and reason in bad.reason
    assert isinstance(bad_line, InputError) and bad_line.where.endswith("a-bad.jsonl:1") and reason in bad_line.reason
    assert good.meta.title == "عراقچی در مسکو"


def test_readers_own_output_with_wrong_types_is_an_error_naming_the_field() -> None:
    import rayzan

    row = rayzan.analyze("عراقچی در مسکو\nعراقچی با لاوروف دیدار کرد.").to_json()
    # A URL that is a number raised TypeError deep in make_article; a span past the end was cut silently.
    [wrong_url] = list(read_bytes(json.dumps({**row, "url": 17}, ensure_ascii=False).encode(), "own.json"))
    assert isinstance(wrong_url, InputError) and wrong_url.where == "own.json.url"
    sections = [{**row["sections"][0], "end": 400}, *row["sections"][1:]]
    [past_end] = list(read_bytes(json.dumps({**row, "sections": sections}, ensure_ascii=False).encode(), "own.json"))
    assert isinstance(past_end, InputError) and past_end.where == "own.json.sections[0]" and "outside the text" in past_end.reason
    # A source or id of the wrong type is left out, as for any other article.
    [kept] = list(read_bytes(json.dumps({**row, "source": 5, "id": 7}, ensure_ascii=False).encode(), "own.json"))
    assert kept.meta.source is None and kept.meta.id == row["id"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("zwnj.txt", "\u200c\u200c \n\u200f\n"),  # ZWNJ and a right-to-left mark: nothing to read
        ("marks.json", json.dumps({"title": "\u200c", "text": "\u200e\u200f\ufeff"})),
        ("own.json", json.dumps({"text": "", "sections": []})),  # Rayzan's own shape, emptied
    ],
)
def test_readers_invisible_only_text_is_no_article(name: str, content: str, tmp_path: Path) -> None:
    # These were stored as articles whose normalised text was empty.
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text("عراقچی در مسکو\nعراقچی با لاوروف دیدار کرد.", encoding="utf-8")
    [error] = [a for a in articles(tmp_path) if isinstance(a, InputError)]
    [good] = [a for a in articles(tmp_path) if isinstance(a, RawArticle)]
    assert isinstance(error, InputError) and error.where == str(tmp_path / name) and "invisible" in error.reason
    assert good.meta.title == "عراقچی در مسکو"


def test_readers_feed_entry_of_invisible_text_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرگزاری</title>'
        "<item><title>\u200c</title><link>https://example.ir/1</link></item>"
        "<item><title>عراقچی با لاوروف دیدار کرد</title><link>https://example.ir/2</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    error, good = articles(path)
    assert isinstance(error, InputError) and error.where == f"{path} entry 1"
    assert good.meta.url == "https://example.ir/2"


def test_readers_feed_solar_hijri_dates(tmp_path: Path) -> None:
    # feedparser reads «1403/02/31» as a Gregorian date with month and day garbled (1403-11-01),
    # and does not read «۳۱ اردیبهشت ۱۴۰۳» at all: the feed's text is what counts.
    path = tmp_path / "feed.rss"
    item = "<item><title>عراقچی با لاوروف دیدار کرد</title><link>https://example.ir/{n}</link><pubDate>{date}</pubDate></item>"
    dates = ["1403/02/31", "۱۴۰۳/۰۲/۳۱ ۱۰:۳۰", "دوشنبه ۳۱ اردیبهشت ۱۴۰۳"]
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرگزاری</title>'
        + "".join(item.format(n=n, date=d) for n, d in enumerate(dates))
        + "</channel></rss>",
        encoding="utf-8",
    )
    assert [a.meta.published for a in articles(path)] == ["2024-05-20"] * 3


_BIG = 10_500_000  # libxml2 refuses a text node or attribute of more than 10 MB


@pytest.mark.parametrize(
    "extra",
    [
        "<script>var state = '" + "x" * _BIG + "';</script>",  # an inline script (a site's bundled state)
        '<img src="data:image/png;base64,' + "A" * _BIG + '">',  # an image saved into the page
        "<p>نماد &#1; در متن &#x1b;</p>",  # references to control characters
    ],
    ids=["huge-script", "huge-data-uri", "control-reference"],
)
def test_readers_html_page_libxml2_would_refuse_keeps_its_text(extra: str, tmp_path: Path) -> None:
    # Each of these made libxml2 drop the page, or half of it: "HTML page has no main text".
    path = tmp_path / "page.html"
    path.write_text(
        '<html><head><title>عراقچی در مسکو</title><script type="application/ld+json">{"datePublished": "2024-05-20"}</script></head>'
        "<body><article>" + extra + "<p>عباس عراقچی، وزیر امور خارجه ایران، روز دوشنبه در مسکو با سرگئی لاوروف دیدار کرد.</p>"
        "<p>دو طرف درباره برگزاری نشست کمیسیون مشترک اقتصادی دو کشور در ماه آینده گفتگو کردند.</p></article></body></html>",
        encoding="utf-8",
    )
    [article] = articles(path)
    assert isinstance(article, RawArticle), article
    assert "سرگئی لاوروف" in article.raw and "کمیسیون مشترک" in article.raw
    assert article.meta.published == "2024-05-20"  # the JSON-LD script is kept


def test_readers_sniff_jsonl_whose_lines_are_long() -> None:
    # `rayzan analyze news/ | rayzan ingest -`: each line of Rayzan's own output is longer than the
    # 2,000 characters sniffed, so the stream was read as one JSON document: "Extra data", all lost.
    import rayzan

    lead = "عباس عراقچی، وزیر امور خارجه ایران، روز دوشنبه در مسکو با سرگئی لاوروف دیدار و گفتگو کرد. " * 25
    rows = [rayzan.analyze(f"دیدار عراقچی و لاوروف، دور {n}\n{lead}").to_json() for n in "۱۲"]
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
    assert len(data) > 2 * 2000
    found = list(read_bytes(data, "<stdin>"))
    assert [a.meta.id for a in found] == [row["id"] for row in rows]
