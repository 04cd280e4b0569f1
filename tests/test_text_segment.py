"""Sentences inside sections: final punctuation, headings, bullets, abbreviations, quotations."""

from __future__ import annotations

from rayzan.document import Section
from rayzan.text import normalize, split_sentences
from rayzan.text.segment import MAX_SENTENCE_CHARS


def _sentences(text: str, semicolon: bool = False) -> list[str]:
    sections, pos = [], 0
    for line in text.split("\n"):
        sections.append(Section("paragraph", pos, pos + len(line)))
        pos += len(line) + 1
    return [text[s.start : s.end] for s in split_sentences(text, tuple(sections), semicolon=semicolon)]


def test_segment_ends_and_headings() -> None:
    text = "گفتگوهای ایران و روسیه\nطرفین دیدار کردند. آیا توافق شد؟ بله!\n- بررسی وضعیت غزه"
    assert _sentences(text) == [
        "گفتگوهای ایران و روسیه",  # heading without a full stop
        "طرفین دیدار کردند.",
        "آیا توافق شد؟",
        "بله!",
        "بررسی وضعیت غزه",  # bullet, marker left out
    ]


def test_segment_abbreviations_numbers_and_quotes_do_not_split() -> None:
    text = "دکتر ظریف در ساعت ۱۰.۳۰ به ج.ا.ا. رسید. او گفت: «ما آماده‌ایم. شما چطور؟» و رفت."
    assert _sentences(text) == [
        "دکتر ظریف در ساعت ۱۰.۳۰ به ج.ا.ا. رسید.",
        "او گفت: «ما آماده‌ایم. شما چطور؟» و رفت.",
    ]


def test_segment_list_numbers_and_semicolon() -> None:
    assert _sentences("۱. بررسی وضعیت غزه.") == ["۱. بررسی وضعیت غزه."]
    assert _sentences("او آمد؛ ما رفتیم.", semicolon=True) == ["او آمد؛", "ما رفتیم."]
    assert _sentences("او آمد؛ ما رفتیم.") == ["او آمد؛ ما رفتیم."]


def test_segment_seed_headings_and_bullets(seed_text: str) -> None:
    sentences = _sentences(normalize(seed_text))
    assert "گفتگوهای ایران و روسیه در مسکو" in sentences
    assert "تأکید بر همکاری‌های دوجانبه منطقه‌ای" in sentences
    assert "بررسی آخرین وضعیت بحران غزه و وضعیت غیرنظامیان." in sentences
    assert len(sentences) == 21


def test_segment_quotation_closed_by_its_full_stop_ends_the_sentence() -> None:
    # The treebank splits after such a quotation; a word such as و carries the sentence on.
    text = "مأمور جواب داد: «همهٔ کارها دست پیمانکار است.» بی‌درنگ جاکن شدم. او گفت: «ما آماده‌ایم.» و رفت."
    assert _sentences(text) == [
        "مأمور جواب داد: «همهٔ کارها دست پیمانکار است.»",
        "بی‌درنگ جاکن شدم.",
        "او گفت: «ما آماده‌ایم.» و رفت.",
    ]


def test_segment_spelt_initials_do_not_split() -> None:
    # Latin letters spelt in Persian, each with a full stop (BBC, CNN, HIV).
    assert _sentences("خبرنگار بی. بی. سی گزارش داد. سپس رفت.") == ["خبرنگار بی. بی. سی گزارش داد.", "سپس رفت."]
    assert _sentences("به گزارش سی. ان. ان، او آمد.") == ["به گزارش سی. ان. ان، او آمد."]
    assert _sentences("ویروس اچ. آی. وی شناخته شد.") == ["ویروس اچ. آی. وی شناخته شد."]
    # One such word alone is a word: سی (thirty), دی (the month) end a sentence.
    assert _sentences("سن او به سی. وی گفت که می‌رود.") == ["سن او به سی.", "وی گفت که می‌رود."]
    assert _sentences("در ماه دی. او آمد.") == ["در ماه دی.", "او آمد."]


def test_segment_ellipsis_after_and_or_before_a_continuing_word() -> None:
    # و... / و… is "and so on": the sentence goes on.
    text = "ورزش‌هایی مانند فوتبال، والیبال و… در این مجموعه برگزار می‌شود. خوب است."
    assert _sentences(text) == ["ورزش‌هایی مانند فوتبال، والیبال و… در این مجموعه برگزار می‌شود.", "خوب است."]
    assert _sentences("برنج، روغن و.... از بازار جمع شد. سپس رفت.") == ["برنج، روغن و.... از بازار جمع شد.", "سپس رفت."]
    assert _sentences("او رفت... و برگشت.") == ["او رفت... و برگشت."]
    assert _sentences("او رفت... سپس برگشت.") == ["او رفت...", "سپس برگشت."]


def test_segment_short_form_of_allah_is_no_sentence_end() -> None:
    text = normalize("آیت‌ا... خامنه‌ای امروز گفت. حجت‌الاسلام عبدا... ثقفی نیز آمد.")
    assert _sentences(text) == ["آیت‌الله خامنه‌ای امروز گفت.", "حجت‌الاسلام عبدالله ثقفی نیز آمد."]


def test_segment_lone_punctuation_and_a_spaced_closing_quote_stay_with_their_sentence() -> None:
    # Scraped lines leave a closing " after a space; punctuation alone is no sentence.
    assert _sentences('او گفت: "آنها را نمی‌اندازند. " سپس رفت.') == ['او گفت: "آنها را نمی‌اندازند. "', "سپس رفت."]
    assert _sentences('بازیکنان نمی‌توانند بروند. "') == ['بازیکنان نمی‌توانند بروند. "']
    # A " that opens the next sentence is left to it.
    assert _sentences('او رفت. "ما" گفتیم.') == ["او رفت.", '"ما" گفتیم.']


def test_segment_curly_quotes_close_a_sentence() -> None:
    assert _sentences("او گفت “ما آماده‌ایم.” سپس رفت.") == ["او گفت “ما آماده‌ایم.”", "سپس رفت."]


def test_segment_is_linear_on_long_lines() -> None:
    import time

    # Lines that never end a sentence: every mark is an ellipsis that goes on, or sits in a quotation.
    for unit, tail in (("او رفت... و ", ""), ("«سلام. ", "»")):
        timings = []
        for n in (2_000, 20_000):
            line = unit * n + tail
            t0 = time.perf_counter()
            pieces = _sentences(line)
            timings.append(time.perf_counter() - t0)
            # No sentence ends: the line is cut only where it outgrows a sentence.
            assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
            assert len(pieces) <= 2 * len(line) // MAX_SENTENCE_CHARS + 1
        assert timings[1] < 25 * timings[0] + 0.5  # 10x the text: far from 100x
    assert len(_sentences("او رفت... و " * 200)) == 1


def test_segment_cuts_a_run_too_long_for_a_sentence_at_its_clause_marks() -> None:
    clause = "نیروهای ارتش به شهر حمله کردند، "  # no sentence end anywhere
    line = clause * 400
    pieces = _sentences(line)
    assert len(pieces) > 1
    assert all(MAX_SENTENCE_CHARS // 2 <= len(p) <= MAX_SENTENCE_CHARS for p in pieces[:-1])
    assert all(p.endswith("،") for p in pieces[:-1])  # after a comma, never inside a word
    assert "".join(p + " " for p in pieces) == line  # nothing lost or repeated
    # Without any clause mark or «و», at a space.
    words = ("کلمه " * 2000).strip()
    assert all(p.startswith("کلمه") and p.endswith("کلمه") for p in _sentences(words))


def test_segment_curly_quotations_do_not_split() -> None:
    text = "او گفت: “ما آماده‌ایم. شما چطور؟” و رفت. سپس آمد."
    assert _sentences(text) == ["او گفت: “ما آماده‌ایم. شما چطور؟” و رفت.", "سپس آمد."]


def test_segment_a_short_parenthesis_after_the_full_stop_stays_with_its_sentence() -> None:
    text = "او گفت. و لاتعاونوا علی الاثم و العدوان. (مائده/۲)"
    assert _sentences(text) == ["او گفت.", "و لاتعاونوا علی الاثم و العدوان. (مائده/۲)"]
    assert _sentences("رحمتی معذرت خواست! (عکس)") == ["رحمتی معذرت خواست! (عکس)"]
