"""A small, realistic Persian news corpus for the API and dashboard tests.

Each article goes through the project's real normaliser and sentence splitter;
entities, actors and events are laid on by hand at offsets found in the
normalised text (the NER, actor and event stages are built by others).  Codes
follow ``rayzan/events/data`` (CAMEO → PLOVER, Goldstein, quad class).  The
tests at the bottom check that every hand-laid span says what it should.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from rayzan.document import Actor, ArticleMeta, Block, Document, Entity, Event, Role, article_id
from rayzan.pipeline import build_document, segment

JALALI = Actor("kazem_jalali", "کاظم جلالی", "Kazem Jalali", "person", "IRN",
               (Role("سفیر", "ambassador", "IRN", "RUS"),), sector="diplomatic")
VERSHININ = Actor("sergey_vershinin", "سرگئی ورشنین", "Sergey Vershinin", "person", "RUS",
                  (Role("معاون وزیر امور خارجه", "deputy foreign minister", "RUS"),), sector="diplomatic")
ARAGHCHI = Actor("abbas_araghchi", "عباس عراقچی", "Abbas Araghchi", "person", "IRN",
                 (Role("وزیر امور خارجه", "foreign minister", "IRN"),), sector="diplomatic")
LAVROV = Actor("sergey_lavrov", "سرگئی لاوروف", "Sergey Lavrov", "person", "RUS",
               (Role("وزیر امور خارجه", "foreign minister", "RUS"),), sector="diplomatic")
BAGHAEI = Actor("esmaeil_baghaei", "اسماعیل بقائی", "Esmaeil Baghaei", "person", "IRN",
                (Role("سخنگوی وزارت امور خارجه", "foreign ministry spokesman", "IRN"),), sector="diplomatic")
IRAN = Actor("IRN", "ایران", "Iran", "country", "IRN")
IRAQ = Actor("IRQ", "عراق", "Iraq", "country", "IRQ")
RUSSIA = Actor("RUS", "روسیه", "Russia", "country", "RUS")
USA = Actor("USA", "آمریکا", "United States", "country", "USA")
ISRAEL = Actor("ISR", "اسرائیل", "Israel", "country", "ISR")
LEBANON = Actor("LBN", "لبنان", "Lebanon", "country", "LBN")

MOSCOW = {"text": "مسکو", "name_en": "Moscow", "country": "RUS"}
BAGHDAD = {"text": "بغداد", "name_en": "Baghdad", "country": "IRQ"}
GAZA = {"text": "غزه", "name_en": "Gaza", "country": "PSE"}
SYRIA = {"text": "سوریه", "name_en": "Syria", "country": "SYR"}
LEBANON_TOPIC = {"text": "لبنان", "name_en": "Lebanon", "country": "LBN"}
CAUCASUS = {"text": "قفقاز جنوبی", "name_en": "South Caucasus", "country": None}


@dataclass
class EventSpec:
    plover: str
    cameo: str
    source: Actor
    source_text: str
    target: Actor
    target_text: str
    trigger: str  # the trigger's surface; its sentence is the evidence
    goldstein: float
    quad_class: int
    location: dict[str, Any] | None = None
    topics: tuple[dict[str, Any], ...] = ()
    confidence: float = 0.8


@dataclass
class ArticleSpec:
    url: str
    source: str
    published: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    entities: tuple[tuple[str, str, str | None], ...]  # (surface, label, actor id)
    actors: tuple[Actor, ...]
    events: tuple[EventSpec, ...] = field(default=())


ARTICLES = (
    ArticleSpec(
        "https://www.farsnews.ir/news/14030815000101", "farsnews.ir", "2024-11-05",
        "رایزنی سفیر ایران و معاون وزیر خارجه روسیه در مسکو",
        "کاظم جلالی، سفیر ایران در روسیه، با سرگئی ورشنین، معاون وزیر امور خارجه روسیه، درباره تحولات غزه، سوریه و لبنان گفت‌وگو کرد.",
        ("در این دیدار که در مسکو برگزار شد، طرفین بر ضرورت توقف فوری حملات به غزه و لبنان تأکید کردند.",
         "دو طرف همچنین درباره گسترش همکاری‌های منطقه‌ای تبادل نظر کردند."),
        (("کاظم جلالی", "PER", "kazem_jalali"), ("سرگئی ورشنین", "PER", "sergey_vershinin"), ("ایران", "LOC", "IRN"),
         ("روسیه", "LOC", "RUS"), ("مسکو", "LOC", None), ("غزه", "LOC", None), ("سوریه", "LOC", None)),
        (JALALI, VERSHININ, IRAN, RUSSIA),
        (EventSpec("CONSULT", "040", JALALI, "کاظم جلالی", VERSHININ, "سرگئی ورشنین", "گفت‌وگو کرد", 1.0, 1,
                   MOSCOW, (GAZA, SYRIA, LEBANON_TOPIC), 0.9),),
    ),
    ArticleSpec(
        "https://www.irna.ir/news/85650101", "irna.ir", "2024-11-05",
        "دیدار سفیر ایران با معاون وزیر خارجه روسیه",
        "کاظم جلالی روز سه‌شنبه در مسکو با سرگئی ورشنین درباره آخرین تحولات منطقه‌ای رایزنی کرد.",
        ("سفیر کشورمان در این دیدار بر اهمیت هماهنگی تهران و مسکو در مجامع بین‌المللی تأکید کرد.",),
        (("کاظم جلالی", "PER", "kazem_jalali"), ("مسکو", "LOC", None), ("سرگئی ورشنین", "PER", "sergey_vershinin")),
        (JALALI, VERSHININ),
        (EventSpec("CONSULT", "040", JALALI, "کاظم جلالی", VERSHININ, "سرگئی ورشنین", "رایزنی کرد", 1.0, 1,
                   MOSCOW, (), 0.7),),
    ),
    ArticleSpec(
        "https://www.isna.ir/news/1403081611111", "isna.ir", "2024-11-06",
        "امضای تفاهم‌نامه امنیتی ایران و عراق در بغداد",
        "ایران و عراق روز چهارشنبه در بغداد یک تفاهم‌نامه همکاری امنیتی امضا کردند.",
        ("این تفاهم‌نامه بر پایه توافق امنیتی سال گذشته دو کشور تنظیم شده است.",),
        (("ایران", "LOC", "IRN"), ("عراق", "LOC", "IRQ"), ("بغداد", "LOC", None)),
        (IRAN, IRAQ),
        (EventSpec("SUPPORT", "057", IRAN, "ایران", IRAQ, "عراق", "امضا کردند", 8.0, 1, BAGHDAD),),
    ),
    ArticleSpec(
        "https://www.mehrnews.com/news/6285001", "mehrnews.com", "2024-11-07",
        "تحریم‌های تازه آمریکا علیه ایران",
        "وزارت خزانه‌داری آمریکا روز پنجشنبه تحریم‌های تازه‌ای علیه شرکت‌های نفتی ایران اعمال کرد.",
        ("اسماعیل بقائی، سخنگوی وزارت امور خارجه ایران، این اقدام را غیرقانونی خواند و محکوم کرد.",),
        (("وزارت خزانه‌داری آمریکا", "ORG", "USA"), ("ایران", "LOC", "IRN"), ("اسماعیل بقائی", "PER", "esmaeil_baghaei")),
        (USA, IRAN, BAGHAEI),
        (EventSpec("COERCE", "163", USA, "وزارت خزانه‌داری آمریکا", IRAN, "ایران", "اعمال کرد", -8.0, 4),
         EventSpec("ACCUSE", "111", BAGHAEI, "اسماعیل بقائی", USA, "آمریکا", "محکوم کرد", -2.0, 3)),
    ),
    ArticleSpec(
        "https://www.tasnimnews.com/fa/news/1403/08/18/3100001", "tasnimnews.com", "2024-11-08",
        "گفت‌وگوی تلفنی عراقچی و لاوروف",
        "عباس عراقچی، وزیر امور خارجه ایران، در تماس تلفنی با سرگئی لاوروف، همتای روس خود، درباره تحولات قفقاز جنوبی گفت‌وگو کرد.",
        ("دو وزیر بر ادامه رایزنی‌ها در چارچوب سازوکار سه‌جانبه تأکید کردند.",),
        (("عباس عراقچی", "PER", "abbas_araghchi"), ("سرگئی لاوروف", "PER", "sergey_lavrov"), ("قفقاز جنوبی", "LOC", None)),
        (ARAGHCHI, LAVROV),
        (EventSpec("CONSULT", "041", ARAGHCHI, "عباس عراقچی", LAVROV, "سرگئی لاوروف", "تماس تلفنی", 1.0, 1,
                   None, (CAUCASUS,)),),
    ),
    ArticleSpec(
        "https://www.farsnews.ir/news/14030819000202", "farsnews.ir", "2024-11-09",
        "حمله هوایی رژیم صهیونیستی به جنوب لبنان",
        "جنگنده‌های رژیم صهیونیستی بامداد شنبه مناطقی در جنوب لبنان را بمباران کردند.",
        ("منابع محلی از شهادت دست‌کم پنج غیرنظامی خبر دادند.",),
        (("رژیم صهیونیستی", "ORG", "ISR"), ("لبنان", "LOC", "LBN")),
        (ISRAEL, LEBANON),
        (EventSpec("ASSAULT", "195", ISRAEL, "رژیم صهیونیستی", LEBANON, "لبنان", "بمباران کردند", -10.0, 4,
                   {"text": "جنوب لبنان", "name_en": "South Lebanon", "country": "LBN"}),),
    ),
    ArticleSpec(
        "https://www.irna.ir/news/85653030", "irna.ir", "2024-11-10",
        "آمادگی روسیه برای همکاری اقتصادی با ایران",
        "روسیه آمادگی خود را برای همکاری اقتصادی گسترده با ایران در حوزه انرژی اعلام کرد.",
        ("این اعلام آمادگی پس از نشست کمیسیون مشترک اقتصادی دو کشور صورت گرفت.",),
        (("روسیه", "LOC", "RUS"), ("ایران", "LOC", "IRN")),
        (RUSSIA, IRAN),
        (EventSpec("AGREE", "030", RUSSIA, "روسیه", IRAN, "ایران", "اعلام کرد", 4.0, 1),),
    ),
)


def span_of(doc: Document, surface: str, after: int = 0) -> tuple[int, int]:
    start = doc.text.index(surface, after)
    return start, start + len(surface)


def build(spec: ArticleSpec) -> Document:
    """A real Document for one spec: normalised, segmented, layers laid by hand."""
    blocks = [Block("title", spec.title), Block("lead", spec.lead), *(Block("paragraph", p) for p in spec.paragraphs)]
    meta = ArticleMeta(id=article_id(spec.url, spec.title, spec.lead), url=spec.url, source=spec.source, published=spec.published)
    doc = segment(build_document(meta, blocks))
    body_start = doc.sections[1].start  # skip the title: entities and events are read from the body
    entities = []
    for surface, label, actor in spec.entities:
        start, end = span_of(doc, surface, body_start)
        entities.append(Entity(surface, label, start, end, actor))
    events = []
    for index, ev in enumerate(spec.events):
        t0, t1 = span_of(doc, ev.trigger, body_start)
        sentence = doc.sentence_at(t0)
        assert sentence is not None
        events.append(Event(
            id=f"{doc.id}-e{index}", plover=ev.plover, cameo=ev.cameo,
            source={"actor": ev.source.id, "text": ev.source_text, "country": ev.source.country},
            target={"actor": ev.target.id, "text": ev.target_text, "country": ev.target.country},
            location=ev.location, date=spec.published, topics=ev.topics,
            evidence=((sentence.start, sentence.end),), trigger={"text": ev.trigger, "start": t0, "end": t1},
            goldstein=ev.goldstein, quad_class=ev.quad_class, confidence=ev.confidence,
        ))
    return doc.evolve(entities=tuple(sorted(entities, key=lambda e: e.start)), actors=spec.actors, events=tuple(events))


def corpus() -> list[Document]:
    return [build(spec) for spec in ARTICLES]


HOSTILE_TITLE = "گزارش <script>window.__pwned = 1</script> درباره ایران"
HOSTILE_LEAD = ('کاظم جلالی <img src=x onerror="window.__pwned=2"> در مسکو با سرگئی ورشنین '
                'درباره <b onmouseover="window.__pwned=3">غزه</b> رایزنی کرد.')


def hostile_article() -> Document:
    """An article whose text carries markup that must be shown, never run."""
    spec = ArticleSpec(
        "https://example.org/news/hostile", "example.org", "2024-11-11", HOSTILE_TITLE, HOSTILE_LEAD,
        ('پاراگراف دوم با <iframe src="javascript:window.__pwned=4"></iframe> و متن عادی.',),
        (("کاظم جلالی", "PER", "kazem_jalali"), ("مسکو", "LOC", None)),
        (JALALI, VERSHININ),
        (EventSpec("CONSULT", "040", JALALI, "کاظم جلالی", VERSHININ, 'سرگئی ورشنین <img src=x onerror="window.__pwned=5">',
                   "رایزنی کرد", 1.0, 1, MOSCOW, (GAZA,)),),
    )
    return build(spec)


# -- the corpus itself ---------------------------------------------------------


@pytest.mark.parametrize("spec", ARTICLES, ids=lambda s: s.source + ":" + s.published)
def test_api_corpus_spans_point_at_their_text(spec: ArticleSpec) -> None:
    doc = build(spec)
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text
    for event in doc.events:
        trigger = event.trigger
        assert doc.text[trigger["start"] : trigger["end"]] == trigger["text"]
        (start, end), = event.evidence
        assert start <= trigger["start"] < trigger["end"] <= end
        assert "\n" not in doc.text[start:end]  # one sentence, not a whole article


def test_api_corpus_two_outlets_report_the_same_consultation() -> None:
    docs = corpus()
    consults = [d for d in docs if d.events and d.events[0].cameo == "040"]
    assert {d.meta.source for d in consults} == {"farsnews.ir", "irna.ir"}
    assert len({d.id for d in docs}) == len(docs)
