"""ZWNJ restoration of inflected and compound words the corpora never showed: verb
prefixes, clitics after a final ه, endings with a copula, and the dictionary's compounds."""

from __future__ import annotations

import numpy as np
import pytest

from rayzan.text import normalize
from rayzan.text.zwnj import ZWNJ, lexicon


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("میتوانی بیایی", "می‌توانی بیایی"),  # می + a present stem with a personal ending in -انی
        ("فرامیدهند", "فرامی‌دهند"),  # compound verb prefix فرا + می
        ("آنها نمی میرند", "آنها نمی‌میرند"),  # one verb prefix: not نمی‌می‌رند across the space
        ("نان را می خیساند", "نان را می‌خیساند"),  # the verb after می stays whole
        ("ما بالغتریم", "ما بالغ‌تریم"),  # comparative with a copula
        ("دلهاست", "دل‌هاست"),  # plural with a copula
        ("علاقهتان به کتاب", "علاقه‌تان به کتاب"),  # plural possessive after a final ه
        ("خانه شان را فروختند", "خانه‌شان را فروختند"),  # ... written with a space
        ("حرفهایی زد", "حرف‌هایی زد"),  # هایی, not the unused ه‌ایی (حرفه‌ایی)
        ("تلاش مان بی نتیجه ماند", "تلاشمان بی‌نتیجه ماند"),  # a spaced clitic joins a word not in ه
        ("بازیکنان مان و تیم مان", "بازیکنانمان و تیممان"),
    ],
)
def test_zwnj_morphology_restores_unknown_inflections(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مردی سختکوش بود", "مردی سخت‌کوش بود"),  # compounds the word list spells with ZWNJ only
        ("چشمچرانی", "چشم‌چرانی"),
        ("زمینهچینی", "زمینه‌چینی"),
        ("مردی سخت کوش بود", "مردی سخت‌کوش بود"),  # ... and with a space
    ],
)
def test_zwnj_morphology_dictionary_compounds(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "میهمان آمد",  # مان after ه only when the rest is a word: not میه‌مان
        "کتابشان را آوردند",  # شان after a joining letter other than ه stays joined
        "در شان ملت نیست",  # شان after a preposition is a word
        "تیمشان در بازی نهایی باخت",  # clitics after a letter other than ه are joined, not تیم‌شان
        "چه کسی ازتان خواست",  # a preposition with its pronoun is one word, not از تان
        "آنها را خواهند رقصاند.",  # a past stem after the future auxiliary: not رقص‌اند
        "در تجربیات نگاران",  # an Arabic plural in یات takes an ezafe, not a deverbal head
    ],
)
def test_zwnj_morphology_leaves_words_alone(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("میتوانی", "می‌توانی"),  # the rules alone, as for a word the lexicon never saw
        ("فرامیدهند", "فرامی‌دهند"),
        ("بالغتریم", "بالغ‌تریم"),
        ("دلهاست", "دل‌هاست"),
        ("حرفهایی", "حرف‌هایی"),
        ("علاقهتان", "علاقه‌تان"),
        ("فروشمرده", "فروشمرده"),  # a preverb joined to a participle (فرو + شمرده), not فروش‌مرده
        ("واشمرده", "واشمرده"),
    ],
)
def test_zwnj_morphology_rules_for_unknown_words(word: str, expected: str) -> None:
    assert lexicon().analyse(word) == expected


def test_zwnj_morphology_heh_clitics_need_a_known_stem() -> None:
    lex = lexicon()
    assert lex.merge("خانه", "شان") == "خانه" + ZWNJ + "شان"
    # After a letter other than ه the clitic is joined without ZWNJ (کتاب شان is کتابشان), but
    # for a preposition before the noun شان (در شان) and a name.
    assert lex.merge("کتاب", "شان") == "کتابشان"
    assert lex.merge("در", "شان") is None
    assert lex.merge("علی", "شان") is None
    assert lex.merge("زززه", "مان") is None  # not after an unknown word


def test_zwnj_morphology_is_idempotent() -> None:
    for text in ("آنها نمی میرند و ما بالغتریم", "علاقهتان و خانه شان", "میتوانی فرامیدهند"):
        once = normalize(text)
        assert normalize(once) == once


def test_zwnj_morphology_noun_with_clitic_is_not_a_verb() -> None:
    lex = lexicon()
    assert lex.analyse("میزم") == "میزم"  # میز + م (my table), not می‌زم
    assert lex.analyse("میدانم") == "می‌دانم"  # دان is a verb stem: the verb wins over میدان + م
    assert lex.analyse("میکنم") == "می‌کنم"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ما آن را دریافتهایم.", "ما آن را دریافته‌ایم."),  # a verb ends the sentence
        ("تو دلم را شکستهای.", "تو دلم را شکسته‌ای."),
        ("دریافتهای ما", "دریافت‌های ما"),  # a plural with ezafe before another word
    ],
)
def test_zwnj_morphology_participle_before_a_full_stop(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("نخستوزیرمان", f"نخست{ZWNJ}وزیرمان"),  # our prime minister: نخست‌وزیر + مان
        ("ملیپوشانی", f"ملی{ZWNJ}پوشانی"),  # ملی‌پوش + انی
    ],
)
def test_zwnj_morphology_joined_suffix_keeps_the_compound_spelling(raw: str, expected: str) -> None:
    lex = lexicon()
    assert raw not in lex.scores  # unknown: the spelling comes from the compound it is built on
    assert lex.spell(raw) == expected


@pytest.mark.parametrize("word", ["آموزشمان", "بهترینشان", "حریفشان", "اقتصادیمان"])
def test_zwnj_morphology_clitic_after_a_joining_letter_stays_joined(word: str) -> None:
    # The treebank joins شان/مان/تان after any letter but ه; the boundary model must not split them.
    assert word not in lexicon().scores
    assert normalize(word) == word


def test_zwnj_morphology_clitic_after_heh_still_takes_zwnj() -> None:
    assert normalize("خانهشان") == f"خانه{ZWNJ}شان"


def test_zwnj_morphology_lexicalised_word_in_ha_is_not_a_plural() -> None:
    # تنهایی (loneliness) is تنها + یی; only a lexicon that knows تنها as a word keeps it whole.
    lex = lexicon()
    assert lex.analyse("تنهایی") == "تنهایی"
    assert lex.analyse("کتابهایی") == f"کتاب{ZWNJ}هایی"


def test_zwnj_morphology_splits_the_arabic_article_only_before_a_known_noun() -> None:
    lex = lexicon()
    # Unknown joined words with the article after a frequent word: the noun after ال is known.
    assert lex.analyse("حسبالامر") == f"حسب{ZWNJ}الامر"
    assert lex.analyse("صاحبالزمان") == f"صاحب{ZWNJ}الزمان"
    # ال inside a word is no article when what follows is no word: استالینیسم, اشکالاتی.
    assert lex.analyse("استالینیسمی") == "استالینیسمی"
    assert lex.analyse("اشکالاتیست") == "اشکالاتیست"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("علیرضا اولیایی، ساعت", "علیرضا اولیایی، ساعت"),  # a name in -یا + یی, not اولی‌ایی
        ("مردم کنیایی", "مردم کنیایی"),  # likewise an unknown adjective
        ("زندگیای تازه", "زندگی‌ای تازه"),  # ای after ی still splits
    ],
)
def test_zwnj_morphology_never_writes_ii_after_yeh(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_zwnj_morphology_verb_after_a_spaced_prefix_stays_whole() -> None:
    lex = lexicon()
    # A split the verb got on its own (by the boundary model) is undone after its prefix...
    assert lex.merge("می", f"خیس{ZWNJ}اند") == f"می{ZWNJ}خیساند"
    assert lex.merge("نمی", f"آی{ZWNJ}ید") == f"نمی{ZWNJ}آیید"
    # ...but not a perfect's ending after ه.
    assert lex.merge("می", f"کرده{ZWNJ}اند") == f"می{ZWNJ}کرده{ZWNJ}اند"


def test_zwnj_morphology_boundary_model_leaves_verb_forms_alone() -> None:
    from rayzan.text.boundary import DIMENSIONS, BoundaryModel
    from rayzan.text.zwnj import ZwnjLexicon

    shipped = lexicon()
    eager = BoundaryModel(np.zeros(DIMENSIONS, dtype=np.float32), threshold=0.0)  # would split anything
    lex = ZwnjLexicon(scores={"کتاب": 50.0})
    lex.verb_stems, lex.model = shipped.verb_stems, eager
    assert lex.analyse("آیید") == "آیید"  # stem آی + ید
    assert ZWNJ in lex.analyse("کتابخوان")  # the model still splits what is not a verb form


@pytest.mark.parametrize(
    "word",
    [
        "تنهایمان",  # تنها + یمان, not تن‌هایمان
        "روحانیات",  # an Arabic plural in یات, not روحانی‌ات ("your cleric")
        "ابتدائیات",
        "بیانجامد",  # the subjunctive ب before a verb, not the prefix بی
        "بیاشامند",  # ...before a stem in آ, whose madda the spelling drops (ب + آشامند)
        "بیالاید",  # (ب + آلاید)
    ],
)
def test_zwnj_morphology_words_the_boundary_model_must_not_split(word: str) -> None:
    assert normalize(f"این {word} است") == f"این {word} است"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # و, در and از end in a letter that does not join: a lost space after them does not show.
        ("او درتهران گفت", "او در تهران گفت"),  # a typo the corpora wrote once (a G record)
        ("سفیر ازایران رفت", "سفیر از ایران رفت"),
        ("دولت وتصمیم مجلس", "دولت و تصمیم مجلس"),
        ("او درشیراز ماند", "او در شیراز ماند"),  # a word no corpus wrote
        ("مسکو وتهران", "مسکو و تهران"),
    ],
)
def test_zwnj_glued_preposition_gets_its_space(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "دربان در را بست",  # a word of its own (the dictionary lists it)
        "او درافتاد",  # در as a verb's preverb
        "آنها درگیرند",
        "وزیری گفت",  # a word that starts with و
        "پرسنل باتجربه",  # با is no glued preposition (باتجربه, باسواد are adjectives)
    ],
)
def test_zwnj_glued_preposition_leaves_words_alone(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "الصفدی وزیر خارجه اردن",  # an Arabic name with its article: no split inside it
        "الحلبوسی رئیس سابق پارلمان عراق",
        # the article is a known «word» (from spelt acronyms, «ال سی دی») and so is «شرع»: still one name
        "احمد الشرع به مسکو رفت",
    ],
)
def test_zwnj_morphology_boundary_model_leaves_foreign_names_whole(text: str) -> None:
    assert normalize(text) == text


def test_zwnj_morphology_a_name_after_mi_is_no_verb() -> None:
    # a name after «می» that no verb ends like, on a line that writes no ZWNJ
    assert normalize("میشوستین نخست وزیر روسیه") == "میشوستین نخست" + ZWNJ + "وزیر روسیه"


def test_zwnj_morphology_boundary_model_still_splits_verbs_and_known_article_words() -> None:
    assert lexicon().analyse("میخواسته") == "می" + ZWNJ + "خواسته"
