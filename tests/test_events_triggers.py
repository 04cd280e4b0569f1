"""Finding triggers: inflection, ZWNJ variants, negation, future, passive, nouns."""

from __future__ import annotations

import pytest
from events_standin import standin_document

from rayzan.events import find_triggers
from rayzan.events.words import FINITE_VERB


def _first(text: str):  # type: ignore[no-untyped-def]
    triggers = find_triggers(standin_document(text))
    assert triggers, text
    return triggers[0]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("عراقچی با لاوروف دیدار کرد.", "040"),
        ("عراقچی با لاوروف دیدار و گفتگو کردند.", "040"),  # coordinated nouns before the light verb
        ("عراقچی و لاوروف دیداری داشتند.", "040"),  # indefinite noun + داشتن
        ("عراقچی با لاوروف دیدار میکند.", "040"),  # ZWNJ lost: «میکند»
        ("عراقچی با لاوروف دیدار می کند.", "040"),  # ZWNJ as a space
        ("عراقچی با لاوروف گفت‌وگو کرده است.", "040"),  # perfect
        ("ایران حمله اسرائیل را محکوم کرد.", "190"),  # the noun comes first in the text ...
        ("ایران از ترکیه خواست که مرز را باز کند.", "100"),  # simple verb with «از»
        ("اردوغان خواستار آتش‌بس فوری در غزه شد.", "107"),  # complement inside «خواستار ... شد»
        ("آلمان دو دیپلمات روس را اخراج کرد.", "166"),
        ("پلیس ترکیه هفت نفر را بازداشت نمود.", "173"),  # نمودن as light verb
        ("عربستان پیشنهاد پاکستان را نپذیرفت.", "120"),  # negated «پذیرفتن» is a rejection
    ],
)
def test_events_triggers_codes(text: str, cameo: str) -> None:
    assert _first(text).cameo == cameo


def test_events_triggers_negation() -> None:
    trig = _first("بلینکن با وانگ یی دیدار نکرد.")
    assert trig.negated and trig.cameo == "040"
    assert _first("ایران به اسرائیل حمله نخواهد کرد.").negated


@pytest.mark.parametrize(
    ("text", "planned", "irrealis"),
    [
        ("وزیر خارجه عمان قرار است فردا با عراقچی دیدار کند.", True, False),  # قرار است + subjunctive
        ("پزشکیان با مقامات چین گفتگو خواهد کرد.", True, False),  # future
        ("هیئت ایرانی فردا با گروسی دیدار می‌کند.", True, False),  # present + «فردا»
        ("کارشناسان می‌گویند ایران و عراق باید بیشتر گفتگو کنند.", False, True),  # wished, not planned
        ("اتحادیه اروپا در صورت ارسال موشک، ایران را تحریم خواهد کرد.", False, True),  # a condition
        ("عراقچی دیروز با لاوروف دیدار کرد.", False, False),
    ],
)
def test_events_triggers_modality(text: str, planned: bool, irrealis: bool) -> None:
    trig = _first(text)
    assert (trig.planned, trig.irrealis) == (planned, irrealis)


def test_events_triggers_passive() -> None:
    trig = _first("حمله تروریستی از سوی شورای امنیت محکوم شد.")
    # the noun «حمله» is found first; the passive verb is the second trigger
    passive = [t for t in find_triggers(standin_document("حمله تروریستی از سوی شورای امنیت محکوم شد."))
               if t.cameo == "111"]  # fmt: skip
    assert trig.kind == "noun" and passive and passive[0].passive
    received = _first("مواضع گروه‌های عراقی هدف حمله قرار گرفت.")
    assert received.passive and received.kind == "verb"


def test_events_triggers_nouns() -> None:
    doc = standin_document("رایزنی ایران و روسیه در مسکو\nاین رایزنی‌ها ادامه دارد.")
    title, body = find_triggers(doc)
    assert title.kind == "noun" and title.headline and not title.anaphoric
    assert body.anaphoric and not body.headline
    support = _first("نشست مشترک بین ایران و عراق در بغداد برگزار شد.")
    assert (
        support.kind == "verb"
        and support.text(standin_document("نشست مشترک بین ایران و عراق در بغداد برگزار شد.")) == "نشست مشترک"
    )


def test_events_triggers_no_false_friends() -> None:
    # «کردستان» starts like «کرد», «شدید» like «شد»: neither is a verb here.
    assert find_triggers(standin_document("اقلیم کردستان عراق با بحران شدید اقتصادی روبروست.")) == []


def test_events_triggers_an_adjective_before_and_leaves_no_light_verb_out() -> None:
    # «دیدار و ... کردند» leaves the light verb out; «بسیجی» (an adjective) before «و» does not
    sentence = "وی افزود: با گسترش فرهنگ بسیجی و تبعیت از امام روزبه‌روز به مقصد نزدیک‌تر می‌شویم."
    assert find_triggers(standin_document(sentence)) == []
    assert _first("وزیر خارجه با همتای روس خود دیدار و بر گسترش روابط تأکید کرد.").cameo == "040"


def test_events_triggers_accepting_needs_a_demand_or_a_proposal() -> None:
    assert _first("عربستان پیشنهاد پاکستان را پذیرفت.").cameo == "0832"
    accepted = find_triggers(standin_document("آژانس درخواست ایران برای تعویق بازرسی را پذیرفت."))
    assert "0832" in {t.cameo for t in accepted}
    # a role, a festival entry, God accepting worship: no concession
    assert find_triggers(standin_document("رئیس شورای شهر نقش کمک راننده را پذیرفت.")) == []
    assert find_triggers(standin_document("نمایش‌های ایران در جشنواره پذیرفته شدند.")) == []


def test_events_triggers_negated_perfect_modal_and_cultural_office() -> None:
    # the participle carries the negation before an auxiliary: «اعزام نکرده است / بود»
    assert _first("عربستان نیرو به یمن اعزام نکرده بود.").negated
    assert _first("عربستان هیچ نیرویی به یمن اعزام نکرده است.").negated
    # what one can or must do is no event: «می‌توان ... حمایت کرد»
    assert _first("می‌توان از تولید ایرانی حمایت کرد.").irrealis
    assert not _first("ایران از تولید داخلی حمایت کرد.").irrealis
    # «رایزنی فرهنگی» is the embassy's cultural office
    assert find_triggers(standin_document("به همت رایزنی فرهنگی ایران در باکو نمایشگاهی برگزار شد.")) == []


def test_events_triggers_an_abduction_in_the_passive_has_its_victim_as_subject() -> None:
    trig = _first("دو دیپلمات ایرانی در عراق ربوده شدند.")
    assert trig.cameo == "181" and trig.passive
    assert not _first("افراد مسلح دو دیپلمات ایرانی را ربودند.").passive


@pytest.mark.parametrize(
    ("text", "kind", "planned", "irrealis"),
    [
        # the support verb ends the noun's own clause
        ("نشست مشترک ایران و عراق دیروز در بغداد برگزار شد.", "verb", False, False),
        # ... not another clause's: a finite verb, or a comma and an object of its own, stand between
        ("حتی زیر بمباران، این دولت انتخابات را برگزار کرد.", "noun", False, False),
        ("وی به سفر رئیس‌جمهور اندونزی به ایران اشاره کرد و گفت: این سفر سال آینده انجام می‌شود.", "noun", False, False),
        # «بغداد» ends like «داد», «میلیون» opens like «می...»: neither is a verb in between
        ("توافق اوپک برای کاهش ۱.۲ میلیون بشکه تولید در نشست بغداد انجام شد.", "verb", False, False),
        # a support verb in the subjunctive is a purpose, or a plan with a cue
        ("آمریکا به دولت اختیار می‌دهد تحریم‌هایی را علیه این کشورها وضع کند.", "verb", False, True),
        ("قرار است نشست سران دو کشور هفته آینده برگزار شود.", "verb", True, False),
    ],
)
def test_events_triggers_support_verb_scope_and_mood(text: str, kind: str, planned: bool, irrealis: bool) -> None:
    trig = _first(text)
    assert (trig.kind, trig.planned, trig.irrealis) == (kind, planned, irrealis)


@pytest.mark.parametrize(
    ("text", "agentive"),
    [
        ("ارتش چین رزمایش بزرگی برگزار کرد.", True),  # the noun is the object of an active support verb
        ("ایران و روسیه رزمایش مشترکی انجام دادند.", True),
        ("رزمایش بزرگی در دریای عرب برگزار شد.", False),  # passive: held, by no one named
        ("دانشگاه تهران با حمایت سفارت ژاپن این همایش را برگزار کرد.", False),  # the noun is in a «با» phrase
        ("پلیس از کشته شدن دو نفر خبر داد.", False),  # reported, not done
    ],
)
def test_events_triggers_an_active_support_verb_has_an_agent(text: str, agentive: bool) -> None:
    assert _first(text).agentive is agentive


def test_events_triggers_a_lifted_event_noun_is_none() -> None:
    # sanctions lifted, a siege raised: what is called off is not what is done
    doc = standin_document("یک روزنامه نوشت که برای لغو تحریم‌های اقتصادی علیه ایران، تلاش‌هایی در آمریکا به عمل می‌آید.")
    assert "163" not in {t.cameo for t in find_triggers(doc)}
    assert "163" in {t.cameo for t in find_triggers(standin_document("تحریم‌های اقتصادی علیه ایران در آمریکا اعمال شد."))}


@pytest.mark.parametrize("word", ["میان", "میلیون", "میزان", "بغداد", "تعداد", "رشد", "عملکرد"])
def test_events_finite_verb_skips_words_that_only_look_like_verbs(word):
    # «توافق آتش‌بس میان آذربایجان و ارمنستان حاصل شد»: «میان» once ended the noun's clause
    assert FINITE_VERB.search(word) is None


@pytest.mark.parametrize("phrase", ["می‌کند", "می کنند", "نمی‌شود", "کرده‌اند", "نشد", "شده است", "داده‌ایم"])
def test_events_finite_verb_finds_verbs(phrase):
    assert FINITE_VERB.search(phrase) is not None
