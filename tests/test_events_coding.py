"""Source, target, place, topics and merging, on short articles with stand-in actors."""

from __future__ import annotations

import pytest
from events_standin import standin_document

from rayzan.events import code_events


def _dyads(text: str, published: str = "2024-10-15") -> set[tuple[str, str | None, str | None]]:
    doc = code_events(standin_document(text, published=published))
    return {(e.plover, e.source["country"], e.target["country"]) for e in doc.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X با Y دیدار کرد: symmetric, the subject is the source
        ("عراقچی با لاوروف دیدار کرد.", {("CONSULT", "IRN", "RUS")}),
        # X، Y را محکوم کرد: the object before «را»
        ("چین، آمریکا را به مداخله متهم کرد.", {("ACCUSE", "CHN", "USA")}),
        # the head of the object phrase, not the name after «به» inside it
        ("ایران حمله اسرائیل به لبنان را محکوم کرد.", {("ACCUSE", "IRN", "ISR"), ("ASSAULT", "ISR", "LBN")}),
        # X از Y خواست
        ("فرانسه از ایران خواست شهروندانش را آزاد کند.", {("REQUEST", "FRA", "IRN")}),
        # نشست مشترک بین X و Y برگزار شد
        ("نشست مشترک بین ایران و عراق در بغداد برگزار شد.", {("CONSULT", "IRN", "IRQ")}),
        # دیدار X و Y (a headline noun)
        ("دیدار ایران و پاکستان", {("CONSULT", "IRN", "PAK")}),
        # a list of participants: every pair
        (
            "رهبران چین، روسیه و پاکستان با یکدیگر دیدار کردند.",
            {("CONSULT", "CHN", "RUS"), ("CONSULT", "CHN", "PAK"), ("CONSULT", "RUS", "PAK")},
        ),
        # a directed type with two subjects: each acts on the target
        ("آمریکا و انگلیس تحریم‌های جدیدی علیه ایران وضع کردند.", {("COERCE", "USA", "IRN"), ("COERCE", "GBR", "IRN")}),
        # passive with an agent
        ("یک شهروند ایرانی توسط پلیس آمریکا بازداشت شد.", {("COERCE", "USA", "IRN")}),
        # an office-holder in apposition does not become an argument
        ("کاظم جلالی، سفیر ایران در روسیه، با سرگئی ورشنین گفتگو کرد.", {("CONSULT", "IRN", "RUS")}),
        # negated: no event; wished: no event
        ("بلینکن با وانگ یی دیدار نکرد.", set()),
        ("کارشناسان معتقدند ایران و عراق باید بیشتر گفتگو کنند.", set()),
        # a relative clause inside the object is not a second event
        ("عراق دو دیپلمات ایرانی را که ربوده شده بودند، آزاد کرد.", {("RETREAT", "IRQ", "IRN")}),
        # a comma after a connective or an attribution does not make the name after it the object
        ("از سوی دیگر، هند پاکستان را به نقض آتش‌بس متهم کرد.", {("ACCUSE", "IND", "PAK")}),
        ("به گزارش خبرنگار فارس از مسکو، روسیه اوکراین را به حمله متهم کرد.", {("ACCUSE", "RUS", "UKR")}),
        # ... but a subject before the comma stays one («این گزارش»), and one after the reporter acts
        ("این گزارش، علاوه بر این، ایران را به نقض حقوق بشر متهم کرد.", {("ACCUSE", None, "IRN")}),
        ("به گزارش رویترز آمریکا در بیانیه‌ای، ایران را به دخالت در عراق متهم کرد.", {("ACCUSE", "USA", "IRN")}),
        # what a speaker points out is a clause of its own: its subject is not the speaker
        ("پوتین با بیان اینکه آمریکا به سوریه حمله کرد، اظهار کرد: این اقدام غیرقانونی است.", {("ASSAULT", "USA", "SYR")}),
        ("ایران با تأکید بر اینکه آمریکا مسئول است، این حمله را محکوم کرد.", {("ACCUSE", "IRN", None)}),
        # a statement is no PLOVER event
        ("سخنگوی وزارت خارجه ایران بر ادامه همکاری با آژانس تأکید کرد.", set()),
    ],
)
def test_events_coding_dyads(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    got = _dyads(text)
    norm = {(p, *sorted((s or "", t or ""))) if p in ("CONSULT", "AGREE", "COOPERATE") else (p, s or "", t or "")
            for p, s, t in got}  # fmt: skip
    want = {(p, *sorted((s or "", t or ""))) if p in ("CONSULT", "AGREE", "COOPERATE") else (p, s or "", t or "")
            for p, s, t in expected}  # fmt: skip
    assert norm == want


def test_events_coding_merges_title_lead_body() -> None:
    text = (
        "دیدار عراقچی و لاوروف در مسکو\n"
        "عباس عراقچی روز گذشته در مسکو با سرگئی لاوروف درباره تحولات سوریه گفتگو کرد.\n"
        "در این دیدار دو طرف بر گسترش همکاری‌ها تأکید کردند.\n"
        "ایران همچنین حمله اسرائیل به لبنان را محکوم کرد."
    )
    doc = code_events(standin_document(text, published="2024-10-15"))
    consult = [e for e in doc.events if e.plover == "CONSULT"]
    assert len(consult) == 1
    event = consult[0]
    assert len(event.evidence) == 3  # title, lead and the anaphoric «در این دیدار»
    assert event.location is not None and event.location["country"] == "RUS"
    assert [t["text"] for t in event.topics] == ["سوریه"]
    assert event.date == "2024-10-14"  # «روز گذشته»
    assert event.trigger["text"] == "گفتگو کرد"  # the verbal mention is shown
    others = {e.plover for e in doc.events} - {"CONSULT"}
    assert others == {"ACCUSE", "ASSAULT"}  # different events stay apart


def test_events_coding_planned_flag_and_json_contract() -> None:
    doc = code_events(standin_document("وزیر خارجه عمان قرار است فردا در تهران با عراقچی دیدار کند."))
    (event,) = doc.events
    out = event.to_json()
    assert out["planned"] is True and out["negated"] is False
    assert set(out) >= {"id", "plover", "cameo", "source", "target", "location", "date", "topics", "evidence",
                        "trigger", "goldstein", "quad_class", "confidence"}  # fmt: skip
    assert set(out["source"]) == {"actor", "text", "country"}
    assert out["date"] == "2024-10-16"  # «فردا» from the article date


def test_events_coding_visit_location_and_direction() -> None:
    doc = code_events(standin_document("سفر پزشکیان به پکن\nمسعود پزشکیان امروز وارد پکن شد."))
    (event,) = doc.events
    assert event.cameo == "042" and event.source["country"] == "IRN" and event.target["country"] == "CHN"
    assert event.location is not None and event.location["text"] == "پکن"


def test_events_coding_empty_document() -> None:
    doc = code_events(standin_document("صادرات غیرنفتی ایران ده درصد افزایش یافت."))
    assert doc.events == ()


def _with_actor_stage(text: str) -> set[tuple[str, str, str]]:
    from rayzan.actors import STAGE
    from rayzan.document import ArticleMeta, Block
    from rayzan.pipeline import build_document, segment

    doc = build_document(ArticleMeta(id="t"), [Block("title", "خبر"), Block("paragraph", text)])
    doc = code_events(STAGE.run(segment(doc)))
    return {(e.plover, e.source["text"], e.target["text"]) for e in doc.events}


def test_events_coding_speaker_is_not_who_underwent_what_he_reports() -> None:
    # «X گفت: ... دستگیر شدند»: the passive event's subject is not the speaker
    got = _with_actor_stage("فرمانده انتظامی غرب استان تهران تصریح کرد: در این عملیات چهار متهم دستگیر شدند.")
    assert got == {("COERCE", "", "")}


def test_events_coding_press_conference_is_no_meeting() -> None:
    text = (
        "به گزارش خبرگزاری فارس از قزوین، علی افتخاری بعدازظهر امروز در نشست خبری بیان داشت: در نظام جمهوری "
        "اسلامی ایران که براساس اعتقاد دیرینه به حکومت حق و عدل و قرآن تأسیس یافته است، امر به معروف از وظایف همگانی است."
    )
    assert _with_actor_stage(text) == set()


def test_events_coding_condemnation_names_who_is_condemned() -> None:
    text = "رحیم زریان نیز اشعاری را در وصف مظلومیت مردم غزه و محکومیت حملات اسرائیل به شهر غزه خواندند."
    assert {(p, t) for p, _, t in _with_actor_stage(text)} == {("ACCUSE", "اسرائیل")}


def test_events_coding_the_clause_opens_after_what_introduces_it() -> None:
    text = (
        'روزنامه کویتی "الوطن" با اعلام این خبر نوشت: یک عضو مجلس امت کویت تهدیدهای ایران را علیه کشورهای حوزه '
        "خلیج فارس مبنی بر اینکه توانمندی ایران بالاتر از قدرت این کشورها است، محکوم کرد."
    )
    assert _with_actor_stage(text) == {("ACCUSE", "عضو مجلس امت کویت", "ایران")}


def test_events_coding_confidence_weighs_what_the_article_is_about() -> None:
    # Told in the title (and lead) an event is what the article reports; deep in the body it is as often
    # background or a side remark (on the Fars News audit, 89% of events scored 0.8 or more were right,
    # 45% of those scored 0.4 to 0.6).
    sentence = "ایران حمله اسرائیل به لبنان را محکوم کرد."
    headline = code_events(standin_document(f"{sentence}\nخبرهای امروز منطقه.")).events
    body = code_events(standin_document(f"گزارش روز\nخبرهای امروز منطقه.\n{sentence}")).events
    accuse = [e.confidence for e in headline if e.plover == "ACCUSE"], [e.confidence for e in body if e.plover == "ACCUSE"]
    assert accuse[0] and accuse[1] and min(accuse[0]) > max(accuse[1])


def test_events_coding_a_name_after_an_event_noun_is_its_genitive() -> None:
    # «با اشاره به سفر بوش»: «به» governs the trip; Bush travels, he is no one's target
    assert _with_actor_stage("عضو مجلس خبرگان با اشاره به سفر بوش، هدف از آن را تحقق صلح اعراب و اسرائیل دانست.") == set()


def test_events_coding_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    text = (
        'به گزارش فارس به نقل از خبرگزاری فرانسه، هزاران نفر از هواداران تایلندی " ائتلاف مردمی برای دموکراسی" که از '
        'ماه پیش درصدد سرنگونی دولت "ساماک ساندرواج"، نخست‌وزیر تایلند است تظاهرات کردند.'
    )
    assert all(source != "دولت" for _, source, _ in _with_actor_stage(text))  # the government is what they oppose


def test_events_coding_no_one_acts_on_his_own_country_or_city() -> None:
    # A target in the source's own country that is a place or the country itself is a misreading
    # («ترامپ وارد کاخ سفید شد», «وزیر خارجه برزیل ... برازیلیا»): the side is left unknown.
    assert _with_actor_stage("رژیم صهیونیستی به تل‌آویو حمله کرد.") == {("ASSAULT", "رژیم صهیونیستی", "")}


def test_events_coding_a_mention_inside_a_longer_one_is_part_of_it() -> None:
    from rayzan.events.slots import _outermost

    # «وزارت امور خارجه روسیه» (0-22) holds «روسیه» (17-22); two names side by side both stay
    assert _outermost([(17, 22), (0, 22), (30, 35), (30, 40), (41, 45)]) == [(0, 22), (30, 40), (41, 45)]
