"""The event stage: triggers → arguments → one event per happening in the article.

``code_events(doc)`` finds triggers (``triggers.find_triggers``), turns each into
candidate events with a source and target (``arguments.dyads``), then merges the
candidates of one article: the title, the lead and the body usually report the same
meeting, so candidates of the same PLOVER type and the same dyad (as a set for
symmetric types) become one event with all their evidence sentences.  An anaphoric
mention («این دیدار») adds its sentence to the latest event of its type.

Negated events («دیدار نکرد») are dropped: the contract lists things that happened
or are announced.  Planned ones («قرار است ... دیدار کند», «خواهد کرد») are kept with
``planned: true``; wished or purpose clauses («تا ... گفتگو کنند») are dropped.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from rayzan.actors.kb import load_kb
from rayzan.document import Actor, Document, Event, Mention
from rayzan.events import context
from rayzan.events.arguments import Party, _group, actor_country, dyads, party, relative_spans
from rayzan.events.confidence import features, score
from rayzan.events.domain import sports_article
from rayzan.events.ontology import SYMMETRIC_TYPES, cameo, is_symmetric
from rayzan.events.slots import AGENT, SentenceSlots, Slot, capital_of_a_state, people_of_a_nation, sentence_slots
from rayzan.events.triggers import RA_WORD, REPORTED_OWN_ACTS, RESOLUTION_AGAINST, Trigger, called_so, find_triggers
from rayzan.events.words import (
    AGAINST,
    BARE,
    BETWEEN,
    CLAUSE_VERB,
    FINITE_VERB,
    FROM,
    KE,
    OBJECT,
    PLACE,
    RELATIVE_KE,
    REPORTING_WORDS,
    SAYING_VERBS,
    SAID_MARK,
    SAYS_SEMICOLON,
    SPEAKER,
    TARGET_MARKERS,
    TO,
    WITH,
    WITH_VERB_NOUNS,
)

_PHONE = ("تلفن",)
# Types whose target may be a place: «بمباران بیروت», «وارد پکن شد».
_PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_REPORT_OBJECT = re.compile(
    # (not the source a sentence cites: «طبق گزارش‌ها ایران پیشنهاد ... را رد کرد», «به گزارش ...،»)
    r"(?<![\w\u200c])(?<!طبق )(?<!اساس )(?<!بنابر )(?<!بنا بر )(?<!به )"
    r"(?:خبر|اخبار|گزارش|گزارش‌ها|گزارش‌های|ادعا|ادعای|ادعاهای|شایعه|شایعات|اتهام|اتهامات)(?![\w\u200c])"
    r"[^،]*(?:،\s*که[^،]*،[^،]*)?را\s*$"  # (with a relative clause between commas: «خبر ...، که ...، را»)
)
_PREPOSITIONS = ("to", "against", "with", "from")
_SAYS = re.compile(
    r"(?<![\w\u200c])(?:اعلام\s+کرد|اعلام\s+کردند|گفت|گفتند|افزود|تصریح\s+کرد|تأکید\s+کرد|تاکید\s+کرد|اظهار\s+داشت|"
    r"خاطرنشان\s+کرد|مدعی\s+شد)(?![\w\u200c])"
)
# Event nouns whose complement is who underwent them, not who did them.
_PATIENT_NOUNS = ("انهدام", "ترور", "بازداشت", "دستگیری", "اعدام", "ربودن", "آزادی", "احضار", "توقیف", "اخراج")
# «محکومیت X»: the name after the noun is who is condemned.
_CONDEMNATION = ("محکومیت",)
# A «به» phrase of its own between a name and the verb, other than a manner or a purpose.
_NEARER_TO = re.compile(
    r"(?<![\w\u200c])به\s+(?!صورت|طور|شدت|زودی|ویژه|خصوص|منظور|دلیل|خاطر|عنوان|نام|رغم|سرعت|تنهایی|همراه|موقع|میزان|مبلغ|ارزش)[\w\u200c]+"
)
_OPERATION = re.compile(
    r"(?<![\w\u200c])(?:عملیات|حمله|حملات|بمباران|یورش|تهاجم)(?:\u200cهای|\u200cی)?"
    r"(?:\s+(?:مشترک|ضدتروریستی|ویژه|نظامی|هوایی|پهپادی|موشکی|زمینی|دریایی|توپخانه‌ای))?\s+$"
)
_SAYS_BEFORE = re.compile(r"(?:گفت|افزود|تصریح کرد|اظهار داشت|اعلام کرد|تاکید کرد|تأکید کرد)\s*:|«")
# Events whose «که» clause states their content, not a second event.
_FRAMING = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})
# Stances, not acts: said of the future («... انتقاد خواهد کرد») they are intentions, not events.
_STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "THREATEN"})
# «در گفت‌وگو با یک شبکه تلویزیونی», «گفت‌وگو با زائران»: an interview, not a consultation.
_MEDIA_WORDS = re.compile(
    r"\s*با\s+(?:یک\s+|چند\s+)?(?:شبکه|تلویزیون|روزنامه|خبرگزاری|رادیو|رسانه|رسانه‌های|رسانه‌ها|خبرنگار|خبرنگاران|"
    r"مجله|نشریه|هفته‌نامه|پایگاه\s+خبری|پایگاه\s+اینترنتی|سایت|وبگاه)(?![\w\u200c])"
)
_INTERVIEW = re.compile(r"^(?:گفت‌وگو|گفتگو|گفت و گو|مصاحبه)\s+با(?![\w\u200c])")
_INTERVIEW_NOUNS = ("گفت‌وگو", "گفتگو", "گفت و گو", "مصاحبه")
# «حمله» with words: no weapon, casualty or armed force named beside it (see ``_verbal_attack``).
_ATTACK_WORDS = ("حمله", "حملات")
_PHYSICAL = re.compile(
    r"انفجار|بمب|تیراندازی|گلوله|درگیری|موشک|خمپاره|عملیات|تروریست|انتحاری|شلیک|بمباران|مسلح|کشتار|کشته|زخمی|"
    r"مجروح|شهید|شهادت|هلاکت|ویران|تخریب|نظامی|ارتش|جنگنده|پهپاد|تانک|زرهی|ائتلاف|داعش|مواضع|توپخانه|پایگاه|"
    r"هوایی|زمینی|نیرو|سرباز|پلیس|امنیتی|سلاح|چاقو|ضرب|مهاجم|گروگان|اشغال|سایبری|خودرو|کاروان|آتش|تظاهرات|معترض|آشوب"
)
# first person plural of the light verb: «حمله خواهیم کرد», «حمله می‌کنیم», «حمله کردیم»
_WE_ACT = re.compile(r"خواهیم |(?:می‌کنیم|کردیم|می‌کردیم|نمودیم)$")
_ARMED_SECTORS = frozenset({"rebels", "military", "insurgents", "militia", "police"})
_TARIFFS = ("تعرفه", "عوارض")  # duties laid on another state's goods
_LAID_ON = re.compile(r"(?<![\w\u200c])بر\s+(?:[^\s،.]+\s+){0,6}$")
_SPEAKING_SECTORS = frozenset({"media", "legislature", "diplomatic", "judiciary", "religious", "party"})
_CRITICISE = "111"
_ENDORSE = "051"
_DEFEND = "052"
_OCCUPY = "192"
_CROWD = re.compile(r"(?<![\w\u200c])(?:معترض|معترضان|معترضین|تظاهرکنندگان|تظاهرات‌کنندگان|آشوبگران|اغتشاشگران|"
                    r"جمعیت|راهپیمایان|هواداران|طرفداران)(?![\w\u200c])")
# «۸ میلیون نفر ژاپنی به خارج سفر کرده‌اند», «گردشگران از دبی دیدن کردند»: counted travellers are tourism;
# «پناهجویان سوری وارد ترکیه شدند»: migrants and refugees crossing are no state's visit.
_TRAVELLERS = re.compile(
    r"(?:[\d۰-۹]+|هزار|میلیون|صد|هزاران|میلیون‌ها|صدها)\s+نفر(?![\w\u200c])|"
    r"(?<![\w\u200c])(?:گردشگر|گردشگران|مسافر|مسافران|مسافرین|توریست|توریست‌ها|جهانگرد|جهانگردان|"
    r"مهاجر|مهاجران|مهاجرین|پناهجو|پناهجویان|پناهنده|پناهندگان|آواره|آوارگان)(?![\w\u200c])"
)
# «خودروهای وارد شده ... از امارات به ایران وارد شده‌اند», «محموله‌های فرش ... وارد بنادر آمریکا می‌شود»: goods
# entering a country are trade, not a visit.
_GOODS = re.compile(
    r"(?<![\w\u200c])(?:کالا|کالای|کالاهای|محموله|محموله‌های|خودرو|خودروی|خودروهای|فرش|واردات|صادرات|"
    r"دستگاه|تن|بشکه|بار)(?![\w\u200c])"
)
_REPORTED_BY_MEDIUM = re.compile(r"(?:گزارش|نقل\s+از|نوشته|اعلام)[\s\"'«“]*$")
_DATELINE_AFTER = re.compile(r"\s*[:\-–—]")
# «با تظاهرات از بوش استقبال کردند»: a welcome by demonstrators is a protest.
_HOSTILE_WELCOME = re.compile(r"(?<![\w\u200c])با\s+(?:تظاهرات|اعتراض|اعتراضات|شعار|شعارهای|تجمع|راهپیمایی|سنگ|تخم‌مرغ)")
# «به ۵ سال زندان / به پرداخت ... محکوم شد»: a court's sentence, not a condemnation.
_SENTENCED = re.compile(
    # «به ۵ سال زندان»، «به ۲۷ سال»: a term in digits; in words only with its penalty after it
    # («به یکسال و یک ماه زندان»; «با اشاره به سه سال جنگ ... محکوم کرد» condemns)
    r"(?<![\w\u200c])به\s+(?:[\d۰-۹]+\s*(?:سال|ماه|روز|ضربه)|"
    r"(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|بیست|سی|چند)\s*(?:سال|ماه|روز)"
    r"(?:\s+و\s+(?:نیم|(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده)\s*(?:سال|ماه|روز)))*\s+(?:زندان|حبس|تبعید|حصر)|"
    r"زندان|حبس|اعدام|پرداخت|جزای|شلاق|تبعید|مرگ|قصاص|جریمه|حصر|انفصال|محرومیت)(?![\w\u200c])"
)
# A trial of political weight: the charge, who is tried, or the court
_POLITICAL_CASE = re.compile(
    r"اجتماع\s+و\s+تبانی|تبانی\s+علیه|تبلیغ\s+علیه|اقدام\s+علیه\s+امنیت|جاسوس|موساد|افساد\s*فی\s*الارض|افساد\s+فی‌الارض|محاربه|"
    r"(?<![\w\u200c])بغی(?![\w\u200c])|توهین\s+به\s+رهبر|همکاری\s+با\s+(?:دولت|رژیم)|براندازی|اغتشاش|تروریست|تروریسم|خیانت|داعش|دادگاه\s+انقلاب|"
    r"روزنامه[\u200c ]?نگار|خبرنگار|فعال\s+(?:سیاسی|مدنی|صنفی|دانشجویی|حقوق)|فعالان|زندانی\s+سیاسی|معترض|خواننده\s+رپ|"
    r"دوتابعیتی|دو\s+تابعیتی|تبعه|تشویش\s+اذهان|کودتا|شورش|مخالف\s+دولت|مخالفان|اپوزیسیون|"
    # a politician tried: a head of government or state, a mayor, a party leader, a former minister
    r"نخست[\u200c ]?وزیر|رئیس[\u200c ]?جمهور|شهردار|سناتور|نماینده\s+(?:مجلس|پارلمان)|رهبر\s+حزب|وزیر\s+(?:سابق|پیشین)"
)
_EXECUTION = ("اعدام", "حکم اعدام", "به دار", "قصاص", "حکم قصاص")
# verbs said of anyone (the police, snow): events only with who did it named
_SAID_OF_ANYONE = ("کشت", "مسدود")
_IMPEACHED = ("به استیضاح", "طرح استیضاح")
_RA_AFTER = re.compile(r"(?:\s+[^\s.،؛:]+){0,4}?\s+را(?![\w\u200c])")  # a slot a few words before «را»: inside the object
_AWAIT = re.compile(r"\s+منتظر(?![\w\u200c])")
_FIRED_AT = re.compile(r"(?<![\w\u200c])به\s+(?:روی|سوی|سمت)(?![\w\u200c])")
_PENALTY_BEFORE = re.compile(r"(?:مجازات|تقاضای|درخواست|حکم)\s+$")  # («درخواست حکم اعدام کردند»: asked for)
_DECREE_SIGNED = re.compile(r"(?<![\w\u200c])(?:فرمان|فرمانی|دستور|لایحه|قانون|حکم)(?![\w\u200c])[^،؛]*(?<![\w\u200c])را\s+$")
_ANY_OPENS = re.compile(r"(?:^|[:«])\s*هر(?:گونه)?\s")  # a sentence or a quote opening «هر ...» («تنگسیری: هر شناوری که ...»)
_YET = re.compile(r"(?<![\w\u200c])(?:هنوز|تاکنون|تا\s+کنون|تا\s+به\s+حال)(?![\w\u200c])")
# a name right after the act the perpetrators did: its victim («عامل شهادت دو مأمور پلیس ... دستگیر شد»)
_VICTIM_OF_ACT = re.compile(r"(?:شهادت|قتل|ترور|کشتن|ربودن|مجروح\s+کردن)\s+(?:[\w\u200c]+\s+){0,3}$")
# what «پذیرفت» accepts is an invitation, and nothing else the lexicon's «needs» names
_INVITATION_ONLY = re.compile(
    r"(?!.*(?:درخواست|پیشنهاد|قطعنامه|آتش[‌ ]?بس|شرایط|خواسته|طرح|استعفا|مطالبه|اتهام|مسئولیت|مسؤولیت)).*دعوت", re.S
)
_CHARGE_WORDS = ("اتهام", "جرم", "جاسوس")
_ORDINARY_CRIME = re.compile(
    r"قاچاق\s+(?:انسان|مواد|کالا|سوخت)|(?:کالا|کالای|سوخت|محموله)\s+قاچاق|مواد\s+مخدر|(?<![\w\u200c])قتل(?![\w\u200c])|سرقت|"
    r"(?<![\w\u200c])سارق|کلاهبرداری|تجاوز\s+به\s+عنف|قصاص|اراذل"
)
# Thanks and sessions within one state are a ministry's or a province's routine unless parties of
# standing take part (``_routine``): «سازمان امور مالیاتی از مودیان تشکر کرد», «نشست کمیته محیط زیست شورای شهر».
_COURTESY = re.compile(r"(?:قدردانی|تشکر|تبریک|تجلیل|تمجید|تقدیر)(?![\w\u200c])")
_SESSION = re.compile(r"(?:نشست|اجلاس)(?![\w\u200c])")
# An office of a province or a town, named or not («مدیرکل راهداری استان همدان»): local, like a body
# the knowledge base does not know.
_LOCAL_OFFICE = re.compile(
    r"(?<![\w\u200c])(?:استان|شهرستان|شهرداری|استانداری|فرمانداری|بخشداری|دهیاری|شورای\s+(?:اسلامی\s+)?شهر)(?![\w\u200c])"
)


@dataclass
class Candidate:
    trigger: Trigger
    cameo: str
    source: Party | None
    target: Party | None
    triggers: list[Trigger] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    opening: bool = False  # told in the title or the lead
    _seen: set[int] | None = field(default=None, init=False, repr=False, compare=False)  # ``sentences`` as a set

    def add_sentence(self, index: int) -> None:
        """``index`` joins the evidence unless it is there already.  A set beside the list keeps
        this constant-time: a page of one sentence repeated merges every one into one event,
        and looking each up in the list was quadratic (hours on 50 MB)."""
        if self._seen is None or len(self._seen) != len(self.sentences):  # the list was changed directly
            self._seen = set(self.sentences)
        if index not in self._seen:
            self._seen.add(index)
            self.sentences.append(index)

    @property
    def plover(self) -> str:
        return cameo(self.cameo).plover or ""


def code_events(doc: Document) -> Document:
    return doc.evolve(events=tuple(extract_events(doc)))


def extract_events(doc: Document) -> list[Event]:
    return [event for event, _ in extract_with_features(doc)]


def extract_with_features(doc: Document) -> list[tuple[Event, dict[str, float]]]:
    """Events with the features their confidence was computed from (for calibration)."""
    if sports_article(doc):
        return []  # matches, wins and transfers, written in the words of politics
    every = find_triggers(doc)
    triggers = [t for t in every if not t.negated and not t.irrealis and cameo(t.cameo).plover]
    if not triggers:
        return []
    # (a modal «باید» tells no act, nor a response promised: «در سفر به دوحه گفت ایران به هر تجاوزی پاسخ می‌دهد»)
    verbal_sentences = {t.sentence for t in every if t.kind == "verb" and not t.demand
                        and not (t.cameo == "138" and doc.text.startswith(_RESPONSE, t.start))}  # fmt: skip
    forceful_sentences = {t.sentence for t in every if t.kind == "verb" and t.cameo[:2] in _FORCE_ROOTS}
    dropped_verbs: dict[int, list[Trigger]] = {}
    for t in every:
        if t.kind == "verb" and (t.negated or t.irrealis):
            dropped_verbs.setdefault(t.sentence, []).append(t)
    # A sentence's slots are built when its first trigger comes and dropped after its last: only the
    # few an event's place and topics are read from are kept (a page of one sentence repeated held
    # every sentence's slots, and a candidate for every trigger before any was merged).
    read: dict[int, tuple[Slot, ...]] = {}  # sentence -> its slots that ``_finalise`` reads
    info: SentenceSlots | None = None
    current = -1  # the sentence of ``info``
    merged: list[Candidate] = []
    plovers: set[str] = set()  # of every candidate found so far, merged or not
    anaphors: list[Trigger] = []
    previous: dict[int, Trigger] = {}
    groups: dict[int, tuple[int, int]] = {}  # sentence -> span of the group of people that protested in it
    for trig in triggers:
        if info is None or trig.sentence != current:
            current, sent = trig.sentence, doc.sentences[trig.sentence]
            info = sentence_slots(doc, sent, _mentions_from(doc, sent.start, sent.end))
            read[current] = context.evidence_slots(doc, info.slots)
        before = previous.get(trig.sentence)
        if _embedded(doc, trig, before, info) or _denial(doc, trig, clause_of(info, before)):
            continue
        clause_start = before.scope if before is not None else info.sentence.start
        # A verb dropped as denied or unreal still ends its clause: «برای اینکه ایران با آمریکا مذاکره
        # کند، ایران با عربستان مذاکره کرد» is Iran and Saudi Arabia, not the pair of the purpose.
        clause_start = max([clause_start, *(t.scope for t in dropped_verbs.get(trig.sentence, ()) if t.scope <= trig.start)])
        # «عراق ... به ایران فشار آورد؛ ولی ایران با حمله به خاک عراق ...»: a semicolon ends a clause
        # (not after a headline's list of names: «آمریکا و اسرائیل؛ ایران را تهدید کردند» — they are its subjects)
        semicolon = doc.text.rfind("؛", clause_start, trig.start)
        # (nor after a verb of saying, where news writes it for a colon: «وزیر نفت هند تاکید کرد؛ قرارداد ...»)
        # (a headline's name before it whose clause has a subject of its own is the speaker: «ظریف؛ اسرائیل به
        # سوریه حمله کرد»)
        listed_subjects = (
            semicolon >= 0 and _names_only(doc.text, info, clause_start, semicolon) and not _own_subject(info, semicolon, trig.start)
        )
        if semicolon >= 0 and not listed_subjects and not SAYS_SEMICOLON.search(doc.text, clause_start, semicolon + 1):
            clause_start = semicolon + 1
        # «روسیه ... آتش‌بس اعلام کرد، اما کی‌یف مسکو را ... متهم کرد»: «اما» after a verb and a comma opens a clause
        # with a subject of its own, though no trigger ended the one before
        for but in _BUT_AFTER_VERB.finditer(doc.text, clause_start, trig.start):
            clause_start = but.end()
        if trig.kind == "verb":
            previous[trig.sentence] = trig
        code = _refine_code(doc, trig)
        if code == "042" and doc.text.startswith("وارد", trig.start) and (
            not _names_place(doc, info, trig) or _ENTERS_STAGE.match(doc.text, trig.start)
        ):
            continue  # «وارد هشتمین روز خود شد», «وارد مرحله جدیدی از عملیات در اوکراین شد»: a stage, not a country
        if code == "042" and doc.text.startswith("وارد", trig.start) and _GOODS.search(doc.text, clause_start, trig.start):
            continue  # goods entering a country: trade, not a visit
        if code == "042" and _TRAVELLERS.search(doc.text, clause_start, trig.start):
            continue  # tourists counted, not a visit
        if code == "042" and _CROWD.search(doc.text, clause_start, trig.start):
            continue  # «معترضین طرفدار مقتدی صدر وارد منطقه سبز شدند»: a crowd's entry, not a visit
        plover = cameo(code).plover
        if plover == "ACCUSE" and doc.text.startswith("محکوم", trig.start) and _SENTENCED.search(doc.text, clause_start, trig.start):
            # «دادگاه او را به ۵ سال زندان محکوم کرد»: a sentence, not a condemnation; a political one
            # (a charge against the state, a journalist or activist, a revolutionary court) is legal coercion
            if not _political_case(doc, info, clause_start, trig.start) or trig.planned:
                continue  # an ordinary crime's sentence, or one foretold («احتمالاً ... محکوم خواهد کرد»)
            if "محکومیت" not in doc.text[clause_start : trig.start]:  # («محکومیت ... را محکوم کرد»: a condemnation)
                code, plover = "173", "COERCE"
        if code[:2] in _FORCE_ROOTS and trig.planned and _ANY_OPENS.search(doc.text[info.sentence.start : trig.start]):
            continue  # «هر شناوری که ... قوانین را نقض کند، توقیف خواهد شد»: a rule stated, a threat at most
        if code == "120" and doc.text.startswith("به رسمیت", trig.start) and _YET.search(doc.text, clause_start, trig.start):
            continue  # «هنوز حکومت طالبان را به رسمیت نشناخته است»: a state of affairs, no act of refusal
        if code == "0832" and _INVITATION_ONLY.match(doc.text, info.sentence.start, trig.start):
            continue  # «دعوت ... را پذیرفت»: an invitation accepted is no concession (declined, it is a refusal: 120)
        if code[:3] in ("161", "172") and doc.text[trig.start : trig.end] == "بسته":
            continue  # «مرزهای خود را ... بسته و ... اخراج کند», «مرز بسته»: a participle, no closing told
        if code == "1823" and trig.scope_end < 0 and doc.text.startswith("اعدام", trig.start) and _PENALTY_BEFORE.search(doc.text, max(0, trig.start - 16), trig.start):
            continue  # «تقاضای مجازات اعدام شده است»: the penalty asked for, not carried out
        if code == "057" and _DECREE_SIGNED.search(doc.text, clause_start, trig.start):
            continue  # «فرمان اجرایی افزایش تعرفه ... را امضا کرد»: a decree signed alone is no agreement
        if code == "1823" and doc.text.startswith(_EXECUTION, trig.start) and trig.planned:
            continue  # «قرار است حکم اعدام ... هفته آینده اجرا شود»: not carried out
        if code == "1823" and doc.text.startswith(_EXECUTION, trig.start):
            # a judicial execution is political violence when the charge or the one executed is political
            # (spying, «محاربه», a protester); a drug trafficker's or a murderer's is no event here
            if not _political_case(doc, info, clause_start, trig.start):
                continue
        if plover in _STANCES and trig.planned and trig.kind == "verb" and _SAYS_BEFORE.search(doc.text, info.sentence.start, trig.start):
            continue  # «گفت: ... به موقع انتقاد خواهد کرد»: an intention someone states
        if plover == "CONSULT" and _interview(doc, trig, info):
            continue
        # (the object shared with a verb before: «... مهاجر افغان را بازداشت و به افغانستان اخراج کرد»)
        shared_object = not RA_WORD.search(doc.text, clause_start, trig.start)
        if code == "166" and trig.kind == "verb" and _DEPORTED.search(doc.text, info.sentence.start if shared_object else clause_start, trig.start):
            code, plover = "174", "COERCE"  # «ده‌ها تبعه افغان را ... اخراج کرد»: people deported, no envoy expelled
        if code[:2] in _FORCE_ROOTS and _IN_EXERCISE.search(doc.text, info.sentence.start, trig.start):
            continue  # «در جریان رزمایش ... اهداف از پیش تعیین‌شده را منهدم کرد»: a drill's targets
        if code == "163" and doc.text.startswith("تحریم", trig.start) and _opened_by_protesters(doc.text, clause_start, trig.start):
            code, plover = "143", "PROTEST"  # «پرستاران ... اضافه‌کاری اجباری را تحریم کردند»: a boycott in protest
        if code == "191" and doc.text.startswith("مسدود", trig.start) and _opened_by_protesters(doc.text, clause_start, trig.start):
            code, plover = "144", "PROTEST"  # «کشاورزان ... بزرگراه‌های منتهی به پاریس را مسدود کردند»: a blockade in protest
        pairs = (
            [] if trig.anaphoric else dyads(doc.text, trig, info, clause_start, is_symmetric(code), plover == "PROTEST")
        )
        if trig.kind == "noun" and code[:2] == "04":
            # the subject with the genitive of a meeting framing its clause: only a party of another state
            pairs = [(s, t) for s, t in pairs if s is None or t is None or t.marker != BARE or s.start > trig.start
                     or _met_in_frame(doc, trig, code, t, s)]  # fmt: skip
        if code in ("1823", "191") and trig.kind == "verb" and not trig.passive and doc.text.startswith(_SAID_OF_ANYONE, trig.start):
            # «... را کشتند», «... را مسدود کردند»: said of anyone (the police, snow); an event only with who did it
            # named (a noun beside the verb may name them: «اسرائیل در حمله هوایی به صنعا ... را کشت»)
            pairs = [(s, t) for s, t in pairs if s is not None]
            if not pairs:
                continue
        if code[:2] in _FORCE_ROOTS and trig.kind == "verb" and (trig.passive or _SUFFERED.match(doc.text, trig.start)):
            # «در پی حمله جنگنده‌های آمریکایی به بندر ... زخمی شدند», «در حمله تروریستی گروهک جیش‌الظلم به یک پاسگاه
            # ... به شهادت رسیدند»: the attack's own party, named after its noun, is who did it, not who suffered
            pairs = [(t, None) if s is None and t is not None and _ATTACKER_BEFORE.search(doc.text, max(clause_start, t.start - 45), t.start)
                     else (s, t) for s, t in pairs]  # fmt: skip
        if code[:2] not in _FORCE_ROOTS and pairs:
            pairs = _without_peoples(doc, trig, info, clause_start, code, pairs)
        if plover == "THREATEN" and trig.kind == "verb" and pairs and all(t is None for _, t in pairs):
            # «ترامپ تهدید کرد (که) به ایران حمله خواهد کرد»: whom the threatened act is aimed at is the
            # threat's target, and an act of force or a sanction makes it a threat of that (138, 1312)
            threatened = _threatened_act(doc, trig, every, info)
            if threatened is not None:
                act, target = threatened
                pairs = [(s, target) for s, _ in pairs]
                code = "138" if act.cameo[:2] in _FORCE_ROOTS else "1312" if act.cameo.startswith("163") else code
            else:
                # «تهدید کرد اگر مسکو ... ، ...», «هشدار داد که در صورتی که سه کشور اروپایی ...»: whom the
                # condition names (or the act after it aims at) is threatened
                conditional = _conditional_threat(doc, trig, every, info, [s for s, _ in pairs if s is not None])
                if conditional is not None:
                    act, target = conditional
                    pairs = [(s, target) for s, _ in pairs if not _same_state(doc, s, target)]
                    if act is not None:
                        code = "138" if act.cameo[:2] in _FORCE_ROOTS else "1312" if act.cameo.startswith("163") else code
                else:
                    # «هشدار داد که ... دامنه عملیات علیه رژیم صهیونیستی گسترش خواهد یافت»: a harm to come aimed at
                    # a party the warning's own clause names («علیه»، «برای»، an object) threatens it
                    sources = [s for s, _ in pairs if s is not None]
                    aimed = _harm_foretold(doc, trig, info, sources) or _warned_of(doc, trig, every, info, sources)
                    if aimed is not None:
                        pairs = [(s, aimed) for s, _ in pairs]
        if plover == "REQUEST":
            # «خواستار حمله به تاسیسات ایران شد»: names inside the demand are what is asked, not whom
            # «X خواستار ... شد»: whom it asks is only ever «از Y»
            pairs = [(s, _request_target(doc, trig, t)) for s, t in pairs]
        if (code == "173" and doc.text.startswith("محکوم", trig.start)) or (code == "1823" and doc.text.startswith(_EXECUTION, trig.start)):
            # «... را به اتهام جاسوسی برای آمریکا و اسرائیل به اعدام محکوم کرد», «جاسوس موساد را اعدام کرد»: the
            # states of the charge are no party
            # (the charge may follow the noun: «حکم اعدام یک محکوم به جاسوسی برای موساد ... اجرا شد»)
            charge = max(doc.text.rfind(word, clause_start, max(trig.end, trig.scope)) for word in _CHARGE_WORDS)
            if charge >= 0:
                pairs = [(None if s is not None and s.start > charge else s, None if t is not None and t.start > charge else t) for s, t in pairs]
                pairs = [(s, t) for s, t in pairs if s is not None or t is not None]
            if code == "173":
                # «دادگاهی در استانبول اکرم امام‌اوغلو شهردار زندانی استانبول را ... محکوم کرد»: the one named before «را»
                # (the court unnamed) is who was sentenced
                # (a court or the judiciary is never the one sentenced: «دادگاه انقلاب تهران این روزنامه‌نگار را»)
                pairs = [(None, s) if t is None and s is not None and not _judiciary(doc, s) and _RA_AFTER.match(doc.text, s.tail)
                         else (s, t) for s, t in pairs]  # fmt: skip
        if code == "160" and doc.text.startswith("خارج", trig.start):
            # «از یونسکو خارج شد»: leaving an organisation reduces relations with it; anyone leaving a place is
            # no event (troops leaving a land are ``0874`` in the lexicon), nor is walking out of a session
            # («از جلسه شورای امنیت خارج شد»)
            pairs = [(s, t) for s, t in pairs if t is not None and _organisation(doc, t) and _FROM_RIGHT_BEFORE.search(doc.text, max(0, t.start - 6), t.start)]
        if code == "085" and _WAIVER.search(doc.text, clause_start, trig.start + 12):
            code, plover = "163", "COERCE"  # «معافیت بندر چابهار از تحریم‌ها را لغو کرد»: a waiver revoked tightens them
        if code == "163" and _SANCTIONS_EASED.search(doc.text, max(clause_start, trig.start - 30), trig.start + 12):
            continue  # «قطعنامه‌ای برای کاهش تحریم‌های سوریه تصویب کرد»: sanctions eased, not imposed
        if code.startswith("087") and _PROPOSED.search(doc.text, max(clause_start, trig.start - 20), trig.start):
            continue  # «پیشنهاد آتش‌بس جدید را ... ارائه کرد»: a proposal, no ceasefire
        if code == "163" and doc.text.startswith(_TARIFFS, trig.start) and not any(t is not None for _, t in pairs):
            # «تعرفه ۱۲۵ درصدی بر کالاهای آمریکایی وضع می‌کند»: whose goods are taxed, inside the construction
            taxed = [x for x in info.slots if trig.start < x.start < max(trig.end, trig.scope)]
            # (or named before it after «بر»: «اتاوا بر ۱۵۵ میلیارد دلار کالای آمریکایی تعرفه متقابل وضع می‌کند»)
            taxed = taxed or [x for x in info.slots if clause_start <= x.start < trig.start
                              and _LAID_ON.search(doc.text, max(clause_start, x.start - 50), x.start)]  # fmt: skip
            if taxed:
                pairs = [(s, taxed[0]) for s, _ in pairs if s is not taxed[0]] or [(None, taxed[0])]
        if (code == "163" and doc.text.startswith(_TARIFFS, trig.start)) or (code == "120" and doc.text.startswith(("زیر بار", "به رسمیت"), trig.start)):
            # tariffs laid on another state, not a utility's («تعرفه برق مشترکان»); a refusal of another party,
            # not a slogan («زیر بار ذلت نخواهد رفت») nor a ministry's paperwork («مدارک ... را به رسمیت نمی‌شناسد»);
            # nobody's refusal is none («هیچ کشوری ... را به رسمیت نشناخته است»)
            pairs = [(s, t) for s, t in pairs if t is not None and not _same_state(doc, s, t)
                     and not _NOBODY.search(doc.text, clause_start, trig.start)]  # fmt: skip
        if code == "143" and doc.text.startswith("تعطیل", trig.start):
            # shops shut in protest are a strike; consulates or an embassy shut reduce relations
            if _MISSIONS.search(doc.text, clause_start, trig.start):
                code = "161"
            elif not _SHOPS.search(doc.text, clause_start, trig.start):
                pairs = []
        if code == "160":
            # a suspension is of ties with another party: not a body's own ruling at home («هیئت تجدید نظر عراق ...
            # این امر را به حالت تعلیق درآورد»)
            pairs = [(s, t) for s, t in pairs if s is not None and t is not None and not _same_state(doc, s, t)]
        if "را" in trig.needs:
            pairs = _labelled(doc, info, trig, clause_start, pairs)
        if "از" in trig.needs:  # «X از Y خواست»: without whom it asks, «می‌خواهد» is only «needs»
            asked = [(s, t) for s, t in pairs if t is not None and t.marker == FROM]
            people = None if asked else _ASKED_PEOPLE.search(doc.text, clause_start, trig.start)
            if people is not None and people.group(1) in ("مردم", "ملت") and not _CALL_TO_THE_PEOPLE.search(doc.text, trig.end, info.sentence.end):
                people = None  # («پلیس ... از مردم خواست هوشیار باشند», «از مردم خواست مصرف برق را کاهش دهند»: advice)
            if people is not None:
                # «مقتدی صدر از هوادارانش خواست ...», «از معلمان سراسر کشور خواست»: people asked, no party of the KB
                asked = [(s, None) for s, _ in pairs if s is not None and s.start < trig.start][:1]
            pairs = asked
        if code == "046" and trig.kind == "noun" and doc.text[trig.start : trig.end] == "مذاکره" and called_so(doc.text, trig.end, info.sentence.end):
            continue  # «مذاکره با آمریکا را «نه عاقلانه» خواند»: negotiating in general called so, no talks held
        if code == "030" and trig.kind == "noun" and doc.text.startswith("موافقت", trig.start) and _WITH_BEFORE.search(doc.text, max(0, trig.start - 8), trig.start):
            continue  # «با موافقت دولت آن کشور»: with its consent, a manner of another act; «مورد موافقت ایران قرار گرفت»
        if code == "042" and doc.text.startswith("ورود", trig.start):
            # an arrival is a visit only of a person or an office-holder («ورود وزیر خارجه عربستان به تهران»), not
            # of troops, pilgrims or aid («ورود نظامیان آمریکایی به سوریه»), nor entering talks («ورود به مذاکره»)
            pairs = [(s, t) for s, t in pairs if s is not None and s.start > trig.start and _person(doc, s)]
        if trig.kind == "noun" and _CAUSE_RIGHT_BEFORE.search(doc.text, max(0, trig.start - 20), trig.start):
            # «ایران ... در واکنش به فعال‌سازی سازوکار ماشه ... فراخواند»: the act a background phrase names is not
            # the clause subject's
            pairs = [(s, t) for s, t in pairs if s is None or s.start > trig.start]
        if code in ("130", "114") and (trig.kind == "noun" or code == "114" and doc.text[trig.start : trig.end] == "اعتراض"):
            # a warning noun is a threat only given by someone to someone («هشدار کرملین به واشنگتن»), not a
            # forecaster's («هشدار هواشناسی»); a protest noun is a complaint only by a party named after it to
            # another («اعتراض رسمی ایران به انگلیس»), not a crowd's («در اعتراض به گرانی»)
            pairs = [(s, t) for s, t in pairs if s is not None and t is not None and t.marker == TO
                     and (code == "130" or s.start > trig.start and _official(doc, s))  # (not a player's appeal)
                     and ":" not in doc.text[trig.end : t.start]]  # («هشدار روسیه به ناتو: ... به اوکراین»)
        if trig.kind == "noun" and plover == "REQUEST":
            # «درخواست X از Y»: a request noun is an event when it says whom it asks
            pairs = [(s, t) for s, t in pairs if t is not None and t.marker == FROM]
        if trig.kind == "noun" and not trig.headline:
            # In the body a bare noun makes an event only with both sides named («حمله اسرائیل به لبنان»),
            # and not inside what someone says («... اعلام کرد حمله آمریکا به عراق این کشور را ...»): background.
            quoted = bool(_SAYS.search(doc.text, info.sentence.start, trig.start))
            pairs = [(s, t) for s, t in pairs if s is not None and t is not None and not quoted]
        elif trig.kind == "noun" and FINITE_VERB.search(doc.text, trig.end, info.sentence.end):
            # A headline noun that is the subject of another verb is background («حمله آمریکا، عراق را ... کرده است»)
            pairs = [(s, t) for s, t in pairs if s is not None and t is not None and (t.marker in _PREPOSITIONS or _met_in_frame(doc, trig, code, t, s))]
        if trig.kind == "noun" and code == "114" and _MANNER.search(doc.text, max(0, trig.start - 4), trig.start):
            # «وزارت امور خارجه کویت با احضار سفیر ایران، اعتراض ... را اعلام کرد»: the clause's subject summoned
            # the envoy named right after the noun
            subjects = [x for x in info.slots if clause_start <= x.start < trig.start and x.marker == BARE]
            envoys = [x for x in info.slots if trig.head_end <= x.start and not doc.text[trig.head_end : x.start].strip()]
            pairs = [(subjects[0], envoys[0])] if subjects and envoys else pairs
        elif trig.kind == "noun" and trig.sentence in verbal_sentences:
            # A bare noun beside a verb is usually background («به درخواست طرف ترکیه»); keep only «حمله X به Y».
            # «اسرائیل با حمله به غزه ده‌ها نفر را کشت»: a noun of force as the manner of the clause's act
            # takes the clause's subject
            # «روحانی در تماس تلفنی با پوتین از روسیه تشکر کرد»: so does a meeting that frames it
            before_noun = doc.text[max(0, trig.start - 4) : trig.start]
            # (not when a verb of force codes the act itself, «با حمله پهپادی ... را ترور کرد», nor when
            # «با» is the verb's: «با حمله به ایران مخالفت کرد»)
            manner = (
                (code[:2] in _FORCE_ROOTS or code == "114") and bool(_MANNER.search(before_noun)) and trig.sentence not in forceful_sentences
                and not _FRAME_WITH.search(doc.text, max(0, trig.start - 16), trig.start)
                and not WITH_VERB_NOUNS.search(doc.text, trig.end, info.sentence.end)
            )  # fmt: skip
            # (its partner after «با», or its genitive right after it: «قالیباف در دیدار ولودین ... تأکید کرد»)
            met = [t for s, t in pairs if _met_in_frame(doc, trig, code, t, s)]
            manner = manner or bool(met)
            pairs = [(s, t) for s, t in pairs if s is not None and t is not None and s is not t
                     and (s.start >= trig.head_end or manner and t.start >= trig.head_end) and (t.marker in TARGET_MARKERS or t in met)]  # fmt: skip
        if trig.kind == "noun":
            # a noun's phrase ends at the next verb: «در دیدار X از ... یاد کرد و گفت: ... به سازمان ملل ...»,
            # and at a comma: «ضمن تشکر از حمایت روسیه، از آمریکا انتقاد کرد» (America is the verb's)
            # and at the name that opens the clause after a frame: «به دنبال حمله اسرائیل سوریه سفیر خود را از
            # اردن فراخواند» (Jordan is the verb's)
            pairs = [(s, t) for s, t in pairs
                     if not any(x is not None and x.start > trig.end and (FINITE_VERB.search(doc.text, trig.end, x.start)
                                                                          or _comma_between(doc.text, info, trig.end, x)
                                                                          or _subject_between(doc.text, info, trig, s, x))
                                for x in (s, t))]  # fmt: skip
        if code == "111" and trig.kind == "noun" and _BLAME_FRAME.search(doc.text, max(0, trig.start - 5), trig.start):
            # «ترکیه ضمن انتقاد از اسرائیل، خواستار آتش‌بس شد», «با محکوم کردن حمله اسرائیل به سوریه گفت»: blame
            # framing the clause is its subject's, of the party right after the noun (or whose act it names)
            subjects = [x for x in info.slots if clause_start <= x.start < trig.start and x.marker == BARE]
            comma = doc.text.find("،", trig.end, info.sentence.end)
            end = comma if comma >= 0 else info.sentence.end
            blamed = [x for x in info.slots if trig.head_end <= x.start < end and x.marker in (FROM, "")
                      and not FINITE_VERB.search(doc.text, trig.end, x.start)][:1]  # fmt: skip
            if subjects and blamed and subjects[0] is not blamed[0]:
                pairs = [(subjects[0], blamed[0])]
        pairs = [_patient_first(doc, trig, s, t) for s, t in pairs]
        if code in ("161", "114") and _FOR_CONSULTATION.search(doc.text, trig.start, trig.end):
            # «سفرای ایران در آلمان، فرانسه و انگلیس برای رایزنی به تهران فراخوانده شدند», «سفیر این کشور در واشنگتن
            # را برای رایزنی فراخواند»: the envoys' state recalled them (161) from the states they serve in, named
            # inside their title
            code, plover = "161", "SANCTION"
            if trig.passive:
                envoys = [x for x in info.slots if x.marker == BARE and clause_start <= x.start <= trig.start]
            else:
                envoys = [s for s, _ in pairs if s is not None and s.start < trig.start][:1]  # (who recalls them)
            home = actor_country(doc.actor(envoys[0].mentions[0].actor)) if envoys else None
            since = (envoys[0].start if trig.passive else min(envoys[0].end, trig.start)) if envoys else trig.start
            posts = [Slot(m.start, m.end, (m,), PLACE) for m in _mentions_from(doc, since, trig.end)
                     if (a := doc.actor(m.actor)) is not None and a.country and a.kind == "country"
                     and a.country != home] if envoys else []  # fmt: skip
            if posts:
                pairs = [(envoys[0], p) for p in posts[:3]]
            else:  # (a capital after «از» stands for its state, as before; one's own envoy is no other side)
                pairs = [(s or (envoys[0] if envoys else None), None if t is None or _same_state(doc, envoys[0] if envoys else s, t) else t)
                         for s, t in pairs] or ([(envoys[0], None)] if envoys else [])  # fmt: skip
        if code == "138" and doc.text.startswith(_RESPONSE, trig.start):
            # a response promised: one to come or ever given («پاسخ قاطع خواهد داد / می‌دهد», «بی‌پاسخ نخواهد ماند»),
            # not a reply given («به نامه ترامپ پاسخ داد»); to whoever did the act it answers («حمله رژیم صهیونیستی»,
            # «اقدام آمریکا», «تحریم‌های جدید اتحادیه اروپا», «ترور ... توسط اسرائیل»), never its victim («در صورت
            # هرگونه تجاوز علیه ایران»); by the one who promises it, or who says so
            promised = trig.planned or bool(_PRESENT_VERB.search(doc.text, trig.start, trig.end))
            if not (promised or trig.negated and doc.text.startswith("بی", trig.start)):
                continue
            speaker = _announcer(doc, info, trig)
            opening = max([clause_start, *(x.end for x in speaker)])
            doers = [x for x in info.slots if opening <= x.start < trig.start and x.marker != PLACE
                     and (_ACT_BEFORE.search(doc.text, max(0, x.start - 30), x.start) or x.marker == AGENT)
                     and not _VICTIM_OF.search(doc.text, max(clause_start, x.start - 40), x.start)]  # fmt: skip
            promisers = [x for x in info.slots if opening <= x.start < trig.start and x.marker in (BARE, SPEAKER)
                         and x not in doers and not _ACT_BEFORE.search(doc.text, max(0, x.start - 30), x.start)][:1]  # fmt: skip
            source = promisers[0] if promisers and not trig.passive else (speaker[0] if speaker else None)
            # (a bare «پاسخ خواهد داد» answers an act, not a letter: «به نامه رئیس‌جمهور آمریکا پاسخ خواهد داد»; and
            # someone promises it: «کارشناسان معتقدند ... بی‌پاسخ نخواهد ماند» is an opinion)
            pairs = [(source, t) for t in _group(doers)] if doers and source is not None else []
            pairs = [(s, t) for s, t in pairs if not _same_state(doc, s, t)]
            if not doers and source is not None and _ANY_AGGRESSION.search(doc.text, opening, trig.start):
                # «سرلشکر موسوی: هرگونه تجاوز جدید با پاسخی کوبنده‌تر روبه‌رو خواهد شد»: deterrence of any aggressor,
                # a threat with no one named
                pairs = [(source, None)]
        if code == "164" and trig.passive:
            continue  # «دور ششم مذاکرات ... لغو شد»: talks called off by nobody named halt nothing of anyone's
        if code == "164":
            # «گفت‌وگوهای نظامی با آمریکا را لغو کرد»: halted with whom the talks were
            talks = _TALKS.search(doc.text, clause_start, trig.start)
            partners = [x for x in info.slots if talks and talks.end() <= x.start < trig.start and x.marker == WITH]
            if partners:
                pairs = [(s, partners[0]) for s, _ in pairs if s is not partners[0]]
        if code == "190" and doc.text.startswith("هجوم", trig.start) and not any(s is not None for s, _ in pairs):
            continue  # «خریداران به فروشگاه‌ها هجوم بردند», locusts, pilgrims: a rush, no named assailant
        if code == "190" and doc.text.startswith("غرق", trig.start) and trig.passive:
            continue  # «قایق حامل مهاجران ... غرق شد»: a ship that sank; who sank one is told with «غرق کرد»
        if code == "0841" and doc.text.startswith("تحویل", trig.start):
            # «۲۰ اسیر زنده صهیونیست را به صلیب سرخ تحویل دادند»: released to the captives' state, whoever receives them
            if trig.passive or _PASSIVE_AFTER.match(doc.text, trig.end):
                # «سخنگوی ... حماس اعلام کرد پیکر یک اسیر صهیونیست ... تحویل داده می‌شود»: who announces hands over
                speaker = _announcer(doc, info, trig)
                opening = max([clause_start, *(x.end for x in speaker)])
                captives = [x for x in info.slots if opening <= x.start < trig.start and x.marker == BARE]
                pairs = [(speaker[0] if speaker else None, captives[0])] if captives else []
            else:
                captives = [x for x in info.slots if clause_start <= x.start < trig.start and (x.marker == OBJECT or x.in_object)]
                if captives:
                    pairs = [(s, captives[0]) for s, _ in pairs if s is not captives[0]] or [(None, captives[0])]
        if code == "043" and trig.passive and doc.text.startswith("مورد", trig.start):
            # «ولیعهد عربستان ... مورد استقبال ترامپ قرار گرفت»: the host is named inside the construction
            hosts = [x for x in info.slots if trig.start < x.start < trig.end]
            if hosts:
                pairs = [(hosts[0], t) for s, t in pairs if t is not None and t is not hosts[0]]
            pairs = [(s, t) for s, t in pairs if t is not None and _person(doc, t)]  # (not pilgrims or a plan)
        if code in ("0832", "120") and doc.text.startswith(("پذیر", "نپذیر", "نمی", "نخواهد"), trig.start):
            # «کشورش هرگونه مداخله نظامی آمریکا در خاک مکزیک را نخواهد پذیرفت»: whose act is refused is refused
            pairs = [(None, s) if s is not None and t is None and _ACT_BEFORE.search(doc.text, max(0, s.start - 30), s.start) else (s, t)
                     for s, t in pairs]  # fmt: skip
        if plover == "ACCUSE" and trig.kind == "verb" and code in ("111", "112", "114"):
            # «کره شمالی موشک بالستیک آزمایش کرد و ژاپن و کره جنوبی این اقدام را محکوم کردند»: the act a demonstrative
            # names was done by the subject of the clause (or sentence) before
            ra = doc.text.rfind("را", clause_start, trig.start)
            pairs = [(s, (_doer_told_before(doc, info, trig, s) or [None])[0]) if s is not None and t is None and ra > s.end
                     and _THIS_ACT.search(doc.text, max(s.end, ra - 30), ra) else (s, t) for s, t in pairs]  # fmt: skip
        if code == "057" and trig.kind == "verb":
            # «بانک مرکزی ایران و بانک مرکزی روسیه توافق‌نامه اتصال ... سامانه سپام ... را امضا کردند»: the two
            # named before the document signed it with each other; names inside the document are what it is about
            subjects = [x for x in info.slots if x.marker == BARE and clause_start <= x.start < trig.start and not x.in_object]
            signers = subjects[:1] + [x for x in subjects[1:] if x.coordinated]
            document = _DOCUMENT.search(doc.text, signers[-1].tail, trig.start) if len(signers) >= 2 else None
            # (not with a partner named before the document: «ایران و عراق با ترکیه قرارداد گازی امضا کردند»)
            partners = [x for x in info.slots if document and x.marker == WITH and signers[-1].tail <= x.start < document.start()]
            if document and not partners and not FINITE_VERB.search(doc.text, signers[-1].tail, trig.start):
                pairs = list(combinations(signers[:4], 2))
        if code == "166" and trig.kind == "noun":
            # an expulsion noun is of envoys («اخراج سفیر ایران از استرالیا»: by the state they leave, named after
            # «از»), not of migrants or players
            if not _ENVOYS_AFTER.match(doc.text, trig.end):
                continue
            expelled = [x for x in info.slots if trig.end <= x.start and x.marker == BARE][:1]
            left = [x for x in info.slots if expelled and x.start > expelled[0].start and x.marker == FROM][:1]
            if expelled and left and not FINITE_VERB.search(doc.text, trig.end, left[0].start):
                pairs = [(left[0], expelled[0])]
        if code[:2] == "15":
            # «آمریکا ناو هواپیمابر ... را به خاورمیانه اعزام کرد»: a state's own forces are what it shows, not whom at
            pairs = [(s, None if t is not None and s is not None and _same_state(doc, s, t) else t) for s, t in pairs]
        if code.startswith("084") and trig.passive and pairs and all(s is None and t is not None for s, t in pairs):
            # «سیسیلیا سالا ... پس از سه هفته بازداشت در زندان اوین آزاد شد»: freed by the state where they were held,
            # when that is not their own
            held = [x for x in info.slots if x.marker == PLACE and clause_start <= x.start < trig.start and _all_places(x)
                    and _HELD_IN.search(doc.text, max(clause_start, x.start - 12), x.start)]  # (not «به گزارش ... از استان سمنان»)
            if held and all(_stated(doc, t) and not _same_state(doc, held[-1], t) for _, t in pairs):
                pairs = [(held[-1], t) for _, t in pairs]
        if code.startswith("084") and (doc.text.startswith("مبادله", trig.start) or _EACH_OTHER.search(doc.text, clause_start, trig.start)):
            # «روسیه و اوکراین ۱۹۰ اسیر جنگی را مبادله کردند», «... را به یکدیگر تحویل دادند»: each freed the other's
            sides = [s for s, t in pairs if s is not None and t is None]
            if len(sides) == 2 and not _same_state(doc, *sides):
                pairs = [(sides[0], sides[1]), (sides[1], sides[0])]
        if code == "150" and doc.text.startswith("شلیک", trig.start):
            aim = _AIMED_AT.search(doc.text, clause_start, trig.start)
            if aim is not None and not aim.group(1) or any(
                s is not None and t is not None and not _same_state(doc, s, t) and not _all_places(t) for s, t in pairs
            ):
                code, plover = "190", "ASSAULT"  # missiles fired at a party or a site: an attack on it
            else:
                pairs = [(s, None if t is not None and _all_places(t) else t) for s, t in pairs]  # (a sea is no party)
        if code == "150" and doc.text.startswith(_DRILL_WORDS, trig.start):
            # a drill held with another state («ارتش پاکستان با ارتش چین رزمایش مشترکی برگزار کرد») or by several
            # together («ایران و روسیه رزمایش مشترک برگزار می‌کنند») is military cooperation between them, no show of
            # force of one at the other
            partners = [(s, t) for s, t in pairs if s is not None and t is not None and not _same_state(doc, s, t)]
            # (those «با حضور» names, with nobody holding it: «رزمایش مشترک ... با حضور ناوهای ایران، روسیه و چین آغاز شد»)
            together = [s for s, t in pairs if s is not None and t is None] or [t for s, t in pairs if s is None and t is not None]
            if not partners and len(together) >= 2:
                partners = [(a, b) for a, b in combinations(together[:4], 2) if not _same_state(doc, a, b)]
            if partners:
                code, plover, pairs = "062", "COOPERATE", partners
        if trig.kind == "verb" and any(t is not None for _, t in pairs) and _WHILE_FRAME.search(doc.text, clause_start, trig.start):
            # «ضمن ابراز همدردی با مردم ایران، حملات رژیم صهیونیستی ... را محکوم کرد»: a frame closed before the verb
            # names whom the frame's act concerns; the verb's target is its object outside it
            framed = [(m.start(), doc.text.find("،", m.end(), trig.start)) for m in _WHILE_FRAME.finditer(doc.text, clause_start, trig.start)]
            framed = [(a, b) for a, b in framed if b >= 0]
            objects = [x for x in info.slots if x.marker == OBJECT and clause_start <= x.start < trig.start
                       and not any(a <= x.start < b for a, b in framed)]  # fmt: skip
            if framed and objects:
                pairs = [(s, objects[0] if t is not None and any(a <= t.start < b for a, b in framed) else t) for s, t in pairs]
        if code == "115" and doc.text.startswith("به شکایت", trig.start):
            # «اسپانیا به شکایت آفریقای جنوبی علیه اسرائیل پیوست»: the case is against whom «علیه» names
            against = [x for x in info.slots if trig.start < x.start < trig.end and x.marker == AGAINST]
            pairs = [(s, against[0]) for s, _ in pairs if s is not None and s.start < trig.start][:1] if against else []
        if plover == "PROTEST":
            # «در اعتراض به واگذاری اراضی به آذربایجان»: a party inside what is protested is no target; one right
            # after «در اعتراض به» is («در اعتراض به آمریکا»)
            # (its genitive is: «در اعتراض به سخنان نماینده اسرائیل»)
            pairs = _null_targets(pairs, lambda t: t.marker in (TO, FROM, WITH)
                                  and _INSIDE_PROTESTED.search(doc.text, max(clause_start, t.start - 60), t.start) is not None)  # fmt: skip
        if plover == "SUPPORT" and any(t is not None and t.marker == AGAINST for _, t in pairs):
            # «برلین از بازگشت تحریم‌های سازمان ملل علیه ایران حمایت می‌کند»: backing a measure against a party is no
            # support of it (backing its end is: «از لغو تدریجی تحریم‌ها علیه سوریه حمایت می‌کند»)
            pairs = _null_targets(pairs, lambda t: t.marker == AGAINST
                                  and not _LIFTED.search(doc.text, max(clause_start, t.start - 60), t.start), prune=True)  # fmt: skip
        if code[:2] in ("17", "18", "19"):
            # «دانشجوی حامی فلسطین را بازداشت کرد», «هواداران عمران خان»: supporters of a party suffered it, not the party
            pairs = _null_targets(pairs, lambda t: _SUPPORTERS_OF.search(doc.text, max(0, t.start - 12), t.start) is not None, prune=True)
        if code == "112" and RA_WORD.search(doc.text, clause_start, trig.start):
            # «معترضان را به «همکاری با حماس» متهم کرد»: who is accused is the object; what of, after «به», is no party
            ra = [m.start() for m in RA_WORD.finditer(doc.text, clause_start, trig.start)][-1]
            pairs = _null_targets(pairs, lambda t: t.start > ra)
        if code == "173" and trig.passive:
            # «عامل شهادت دو مأمور پلیس ... دستگیر شد»: who suffered the culprits' act is not who was arrested
            pairs = _null_targets(pairs, lambda t: _VICTIM_OF_ACT.search(doc.text, max(clause_start, t.start - 40), t.start) is not None, prune=True)
        if code == "130" and pairs and all(s is not None and _watchdog(doc, s) for s, _ in pairs):
            # «کمیساریای عالی ... نسبت به بازگرداندن اجباری ... هشدار داد»: an international body's warning voices
            # concern at whoever does it, it threatens nothing
            code, plover = "111", "ACCUSE"
            pairs = [(s, t) for s, t in pairs if t is not None]
        if code[:2] == "04" and trig.kind == "noun" and _IN_SESSION.search(doc.text, max(0, trig.start - 12), trig.start):
            # «در (حاشیه) نشست شورای امنیت / مجمع عمومی / اجلاس اکو»: a body's session is where, not who met
            pairs = [(s, t) for s, t in pairs if not (s is not None and _organisation(doc, s) and s.start > trig.start)]
        if code[:2] == "04" and trig.kind == "noun" and _SESSION_NOUN.match(doc.text, trig.start):
            # «در هشتادمین نشست مجمع عمومی، آمریکا و اسرائیل را ... متهم کرد», «بیانیه اجلاس سران بریکس ... را محکوم
            # کرد», «در حاشیه اجلاس وزیران خارجه سازمان همکاری اسلامی»: a session held is the setting of other acts;
            # it is a meeting of two sides only with whom («نشست با وزیر خارجه عراق») or both named right after it
            # («نشست مشترک ایران و عراق»)
            # (who goes to take part in one attends it: «برای شرکت در اجلاس هزاره سازمان ملل، تهران را ... ترک کرد»)
            attends = _TAKING_PART.search(doc.text, max(0, trig.start - 16), trig.start) is not None
            pairs = [(s, t) for s, t in pairs if t is not None and _session_sides(doc.text, info, trig, s, t) or (
                attends and s is not None and s.start < trig.start and (t is None or _all_places(t))
            )]  # fmt: skip
        if doc.text.startswith(_IMPEACHED, trig.start) and trig.kind == "verb":
            # «نمایندگان ... به استیضاح عبدالناصر همتی، وزیر امور اقتصادی ... رأی دادند»: the minister named inside
            impeached = [x for x in info.slots if trig.start < x.start < trig.end]
            if impeached:
                pairs = [(s if s is not None and s.start < trig.start else None, impeached[0]) for s, _ in pairs] or [(None, impeached[0])]
        if code == "193" and doc.text.startswith("آتش", trig.start):
            # «افراد مسلح به روی خودروی حامل نیروهای پلیس آتش گشودند»: who was fired on follows «به روی/به سوی»
            aim = _FIRED_AT.search(doc.text, clause_start, trig.start)
            if aim is not None:
                shooters = [x for x in info.slots if clause_start <= x.start < aim.start() and x.marker == BARE]
                aimed = [x for x in info.slots if aim.end() <= x.start < trig.start and x.marker != PLACE]
                pairs = [(shooters[0] if shooters else None, aimed[0] if aimed else None)]
                pairs = [(s, t) for s, t in pairs if s is not None or t is not None]
        if code == "114" and trig.passive and trig.kind == "verb":
            # «سفیر چین در تهران به وزارت امور خارجه احضار شد»: the ministry it was summoned to summoned it
            summoners = [x for x in info.slots if x.marker == TO and clause_start <= x.start < trig.start and _ministry(doc, x)]
            if summoners:  # (not the envoy's own state's ministry: that is a misread bare «وزارت امور خارجه»)
                pairs = [(summoners[0] if s is None and not (t is not None and _same_state(doc, summoners[0], t)) else s, t)
                         for s, t in pairs if t is not summoners[0]]  # fmt: skip
        if trig.reported and code[:2] in REPORTED_OWN_ACTS:
            # «الجزیره از بازداشت ... خبر داد», «عفو بین‌الملل از دستگیری ... خبر داد»: a medium or a watchdog only
            # reports what others did; an official body or person reporting an arrest or aid did it
            pairs = [(s if s is None or s.start >= trig.start or _official(doc, s) else None, t) for s, t in pairs]
            pairs = [(s, t) for s, t in pairs if s is not None or t is not None]
            reporter = [x for x in info.slots if x.marker == BARE and clause_start <= x.start < trig.start and _official(doc, x)]
            if reporter and doc.text.startswith(_PATIENT_NOUNS, trig.start):
                # «وزارت دادگستری آمریکا از توقیف محموله نفت ایران ... خبر داد»: the noun's genitive underwent it
                pairs = [(reporter[0], t) if s is None and t is not None and t.start > trig.start else (s, t) for s, t in pairs]
        if code in ("1711", "173") and _ORDINARY_CRIME.search(doc.text, info.sentence.start, info.sentence.end) and not _SEIZED_SHIPS.search(
            doc.text, clause_start, trig.end
        ) and (trig.kind == "noun" or trig.reported or code == "1711"):
            continue  # «توقیف محموله کالای قاچاق», «دستگیری ۸ سارق»: policing (a foreign tanker seized with its fuel is not)
        if code == "1711" and (trig.kind == "noun" or trig.reported):
            # a seizure told as a noun names whose ship or cargo («توقیف نفتکش ایرانی از سوی آمریکا») or who seized it
            # («توقیف ناوگان صمود توسط اسرائیل»); not the police's report of goods seized from smugglers («پلیس ... از
            # توقیف محموله کالای قاچاق خبر داد»)
            pairs = [(s, t) for s, t in pairs if t is not None or s is not None and s.marker == AGENT]
            if not pairs:
                continue  # (nor a seizure somewhere with nobody named: no event; contraband is dropped above)
        if code == "1823" and doc.text.startswith(_EXECUTION, trig.start):
            # who carried it out, when the sentence names a court or the judiciary (often as the speaker)
            courts = [x for x in info.slots if _judiciary(doc, x)]
            if courts:
                pairs = [(courts[0] if s is None else s, t) for s, t in pairs]
        if trig.resolution:
            pairs = _resolution_parties(doc, info, trig, clause_start)
        if code == "045" and (trig.kind == "noun" or trig.scope_end >= 0):  # (the noun, with or without a support verb)
            pairs = _mediation(doc, info, trig, clause_start)
        if trig.demand:
            pairs = _demand_parties(doc, info, trig)
            if _AWAIT.match(doc.text, trig.end):
                code, plover = "130", "THREATEN"  # «اسرائیل باید منتظر پاسخی سخت باشد»: a threat
        if code[:2] != "04":
            # «... با حضور وزیر خارجه مصر توافق‌نامه‌ای امضا کردند»: who attended a signing is no party to it (at
            # a meeting they take part: «نشست سران بریکس، با حضور رئیس‌جمهور ایران»)
            hosted = [(s, None if t is not None and _PRESENT_AT.search(doc.text, max(0, t.start - 24), t.start) else t) for s, t in pairs]
            sides = list(dict.fromkeys(s for s, _ in hosted if s is not None))
            if hosted != pairs and is_symmetric(code) and len(sides) >= 2 and all(t is None for _, t in hosted):
                # «عراقچی و گروسی ... با میزبانی وزیر خارجه مصر توافقی امضا کردند»: the two signed with each other
                hosted = [(sides[i], sides[j]) for i in range(len(sides)) for j in range(i + 1, len(sides))]
            pairs = [(s, t) for s, t in hosted if s is not None or t is not None]
        if code[:2] in _FORCE_ROOTS and trig.kind == "verb":
            # «... اعلام کرد پایگاه العدید آمریکا در قطر را با موشک هدف قرار داده است»: a base, port or plant
            # is struck, it strikes nobody; a weapon's name («موشک بالستیک فلسطین ۲») and a maker's airliner
            # («هواپیمای بوئینگ اوکراینی») are no party struck
            pairs = [(None, s) if s is not None and _FACILITY.match(doc.text, s.start) and t is None else (s, t) for s, t in pairs]
            # «پایگاه العدید آمریکا در قطر را ... هدف قرار داد»: the state named right after a base owns it; it is struck
            # (and, opening a reported clause, it strikes nothing)
            pairs = [(None, owner) if s is not None and (owner := _base_owner(doc, info, s, before=True)) is not None and t is None
                     else (s, _base_owner(doc, info, t) or t) if t is not None else (s, t) for s, t in pairs]  # fmt: skip
            bases = [o for x in info.slots if clause_start <= x.start < trig.start and x.marker == PLACE
                     and (o := _base_owner(doc, info, x)) is not None]  # fmt: skip
            pairs = [(s, bases[0] if t is None and bases and bases[0] is not s else t) for s, t in pairs]
            # (but a drone or a jet brought down is its state's: «یک پهپاد آمریکایی را ساقط کرد»)
            downed = doc.text.startswith(("ساقط", "سرنگون"), trig.start)
            pairs = [(s, None if t is not None and (not downed and _WEAPON_BEFORE.search(doc.text, max(0, t.start - 30), t.start)
                                                    or _business(doc, t)) else t)
                     for s, t in pairs]  # fmt: skip
            pairs = [(s, t) for s, t in pairs if s is not None or t is not None]
            if trig.passive and before is not None and before.cameo[:2] in _FORCE_ROOTS and not before.passive:
                # «جنگنده‌های اسرائیلی ... را هدف قرار دادند و شماری از فرماندهان ... به شهادت رسیدند»: who
                # struck, the subject of the clause before, did not suffer what follows it
                pairs = _null_targets(pairs, lambda t: t.marker == BARE and t.start < before.start, prune=True)
        if plover == "AID":
            # «... به نام دولت ... به انسجام داخلی کمک خواهد کرد»: the «به» nearest the verb says what is helped
            pairs = _null_targets(pairs, lambda t: t.marker in (TO, FROM) and _NEARER_TO.search(doc.text, t.end, trig.start) is not None)
        if trig.passive and trig.kind == "verb" and code[:2] in _FORCE_ROOTS:
            # «در عملیات ارتش سوریه ... کشته شد»: who ran the operation did it (but «حملات روسیه ... محکوم شد»:
            # whose attacks are condemned is condemned)
            # (and so did those listed with it: «در عملیات مشترک قرارگاه قدس ... و وزارت اطلاعات»)
            ran: list[tuple[Slot | None, Slot | None]] = []
            for s, t in pairs:
                operator = s is None and t is not None and (
                    bool(_OPERATION.search(doc.text[max(0, t.start - 30) : t.start]))
                    or t.coordinated and bool(ran) and ran[-1][1] is None and ran[-1][0] is not None
                )
                ran.append((t, None) if operator else (s, t))
            pairs = ran
        if trig.passive and trig.kind == "verb" and trig.scope_end >= 0:
            # «پایگاه العدید هدف حمله موشکی سپاه پاسداران قرار گرفت»: a name inside the frame, past its noun,
            # is who did it; the subject before the frame suffered it
            inside = [t for s, t in pairs if s is None and t is not None and trig.end <= t.start < trig.scope_end]
            if inside:
                outside = [t for s, t in pairs if t is not None and t not in inside and t.start < trig.start]
                pairs = [(inside[0], t) for t in outside] or [(inside[0], None)]
        if trig.passive and trig.kind == "verb" and not trig.scope_end >= 0:
            # «دستیاران رئیس‌جمهور آمریکا ... پیشنهاد کردند ... که ... این پیشنهاد رد شد»: a passive's
            # subject stands in its own clause, not before a «که» that opens another, nor inside one that closed
            pairs = [(s, None if s is None and t is not None and (_clause_opens(doc.text, t.end, trig.start)
                                                                   or _in_closed_subclause(doc.text, clause_start, t, trig.start))
                      else t) for s, t in pairs]  # fmt: skip
        if code == "051" and doc.text.startswith("استقبال", trig.start) and pairs and all(
            t is not None and _welcomed_in_person(doc, t) for _, t in pairs
        ):
            code = "043"  # «پوتین در کاخ کرملین از احمد الشرع استقبال کرد»: a guest received, not a policy praised
        if trig.kind == "verb" and trig.scope > trig.end and _BEGUN.search(doc.text, trig.end, trig.scope):
            # a noun «آغاز» supports is an event only between parties of known states: «درگیری ... آغاز شد», «باکالی
            # مذاکرات ... را آغاز کرده است» name nobody's act
            pairs = [(s, t) for s, t in pairs if _stated(doc, s) or _stated(doc, t)]
            if not pairs:
                continue
        found = [c for src, tgt in pairs for c in _candidate(doc, trig, code, src, tgt)]
        if doc.text.startswith(("به خیابان", "دست از کار"), trig.start) and not _PROTEST_CUE.search(doc.text, info.sentence.start, info.sentence.end):
            continue
        if plover in ("PROTEST", "REQUEST") and trig.kind == "verb" and not trig.anaphoric and not trig.demand:
            # «رانندگان کامیون ... دست به اعتصاب زدند», «دانشجویان دانشگاه تهران ... تجمع کردند»: the group
            # that opens the clause protested (the body it belongs to is no protester)
            protesters = _protesters(doc, info, clause_start, trig, code, pairs, groups.get(trig.sentence))
            if protesters is not None:
                found, groups[trig.sentence] = protesters
        opening = doc.sections[info.sentence.section].kind in ("title", "lead") if doc.sections else False
        # a verb, or a headline noun, of harm done somewhere: «انفجار اتوبوس در کابل»
        alone = (trig.kind == "verb" or trig.headline) and not trig.anaphoric and plover in _PLACE_TARGETS
        alone = alone and (
            trig.kind == "verb"
            or (trig.sentence not in verbal_sentences and any(s.marker == PLACE for s in info.slots)
                and not FINITE_VERB.search(doc.text, trig.end, info.sentence.end))  # «تحریم ... موثر واقع نخواهد شد»
        )  # fmt: skip
        if not found and alone and plover not in plovers and not doc.text.startswith(_TARIFFS, trig.start):
            # «یک شاهزاده در عربستان بازداشت شد»: nobody named, but a place to stand for the target
            found = [Candidate(trig, code, None, None, [trig], [trig.sentence])]
        for c in found:
            c.opening = opening
            plovers.add(c.plover)
            merge_into(merged, c)
        if not found:  # no actor beside it («این دیدار», «گفتگو کردند»): evidence for an event found elsewhere
            anaphors.append(trig)
    merged = absorb_halves(merged)
    _attach_anaphors(merged, anaphors)
    return [f for f in (_finalise(doc, c, read) for c in merged) if f is not None]


_BEGUN = re.compile(r"(?<![\w\u200c])آغاز\s+(?:[\w\u200c]+\s*){1,3}$")


def _stated(doc: Document, slot: Slot | None) -> bool:
    """Whether a slot names a party with a state (or a stateless organisation the KB knows)."""
    return slot is not None and any(
        (a := doc.actor(m.actor)) is not None and (a.country is not None or a.kind == "organisation") for m in slot.mentions
    )


def _met_in_frame(doc: Document, trig: Trigger, code: str, t: Slot | None, s: Slot | None) -> bool:
    """Whether ``t`` is whom a meeting noun framing the clause was with: after «با» or its genitive right after it («رئیسی
    در تماس تلفنی با اردوغان»، «قالیباف در دیدار ولودین ... تأکید کرد»); a genitive only of another known state than
    the subject's (not «در دیدار اعضای جمعیت خیریه ...», nor a match: «در دیدار یکشنبه رئال مادرید»)."""
    if t is None or code[:2] != "04" or not _MEETING_FRAME.search(doc.text, max(0, trig.start - 12), trig.start):
        return False
    if t.marker == WITH:
        return bool(_WITH_GAP.fullmatch(doc.text, trig.end, t.start))
    # (a word between may be a given name the KB lacks: «در دیدار خسوس پرز»)
    return (t.marker == BARE and len(doc.text[trig.end : t.start].split()) <= 1 and s is not None and _stated(doc, s)
            and _stated(doc, t) and not _same_state(doc, s, t))  # fmt: skip


_MANNER = re.compile(r"(?<![\w\u200c])با\s+$")
# people asked by «از»: a group of a trade or a following, the people, the citizens («از هوادارانش خواست»)
_ASKED_PEOPLE = re.compile(
    r"(?<![\w\u200c])از\s+(?:همه\s+|تمامی\s+|عموم\s+)?(مردم|ملت|شهروندان|هواداران|طرفداران|حامیان|پیروان|اعضای|معلمان|"
    r"فرهنگیان|کارگران|دانشجویان|بازنشستگان|پرستاران|کشاورزان|رانندگان|زنان|جوانان|فعالان|نیروهای|رزمندگان|مسلمانان|"
    r"جامعه\s+جهانی|کشورهای|دولت‌های|دولتهای)[\w\u200c]*"
)
# what the people are called to: protest, strike, vote or stay away, resist
_CALL_TO_THE_PEOPLE = re.compile(r"تظاهرات|راهپیمایی|اعتراض|تجمع|اعتصاب|انتخابات|رأی|تحریم|مقاومت|قیام|خیابان")
_BLAME_FRAME = re.compile(r"(?<![\w\u200c])(?:با|ضمن)\s+$")
# «در ارتباط با حمله به سوریه», «همزمان با حمله به سوریه»: a frame, not the manner of the clause's act
_FRAME_WITH = re.compile(r"(?<![\w\u200c])(?:ارتباط|رابطه|همزمان|مصادف|مقارن|همراه|توام|توأم)\s+با\s+$")
# «در دیدار با ...» frames the clause's act; «شرکت/حضور در مذاکره با ...» is the act's object («... را رد کرد»)
_MEETING_FRAME = re.compile(r"(?<![\w\u200c])(?<!شرکت )(?<!حضور )(?<!مشارکت )در\s+$")
_WITH_GAP = re.compile(r"\s*با\s*")
# Coercion, assault, fighting, mass violence: a people («فلسطینیان») is a party of force, suffered or done.
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# an attack noun and, maybe, its adjectives and weapon or force, right before the party whose attack it is («حمله
# جنگنده‌های آمریکایی», «حملات هوایی رژیم صهیونیستی», «حمله تروریستی گروهک»)
_ATTACKER_BEFORE = re.compile(
    r"(?<![\w\u200c])(?:حمله|حملات|هجوم|بمباران|تجاوز|شلیک|حمله‌های)(?:\s+(?:هوایی|موشکی|پهپادی|تروریستی|نظامی|گسترده|"
    r"شبانه|مرگبار|وحشیانه|زمینی|دریایی|توپخانه‌ای|تلافی‌جویانه|مسلحانه|انتحاری))*"
    r"(?:\s+(?:جنگنده‌های|جنگنده|هواپیماهای|پهپادهای|پهپاد|نیروهای|ارتش|ناوهای|موشک‌های|گروهک|گروه|تروریست‌های|عناصر|شبه‌نظامیان))?\s+$"
)
# verbs whose subject suffers the act though they are not passive in form («به شهادت رسیدند», «جان باختند»)
_SUFFERED = re.compile(r"(?:به\s+شهادت\s+رسید|به\s+قتل\s+رسید|جان\s+باخت|کشته|زخمی|مجروح|منهدم|ویران|تخریب)")


def _without_peoples(
    doc: Document, trig: Trigger, info: SentenceSlots, clause_start: int, code: str, pairs: list[tuple[Slot | None, Slot | None]]
) -> list[tuple[Slot | None, Slot | None]]:
    """The pairs of an event other than force once peoples («ایرانیان», «ژاپنی‌ها») are no parties: a
    people that acts alone does no state's act («تعداد زیادی از ایرانیان به باکو سفر کردند», «حمایت
    ژاپنی‌ها از تیمشان»: no pair), and otherwise the pairs are read without it, as before plural
    demonyms stood for people («مذاکرات با روس‌ها ... به این کشور»: the names around it decide;
    «وزیر خارجه ایران و روس‌ها به باکو سفر کردند»: the minister's visit)."""
    start = info.sentence.start
    peoples = {id(x) for x in info.slots if people_of_a_nation(doc, start, x)}
    if not any(id(x) in peoples for pair in pairs for x in pair if x is not None):
        return pairs
    sources = [s for s, _ in pairs if s is not None]
    if sources and all(id(s) in peoples for s in sources):
        return []
    kept = SentenceSlots(info.sentence, [s for s in info.slots if id(s) not in peoples], info.topics, info.causes)
    return dyads(doc.text, trig, kept, clause_start, is_symmetric(code), cameo(code).plover == "PROTEST")


_SUBORDINATOR = re.compile(r"(?<![\w\u200c])(?:هنگامی|زمانی|وقتی|چنانچه|اگر|اگرچه|چون)(?:\s+که)?(?![\w\u200c])")


def _clause_opens(text: str, start: int, end: int) -> bool:
    """Whether a «که» between ``start`` and ``end`` opens a clause that runs on to ``end`` («... پیشنهاد
    کردند که ... این پیشنهاد رد شد»), not a relative clause closed before it («به اتهام فروش کالایی که
    کاربرد نظامی دارد به ایران، ... بازداشت شد»: the subject is still who was arrested)."""
    # (from the word before ``start``: the relative «که» follows its noun, «سفیر آلمان که ... بود آزاد شد»)
    closed = {opened for opened, _ in relative_spans(text, max(0, start - 40), end)}
    return any(m.end() not in closed for m in KE.finditer(text, start, end))


def _in_closed_subclause(text: str, clause_start: int, slot: Slot, end: int) -> bool:
    """Whether ``slot`` stands in a time or condition clause («هنگامی که», «اگر») that a verb of its own
    closes before ``end``: «هنگامی که مأمورین فدرال آمریکا ... قصد داشتند ... تفتیش کنند، ... کشته
    شدند» (the agents were not killed).  Coordinated verbs share their subject («X ... منصوب شده بود
    و ... بازداشت شده»), so a verb alone does not close the clause."""
    opener = None
    for opener in _SUBORDINATOR.finditer(text, clause_start, slot.start):
        pass
    return opener is not None and FINITE_VERB.search(text, slot.end, end) is not None


def _patient_first(doc: Document, trig: Trigger, src: Slot | None, tgt: Slot | None) -> tuple[Slot | None, Slot | None]:
    """«بمباران بیروت»: a city after an event noun is what it happened to, not who did it."""
    if src is not None and src.marker == AGENT:
        return src, tgt  # «... از سوی عربستان»: the agent named after the noun did it
    if (
        src is not None
        and src.start >= trig.head_end
        and doc.text.startswith(_CONDEMNATION, trig.start)
        and (trig.kind == "noun" or trig.scope_end >= 0)
    ):
        return None, src  # «محکومیت حملات اسرائیل به غزه»: who is condemned, whatever the attacks' own target
    if src is not None and src.start >= trig.head_end and trig.kind == "noun" and doc.text.startswith(_PATIENT_NOUNS, trig.start):
        return None, src  # «ترور ابومهدی المهندس توسط آمریکا»: the genitive underwent it, whatever follows
    if tgt is None and src is not None and src.start >= trig.head_end and (trig.kind == "noun" or trig.scope_end >= 0):
        actor = doc.actor(src.mentions[0].actor)
        if actor is not None and actor.kind == "place":
            return None, src
        if doc.text.startswith(_PATIENT_NOUNS, trig.start):
            return None, src  # «ترور X», «انهدام خودروهای X»: the name after the noun underwent it
    return src, tgt


# «به این استان سفر کرد», «وارد این شهرستان شد»: a trip to the province or town the story is about.
_HOME_TOUR = re.compile(r"(?:به|وارد)\s+(?:این|همین|آن)\s+(?:استان|شهرستان|شهر|بخش|روستا)\s+(?:\S+\s+){0,2}$")


_ENTERS_STAGE = re.compile(r"وارد\s+(?:مرحله|فاز|دور|دوره|عرصه|چرخه|فصل|میدان|بازار)(?![\w\u200c])")
# «نیروهای ارتش ترکیه وارد خاک سوریه شدند», «نظامیان آمریکایی وارد ... شدند»: troops that enter another state
# occupy its land (192), they do not visit it; «فرمانده ارتش پاکستان وارد تهران شد» is a person's visit.
_TROOPS = re.compile(
    r"(?<![\w\u200c])(?:(?:نیروهای|نیروی|یگان‌های|واحدهای|ستون‌های|کاروان|کاروان‌های)\s+"
    r"(?:نظامی|ارتش|زمینی|ویژه|مسلح|رزمی|زرهی)|نظامیان|سربازان|تانک‌های|تانک‌ها)(?![\w\u200c])"
)
# Why troops come, when it is no incursion: drills, training, relief, an invitation or agreement, a parade, a
# way home («پس از خروج از عراق وارد اردن شدند»), an ally reinforced.
_TROOPS_WELCOME = re.compile(  # (prefixes: «رزمایش‌های», «توافق‌نامه»)
    r"(?<![\w\u200c])(?:رزمایش|تمرین|مانور|آموزش|مربیان|کمک|امداد|نجات|زلزله|سیل|اطفا|رژه|دعوت|درخواست|توافق|"
    r"مستشار|مسابقات|بازگشت|خروج|عقب‌نشینی|عقب نشینی|فرار|تقویت|حافظ\s+صلح|پزشکی|مراسم|سالگرد|حرم|مدافعان|"
    r"سقوط|شکست|پناه|گریز|تسلیم|موافقت|قرارداد|درمان|مجروح|زخمی|تبادل|همایش|نشست|پس\s+از\s+ترک\s|حفظ\s+صلح|"
    r"استقرار\s+در\s+پایگاه|تخلیه|پاک\u200c?سازی\s+مین|امنیت\s+سفارت|زیارت|ناظر|آتش‌بس|بازدید)"
)
# A reason denied is none: «بدون درخواست دولت»، «بر خلاف توافق»، «بدون موافقت».
_WITHOUT = re.compile(r"(?<![\w\u200c])(?:بدون|بی|بر\s*خلاف|علی‌رغم|علیرغم|نقض)\s+$")
# Who came, when it is not troops: a delegation, a team, a band («هیئت نظامی ارتش عراق وارد تهران شد»)
_DELEGATION = re.compile(r"(?<![\w\u200c])(?:هیئت|هیئتی|تیم|گروه|نماینده|نمایندگان|فرماندهان|مقامات|کاروان\s+زیارتی)(?![\w\u200c])")
_SHIPS = re.compile(  # ships' and aircraft's calls
    r"(?<![\w\u200c])(?:ناو|ناوها|ناوگروه|ناوشکن|ناوچه|کشتی|کشتی‌های|زیردریایی|شناور|شناورهای|"
    r"بمب‌افکن|بمب‌افکن‌های|هواپیما|هواپیماهای|جنگنده|جنگنده‌های|بالگرد|بالگردهای|هواپیمای)(?![\w\u200c])"
)


def _troops_enter(doc: Document, cand: Candidate, src: Party, tgt: Party) -> bool:
    """Whether a «وارد ... شد» visit is troops entering another state (see ``_TROOPS``): a state's army, or a
    state whose troops the words before it name.  Not a navy's or a ship's port call («ناوگروه ... وارد بندر
    صلاله شد»), nor relief workers («نیروهای امدادی»)."""
    first = min(cand.triggers, key=lambda t: t.start)
    actor = doc.actor(src.actor)
    if not doc.text.startswith("وارد", first.start) or actor is None or actor.kind not in ("country", "government"):
        return False
    if src.country is None or tgt.country in (None, src.country):
        return False
    before = doc.text[doc.sentences[first.sentence].start : first.start]
    # why they came may follow the verb («... وارد عربستان شدند تا در رزمایش مشترک شرکت کنند») or stand in the
    # sentence before («ایران و روسیه رزمایش مشترک برگزار می‌کنند. نیروهای ارتش روسیه ... وارد ایران شدند»)
    around = doc.text[doc.sentences[max(0, first.sentence - 1)].start : doc.sentences[first.sentence].end]
    welcome = any(not _WITHOUT.search(around, 0, m.start()) for m in _TROOPS_WELCOME.finditer(around))
    if _SHIPS.search(before) or _DELEGATION.search(before) or welcome:
        return False
    if actor.kind == "government":
        return actor.id.endswith("-MIL")
    return bool(_TROOPS.search(before)) or f"نیروهای {src.text}" in before


def _visits_no_other_state(doc: Document, triggers: Sequence[Trigger], country: str) -> bool:
    """Whether the places named inside an «وارد ... شد» belong to ``country`` or to no state
    («وارد خلیج فارس شد»): no other party is visited."""
    for trig in triggers:
        if doc.text.startswith("وارد", trig.start):
            named = {actor.country for m in _mentions_from(doc, trig.start, trig.end) if (actor := doc.actor(m.actor)) is not None}
            return bool(named) and named <= {country, None}
    return False


def _names_place(doc: Document, info: SentenceSlots, trig: Trigger) -> bool:
    for slot in info.slots:
        if trig.start <= slot.start < trig.end:
            actor = doc.actor(slot.mentions[0].actor)
            if actor is not None and actor.kind in ("place", "country"):
                return True
    return False


def clause_of(info: SentenceSlots, before: Trigger | None) -> int:
    return before.scope if before is not None else info.sentence.start


def _denial(doc: Document, trig: Trigger, clause_start: int) -> bool:
    """«خبر ... را رد کرد»: rejecting a report is a denial (CAMEO 016), which PLOVER does not code."""
    if cameo(trig.cameo).plover != "REJECT":
        return False
    return bool(_REPORT_OBJECT.search(doc.text[clause_start : trig.start]))


def _embedded(doc: Document, trig: Trigger, before: Trigger | None, info: SentenceSlots) -> bool:
    """A trigger inside a relative clause («دیپلمات‌هایی را که ربوده شده بودند») or inside what
    another event says («تهدید کرد که ... تحریم خواهد کرد», «خواست که ... محکوم کند»)."""
    sent = doc.sentences[trig.sentence]
    head = doc.text[sent.start : trig.start]
    rel = head.rfind("را که")
    if rel >= 0 and "،" not in head[rel:]:
        return True
    for m in RELATIVE_KE.finditer(head):  # «X که ... کرده بود، بازداشت شد»: a relative clause after a noun
        if "،" not in head[m.end() :] and m.group(1) not in REPORTING_WORDS and not _relative_closed(head, m, trig):
            return True
    framing = before is not None and cameo(before.cameo).plover in _FRAMING
    if not framing:
        return False
    between = doc.text[before.scope : trig.start]  # type: ignore[union-attr]
    # «تهدید کرد به ایران حمله خواهد کرد»: a threat's clause needs no «که» (the threatener's own harm to
    # come, in the same clause: not «... را تهدید کرد و هفته آینده با نتانیاهو دیدار خواهد کرد»)
    # («تهدید کرد و گفت ... حمله خواهد کرد» too: what he said is the threat; help promised against a third
    # party, «تهدید کرد از ونزوئلا در برابر آمریکا حمایت خواهد کرد», is no act of its own either)
    threatened = cameo(before.cameo).plover == "THREATEN" and _threat_clause(doc, before, trig, info)  # type: ignore[arg-type]
    if cameo(before.cameo).plover == "THREATEN" and trig.cameo == "138" and doc.text.startswith(_RESPONSE, trig.start):
        return False  # «هشدار داد به اقدام آمریکا پاسخ قاطع خواهد داد»: the response promised is the threat, whom it answers
    return "که" in between.split() or threatened


def _relative_closed(head: str, ke: re.Match[str], trig: Trigger) -> bool:
    """«از نهادهایی که در کار دولت دخالت می‌کنند انتقاد کرد»: a relative clause on the «از» complement of a
    stance verb ended at its own verb, right before the stance verb (another clause between, or a «که»
    after a verb, «حرف‌هایی زده که نشان می‌دهد ... مخالفت شده», leaves the trigger embedded)."""
    if trig.kind != "verb" or "که" in head[ke.end() :].split():
        return False
    closing = list(CLAUSE_VERB.finditer(head, ke.end()))
    if trig.passive and closing:
        # «چچیلیا سالا ... که در تهران بازداشت شده بود آزاد شد»: the main verb right after the relative
        # clause's own, its subject the clause's noun
        return not head[closing[-1].end() :].strip() and bool(head[ke.end() : closing[-1].start()].strip())
    if cameo(trig.cameo).plover not in ("ACCUSE", "SUPPORT", "REJECT", "REQUEST"):
        return False
    if not _FROM_NOUN_BEFORE.search(head, max(0, ke.start() - 60), ke.start(1)):
        return False
    verbs = list(FINITE_VERB.finditer(head, ke.end()))
    return bool(verbs) and len(head[verbs[-1].end() :].split()) <= 1


# «از [up to three words] X که»: the relative clause's noun is the verb's «از» complement
_FROM_NOUN_BEFORE = re.compile(r"(?<![\w\u200c])از(?:\s+[\w\u200c]+){0,3}\s+$")


_IF = re.compile(r"(?<![\w\u200c])(?:اگر|چنانچه|درصورتی|صورتی|صورت)(?![\w\u200c])")


def _subject_between(text: str, info: SentenceSlots, trig: Trigger, source: Slot | None, slot: Slot) -> bool:
    """A bare name, not listed with the noun's own nor in apposition to it, between the noun's genitive
    (after it) and ``slot``."""
    if source is None or slot is source or source.start < trig.end:
        return False
    own = {m.actor for m in source.mentions}
    apposition = _enclosed(text, source.end, slot.start) or (-1, -1)
    return any(
        s.marker == BARE and not s.coordinated and not s.apposition and source.tail <= s.start and s.end <= slot.start
        and not own & {m.actor for m in s.mentions} and not all(m.kind == "title" for m in s.mentions)
        and not apposition[0] < s.start < apposition[1]
        for s in info.slots
    )  # fmt: skip


def _null_targets(pairs: list[tuple[Slot | None, Slot | None]], unwanted: Callable[[Slot], bool],
                  prune: bool = False) -> list[tuple[Slot | None, Slot | None]]:  # fmt: skip
    """``pairs`` with every target ``unwanted`` says is no party left empty; with ``prune``, pairs left with no side
    at all dropped."""
    out = [(s, None if t is not None and unwanted(t) else t) for s, t in pairs]
    return [(s, t) for s, t in out if s is not None or t is not None] if prune else out


def _all_places(slot: Slot) -> bool:
    """Whether every actor of a slot is a place («به واشنگتن», «در قم»), not a state, body or person."""
    return all(m.actor.startswith("place:") for m in slot.mentions)


def _capital(actor: Actor) -> bool:
    entry = load_kb().by_id.get(actor.id)
    return entry is not None and entry.capital


def _capital_object(text: str, trig: Trigger, actor: Actor, slot: Slot) -> bool:
    """A state's capital as a verb's object or complement, or after a preposition beside an event noun
    («هشدار کرملین به واشنگتن»): its government."""
    if not _capital(actor) or actor.country is None:
        return False
    if _IF_BEFORE.search(text, max(0, slot.start - 12), slot.start):
        return True  # the subject of a threat's condition («هشدار داد اگر پیونگ‌یانگ ...»: ``_conditional_threat``)
    if trig.kind != "verb":
        return slot.marker in (TO, FROM, AGAINST, WITH)
    # (a complement right before its verb: not a trip's «در سفر به تهران» before another act)
    if slot.marker == OBJECT or slot.marker in (FROM, TO, AGAINST) and not text[slot.tail : trig.start].strip():
        return True
    # «اقدام واشنگتن را «ناعادلانه» خواند»: whose act is blamed, in an object; «تهران را عامل حمله ... دانست»: the object
    return "را" in trig.needs and (_capital_acting(text, slot) or RA_WORD.match(text, slot.tail + 1) is not None)


_IF_BEFORE = re.compile(r"(?<![\w\u200c])(?:اگر|چنانچه)\s+$")
_ACT_NOUN_BEFORE = re.compile(
    r"(?<![\w\u200c])(?:اقدام|اقدامات|تصمیم|سیاست|سیاست‌های|رفتار|مواضع|موضع|ادعای|ادعاهای|تهدید|تهدیدات|تحریم‌های|حملات)"
    r"(?:\s+(?:تازه|جدید|اخیر|یکجانبه))?\s+$"  # «تحریم‌های تازه واشنگتن»
)


def _capital_acting(text: str, slot: Slot) -> bool:
    """A place right after a noun of acting («اقدام واشنگتن», «سیاست‌های تهران»): whose act it is."""
    return bool(_ACT_NOUN_BEFORE.search(text, max(0, slot.start - 24), slot.start))


def _names_only(text: str, info: SentenceSlots, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is nothing but names joined by «و» and commas."""
    rest = list(text[start:end])
    named = False
    for slot in info.slots:
        if start <= slot.start and slot.end <= end:
            rest[slot.start - start : slot.end - start] = " " * (slot.end - slot.start)
            named = True
    return named and set("".join(rest).split()) <= {"و", "،"}


def _comma_between(text: str, info: SentenceSlots, start: int, slot: Slot) -> bool:
    """A comma between ``start`` and ``slot`` that ends a phrase: not one of a list the slot is in, nor
    the commas around an apposition («حمایت سناتور ...، Marco Rubio، از نوید افکاری»)."""
    if slot.coordinated or _all_places(slot):
        return False  # (a place stands for no party of the noun's: it is left to the place rules)
    if _PRESENT.search(text, max(start, slot.start - 14), slot.start):
        return False  # «نشست سران گروه بریکس، با حضور رئیس‌جمهور ایران»: who took part
    gap = list(text[start : slot.start])
    previous: Slot | None = None
    for other in info.slots:
        if other.tail > other.end and start <= other.start < slot.start:
            for k in range(max(other.end, start), min(other.tail + 1, slot.start)):
                gap[k - start] = " "
        if other.coordinated and previous is not None and start <= previous.end and other.start <= slot.start:
            for k in range(previous.tail, other.start):  # «حمله عربستان، امارات و بحرین به یمن»: a list's commas
                gap[k - start] = " "
        previous = other
    return "،" in gap and _enclosed(text, start, slot.start) is None


_PRESENT = re.compile(r"(?<![\w\u200c])با\s+(?:حضور|شرکت|مشارکت)\s+$")


def _enclosed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span between the only two commas in ``text[start:end]``, when no verb stands there: an apposition
    («حمله ترکیه، عضو ناتو و متحد نزدیک آمریکا، به شمال سوریه»)."""
    commas = [k for k in range(start, end) if text[k] == "،"]
    if len(commas) != 2 or FINITE_VERB.search(text, commas[0], commas[1]):
        return None
    return commas[0], commas[1]


_AND_SAID = re.compile(rf"(?<![\w\u200c])و\s+{SAYING_VERBS}(?:\s+که)?(?![\w\u200c])")


def _threatened_act(doc: Document, threat: Trigger, every: list[Trigger], info: SentenceSlots) -> tuple[Trigger, Slot] | None:
    """The act a threat announces, in the clause right after it (with or without «که»), and its target."""
    for act in every:
        if act.sentence != threat.sentence or act.kind != "verb" or act.start < threat.scope:
            continue
        between = doc.text[threat.scope : act.start]
        if FINITE_VERB.search(between) or _IF.search(between) or not _hostile(act) or not _threat_clause(doc, threat, act, info):
            return None  # a condition, another verb, help to an ally, another's act foretold: no act threatened
        targets = [t for _, t in dyads(doc.text, act, info, threat.scope, is_symmetric(act.cameo)) if t is not None]
        # («تهدید کرد تعرفه ۲۵ درصدی بر همه کالاهای کلمبیایی وضع می‌کند»: whose goods, inside the construction)
        targets = targets or [x for x in info.slots if act.start < x.start < act.end]
        return (act, targets[0]) if targets else None
    return None


# «(که) اگر ...»، «در صورت(ی که) ...»، «چنانچه ...» right after a threat: the condition put to the threatened
# (also after a colon and inside the quote it opens: «هشدار داد: «اگر حکومت ایران ...، ...»»)
_CONDITION_OPENS = re.compile(
    r"\s*(?:[:：]\s*)?[«\"“]?\s*(?:که\s+)?(?:اگر|چنانچه|درصورتی\s*که|در\s+صورتی\s*که|در\s+صورت)(?![\w\u200c])"
)

_PRESENT_PREFIX = re.compile(r"(?<![\w\u200c])(?:می|نمی)[\u200c ]")


def _conditional_threat(doc: Document, threat: Trigger, every: list[Trigger], info: SentenceSlots,
                        sources: Sequence[Slot] = ()) -> tuple[Trigger | None, Slot] | None:  # fmt: skip
    """A threat whose clause opens with a condition: the act threatened after the condition's comma and its
    target («در صورت عدم توافق، ایران را بمباران خواهد کرد»), else the first party the condition names
    («اگر سه کشور اروپایی به تعهدات خود عمل نکنند، ...»)."""
    opens = _CONDITION_OPENS.match(doc.text, threat.scope)
    if opens is None:
        return None
    comma = doc.text.find("،", opens.end(), info.sentence.end)
    # (with no comma, only the condition's subject: «هشدار داد اگر پهپادهای کره جنوبی ... شوند «فاجعه‌ای» رخ خواهد داد»)
    for act in every if comma >= 0 else ():
        if act.sentence == threat.sentence and act.kind == "verb" and act.start > comma:
            between = doc.text[comma + 1 : act.start]
            # (the act's subject may be the threatener's own state: «نتانیاهو تهدید کرد در صورت ...، اسرائیل ... حمله خواهد کرد»)
            own = [x for x in info.slots if x.marker == BARE and comma <= x.start < act.start]
            ours = all(any(_same_state(doc, source, x) for source in sources) for x in own)
            # (a present told of the future counts: «تأسیسات ایران دوباره هدف قرار می‌گیرد»)
            foretold = act.planned or act.irrealis or _PRESENT_PREFIX.search(doc.text, act.start, act.end) is not None
            # (a passive act's subject is its victim, not its doer: «...، تأسیسات ایران هدف قرار می‌گیرد»)
            if _hostile(act) and foretold and not FINITE_VERB.search(between) and (not own or ours or act.passive):
                targets = [t for _, t in dyads(doc.text, act, info, comma + 1, is_symmetric(act.cameo)) if t is not None]
                if targets:
                    return act, targets[0]
            break
    # (the condition's subject: not a place, nor what a name is against, «ائتلاف ضد داعش»)
    # (only the condition's subject, the first bare name: not one further in, «ائتلاف ضد داعش ... موصل عراق»)
    named = [s for s in info.slots if opens.end() <= s.start < (comma if comma >= 0 else info.sentence.end)]
    # (a capital stands for its state there: «اگر پیونگ‌یانگ به ارسال بالن‌ها ادامه دهد»)
    if not named or named[0].marker != BARE or _AGAINST_BEFORE.search(doc.text, opens.end(), named[0].start):
        return None
    if _all_places(named[0]) and not capital_of_a_state(named[0].mentions):
        return None
    return None, named[0]


_FUTURE_VERB = re.compile(r"(?<![\w\u200c])خواه(?:د|ند|یم)\s+[\w\u200c]+")


def _harm_foretold(doc: Document, threat: Trigger, info: SentenceSlots, sources: Sequence[Slot]) -> Slot | None:
    """The party a warning's content clause aims a harm to come at: a name after «علیه»، «برای» or before «را» in
    the clause up to its future verb, not the warner's own state."""
    future = _FUTURE_VERB.search(doc.text, threat.scope, info.sentence.end)
    if future is None or FINITE_VERB.search(doc.text, threat.scope, future.start()):
        return None
    # («... شرکت‌های نفتی آمریکایی اهداف مشروع خواهند بود»: what is declared a legitimate target is its subject)
    legitimate = _LEGITIMATE_TARGET.search(doc.text, threat.scope, future.end()) is not None
    aimed_before = False  # (the names listed after one aimed at: «برای اروپا و ناتو»)
    for x in info.slots:
        if not threat.scope <= x.start < future.start():
            continue
        aimed = x.marker in (AGAINST, OBJECT) or _FOR_BEFORE.search(doc.text, max(0, x.start - 6), x.start) or legitimate and x.marker == BARE
        aimed_before = bool(aimed or x.coordinated and aimed_before)
        if not aimed_before:
            continue
        if any(_same_state(doc, source, x) for source in sources) or _all_places(x):
            continue
        return x
    return None


# what opens a warning's content: «هشدار داد که ...», «هشدار داد: «...»»
_CONTENT_OPENS = re.compile(r"\s*(?:[:：]\s*)?[«\"“]?\s*(?:که\s+)?[«\"“]?\s*")


def _warned_of(doc: Document, warning: Trigger, every: list[Trigger], info: SentenceSlots, sources: Sequence[Slot]) -> Slot | None:
    """The subject a warning's content opens with, of another state than the warner's: whom it warns («پکن هشدار داد
    که «استقلال تایوان راه به جایی نمی‌برد»», «هشدار داد که آمریکا باید از دخالت ... دست بردارد»)."""
    if not doc.text.startswith("هشدار", warning.start) or warning.kind != "verb":
        return None
    opens = _CONTENT_OPENS.match(doc.text, warning.scope)
    x = next((x for x in info.slots if x.start >= warning.scope), None)
    if x is None or x.marker != BARE or opens is None or FINITE_VERB.search(doc.text, opens.end(), x.start):
        return None
    if len(re.findall(r"[\w\u200c]+", doc.text[opens.end() : x.start])) > 1:
        return None  # a name further in is no subject of the content («هشدار داد که حمله به ایران ...»)
    if _all_places(x) and not capital_of_a_state(x.mentions) or any(_same_state(doc, source, x) for source in sources):
        return None
    if any(act.sentence == warning.sentence and act.kind == "verb" and act.start > x.end and _hostile(act) for act in every):
        return None  # a warning of what the subject will do foretells its act: «هشدار داد روسیه به اوکراین حمله می‌کند»
    return x


_LEGITIMATE_TARGET = re.compile(r"(?:هدف|اهداف|هدفی)\s+مشروع")
_FOR_BEFORE = re.compile(r"(?<![\w\u200c])برای\s+$")


def _base_owner(doc: Document, info: SentenceSlots, slot: Slot, before: bool = False) -> Slot | None:
    """The state named right after a facility (``slot`` is the facility, or with ``before`` the state after one):
    «پایگاه العدید آمریکا»."""
    slots = info.slots
    i = slots.index(slot) if slot in slots else -1
    if i < 0:
        return None
    base, owner = (slots[i - 1], slot) if before else (slot, slots[i + 1] if i + 1 < len(slots) else None)
    if i == 0 and before or owner is None or doc.text[base.end : owner.start].strip() or not _FACILITY.match(doc.text, base.start):
        return None
    return owner if any((a := doc.actor(m.actor)) is not None and a.kind == "country" for m in owner.mentions) else None


_FACILITY = re.compile(r"(?:پایگاه|فرودگاه|بندر|پالایشگاه|نیروگاه|تاسیسات|تأسیسات|مقر|ساختمان|سفارت|کنسولگری|اسکله|انبار)(?![\w\u200c])")
# who attended, hosted or mediated a signing is no party to it
_PRESENT_AT = re.compile(r"(?<![\w\u200c])(?:(?:با|در)\s+حضور|با\s+(?:میزبانی|میانجی[\u200c ]?گری|وساطت))\s+$")
_WEAPON_BEFORE = re.compile(r"(?:موشک|موشک‌های|پهپاد|پهپادهای|سامانه|بمب|راکت|اژدر)(?:\s+[\w\u200c]+)?\s+$")
_FROM_RIGHT_BEFORE = re.compile(r"(?<![\w\u200c])از\s+$")
_SANCTIONS_EASED = re.compile(r"(?:کاهش|لغو|رفع|تعلیق|تخفیف|کم\s*کردن)\s+(?:[\w\u200c]+\s+)?تحریم")
_PROPOSED = re.compile(r"(?:پیشنهاد|طرح|درخواست)\s+(?:[\w\u200c]+\s+)?$")


def _business(doc: Document, slot: Slot) -> bool:
    return _any_actor(doc, slot, lambda a: a.sector == "business")


_MISSIONS = re.compile(r"کنسولگری|سفارت|نمایندگی")
# people deported, not envoys expelled: nationals, migrants, refugees, activists, reporters
_DEPORTED = re.compile(
    r"(?<![\w\u200c])(?:تبعه|اتباع|مهاجر|مهاجران|مهاجرین|پناهجو|پناهجویان|پناهنده|پناهندگان|فعال|فعالان|خبرنگار|خبرنگاران|"
    r"روزنامه‌نگار|دانشجو|دانشجویان|کارگر|کارگران|شهروند|شهروندان)(?![\w\u200c])"
)
# a drill named before the act: its shots («در جریان رزمایش ...», «در رزمایش ...») hit no one
_IN_EXERCISE = re.compile(r"(?<![\w\u200c])رزمایش")
_LIFTED = re.compile(r"(?<![\w\u200c])(?:لغو|رفع|تعلیق|کاهش|برداشتن|برداشته\s+شدن|پایان)(?![\w\u200c])")
_INSIDE_PROTESTED = re.compile(r"در\s+اعتراض\s+به\s+[^\s،]+(?:\s+[^\s،]+)*\s+$")
_WHILE_FRAME = re.compile(r"(?<![\w\u200c])ضمن(?![\w\u200c])")
_SUPPORTERS_OF = re.compile(r"(?<![\w\u200c])(?:حامی|حامیان|طرفدار|طرفداران|هوادار|هواداران|حامی\s+[\w\u200c]+)\s+$")
_SHOPS = re.compile(r"مغازه|بازار|حجره|کسب|فروشگاه|کارگاه|کارخانه|اصناف")
_NOBODY = re.compile(r"(?<![\w\u200c])هیچ(?![\w\u200c])")
_AGAINST_BEFORE = re.compile(r"(?<![\w\u200c])(?:ضد|علیه)\s+$")


# People who protest, opening the clause: workers, drivers, pensioners, nurses, teachers, students, traders,
# farmers, defrauded savers, crowds («هزاران نفر»), residents, fans
_PROTESTERS = re.compile(
    r"(?:کارگران|رانندگان|بازنشستگان|وزرای|پرستاران|معلمان|فرهنگیان|دانشجویان|کسبه|بازاریان|کشاورزان|مالباختگان|"
    r"معترضان|معترضین|تظاهرکنندگان|تجمع\s*کنندگان|کامیون\s*داران|کامیون‌داران|نانوایان|پزشکان|دامداران|اهالی|ساکنان|"
    r"هواداران|طرفداران|اعضای|کارکنان|کارمندان|مستمری\s*بگیران|مستمری‌بگیران|زنان|شهروندان|"
    r"(?:هزاران|صدها|ده‌ها|دهها|شماری\s+از|جمعی\s+از|گروهی\s+از|تعدادی\s+از)\s+[\w\u200c]+)(?![\w\u200c])"
)
# where the group's phrase ends: a place, a frame, a preposition, a comma
_GROUP_ENDS = re.compile(r"\s+(?:در|مقابل|جلوی|روبروی|روبه‌روی|با|برای|علیه|به|از|طی|امروز|دیروز|روز|صبح|شب|پس|پیش|بعد|قبل|هنگام|هم|نیز)(?![\w\u200c])|،")
# «مقابل ساختمان مجلس»، «جلوی دفتر ریاست دانشگاه»: where a protest faces is whom it is against
_FACING = re.compile(r"(?<![\w\u200c])(?:مقابل|جلوی|روبروی|روبه‌روی)(?:\s+(?:ساختمان|دفتر|مقر|سفارت|کنسولگری|درب|ورودی))*\s+$")


def _protesters(doc: Document, info: SentenceSlots, clause_start: int, trig: Trigger, code: str,
                pairs: list[tuple[Slot | None, Slot | None]], shared: tuple[int, int] | None,
                ) -> tuple[list[Candidate], tuple[int, int]] | None:  # fmt: skip
    """A protest (or demand) by the group of people that opens its clause (``_PROTESTERS``), or by the group
    of the clause before it joined by «و» (``shared``), as its source; whom it faces or opposes, as its target."""
    text = doc.text
    if shared is not None and _AND_OPENS.match(text, clause_start, trig.start) and not any(
        s is not None and s.start >= clause_start and s.marker == BARE for s, _ in pairs
    ):  # («... مسدود کردند و کی‌یف از ورشو خواست»: a clause that names its own subject)
        return _group_candidates(doc, info, trig, code, pairs, *shared), shared
    if cameo(code).plover != "PROTEST":
        return None  # a demand takes the group only from the protest it goes with
    # (the group opens the clause, or follows the lead-in «به گزارش خبرگزاری مهر،»)
    opens = [clause_start] + [k + 1 for k in range(clause_start, trig.start) if text[k] == "،" and _LEAD_IN.search(text, clause_start, k)]
    m = None
    for at in opens:
        lead = len(text[at : trig.start]) - len(text[at : trig.start].lstrip(" ،"))
        m = _PROTESTERS.match(text, at + lead, trig.start)
        if m is not None:
            break
    if m is None:
        return None
    # («صدها نفر از حامیان عمران خان»: a count's «از» opens whom it counts, part of the group)
    after = _PARTITIVE.match(text, m.end(), trig.start)
    stop = _GROUP_ENDS.search(text, after.end() if after else m.end(), trig.start)
    end = stop.start() if stop else trig.start
    if len(text[m.start() : end].split()) > 6:
        end = m.end()
    if "را" in text[m.start() : end].split():
        return None  # «دانشجویان را میهمانان ناخوانده نامید»: the group is an object
    return _group_candidates(doc, info, trig, code, pairs, m.start(), end), (m.start(), end)


def _opened_by_protesters(text: str, clause_start: int, end: int) -> bool:
    """Whether the clause opens with a group of people who protest (``_PROTESTERS``), past spaces and commas."""
    lead = len(text[clause_start:end]) - len(text[clause_start:end].lstrip(" ،"))
    return _PROTESTERS.match(text, clause_start + lead, end) is not None


_AND_OPENS = re.compile(r"\s*و\s")
_PARTITIVE = re.compile(r"(?:\s+نفر)?\s+از\s+[\w\u200c]+")
# A crowd in the streets or a work stoppage is a protest only when the sentence says so: not a celebration,
# a funeral, or the fast broken («هواداران ... پس از قهرمانی به خیابان‌ها آمدند», «برای افطار دست از کار کشیدند»)
_PROTEST_CUE = re.compile(r"اعتراض|معترض|علیه|مخالفت|خواستار|درخواست|شعار|محکوم|تحصن|اعتصاب|سرنگونی|استعفا")
_LEAD_IN = re.compile(r"(?<![\w\u200c])به\s+(?:گزارش|نقل)(?![\w\u200c])")


def _group_candidates(doc: Document, info: SentenceSlots, trig: Trigger, code: str,
                      pairs: list[tuple[Slot | None, Slot | None]], start: int, end: int) -> list[Candidate]:  # fmt: skip
    text = doc.text
    inside = [x for x in info.slots if start <= x.start < end]
    # (their state only when their own words name it, «کارگران خودروسازی آلمان»: a crowd in London is not
    # therefore British, nor is the state of whom it protests against theirs)
    countries = [a.country for x in inside for mm in x.mentions if (a := doc.actor(mm.actor)) is not None and a.country]
    group = Party(None, text[start:end].strip(), countries[0] if countries else None)
    targets: list[Slot] = []
    for src, tgt in pairs:
        for x in (tgt, src):
            if x is None or x in inside or x in targets:
                continue
            if x is tgt or (cameo(code).plover == "PROTEST" and _FACING.search(text, max(0, x.start - 40), x.start)):
                targets.append(x)
    out = [Candidate(trig, code, group, c.target, [trig], [trig.sentence]) for x in targets for c in _candidate(doc, trig, code, None, x)]
    return out or [Candidate(trig, code, group, None, [trig], [trig.sentence])]


def _labelled(doc: Document, info: SentenceSlots, trig: Trigger, clause_start: int,
              pairs: list[tuple[Slot | None, Slot | None]]) -> list[tuple[Slot | None, Slot | None]]:  # fmt: skip
    """Who blames whom by calling something so («X را غیرقانونی خواند»): a named speaker in the clause, and the
    first party of the object phrase not inside a phrase of its own («سکوت کشورهای عربی در برابر جنایات
    اسرائیل را»: not Israel), else one the predicate names right after a word of blame («نشانه بی‌حسن‌نیتی
    آمریکا»; not «نقض منشور ملل متحد»).  No speaker or nobody blamed: no event."""
    text = doc.text
    ra = text.rfind("را", clause_start, trig.start)
    in_predicate = [x for x in info.slots if trig.start <= x.start < trig.end and x.marker != PLACE
                    and _BLAME_WORD_BEFORE.search(text, max(trig.start, x.start - 20), x.start)]  # fmt: skip
    out = []
    speakers = [s for s, _ in pairs if s is not None]  # («فرانسه، آلمان و انگلیس ... را»: each speaks, none is blamed)
    # a name right before «این اقدام را» in the clause speaks, whatever the slots took it for («... به رسمیت شناختند و
    # نتانیاهو این اقدام را «پاداشی بزرگ به تروریسم» خواند»)
    own = [x for x in info.slots if clause_start <= x.start < ra and _THIS_ACT.match(text[x.end : ra].strip() + " ")]
    # (also when the subject found is an earlier clause's: «کره شمالی ... شلیک کرد و ستاد مشترک ارتش کره جنوبی این اقدام را»)
    if own and all(s is None or s.start < clause_start or FINITE_VERB.search(text, s.end, own[0].start) for s in speakers):
        pairs, speakers = [(own[0], None)], [own[0]]
    for s, _ in pairs:
        # the speaker stands in the clause, before the object («... آغاز شد و پیونگ‌یانگ آن را»), or is the subject
        # a clause opened by «و» shares («... را محکوم کرد و سکوت شورای امنیت را «شرم‌آور» خواند»)
        shared = s is not None and s.start < clause_start and _AND_OPENS.match(text, clause_start) is not None
        if s is None or s.start < clause_start and not shared or s.start >= ra:
            continue
        if FINITE_VERB.search(text, clause_start if shared else s.end, ra):
            continue
        # the object phrase: after the speaker (and a comma or a frame closing after it) up to «را»; who did
        # the act named there («توقیف نفت‌کش ... توسط آمریکا») before its other parties, never who suffered it
        # («تعطیلی کنسولگری ایران در هامبورگ», «اخراج دیپلمات‌های ایرانی»)
        since = clause_start if shared else s.end
        opening = max([since, text.rfind(":", since, ra) + 1, *(c + 1 for c in _phrase_commas(text, info, since, ra))])
        agents = [x for x in info.slots if opening <= x.start < ra and _AGENT_BEFORE.search(text, max(opening, x.start - 16), x.start)]
        # (a capital the object is: «ادی راما تهران را عامل حمله سایبری ... دانست»)
        in_object = [x for x in info.slots if opening <= x.start < ra
                     and (x.marker != PLACE or _capital_acting(text, x) or capital_of_a_state(x.mentions) and not text[x.end : ra].strip())
                     and not _INNER_PHRASE.search(text, max(opening, x.start - 30), x.start)
                     and not _SUFFERED_BEFORE.search(text, max(opening, x.start - 40), x.start)]  # fmt: skip
        # (not the speaker again, by the title after his name: «نیکلاس مادورو رئیس‌جمهور ونزوئلا ... را»)
        speaker = {m.actor for m in s.mentions}
        blamed = [x for x in agents + in_object + in_predicate if x not in speakers and not speaker & {m.actor for m in x.mentions}
                  and not _SUPPORTERS_OF.search(text, max(0, x.start - 12), x.start)]  # («تظاهرات حامیان فلسطین را»)
        if not blamed and _THIS_ACT.search(text, max(opening, ra - 30), ra):
            blamed = _doer_told_before(doc, info, trig, s)
        if blamed:
            out.append((s, blamed[0]))
    return out


def _announcer(doc: Document, info: SentenceSlots, trig: Trigger) -> list[Slot]:
    """Who says, warns or announces what the trigger tells («... گفت», «... هشدار داد», «X: ...»), at most one."""
    return [x for x in info.slots if x.marker in (BARE, SPEAKER) and info.sentence.start <= x.start < trig.start
            and _WARNS.search(doc.text, x.end, trig.start)][:1]  # fmt: skip


def _doer_told_before(doc: Document, info: SentenceSlots, trig: Trigger, speaker: Slot) -> list[Slot]:
    """Whoever did the act a demonstrative names («این اقدام/حکم/حمله را»): the subject of the clause before the
    speaker's («دیوان عالی برزیل بولسونارو را ... محکوم کرد؛ واشنگتن این حکم را «شکار جادوگر» خواند»), or of the
    sentence before («آمریکا یک نفتکش ونزوئلایی را توقیف کرد. دولت مادورو این اقدام را ...»)."""
    own = {m.actor for m in speaker.mentions}
    slots = info.slots
    first = slots.index(speaker) if speaker in slots else 0
    while first > 0 and slots[first].coordinated:  # («اردن و عربستان این اقدام را ...»: Jordan speaks too)
        first -= 1
    before = slots[first].start if slots else speaker.start
    # (or the doer a frame names: «در پی لغو مجوز شورون از سوی دولت ترامپ، مادورو این تصمیم را ...»)
    earlier = [x for x in slots if x.start < before and (x.marker == BARE or AGENT in (x.marker, x.inner)) and not x.apposition
               and not own & {m.actor for m in x.mentions}]  # fmt: skip
    if not earlier and trig.sentence > 0 and not any(x.start < before for x in slots if x.marker == BARE):
        sent = doc.sentences[trig.sentence - 1]
        earlier = [x for x in sentence_slots(doc, sent, _mentions_from(doc, sent.start, sent.end)).slots
                   if x.marker == BARE and not x.apposition and not own & {m.actor for m in x.mentions}]  # fmt: skip
    return earlier[:1]


def _phrase_commas(text: str, info: SentenceSlots, start: int, end: int) -> list[int]:
    """Commas between ``start`` and ``end`` that open a phrase: not those around an apposition («گوستاوو پترو،
    رئیس‌جمهور کلمبیا، را»)."""
    return [c for c in range(start, end) if text[c] == "،" and text[c + 1 : end].strip()
            and not any(x.end <= c < x.tail for x in info.slots)]  # fmt: skip


_DOCUMENT = re.compile(r"(?<![\w\u200c])(?:توافق‌?نامه|تفاهم‌?نامه|یادداشت\s+تفاهم|قرارداد|موافقت‌?نامه|سند|اسناد|پیمان|معاهده)")
_RESPONSE = ("پاسخ", "بی‌پاسخ", "بی\u200cپاسخ", "بی پاسخ", "بیپاسخ", "با پاسخ")
# the victim of an act a response answers: «تجاوز علیه ایران», «حمله به ایران»
_VICTIM_OF = re.compile(r"(?<![\w\u200c])(?:تجاوز|حمله|حملات|اقدام|تعرض)[\w\u200c]*(?:\s+[\w\u200c]+){0,3}\s+(?:علیه|به|بر\s+ضد)\s+$")
_ACT_BEFORE = re.compile(r"(?<![\w\u200c])(?:تجاوز|حمله|حملات|اقدام|تعرض|شرارت|مداخله|دخالت|استقرار|تحریم|ترور|حماقت|جنایت)[\w\u200c]*(?:\s+[\w\u200c]+){0,2}\s+$")
_WARNS = re.compile(
    r"(?<![\w\u200c])(?:گفت|گفتند|افزود|هشدار\s+داد|هشدار\s+دادند|تأکید\s+کرد|تاکید\s+کرد|تأکید\s+کردند|تاکید\s+کردند|"
    r"اعلام\s+کرد|تصریح\s+کرد|خاطرنشان\s+کرد)(?![\w\u200c])|:"
)
_PRESENT_VERB = re.compile(r"(?<![\w\u200c])ن?می[\u200c ]?[\w\u200c]+$")
_TALKS = re.compile(r"(?<![\w\u200c])(?:مذاکرات|مذاکره|گفتگوها|گفت‌وگوها|گفتگوهای|گفت‌وگوهای)(?![\w\u200c])")
_FOR_CONSULTATION = re.compile(r"برای\s+(?:رایزنی|مشورت|مشاوره)")
_WAIVER = re.compile(r"(?<![\w\u200c])معافیت")
_SEIZED_SHIPS = re.compile(r"(?<![\w\u200c])(?:نفتکش|نفت‌کش|کشتی|شناور|ناو)")
# what one reacts to is another's act (not «پس از دیدار با X»: the subject's own meeting)
_CAUSE_RIGHT_BEFORE = re.compile(r"(?<![\w\u200c])(?:در\s+واکنش\s+به|در\s+اعتراض\s+به|در\s+پاسخ\s+به)\s+$")
_PASSIVE_AFTER = re.compile(r"\s+(?:می[\u200c ]?(?:شود|شوند)|شد|شدند|شده|خواهد\s+شد|خواهند\s+شد)(?![\w\u200c])")
# «هرگونه/هر تجاوز(ی)», «هرگونه حماقت»: an act of anyone to come
_ANY_AGGRESSION = re.compile(r"(?<![\w\u200c])(?:هرگونه|هر\s*گونه|هر)\s+(?:[\w\u200c]+\s+)?(?:تجاوز|حمله|تعرض|اقدام|حماقت|شرارت|خطای)")
_WITH_BEFORE = re.compile(r"(?<![\w\u200c])(?:با|مورد)\s+$")
_ENVOYS_AFTER = re.compile(r"\s+(?:\S+\s+)?(?:سفیر|سفرای|کاردار|دیپلمات|وابسته|کارمندان\s+سفارت|هیئت\s+دیپلماتیک)")
# «این اقدام / این حکم / این تصمیم را ...»: an act the text told before, named by a demonstrative
_DRILL_WORDS = ("رزمایش", "مانور")
_HELD_IN = re.compile(r"(?<![\w\u200c])در\s+(?:زندان\s+|بندر\s+|شهر\s+)?$")
_EACH_OTHER = re.compile(r"(?<![\w\u200c])یکدیگر(?![\w\u200c])")
# where missiles are fired: at a sea or into space (group 1: a show of force), or at something else (an attack)
_AIMED_AT = re.compile(r"(?<![\w\u200c])(?:به\s+سمت|به\s+سوی|به\s+طرف)\s+(دریای|آب‌های|آبهای|اقیانوس|فضا)?")
_THIS_ACT = re.compile(
    r"(?<![\w\u200c])(?:این|آن)\s+(?:اقدام|اقدامات|تصمیم|حکم|حمله|حملات|توقیف|تحریم|تحریم‌ها|مصوبه|قانون|طرح)\s+$"
)


def _resolution_parties(doc: Document, info: SentenceSlots, trig: Trigger,
                        clause_start: int) -> list[tuple[Slot | None, Slot | None]]:  # fmt: skip
    """Who adopted a resolution against whom: the clause's subject when it adopted it («شورای حکام قطعنامه‌ای
    ... تصویب کرد»), else the body it was adopted in («... در شورای حکام به تصویب رسید») or whose it is
    («قطعنامه شورای امنیت»; its proposer, «قطعنامه پیشنهادی سه کشور اروپایی», when no body is named); against
    the first party after «علیه» / «در محکومیت» who did not suffer what is condemned (not «غزه» in «در
    محکومیت حملات اسرائیل به غزه»).  Nobody it is against: no event."""
    text = doc.text
    verb_at = trig.scope
    if trig.kind == "noun":  # the noun's phrase ends at a clause mark or a verb
        ends = [m.start() for m in (_CLAUSE_MARKS.search(text, trig.end, verb_at), FINITE_VERB.search(text, trig.end, verb_at)) if m]
        verb_at = min([verb_at, *ends])
    against = RESOLUTION_AGAINST.search(text, trig.start, verb_at)
    if against is None:
        return []
    inside = [x for x in info.slots if trig.head_end <= x.start < verb_at and x.marker != PLACE or
              trig.head_end <= x.start < verb_at and _IN_BODY.search(text, max(0, x.start - 4), x.start)]  # fmt: skip
    targets = [x for x in inside if x.start >= against.end() and not _AFTER_TO.search(text, max(against.end(), x.start - 4), x.start)
               and not _SUFFERED_BEFORE.search(text, max(against.end(), x.start - 40), x.start)]  # fmt: skip
    if against.group().replace("\u200c", "").replace(" ", "").endswith("ایرانی"):
        targets = [x for x in info.slots if against.start() <= x.start < against.end()]
    if not targets:
        return []
    target = targets[0]
    source: Slot | None = None
    relative = KE.search(text, trig.head_end, against.start())
    if trig.resolution == "active" and relative is not None:
        # «قطعنامه‌ای که شورای حکام علیه ایران تصویب کرد»: the relative clause's subject adopted it
        subjects = [x for x in inside if relative.end() <= x.start < against.start() and x.marker == BARE]
        source = subjects[0] if subjects else None
    elif trig.resolution == "active":
        subjects = [x for x in info.slots if clause_start <= x.start < trig.start and x.marker == BARE]
        source = subjects[0] if subjects else None
    else:
        bodies = [x for x in inside if x is not target and x.start < against.start() or
                  x is not target and _IN_BODY.search(text, max(0, x.start - 4), x.start) and _organisation(doc, x)]  # fmt: skip
        named_in = [x for x in bodies if _IN_BODY.search(text, max(0, x.start - 4), x.start) and _organisation(doc, x)]
        source = (named_in or bodies or [None])[0]
    if source is None or _same_state(doc, source, target):
        return []  # («گفت تصویب قطعنامه علیه ایران ... کمکی نمی‌کند»: nobody named adopted it)
    return [(source, target)]


def _mediation(doc: Document, info: SentenceSlots, trig: Trigger, clause_start: int) -> list[tuple[Slot | None, Slot | None]]:
    """Who mediates between whom, told by the noun: «با میانجی‌گری عمان» names the mediator right after it and the
    sides are those the clause names between («میان باکو و ایروان») or before it («مذاکرات ایران و آمریکا»);
    in «قطر به میانجی‌گری میان حماس و اسرائیل ادامه می‌دهد» the clause's subject mediates."""
    text = doc.text
    after = [x for x in info.slots if x.start >= trig.end and not text[trig.end : x.start].strip()]
    between = [x for x in info.slots if x.marker == BETWEEN and clause_start <= x.start < info.sentence.end]
    if _MANNER.search(text, max(0, trig.start - 4), trig.start) and after:  # «با میانجی‌گری X»
        mediator = after[0]
        sides = between or [x for x in info.slots if clause_start <= x.start < trig.start and x.marker == BARE]
    else:
        subjects = [x for x in info.slots if clause_start <= x.start < trig.start and x.marker == BARE]
        mediator = subjects[0] if subjects else None
        sides = between
    sides = [x for x in sides if x is not mediator and not _same_state(doc, mediator, x)]
    return [(mediator, x) for x in sides] if mediator is not None else []


def _demand_parties(doc: Document, info: SentenceSlots, trig: Trigger) -> list[tuple[Slot | None, Slot | None]]:
    """Who demands what of whom in «X گفت: «Y باید ...»» or «««Y باید ...»؛ X این را گفت»: the party right before the
    modal is asked; the speaker is the sentence's first named subject before the verb of saying (or the quote),
    else the first one after a fronted quote.  Nobody named on either side, or one state asking itself
    («ما باید», «ایران باید» said by an Iranian): no event."""
    text = doc.text
    asked = [x for x in info.slots if x.end <= trig.start and not text[x.tail : trig.start].strip(" «\"")]
    if not asked or asked[-1].marker not in (BARE, OBJECT, SPEAKER):
        return []
    target = asked[-1]
    said = [m.start() for m in SAID_MARK.finditer(text, info.sentence.start, target.start)]
    speakers: list[Slot] = []
    if said:
        # (not the source a lead-in names: «به گزارش روابط‌عمومی وزارت کار، حسین کمالی ... افزود»)
        speakers = [x for x in info.slots if x.start < said[-1] and x.marker in (BARE, SPEAKER) and not x.apposition
                    and not _LEAD_IN.search(text, max(info.sentence.start, x.start - 30), x.start)]  # fmt: skip
    if not speakers:
        closing = text.find("»", trig.end, info.sentence.end)
        if closing >= 0:  # «««...»؛ ایمن الصفدی ... این را گفت»
            speakers = [x for x in info.slots if x.start > closing and x.marker in (BARE, SPEAKER) and not x.apposition]
    # the speaker opens the sentence (after a lead-in): not a name inside a phrase («وی به مذاکرات ایران ... گفت»)
    speakers = [x for x in speakers[:1] if _opens_sentence(text, info.sentence.start, x)]
    if not speakers or speakers[0] is target or _same_state(doc, speakers[0], target) or _media(doc, speakers[0]):
        return []
    # («تهران و اسلو باید ... تلاش کنند»: both sides, the speaker's own among them, exhorted: no demand)
    j = info.slots.index(target)
    while j > 0 and info.slots[j].coordinated:
        j -= 1
        if _same_state(doc, speakers[0], info.slots[j]):
            return []
    return [(speakers[0], target)]




def _opens_sentence(text: str, start: int, slot: Slot) -> bool:
    """Whether at most two words (a title, «آقای») stand before ``slot`` in its sentence, after a lead-in
    («به گزارش ایرنا،») or a fronted quote («««...»؛»)."""
    opening = max(start, text.rfind("،", start, slot.start) + 1 if _LEAD_IN.search(text, start, slot.start) else start,
                  text.rfind("»", start, slot.start) + 1)  # fmt: skip
    return len(text[opening : slot.start].strip(" ؛،").split()) <= 2


def _media(doc: Document, slot: Slot) -> bool:
    return _any_actor(doc, slot, lambda a: a.sector == "media")


_IN_BODY = re.compile(r"(?<![\w\u200c])در\s+$")
_CLAUSE_MARKS = re.compile(r"[،,؛;:.]")
_AFTER_TO = re.compile(r"(?<![\w\u200c])به\s+$")


# a name inside a phrase of its own within an object: after a preposition or a frame word
_INNER_PHRASE = re.compile(r"(?<![\w\u200c])(?:در|برابر|مقابل|به|با|از|علیه|برای|نسبت|درباره|توسط)\s+(?:[\w\u200c]+\s+)?$")
_AGENT_BEFORE = re.compile(r"(?<![\w\u200c])(?:توسط|سوی|طرف|دست)\s+$")
# a name that suffered the act the object names: its genitive, past the act's own word and its object
_SUFFERED_BEFORE = re.compile(
    r"(?<![\w\u200c])(?:تعطیلی|بستن|اخراج|توقیف|اعدام|بازداشت|دستگیری|ترور|قتل|کشتار|محاصره|تحریم|ربودن|حمله\s+به)"
    r"(?:\s+[\w\u200c]+){0,4}\s+$"
)
# a word of blame right before a name in the predicate: «بی‌حسن‌نیتی آمریکا», «خیانت آمریکا», «دخالت آمریکا»
_BLAME_WORD_BEFORE = re.compile(
    r"(?:نیتی|خیانت|دخالت|مداخله|دشمنی|تجاوز|توطئه|جنایت|جنایات|فریب|دروغ|ضعف|شکست|استکبار|زورگویی|ریاکاری|خصومت)\s+$"
)


_UNOFFICIAL_SECTORS = frozenset({"media", "ngo", "igo", "party", "opposition", "business", "religious"})


def _official(doc: Document, slot: Slot) -> bool:
    """A state, its government or forces, or an official of one: not a medium, a watchdog or an
    international organisation (who report what others did)."""
    for m in slot.mentions:
        a = doc.actor(m.actor)
        if a is None or a.country is None or a.sector in _UNOFFICIAL_SECTORS or a.kind == "place":
            continue
        if a.kind != "person" or any(r.country for r in a.roles) or a.id.startswith("person:") and load_kb().by_id.get(a.id) is not None:
            return True  # (a person the KB knows is a public figure: «کی‌یر استارمر ... از اختصاص وام ... خبر داد»)
    return False


def _welcomed_in_person(doc: Document, slot: Slot) -> bool:
    """A person right after «از» («از احمد الشرع استقبال کرد»), not a stance or a plan of theirs («از سخنان
    ترامپ», «از پیشنهاد پوتین»): welcomed as a guest."""
    return (
        slot.marker == FROM
        and bool(_FROM_RIGHT_BEFORE.search(doc.text, max(0, slot.start - 4), slot.start))
        and all((a := doc.actor(m.actor)) is not None and a.kind == "person" for m in slot.mentions)
    )


_BUT_AFTER_VERB = re.compile(r"(?<![\w\u200c])(?:کرد|کردند|کرده\s+است|شد|شدند|داد|دادند|گفت|گفتند)\s*،\s*(?:اما|ولی|لیکن)\s")
_IN_SESSION = re.compile(r"(?<![\w\u200c])در\s+(?:حاشیه\s+)?$")
_SESSION_NOUN = re.compile(r"(?:نشست|اجلاس)(?![\w\u200c])")
_TAKING_PART = re.compile(r"(?<![\w\u200c])(?:شرکت|حضور)\s+در\s+$")


def _session_sides(text: str, info: SentenceSlots, trig: Trigger, source: Slot | None, target: Slot) -> bool:
    """Whether a session's two sides are named: who held it before it and whom with right after it («عراقچی در نشست با
    همتای عراقی»), or both among the names right after its noun and «مشترک»/«سه‌جانبه»/«سران», joined by «و» or commas
    («نشست مشترک ایران و عراق», «نشست سه‌جانبه معاونان وزرای خارجه ایران، چین و روسیه»)."""
    if target.marker == WITH:
        return (source is None or source.start < trig.start) and len(text[trig.end : target.start].split()) <= 2
    first = next((x for x in info.slots if x.start >= trig.end), None)
    if source is None or first is None or not first.start <= source.start < target.start:
        return False
    return set(text[trig.end : first.start].split()) <= _SESSION_OPENING and _names_only(text, info, first.start, target.end)


_SESSION_OPENING = frozenset({"مشترک", "سران", "بین", "میان", "دوجانبه", "سه‌جانبه", "چندجانبه", "مقامات"})



def _any_actor(doc: Document, slot: Slot, test: Callable[[Actor], bool]) -> bool:
    """Whether an actor the slot names passes ``test``."""
    return any((a := doc.actor(m.actor)) is not None and test(a) for m in slot.mentions)


def _watchdog(doc: Document, slot: Slot) -> bool:
    """An international organisation or a non-governmental one (UNHCR, the WHO, Amnesty)."""
    return _any_actor(doc, slot, lambda a: a.kind == "organisation" and (a.sector in ("igo", "ngo") or a.country is None))


def _ministry(doc: Document, slot: Slot) -> bool:
    """A foreign ministry (or a government) that summons envoys."""
    return _any_actor(doc, slot, lambda a: a.kind in ("government", "country") and a.sector in (None, "diplomatic", "government"))


def _judiciary(doc: Document, slot: Slot) -> bool:
    """A court, a prosecutor or the judiciary («قوه قضاییه», «مرکز رسانه قوه قضاییه»)."""
    return _any_actor(doc, slot, lambda a: a.sector == "judiciary")


def _person(doc: Document, slot: Slot) -> bool:
    """A person or an office-holder («وزیر خارجه عربستان»)."""
    return _any_actor(doc, slot, lambda a: a.kind == "person")


def _organisation(doc: Document, slot: Slot) -> bool:
    """An organisation bound to no state (یونسکو, دیوان کیفری بین‌المللی), not a domestic one («از چرخه حمایتی
    امداد خارج شده‌اند»)."""
    return _any_actor(doc, slot, lambda a: a.kind == "organisation" and a.country is None)


def _same_state(doc: Document, source: Slot | None, target: Slot) -> bool:
    """Both slots stand for one state («ایران ... اگر ایران ...»): no threat to oneself."""
    if source is None:
        return False
    def states(slot: Slot) -> set[str]:
        return {a.country for m in slot.mentions if (a := doc.actor(m.actor)) is not None and a.country}

    ours = states(source)
    return bool(ours) and ours == states(target)


def _threat_clause(doc: Document, threat: Trigger, act: Trigger, info: SentenceSlots) -> bool:
    """Whether ``act`` is what ``threat`` says the threatener will do: to come, in the clause right after it
    (past «و گفت», not past another «و» or a clause mark), with no subject of its own («هشدار داد که روسیه به
    اوکراین حمله خواهد کرد» foretells another's act)."""
    between = _AND_SAID.sub(" ", doc.text[threat.scope : act.start])
    return (
        (act.planned or act.irrealis) and "و" not in between.split() and not any(ch in between for ch in "،؛:.")
        and not _own_subject(info, threat.scope, act.start)
    )  # fmt: skip


def _hostile(act: Trigger) -> bool:
    """Force, coercion or reduced relations (sanctions): what a threat threatens."""
    return act.cameo[:2] in _FORCE_ROOTS or act.cameo.startswith("16")


def _own_subject(info: SentenceSlots, start: int, end: int) -> bool:
    """Whether a clause between ``start`` and ``end`` names its own subject (a bare name)."""
    return any(s.marker == BARE and start <= s.start < end for s in info.slots)


def _request_target(doc: Document, trig: Trigger, t: Slot | None) -> Slot | None:
    """Whom a request asks: in «X خواستار ... شد» only «از Y» before it or «خطاب به Y»; names
    inside the construction are what is asked for."""
    if t is None:
        return None
    inside = trig.start <= t.start < trig.end
    if inside:
        return None
    if doc.text.startswith("خواستار", trig.start) and not _addressee(doc, t):
        return None
    return t


def _addressee(doc: Document, slot: Slot) -> bool:
    """Whom a request is put to: «از Y», «خطاب به Y»."""
    return slot.marker == FROM or "خطاب به" in doc.text[max(0, slot.start - 40) : slot.start]


def _interview(doc: Document, trig: Trigger, info: SentenceSlots) -> bool:
    """«گفت‌وگو با ...» opening a headline, or a talk with a medium («در گفت‌وگو با شبکه المنار»)."""
    if not doc.text.startswith(_INTERVIEW_NOUNS, trig.start):
        return False
    if trig.start == info.sentence.start and _INTERVIEW.match(doc.text, trig.start):
        return True
    verb = doc.text[trig.start : trig.scope].split()[-1]
    if verb.endswith("یم") and not _SAYS_BEFORE.search(doc.text, info.sentence.start, trig.start):
        return True  # «گفت‌وگویی با دکتر ... انجام داده‌ایم»: «we», the medium, held the interview
    if _media_subject(doc, info.sentence.start, trig.start):
        return True  # «المانیتور با یک ایرانی آمریکایی گفتگو کرد»: a medium's interview
    after = doc.text[trig.end : min(trig.end + 40, info.sentence.end)]
    if not after.lstrip().startswith("با"):
        return False
    if _MEDIA_WORDS.match(after):
        return True
    # «در گفت‌وگو با الجزیره»: the first name after «با» is a medium (media are no slots, so look at
    # the mentions themselves)
    for mention in _mentions_from(doc, trig.end, trig.end + 40):
        actor = doc.actor(mention.actor)
        return actor is not None and actor.sector == "media"
    return False


def _political_case(doc: Document, info: SentenceSlots, clause_start: int, verb_start: int) -> bool:
    """Whether a trial or an execution is of political weight: the charge, the court or who is tried is political
    (``_POLITICAL_CASE``) or a person the knowledge base lists is named before the verb, and the sentence tells of
    no ordinary crime (``_ORDINARY_CRIME``)."""
    sentence = info.sentence
    return bool(
        _POLITICAL_CASE.search(doc.text, sentence.start, sentence.end) or _known_person_in(doc, clause_start, verb_start)
    ) and not _ORDINARY_CRIME.search(doc.text, sentence.start, sentence.end)


def _known_person_in(doc: Document, start: int, end: int) -> bool:
    """Whether a person the knowledge base lists is named in ``[start, end)`` («دادگاه عالی پاکستان عمران خان
    را ... محکوم کرد»: a politician tried, whatever the charge says)."""
    for mention in _mentions_from(doc, start, end):
        actor = doc.actor(mention.actor)
        if actor is not None and actor.kind == "person" and not actor.romanised and mention.kind == "name":
            return True
    return False


def _mentions_from(doc: Document, start: int, end: int) -> tuple[Mention, ...]:
    """The mentions starting in ``[start, end)`` (``doc.mentions`` is in text order): a lookup, not a scan,
    so that a huge article stays linear."""
    i = bisect_left(doc.mentions, start, key=lambda m: m.start)
    j = bisect_left(doc.mentions, end, lo=i, key=lambda m: m.start)
    return doc.mentions[i:j]


def _verbal_attack(doc: Document, cand: Candidate) -> bool:
    """Whether an «attack» is made with words: «حمله» by a person, a medium, a legislator or an envoy, or
    on a person, in sentences that name no weapon, casualty or armed force."""
    own = [t for t in cand.triggers if not t.anaphoric] or cand.triggers
    if not all(doc.text.startswith(_ATTACK_WORDS, t.start) for t in own):
        return False
    if any(_PHYSICAL.search(doc.text, doc.sentences[i].start, doc.sentences[i].end) for i in cand.sentences):
        return False
    if any(_WE_ACT.search(t.text(doc)) for t in own):
        return False  # «نتانیاهو: به حزب‌الله حمله خواهیم کرد»: a leader's «we» is his state's forces
    src = doc.actor(cand.source.actor) if cand.source is not None and cand.source.actor else None
    tgt = doc.actor(cand.target.actor) if cand.target is not None and cand.target.actor else None
    if tgt is not None and tgt.sector in _ARMED_SECTORS:
        return False  # an armed movement or a force is attacked with arms
    # a leader «attacking» a state or a place does it with arms («صدام به ایران حمله کرد»); an envoy, a
    # legislator or a medium may do it with words
    territory = cand.target is not None and _is_territory(doc, cand.target)
    speaking = src is not None and ((src.kind == "person" and not territory) or src.sector in _SPEAKING_SECTORS)
    # a medium is no slot, so it is found among the mentions, where its sentence opens: «روزنامه کیهان به
    # دولت حمله کرد» (not «... به سوی مقر حکومتی و شبکه تلویزیون دولتی حمله کردند»)
    written = any(_media_subject(doc, doc.sentences[t.sentence].start, doc.sentences[t.sentence].start + 3) for t in own)
    # (a government attacked with no weapon named is attacked in words: «رسانه‌های اصولگرا به دولت پزشکیان حمله کردند»)
    governed = tgt is not None and tgt.kind == "government" and tgt.sector in (None, "government", "legislature") and (
        src is None or src.sector not in _ARMED_SECTORS)
    return speaking or written or governed or (tgt is not None and tgt.kind == "person")


def _media_subject(doc: Document, start: int, end: int) -> bool:
    """Whether a medium is named between ``start`` and ``end`` other than as the one reporting
    («به گزارش ایرنا», «به نقل از رویترز», a dateline «خبرگزاری فارس:»)."""
    for mention in _mentions_from(doc, start, end):
        actor = doc.actor(mention.actor)
        if (
            actor is not None
            and actor.sector == "media"
            and not _REPORTED_BY_MEDIUM.search(doc.text, max(start, mention.start - 20), mention.start)
            and not _DATELINE_AFTER.match(doc.text, mention.end)
        ):
            return True
    return False


def _refine_code(doc: Document, trig: Trigger) -> str:
    """A meeting said to be by telephone is CAMEO 041, not 040; a welcome with protests is a protest."""
    if trig.cameo == "051" and doc.text.startswith("استقبال", trig.start):
        sent = doc.sentences[trig.sentence]
        if _HOSTILE_WELCOME.search(doc.text, sent.start, trig.start):
            return "141"
    if trig.cameo == "040":
        sent = doc.sentences[trig.sentence]
        if any(w in doc.text[sent.start : sent.end] for w in _PHONE):
            return "041"
    return trig.cameo


def _candidate(doc: Document, trig: Trigger, code: str, src: Slot | None, tgt: Slot | None) -> list[Candidate]:
    plover = cameo(code).plover
    place_ok = plover in _PLACE_TARGETS or code in ("042", "043")

    def parties(slot: Slot | None, is_target: bool) -> list[Party | None]:
        if slot is None:
            return [None]
        out: list[Party | None] = []
        for m in slot.mentions:
            actor = doc.actor(m.actor)
            # A city as a subject stands for its state («مسکو تحقیق می‌کند»); as a target only where places suffer,
            # or a capital standing for its government as the act's object («تهران واشنگتن را محکوم کرد»)
            if actor is not None and actor.kind == "place" and is_target and not place_ok:
                capital = _capital_object(doc.text, trig, actor, slot)
                out.append(Party(actor.country, m.text, actor.country) if capital else None)
            elif actor is not None and actor.kind == "place" and is_target and code in ("042", "043") and actor.country is None:
                out.append(None)  # «پس از عبور از کانال سوئز وارد دریای مدیترانه شد»: a sea or a region is no host
            elif actor is not None and actor.kind == "place" and not is_target and actor.country and _capital(actor):
                out.append(Party(actor.country, m.text, actor.country))  # «کی‌یف مسکو را ... متهم کرد»: Ukraine
            else:
                out.append(party(doc, m))
        return out

    out: list[Candidate] = []
    if src is not None and src is tgt:  # one plural slot: «طرفین», «تهران و مسکو»
        ps = parties(src, False)
        pairs = [(ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps))]
    else:
        pairs = [(parties(src, False)[0], t) for t in parties(tgt, True)]
    for s, t in pairs:
        if s is None and t is None:
            continue
        if s is not None and t is not None and s.actor == t.actor:
            continue
        out.append(Candidate(trig, code, s, t, [trig], [trig.sentence]))
    return out


def _same(a: Party | None, b: Party | None) -> bool | None:
    """True/False when both sides are known, None when either is missing."""
    if a is None or b is None:
        return None
    if a.country and b.country:
        return a.country == b.country
    return a.actor == b.actor


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.plover != b.plover or a.trigger.planned != b.trigger.planned:
        return False
    if (a.cameo != b.cameo and a.trigger.kind == b.trigger.kind == "verb" and a.trigger.sentence == b.trigger.sentence
            and a.plover != "CONSULT"):  # fmt: skip
        # «... را محکوم کرد و سفیر ایران را احضار کرد»: two verbs of a sentence with codes of their own are two
        # acts (but «وارد تهران شد و با پزشکیان دیدار کرد» is one visit)
        return False
    if (a.source is None and a.target is None) or (b.source is None and b.target is None):
        # «انفجار در کابل» with nobody named: the happening the title and lead go on to name
        return a.opening and b.opening
    direct = [_same(a.source, b.source), _same(a.target, b.target)]
    if a.opening and b.opening and False not in direct:
        return True  # title «زیر گرفتن سه اسرائیلی» (؟ → ISR) and lead «جوان فلسطینی ... زیر گرفت» (PSE → ؟)
    if is_symmetric(a.cameo) or is_symmetric(b.cameo):  # a visit and a meeting of the same pair are one event
        crossed = [_same(a.source, b.target), _same(a.target, b.source)]
        return _fits(direct) or _fits(crossed)
    return _fits(direct)


def _fits(checks: list[bool | None]) -> bool:
    return False not in checks and True in checks


def merge_into(out: list[Candidate], cand: Candidate) -> None:
    """One candidate per happening: ``cand`` joins the first of ``out`` of the same type with a
    compatible dyad, else is appended.  Called as each is found, in text order, so that a candidate
    merged is not kept."""
    home = next((c for c in out if _compatible(c, cand)), None)
    if home is None:
        out.append(cand)
        return
    home.triggers.append(cand.trigger)
    home.add_sentence(cand.trigger.sentence)
    if home.trigger.kind == "noun" and cand.trigger.kind == "verb" and cand.source and cand.target:
        # A sentence with a verb names the parties best («جلالی با ورشنین گفتگو کرد» over «رایزنی ایران و روسیه»).
        home.trigger, home.source, home.target = cand.trigger, cand.source, cand.target
        return
    home.source = home.source or _other_side(home, cand, "source")
    home.target = home.target or _other_side(home, cand, "target")
    if home.source is not None and home.target is not None and home.source.actor == home.target.actor:
        home.target = None  # one actor on both sides is no dyad
    if home.cameo.endswith("0") and not cand.cameo.endswith("0") and cand.cameo[:2] == home.cameo[:2]:
        home.cameo = cand.cameo  # the more specific code wins («تماس تلفنی» 041 over 040)


def absorb_halves(events: list[Candidate]) -> list[Candidate]:
    """«اندونزی از آمریکا می‌خواهد» (IDN → USA) in the title and «... خواستار عدم مداخله خواهد شد»
    (IDN → ؟) in the lead: told at the opening, a half-known dyad of the same type that shares
    its known side with a full one is that event (whatever its tense)."""
    full = [e for e in events if e.opening and e.source is not None and e.target is not None]
    out = []
    for e in events:
        half = e.opening and (e.source is None) != (e.target is None)
        home = next((f for f in full if f.plover == e.plover and half and f is not e
                     and (_same(f.source, e.source) or _same(f.target, e.target)
                          or (is_symmetric(e.cameo) and (_same(f.source, e.target) or _same(f.target, e.source))))), None)  # fmt: skip
        if home is None:
            out.append(e)
            continue
        home.triggers.extend(t for t in e.triggers if t.planned == home.trigger.planned)
        for i in e.sentences:
            home.add_sentence(i)
    return out


def _other_side(home: Candidate, cand: Candidate, side: str) -> Party | None:
    """The party ``cand`` adds on the side ``home`` lacks: aligned first, crossed for symmetric types."""
    own, other = (cand.source, cand.target) if side == "source" else (cand.target, cand.source)
    known = home.target if side == "source" else home.source
    if own is not None and _same(other, known) is not False:
        return own  # «(؟ → دولت پاکستان)» + «(رئیس‌جمهور پاکستان → دولت پاکستان)»: same target, so take its source
    if cand.plover in SYMMETRIC_TYPES and other is not None and _same(own, known) is True:
        return other
    return None


def _attach_anaphors(events: list[Candidate], anaphors: list[Trigger]) -> None:
    for trig in anaphors:
        plover = cameo(trig.cameo).plover
        # Only backwards: a mention refers to an event already told, never to one the article tells later.
        before = [e for e in events if e.plover == plover and e.trigger.start <= trig.start]
        if not before:
            continue
        home = before[-1]
        home.triggers.append(trig)
        home.add_sentence(trig.sentence)


def _finalise(doc: Document, cand: Candidate, read: dict[int, tuple[Slot, ...]]) -> tuple[Event, dict[str, float]] | None:
    if cameo(cand.cameo).plover == "ASSAULT" and _verbal_attack(doc, cand):
        cand.cameo = _CRITICISE  # «سفیر سعودی به سردار سلیمانی حمله کرد»: words, not force
    ref = cameo(cand.cameo)
    sentences = sorted(cand.sentences)
    first = min(cand.triggers, key=lambda t: t.start)
    planned = any(t.planned for t in cand.triggers if not t.anaphoric)
    named = [slot for i in sentences for slot in read.get(i, ())]
    location = context.location(doc, named, cand.source, cand.target, cand.cameo)
    topics = context.topics(doc, named, cand.source, cand.target)
    date = context.event_date(doc, sentences, planned)
    shown = cand.trigger
    src, tgt = cand.source, cand.target
    if src is not None and tgt is not None and src.country is not None and src.country == tgt.country and _is_territory(doc, tgt):
        tgt = None  # «وزیر خارجه برزیل ... برازیلیا», «ترامپ وارد کاخ سفید شد»: no one meets or strikes his own land
    if is_symmetric(cand.cameo) and src is None:
        src, tgt = tgt, None
    if _routine(doc, cand, src, tgt):
        return None
    deterrence = cand.cameo == "138" and any(doc.text.startswith(_RESPONSE, t.start) for t in cand.triggers)
    if (ref.plover in ("THREATEN", "AID") or cand.cameo == _DEFEND) and tgt is None and not deterrence:
        # a warning with nobody threatened («نسبت به خشکسالی هشدار داد»), help to nobody («به انسجام کمک می‌کند»),
        # a defence of nobody («از تمامیت ارضی و منابع ملی دفاع کرده‌ایم»: of land and values)
        return None
    if cand.cameo == "036" and (tgt is None or (tgt.country is not None and tgt.country == (src.country if src else None))):
        return None  # «از مردم برای شرکت در انتخابات دعوت کرد»: a call to the public, not an intent to meet
    if src is None and tgt is not None and tgt.country is None and ref.plover not in _PLACE_TARGETS:
        return None  # «... از صلیب سرخ خواست» with nobody named asking: no dyad to code
    if cand.cameo == "042" and src is not None and src.actor and (a := doc.actor(src.actor)) is not None and a.sector == "business":
        return None  # «هواپیمای بوئینگ ... وارد ناوگان هواپیمایی ایران شد»: a company's product arriving, no visit
    if cand.cameo == "042" and tgt is None and src is not None and location and location.get("country") == src.country:
        return None  # «رئیس جمهور وارد سقز شد»: a tour at home, not a visit to another party
    if cand.cameo == "042" and tgt is None and src is not None and any(_HOME_TOUR.search(doc.text[max(0, t.start - 40) : t.start]) for t in cand.triggers):
        return None  # «وزیر ... به این استان سفر کرد»: back to the province the story is about, a tour at home
    if cand.cameo == "042" and tgt is None and src is not None and src.country and _visits_no_other_state(doc, cand.triggers, src.country):
        return None  # «رئیس‌جمهور آمریکا وارد کاخ سفید شد», «ناو آمریکایی وارد خلیج فارس شد»: no other party visited
    if cand.cameo == "051" and tgt is None and all(doc.text.startswith("در کنار", t.start) for t in cand.triggers):
        return None  # «در کنار آنان ایستاده‌ایم»: standing by nobody named
    if cand.cameo == "063" and (src is None or tgt is None or None in (src.country, tgt.country) or src.country == tgt.country) and all(
        doc.text.startswith("تحویل", t.start) for t in cand.triggers
    ):
        return None  # «پسرش را ... به سازمان مبارزه با جرم تحویل داد»: a handover at home, no extradition
    if src is None and tgt is None and all(not t.passive and doc.text.startswith(_SAID_OF_ANYONE, t.start) for t in cand.triggers):
        return None  # «ارتش ... ده تروریست را کشت» with the army unnamed: nobody to code
    where = location.get("country") if location else None
    if tgt is None and where and (
        # «به چند مرکز نظامی در ایران حمله کردند»: an attack on places in a country targets it;
        (ref.plover == "ASSAULT" and (src is None or src.country != where))
        # (a coercion by a foreign hand only: «یک خبرنگار در تهران بازداشت شد» names no party Iran)
        or (ref.plover == "COERCE" and src is not None and src.country not in (None, where))
        # «فرماندار پنجوین عراق وارد مریوان شد»: a visit to a place abroad is a visit to its state
        or (cand.cameo == "042" and src is not None and src.country not in (None, where))
    ):
        tgt = Party(None, location["text"], where)  # type: ignore[index]
    if cand.cameo == "042" and src is not None and tgt is not None and _troops_enter(doc, cand, src, tgt):
        cand.cameo, ref = _OCCUPY, cameo(_OCCUPY)  # (after the place entered has made its state the target)
    evidence = tuple((doc.sentences[i].start, doc.sentences[i].end) for i in sentences)
    values = features(cand.triggers, src, tgt, len(sentences), cand.opening, ref.plover or "")
    event = Event(
        id=event_id(doc.id, cand.cameo, src, tgt, first.start),
        plover=ref.plover or "",
        cameo=cand.cameo,
        source=_party_json(src),
        target=_party_json(tgt),
        location=location,
        date=date,
        topics=tuple(topics),
        evidence=evidence,
        trigger={"text": doc.text[shown.start : shown.end], "start": shown.start, "end": shown.end},
        goldstein=ref.goldstein,
        quad_class=ref.quad_class,
        confidence=round(score(values), 3),
        extra={"planned": planned, "negated": False},
    )
    return event, values


def _routine(doc: Document, cand: Candidate, src: Party | None, tgt: Party | None) -> bool:
    """Thanks and congratulations (``_COURTESY``) within one state, unless between two parties the
    knowledge base lists (a minister's thanks to a TV show is routine, the Leader's to a ministry
    is not); sessions (``_SESSION``) and meetings of bodies within one state whose parties it does
    not list, or are local offices; demands and endorsements addressed to no one, by a party the
    knowledge base does not list or a local office (a provincial director «خواستار حمایت بیشتر شد»):
    no events of political weight."""
    own = [t for t in cand.triggers if not t.anaphoric] or cand.triggers
    courtesy = all(_COURTESY.match(doc.text, t.start) for t in own)
    session = all(_SESSION.match(doc.text, t.start) for t in own)
    # a demand or an endorsement addressed to no one: «مدیرکل ... خواستار حمایت بیشتر شد», «گمرک از
    # شفاف‌سازی استقبال می‌کند»
    unaddressed = (
        tgt is None and src is not None and src.country is not None and (cand.plover == "REQUEST" or cand.cameo == _ENDORSE)
    )
    if not (courtesy or session or unaddressed or cand.plover == "CONSULT"):
        return False
    parties = [p for p in (src, tgt) if p is not None]
    if not parties or len({p.country for p in parties if p.country is not None}) > 1:
        return False
    actors = [doc.actor(p.actor) if p.actor else None for p in parties]
    if any(a is None for a in actors):
        return False  # a party nothing resolved: not judged here
    listed = [a for a in actors if a is not None and _of_standing(a)]
    if courtesy:
        return len(listed) < 2
    if unaddressed:
        return not listed
    if listed:
        return False
    # people the lists lack meet for real (چلبی, زنگنه): only bodies' meetings are routine
    return session or all(a is not None and a.kind != "person" for a in actors)


def _of_standing(actor: Actor) -> bool:
    """Listed by the knowledge base, or a person holding a state's office («آقای خاتمی رئیس‌جمهور»),
    and no local office («مدیرکل راهداری استان همدان»)."""
    if _LOCAL_OFFICE.search(actor.name) or any(_LOCAL_OFFICE.search(r.title) for r in actor.roles):
        return False
    if _home_affairs_office(actor):
        return False  # listed so that it resolves, but a labour minister's sessions at home are administration
    return not actor.romanised or (actor.kind == "person" and any(r.country for r in actor.roles))


@lru_cache(maxsize=1)
def _home_affairs() -> tuple[frozenset[str], frozenset[str]]:
    """Ids of the KB's home-affairs ministries (``domestic``: culture, labour, sports), and the English
    titles of their heads."""
    kb = load_kb()
    bodies = [b for b in kb.bodies.values() if b.domestic]
    titles = {r.name_en for r in kb.roles.values() if r.domestic} | {b.head_en for b in bodies if b.head_en}
    return frozenset(b.id for b in bodies), frozenset(titles)


def _home_affairs_office(actor: Actor) -> bool:
    """A home-affairs ministry («IRN-MOCUL») or someone whose every title is its head («وزیر کار»)."""
    bodies, titles = _home_affairs()
    if actor.kind == "person":
        return bool(actor.roles) and all(r.title_en.removeprefix("former ") in titles for r in actor.roles)
    return actor.id.partition("-")[2] in bodies


def _is_territory(doc: Document, party: Party) -> bool:
    """A country, a place or a seat of power standing for one (کاخ سفید), not a person or a body."""
    actor = doc.actor(party.actor) if party.actor else None
    return actor is not None and actor.kind in ("country", "place", "metonym")


def _party_json(p: Party | None) -> dict[str, str | None]:
    return p.to_json() if p is not None else {"actor": None, "text": "", "country": None}


def event_id(article: str, code: str, src: Party | None, tgt: Party | None, offset: int) -> str:
    """Stable across runs: article, code, dyad and the first trigger's offset."""
    key = "|".join([article, code, _key(src), _key(tgt), str(offset)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _key(p: Party | None) -> str:
    if p is None:
        return "-"
    return p.country or p.actor or p.text
