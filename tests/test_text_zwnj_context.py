"""ZWNJ restoration in context: careful lines, light verbs, the Arabic article."""

from __future__ import annotations

import pytest

from rayzan.text import normalize
from rayzan.text.zwnj import (
    careful_lines,
    joining_lines,
    lexicon,
    light_verb_follows,
    spacing_lines,
)

ZWNJ = "\u200c"


def test_zwnj_careful_lines_need_a_visible_zwnj() -> None:
    text = "کشورهای منطقه‌ای\nکشور‌ها و کتاب\nبی‌پایان"
    # A ZWNJ after ر (a non-joining letter) shows nothing: that line is not careful.
    first_end = text.index("\n")
    last_start = text.rindex("\n") + 1
    assert careful_lines(text) == [(0, first_end), (last_start, len(text))]
    assert careful_lines("کتاب ها و می شود") == []


def test_zwnj_careful_line_keeps_a_space_between_two_words() -> None:
    # Without any ZWNJ in the line, the lexicon merges the pair; a writer who writes ZWNJ
    # elsewhere in the line meant the space.
    assert normalize("او اتاق خواب را دید") == f"او اتاق{ZWNJ}خواب را دید"
    assert normalize("کشورهای منطقه‌ای اتاق خواب را دید") == "کشورهای منطقه‌ای اتاق خواب را دید"
    # Only that line: the next one is repaired as before.
    assert normalize("منطقه‌ای اتاق خواب\nاتاق خواب") == f"منطقه‌ای اتاق خواب\nاتاق{ZWNJ}خواب"


def test_zwnj_careful_line_still_joins_affixes_and_common_compounds() -> None:
    out = normalize("منطقه‌ای و کتاب ها و می شود و خانه ای و بین المللی")
    assert out == f"منطقه‌ای و کتاب{ZWNJ}ها و می{ZWNJ}شود و خانه{ZWNJ}ای و بین{ZWNJ}المللی"


def test_zwnj_careful_line_does_not_guess_inside_unknown_words() -> None:
    # The boundary model splits an unknown compound in a line without ZWNJ, not in a careful one.
    assert normalize("بلاکچینمحور") == f"بلاکچین{ZWNJ}محور"
    assert normalize("منطقه‌ای بلاکچینمحور") == "منطقه‌ای بلاکچینمحور"
    # Affix rules still apply there, to the inflections such writers still join (plural, comparative).
    assert normalize("منطقه‌ای پلتفرمهای") == f"منطقه‌ای پلتفرم{ZWNJ}های"
    assert normalize("منطقه‌ای تندیسهایشان") == f"منطقه‌ای تندیس{ZWNJ}هایشان"


def test_zwnj_careful_line_keeps_unknown_derived_words_as_written() -> None:
    # A compound ending or a final ه + ای are split in a line without ZWNJ; a writer who writes
    # ZWNJ elsewhere joined them on purpose (treebank: بیجایشان, news: ستمکاران, خلأهای).
    assert normalize("خیمهسازان") == f"خیمه{ZWNJ}سازان"
    assert normalize("منطقه‌ای خیمهسازان") == "منطقه‌ای خیمهسازان"
    assert normalize("گوژپشتهای") == f"گوژپشته{ZWNJ}ای"
    assert normalize("منطقه‌ای گوژپشتهای") == "منطقه‌ای گوژپشتهای"


def test_zwnj_careful_line_that_also_drops_zwnj_gets_every_affix_rule() -> None:
    # کتابها shows a ZWNJ lost on the same line: its unknown joined words are not taken as meant.
    assert normalize("منطقه‌ای خیمهسازان و کتابها") == f"منطقه‌ای خیمه{ZWNJ}سازان و کتاب{ZWNJ}ها"
    # A word careful text writes both ways (نشاندهنده) shows nothing.
    assert normalize("منطقه‌ای خیمهسازان و نشاندهنده") == "منطقه‌ای خیمهسازان و نشاندهنده"


def test_zwnj_spacing_lines_write_a_verb_prefix_or_plural_apart() -> None:
    text = "کتاب ها خوب است\nاو می رود\nمیرود و کتابها\nهای هوی"
    assert [text[a:b] for a, b in spacing_lines(text)] == ["کتاب ها خوب است", "او می رود"]
    assert spacing_lines("کتابها و میرود") == []
    # Only where the repaired line shows its ZWNJ, so that a second pass reads it as careful:
    # not after a letter that does not join (کالا ها), nor in آن ها (آنها, no ZWNJ).
    assert spacing_lines("کالا ها و آن ها") == []


def test_zwnj_spacing_line_keeps_unknown_derived_words_as_written() -> None:
    # A writer who spaces the verb prefix would have spaced a compound he saw as two parts.
    assert normalize("او خیمهسازان را دید") == f"او خیمه{ZWNJ}سازان را دید"
    assert normalize("او خیمهسازان را می بیند") == f"او خیمهسازان را می{ZWNJ}بیند"
    # Plurals he may still join (news writes می شود beside کشورها): those are split.
    assert normalize("تندیسهایشان را می بیند") == f"تندیس{ZWNJ}هایشان را می{ZWNJ}بیند"
    # A word careful text writes both ways is his choice too; alone, it gets its usual ZWNJ.
    assert normalize("رایزنی ها نشاندهنده") == f"رایزنی{ZWNJ}ها نشاندهنده"
    assert normalize("رایزنیها نشاندهنده") == f"رایزنی{ZWNJ}ها نشان{ZWNJ}دهنده"


@pytest.mark.parametrize(
    "text",
    ["او دوچرخه سواری کرد.", "او دوچرخه سواری می کند.", "آنها دوچرخه سواری نمی‌کنند", "ما دوچرخه سواری کنیم"],
)
def test_zwnj_light_verb_marks_a_compound(text: str) -> None:
    assert f"دوچرخه{ZWNJ}سواری" in normalize(text)


def test_zwnj_compound_without_light_verb_is_left_to_the_pair_model() -> None:
    # Without a light verb the learned pair model decides (rayzan.text.pairs): it merges this
    # compound in a line without ZWNJ, while a careful line keeps the writer's space.
    assert normalize("او دوچرخه سواری را دوست دارد.") == f"او دوچرخه{ZWNJ}سواری را دوست دارد."
    careful = "کتاب‌ها را خواند و دوچرخه سواری را دوست دارد."
    assert normalize(careful) == careful


def test_zwnj_light_verb_follows() -> None:
    text = "دوچرخه سواری می کند"
    end = text.index(" می")
    assert light_verb_follows(text, end)
    assert light_verb_follows("سواری نکرد", len("سواری"))
    assert light_verb_follows("سواری می‌شود", len("سواری"))
    assert not light_verb_follows("سواری را", len("سواری"))
    assert not light_verb_follows("سواری.", len("سواری"))


def test_zwnj_arabic_article_joins_a_known_compound() -> None:
    lex = lexicon()
    assert "بیت المال" not in lex.merges  # merged by the article, not by a merge record
    assert normalize("در بیت المال و") == f"در بیت{ZWNJ}المال و"
    # A word in ال that makes no compound with the word before stays apart.
    assert normalize("در کتاب الکترونیک و") == "در کتاب الکترونیک و"
    assert normalize("این کار الزامی است") == "این کار الزامی است"


@pytest.mark.parametrize(
    "text",
    [
        "کشورهای منطقه‌ای اتاق خواب را دید\nاو دوچرخه سواری کرد و کتاب ها",
        "در بیت المال و صف آرایی کرده‌اند",
        "منطقه‌ای بلاکچینمحور\nبلاکچینمحور",
    ],
)
def test_zwnj_context_rules_are_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert once.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("علی رغم تلاش", f"علی{ZWNJ}رغم تلاش"),  # a frequent compound
        ("آقای حسن زاده گفت", f"آقای حسن{ZWNJ}زاده گفت"),  # a name-making ending
        ("امام موسی الرضا", f"امام موسی{ZWNJ}الرضا"),  # the Arabic article
        ("علی محمدی گفت", "علی محمدی گفت"),  # a first name and a surname
        ("علی حسینی", "علی حسینی"),
    ],
)
def test_zwnj_first_name_merges_only_on_strong_evidence(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_zwnj_careful_line_keeps_words_careful_text_also_joins() -> None:
    lex = lexicon()
    assert "پاکسازی" in lex.both_ways and "امامجمعه" in lex.both_ways
    # Respelt where nothing shows the writer knows ZWNJ ...
    assert normalize("پاکسازی و امامجمعه و کتابها") == f"پاک{ZWNJ}سازی و امام{ZWNJ}جمعه و کتاب{ZWNJ}ها"
    # ... kept in a careful line, where a plain affix still gets its ZWNJ.
    assert normalize("منطقه‌ای و پاکسازی و امامجمعه و کتابها") == f"منطقه‌ای و پاکسازی و امامجمعه و کتاب{ZWNJ}ها"


def test_zwnj_joining_lines_are_those_with_a_joined_verb_prefix() -> None:
    text = "میز و میراث\nاو میدید\nاو می دید"
    start = text.index("او")
    assert joining_lines(text, lexicon()) == [(start, text.index("\n", start))]


def test_zwnj_joining_line_keeps_a_space_between_two_words() -> None:
    # A writer who joins می to its verb drops ZWNJ rather than spacing: the space is meant.
    assert normalize("او اتاق خواب را میدید") == f"او اتاق خواب را می{ZWNJ}دید"
    # A writer who spaces می spaces compounds too: the pair still merges.
    assert normalize("او اتاق خواب را می دید") == f"او اتاق{ZWNJ}خواب را می{ZWNJ}دید"
    # Affixes and common compounds still join there.
    assert normalize("کتاب ها را میخواند و بین المللی") == f"کتاب{ZWNJ}ها را می{ZWNJ}خواند و بین{ZWNJ}المللی"


@pytest.fixture(scope="module")
def deverbal_lexicon(tmp_path_factory: pytest.TempPathFactory):
    """A small lexicon: words with their corpus scores and the verb stems (``V``)."""
    import gzip

    from rayzan.text.zwnj import ZwnjLexicon

    path = tmp_path_factory.mktemp("deverbal") / "small.tsv.gz"
    words = {
        "او": 5000, "به": 9000, "و": 9000, "قایق": 12, "ستم": 14, "عزت": 30, "کتاب": 200, "جهنمی": 6,
        "همه": 1000, "علاقه": 80, "دارد": 900, "بخشی": 110, "سوزان": 3, "فرهیختگان": 2, "رانی": 0.3,
        "دیدگان": 2.9, "خریدی": 1.0, "بود": 3000, "دوچرخه": 40, "سوار": 60, "سواران": 4.3,
    }
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("V\tران دید خرید بخش سوز فرهیخت\n")
        f.write(f"W\tکتاب{ZWNJ}ها\t50.0\n")
        f.write(f"W\tدوچرخه{ZWNJ}سوار\t9.0\n")
        for word, score in words.items():
            f.write(f"W\t{word}\t{score}\n")
    return ZwnjLexicon.load(path)


def _restore_with(text: str, lex) -> str:
    from rayzan.text.offsets import apply_edits
    from rayzan.text.zwnj import zwnj_edits

    edits = zwnj_edits(text, lex)
    return apply_edits(text, edits)[0] if edits else text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rare present stem + ی/ان or past participle + گان after a known word: a lost ZWNJ.
        ("او به قایق رانی علاقه دارد", f"او به قایق{ZWNJ}رانی علاقه دارد"),
        ("ستم دیدگان", f"ستم{ZWNJ}دیدگان"),
        # A past stem with ی is a verb (you bought), not a compound head.
        ("کتاب خریدی", "کتاب خریدی"),
        # A head that often stands alone (بخشی: a part), a left word in ی (an adjective or
        # ezafe), a very common left word (همه): two words.
        ("عزت بخشی", "عزت بخشی"),
        ("جهنمی سوزان", "جهنمی سوزان"),
        ("همه فرهیختگان", "همه فرهیختگان"),
        # The right part of a known compound (دوچرخه‌سوار) with an ending, seldom seen alone ...
        ("دوچرخه سواران آمدند", f"دوچرخه{ZWNJ}سواران آمدند"),
        # ... but not after a function word.
        ("به سواران", "به سواران"),
        # A careful line (it writes ZWNJ) or a line whose writer joins (کتابها) keeps the space.
        (f"کتاب{ZWNJ}ها و قایق رانی", f"کتاب{ZWNJ}ها و قایق رانی"),
        ("کتابها و قایق رانی", f"کتاب{ZWNJ}ها و قایق رانی"),
    ],
)
def test_zwnj_unknown_deverbal_compound_across_a_space(deverbal_lexicon, text: str, expected: str) -> None:
    out = _restore_with(text, deverbal_lexicon)
    assert out == expected
    assert _restore_with(out, deverbal_lexicon) == out  # idempotent


def test_zwnj_deverbal_heads_come_from_the_verb_stems(deverbal_lexicon) -> None:
    assert deverbal_lexicon.deverbal("رانی") and deverbal_lexicon.deverbal("دیدگان")
    assert not deverbal_lexicon.deverbal("خریدی")  # a past stem + ی
    assert not deverbal_lexicon.deverbal("کتابی")  # not a verb stem
    # Only the rare ones are heads the fast loop looks at.
    heads = set(deverbal_lexicon.deverbal_heads())
    assert {"رانی", "دیدگان", "سوزان", "فرهیختگان"} <= heads and "بخشی" not in heads


def test_zwnj_joining_writer_keeps_spaces_between_rare_compound_parts() -> None:
    # With nothing else to go by, a rare compound the lexicon merges is merged...
    assert normalize("آسمان خراش بود") == "آسمان\u200cخراش بود"
    # ...but a line that writes joined a word needing a ZWNJ (منطقهای) comes from a writer
    # who drops ZWNJ by joining: their space is meant.
    assert normalize("آسمان خراش در منطقهای بود") == "آسمان خراش در منطقه\u200cای بود"
    # A plural written joined is no such sign (ARMAN and Fars News join ها, yet space compounds).
    assert normalize("آسمان خراش در بازیها بود") == "آسمان\u200cخراش در بازی\u200cها بود"
    # Inflections still join on such a line.
    assert normalize("کتاب ها در منطقهای بود") == "کتاب\u200cها در منطقه\u200cای بود"


def test_zwnj_line_joins_looks_at_a_window_of_the_line() -> None:
    from rayzan.text.zwnj import line_joins

    lex = lexicon()
    near = "منطقهای و آسمان خراش بود"
    far = "منطقهای " + "و " * 400 + "آسمان خراش بود"  # the joined word is 800 characters away
    assert line_joins(near, near.index("خراش"), lex)
    assert not line_joins(far, far.index("خراش"), lex)
    assert normalize(far).endswith("آسمان\u200cخراش بود")  # so the rare compound merges there
    # A newline ends the line: a joined word on the line before is no sign either.
    two_lines = "منطقهای\nآسمان خراش بود"
    assert not line_joins(two_lines, two_lines.index("خراش"), lex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A learned merge (دعوت‌شده, an adjective) holds before another word ...
        ("مهمانان دعوت شده را دید", f"مهمانان دعوت{ZWNJ}شده را دید"),
        # ... not before an auxiliary: the participle is a verb, and the auxiliary joins it.
        ("مهمانان دعوت شده اند", f"مهمانان دعوت شده{ZWNJ}اند"),
        ("مهمانان دعوت شده بودند", "مهمانان دعوت شده بودند"),
        # A verb prefix still joins its participle.
        ("آنها می کرده اند", f"آنها می{ZWNJ}کرده{ZWNJ}اند"),
    ],
)
def test_zwnj_participle_before_an_auxiliary_is_a_verb(text: str, expected: str) -> None:
    assert normalize(text) == expected
