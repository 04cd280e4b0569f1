"""Slots: the actor mentions of one sentence, with the marker that governs each.

The actor stage gives us mentions (spans with an actor id).  Inside a sentence we
group them into *slots* (a plural reference like «طرفین» is one slot with several
actors), drop the ones that only describe another (the apposition in
«کاظم جلالی، سفیر ایران در روسیه، با ...», a demonym in «شبکه تلویزیونی لبنانی»),
and give every slot the marker that governs it: ``با`` with, ``از`` from, ``به`` to,
``علیه`` against, ``بین/میان`` between, ``را`` object, ``توسط/از سوی`` agent,
``در`` place, a topic phrase («درباره ...»), a background phrase («به دنبال ...»),
the speaker before a colon, or none (a subject).  ``arguments`` turns markers into roles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rayzan.actors.kb import load_kb
from rayzan.document import Document, Mention, Sentence
from rayzan.events.lexicon import event_nouns
from rayzan.events.words import (
    SAYING_VERBS,
    SAID_MARK,
    AGAINST,
    AGENT,
    BARE,
    CAUSE,
    CAUSE_WORDS,
    CLAUSE_END_VERB,
    COMPLEMENTIZERS,
    FINITE_VERB,
    FROM,
    HEAD_NOUNS,
    IMPOSER_ADJECTIVES,
    KE,
    MARKER_WORDS,
    NOT_MARKER_BEFORE,
    OBJECT,
    OPPOSED,
    PEOPLE_NOUN_MODIFIERS,
    PEOPLE_NOUNS,
    PLACE,
    PLACE_WORDS,
    ROLE,
    SAYS_SEMICOLON,
    SPEAKER,
    TO,
    TOPIC,
    WITH,
)  # fmt: skip

_AGENT_PHRASE = re.compile(r"(?:از\s+(?:سوی|طرف|جانب)|توسط|به\s+دست)\s*$")
# «در بیش از ۴۰ کشور جهان مانند سوئیس، آلمان ...», «در کشورهایی نظیر آلمان»: names that exemplify the
# countries or cities of a «در» phrase are places, like the phrase (not the parties of its verb).
_EXEMPLIFIED_PLACE = re.compile(
    r"(?<![\w\u200c])در\s+(?:[^\s،.؛:]+\s+){0,4}?(?:کشور|کشورها|کشورهای|کشورهایی|شهر|شهرها|شهرهای|شهرهایی|"
    r"مناطق|مناطقی|پایتخت‌های|پایتخت‌هایی)(?:\s+[^\s،.؛:]+){0,2}\s+(?:مانند|مثل|نظیر|همچون|چون)\s*$"
)
# «پس از», «نسبت به» ...; «با تأسی از آمریکا», «به پیروی از»: whom one follows is no party to the act
_NOT_MARKER = re.compile(
    r"(?:پس|بعد|قبل|پیش|غیر|جدا|نسبت|توجه|راجع|بنا|بر\s*اساس|تأسی|تاسی|پیروی|تبعیت|الهام|الگوبرداری|"
    r"بدون\s+(?:مشورت|هماهنگی|اطلاع|اجازه|رضایت|توافق|حضور))\s+(?:از|به|با)\s*$"  # «بدون مشورت با ایران»: left out
)
# «تعداد زیادی از», «شمار کثیری از»: a count of what follows «از», like «تعدادی از» (``NOT_MARKER_BEFORE``)
_MANY = frozenset({"زیادی", "کثیری", "قابل‌توجهی"})
_COUNT_NOUNS = frozenset({"تعداد", "شمار", "عده", "جمع"})
_ROLE_BEFORE = re.compile(
    r"(?<![\w\u200c])(?:سفیر|سفارت|کاردار|نماینده|نمایندگی|رایزن|کنسول|سرکنسول)(?![\w\u200c])(?:\s+[\w\u200c]+){0,5}\s+در\s*$"
)
_TOPIC_MARKER = re.compile(
    r"(?<![\w\u200c])(?:درباره(?:ی|\u200cی)?|در\s*باره|در\s+خصوص|در\s+مورد|پیرامون|حول|راجع\s+به|در\s+زمینه(?:\u200cی)?|"
    r"شامل|از\s+جمله|در\s+رابطه\s+با|در\s+ارتباط\s+با|با\s+محوریت|با\s+موضوع|در\s+قبال|"
    # «با شعارهای مرگ بر امریکا ... حمایت کردند»: the names of a slogan are what it says
    r"شعار(?:\u200c?های?)?)(?![\w\u200c])"
)
_CAUSE_PHRASE = re.compile(
    r"(?<![\w\u200c])(?:به\s+دنبال|در\s*پی|پس\s+از|بعد\s+از|در\s+واکنش\s+به|به\s+دلیل|به\s+خاطر|به\s+اتهام|با\s+اشاره\s+به|"
    # («در ادامه تجاوزات رژیم صهیونیستی ...،»: what goes on; not «در ادامه افزود», «در ادامه گزارش خود»)
    r"در\s+ادامه\s+(?:تجاوز|حمل|جنایات|اقدامات|سیاست|تنش|درگیری|سرکوب|محاصره)[\w\u200c]*|"
    r"با\s+پایان|با\s+توجه\s+به|در\s+حالی\s+که|(?:این\s+)?در\s+حالی\s+(?:است|بود)\s+که|"
    # «با بیان اینکه ...، گفت», «ضمن تأکید بر اینکه ...»: what the speaker says, a clause of its own
    r"(?:با|ضمن)\s+(?:بیان|تاکید|تأکید|اعلام|یادآوری|ابراز|ذکر)\s+(?:(?:به|بر)\s+)?(?:اینکه|این\u200cکه|این\s+که))(?![\w\u200c])"
)
# A lead-in that opens with a preposition, a connective or a time word is an adverbial, not a subject.
_ADVERBIAL_LEAD = re.compile(
    r"(?:از|در|به|با|بر|طی|برای|ضمن|علاوه|بنابر|طبق|همچنین|همزمان|ضمنا|ضمناً|اما|ولی|لیکن|سپس|بنابراین|"
    r"اکنون|هم‌اکنون|امروز|دیروز|امشب)(?![\w\u200c])"
)
_REPORTED_FROM = re.compile(r"(?<![\w\u200c])(?:به\s+گزارش|به\s+نقل|خبرنگار)(?![\w\u200c])[^،.؛:«»]{0,60}\s+از\s*$")
_SPEAKER = re.compile(r"^[^:«»]{1,50}:")
# A dateline, «ساری - ایرنا -» or «کوالالامپور ایرنا»: where the story was filed, not who acts in it.
# Bare, only the names no everyday word shares may follow a place (not «مهر», «فارس», «رسا»).
_PLAIN_AGENCIES = ("ایرنا", "ایسنا", "ایلنا", "ایکنا", "واحد مرکزی خبر", "خبرگزاری جمهوری اسلامی")
_AGENCIES = "(?:" + "|".join((*_PLAIN_AGENCIES, "تسنیم", "مهر", "فارس", "میزان", "برنا", "شبستان", "پانا", "ابنا", "رسا")) + ")"
# The agency between dashes is looked for first (a scan at C speed), then up to three words before it.
_DATELINE_AGENCY = re.compile(rf"[-–—]\s*{_AGENCIES}\s*[-–—]")
# words that open a clause before its subject («اما کی‌یف مسکو را ... متهم کرد»): a city after them still opens it
_CONNECTIVES = frozenset({"اما", "ولی", "لیکن", "و", "همچنین", "سپس", "همزمان", "از‌سوی‌دیگر"})
_SAID_BEFORE = re.compile(r"(?<![\w\u200c])" + SAYING_VERBS + r"(?:\s+که)?\s+$")
_DATELINE_PLACE = re.compile(r"(?:[^\s\-–—:،.]+\s+){0,2}[^\s\-–—:،.]+\s*$")
_DATELINE_OPENING = re.compile(r"\s*(?:[^\s\-–—:،.]+\s+){1,2}(?:" + "|".join(_PLAIN_AGENCIES) + r")(?![\w\u200c])")
_AND_OPENS = re.compile(r"\s*و\s+")
_RA = re.compile(r"(?<![\w\u200c])را(?![\w\u200c])")
WORD = re.compile(r"[\w\u200c]+")
_OPEN_QUOTES = " \"'«“"
_QUOTED_REPORTER = re.compile(r"(?<![\w\u200c])(?:گزارش|نوشته|نقل\s+از)\s*[\"'«“]\s*$")
_WORD_OR_MARK = re.compile(r"[\w\u200c]+|[^\w\s\u200c]")
_APPOSITION = re.compile(r"^\s*[،,]([^،,.؛:]{2,90})[،,]")
# A topic phrase ends at the predicate or at a time word that opens the next phrase («... امروز در تهران برگزار شد»).
_TOPIC_STOP = re.compile(
    r"[.؛:]|\s(?:گفتگو|گفت‌وگو|رایزنی|تبادل|دیدار|بحث|مذاکره|تأکید|تاکید|برگزار|امروز|دیروز|امشب|صبح|عصر|ظهر|"
    r"شامگاه|بامداد|روز\s+(?:گذشته|شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه))(?![\w\u200c])"
)
_TARIFF_BEFORE = re.compile(r"(?<![\w\u200c])(?:تعرفه|عوارض|واردات)[^.،؛:]*$")  # (and imports banned: «واردات کالای ساخت آمریکا را ممنوع کرد»)
_MADE_IN = re.compile(r"(?<![\w\u200c])(?:ساخت|ساخته|تولید|محصول)\s+(?:کشور\s+)?$")
_OPPONENT = re.compile(r"(?<![\w\u200c])(?:مخالف|مخالفان|معارض|معارضان|دشمن|دشمنان)\s+$")
_NUMBER_WORDS = frozenset(["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "صدها", "هزاران", "چند"])
_PLURAL_DEMONYM = ("یان", "ها", "های")
_DETERMINERS = frozenset(["یک", "این", "آن", "همین", "همان", "چند", "برخی", "تعدادی", "دو", "سه"])
# «به پیش‌نویس قطعنامه پیشنهادی روسیه»: who proposed a text is its genitive, past the adjective
_PROPOSED = frozenset({"پیشنهادی", "ارائه‌شده", "تهیه‌شده"})
_COORD_GAP = re.compile(r"^[\s،,]*(?:و)?[\s،,]*$")

_REPORTED = re.compile(
    r"(?<![\w\u200c])(?:گفت|گفته|می[\u200c ]گوید|می[\u200c ]گویند|افزود|افزوده|کرد|کرده|کردند|داد|دادند|شد|نوشت|دانست|خواند|داشت)"
    r"(?:\s+(?:است|بود|اند))?\s+که(?![\w\u200c])|:|"
    # «وزیر دفاع گفت طالبان حمله کردند»: a verb of saying opens its clause without «که» too
    r"(?<![\w\u200c])(?P<bare>گفت|گفته|می[\u200c ]گوید|می[\u200c ]گویند|افزود|نوشت|اظهار\s+داشت|تصریح\s+کرد|خاطرنشان\s+کرد|مدعی\s+شد|مدعی\s+شدند|ادعا\s+کرد|ادعا\s+کردند|اعلام\s+کرد|اعلام\s+کردند)(?:\s+(?:است|بود))?"
    r"(?=\s+(?!که(?![\w\u200c]))[\w\u200c])|"
    # «روسیه با اعلام اینکه ... کشته شدند»: what is announced is a clause of its own
    r"(?<![\w\u200c])(?:با|ضمن)\s+(?:اعلام|بیان|ذکر|یادآوری)\s+(?:اینکه|این\u200cکه|این\s+که)(?![\w\u200c])|"
    # «عراقچی اعلام کرد؛ ایران و آمریکا ...»: news writes a semicolon for the colon
    + SAYS_SEMICOLON.pattern
)

# A plural predicate before «و» («آمریکا و اسرائیل مقصرند و», «شکست خوردند و»): with a singular verb after it, that
# verb is the speaker's («... و از سازمان ملل خواست»), not the plural subject's
# (not a name or an adjective in «-لند/-لاند», «-مند», «-وند», «-یند»: فنلاند، قدرتمند، خداوند، فرآیند)
_PLURAL_PREDICATE = re.compile(r"(?<![\w\u200c])\w{3,}(?<![لمویا])(?:ند|اند)(?=\s+و\s)")
_SINGULAR_VERB = re.compile(r"[\w\u200c\s]*?(?<!ن)(?:کرد|خواست|داد|شد|گفت|نمود|افزود)(?![\w\u200c])")
# A «را» object in the clause before a verb of saying («... را به رهبری اعلام کردند»)
_OBJECT_GIVEN = re.compile(r"(?<![\w\u200c])را(?![\w\u200c])[^،.؛:!?؟]*$")
# Words that open a list with a colon («شامل:», «عبارتند از:»): what follows is no reported clause.
_LIST_COLON = re.compile(r"(?<![\w\u200c])(?:شامل|عبارتند\s+از|عبارت\s+است\s+از|از\s+جمله|مانند|نظیر|یعنی)\s*$")


@dataclass(frozen=True, slots=True)
class Slot:
    start: int
    end: int
    mentions: tuple[Mention, ...]
    marker: str = BARE
    coordinated: bool = False  # joined to the slot before by «و» or «،»
    apposition: bool = False  # describes the slot before («، سفیر ایران در روسیه،»)
    span_end: int = -1  # end of the slot with its apposition
    in_object: bool = False  # inside a «... را» phrase without being its head («تشدید تحریم‌ها علیه ایران را»)
    inner: str = BARE  # the marker inside a topic or background phrase («درباره حمله باکو به ارمنستان»)
    # the marker before an event noun whose genitive this bare slot is («از حمله عربستان به یمن»: FROM):
    # for the verb, the noun's actor is what the phrase points at
    governed: str = ""

    @property
    def tail(self) -> int:
        return self.span_end if self.span_end >= 0 else self.end


@dataclass
class SentenceSlots:
    sentence: Sentence
    slots: list[Slot]
    topics: list[tuple[int, int]] = field(default_factory=list)
    causes: list[tuple[int, int]] = field(default_factory=list)


def _datelines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the datelines in ``text[start:end]``: the dashed form anywhere (a headline may run into
    it), the bare form only where the sentence opens."""
    found = []
    for m in _DATELINE_AGENCY.finditer(text, start, end):
        place = _DATELINE_PLACE.search(text, max(start, m.start() - 60), m.start())
        if place is not None:
            found.append((place.start(), m.end()))
    opening = _DATELINE_OPENING.match(text, start, end)
    if opening is not None:
        found.append(opening.span())
    return found


def sentence_slots(doc: Document, sent: Sentence, mentions: Sequence[Mention]) -> SentenceSlots:
    """Slots of one sentence with their markers, appositions and topic phrases."""
    text = doc.text
    topics = topic_segments(text, sent.start, sent.end)
    grouped: dict[tuple[int, int], list[Mention]] = {}
    datelines = _datelines(text, sent.start, sent.end)
    # «خبرگزاری فارس:», «به گزارش رویترز»: who reports, not who acts; nor the state in a medium's name
    # («شبکه خبری ال‌بی‌سی لبنان»)
    media = [(m.start, m.end) for m in mentions if (a := doc.actor(m.actor)) is not None and a.sector == "media"]
    for m in mentions:
        if any(start <= m.start < end for start, end in media):
            continue
        if any(start <= m.start < end for start, end in datelines):
            continue  # «ساری - ایرنا -»: where it was filed
        grouped.setdefault((m.start, m.end), []).append(m)
    causes = cause_segments(text, sent.start, sent.end)
    # a topic inside a background phrase ends with it («در پی بیانیه ... درباره جزایر سه‌گانه، سفیر چین ... احضار شد»)
    topics = [(a, min([b, *(ce for cs, ce in causes if cs <= a < ce)])) for a, b in topics]
    speaker = _SPEAKER.match(text[sent.start : sent.end])
    if speaker is not None and _PHRASE_NOT_SPEAKER.search(speaker.group()):
        speaker = None  # «هشدار روسیه به ناتو: ...»: a headline's event phrase before the colon, not who speaks
    speaker_end = sent.start + speaker.end() if speaker else -1
    spans = _outermost(grouped)
    slots: list[Slot] = []
    appos_until = -1
    headed = False  # the slot before heads a delegation («به ریاست X»)
    prev: Slot | None = None
    for start, end in spans:
        ms = tuple(grouped[(start, end)])
        if start < appos_until:
            slots.append(Slot(start, end, ms, BARE, apposition=True))
            continue
        if _HEADED_BY.search(text, max(sent.start, start - 16), start) or (
            slots and slots[-1].apposition and headed and re.fullmatch(r"\s+و\s+", text[slots[-1].end : start])
        ):
            # «هیئت ایرانی به ریاست غریب‌آبادی», «هیئت‌های آمریکا و اوکراین به ریاست روبیو و عمروف»: who heads a
            # delegation describes it, it is no other side
            slots.append(Slot(start, end, ms, BARE, apposition=True))
            headed = True
            continue
        headed = False
        if prev is not None and _TITLE_BETWEEN.fullmatch(text, prev.end, start) and all(
            (a := doc.actor(m.actor)) is not None and a.kind == "person" for m in prev.mentions
        ):
            # «با امیرخان متقی سرپرست وزارت امور خارجه طالبان»: the body in a person's title, told with no
            # comma, describes him; it is no party of its own
            slots.append(Slot(start, end, ms, BARE, apposition=True))
            continue
        marker, coordinated = _marker(text, sent.start, start, prev)
        if _is_modifier(doc, text, sent.start, start, ms):
            continue  # «شبکه تلویزیونی لبنانی»: a demonym describing a thing, not an actor
        if _MADE_IN.search(text, max(sent.start, start - 12), start) and not _TARIFF_BEFORE.search(text, max(sent.start, start - 70), start):
            continue  # «بالگرد آی-۱۷ ساخت روسیه»: where a thing was made, not an actor (but a tariff's: «بر خودروهای ساخت چین»)
        if _OPPONENT.search(text, max(sent.start, start - 12), start):
            marker = CAUSE  # «گروهک‌های مخالف ایران»: the opponents, not Iran, are the party
        # (a name listed after another keeps the list's own marker inside its phrase, not the phrase's:
        # «با بیان اینکه ...، ایران و عراق قراردادهای زیادی امضا کردند» — Iraq is Iran's partner there)
        inner = prev.inner if coordinated and prev is not None else marker
        if any(a <= start < b for a, b in topics):
            marker = TOPIC
        if start < speaker_end:
            marker = SPEAKER  # «بوش: سوریه باید ...»: who says it, before the colon
        elif marker not in (OPPOSED, TOPIC) and any(a <= start < b for a, b in causes):
            marker = CAUSE
        if marker == FROM and not coordinated and _PART_OF.search(text, max(sent.start, start - 40), start):
            marker = BARE  # «هیئتی از وزارت تجارت طالبان ...»: a delegation of them, the clause's subject
        if marker == PLACE and _ROLE_BEFORE.search(text[max(sent.start, start - 50) : start]):
            marker = ROLE
        if marker == FROM and _all_places(doc, ms) and _REPORTED_FROM.search(text, sent.start, start):
            marker = PLACE  # «به گزارش خبرنگار فارس از مسکو»: where the report comes from
        opening = max(speaker_end, sent.start, text.rfind("،", sent.start, start) + 1, text.rfind("؛", sent.start, start) + 1)
        if opens_after_verb(text, opening, start) or capital_of_a_state(ms) and _SAID_BEFORE.search(text, max(sent.start, start - 30), start):
            # «... اخراج کرد و پاریس نیز ...»: «و» after a finite verb opens a clause; so does a verb of saying
            # («ترودو اعلام کرد اتاوا نیز ... وضع می‌کند»)
            opening = start
        if marker in (BARE, OBJECT) and _all_places(doc, ms) and len([w for w in text[opening:start].split() if w not in _CONNECTIVES]) > 1:
            marker = (
                PLACE  # a city inside the sentence is where («نزدیکی الخلیل»); only an opening city acts («مسکو ...»)
            )
        slot_end = _apposition_end(doc, text, end, sent.end, ms)
        governed = _governing_marker(text, sent.start, start) if marker == BARE and not coordinated else ""
        if marker == AGENT and not coordinated:
            # «از بازداشت شیخ زکزاکی توسط ارتش نیجریه انتقاد کرد»: who did the act the complement names is what
            # the verb points at; who suffered it is no party
            done = _PATIENT_BY_AGENT.search(text, max(sent.start, start - 100), start)
            if done is not None:
                governed = MARKER_WORDS[done.group(1)]
                slots = [with_marker(x, CAUSE) if x.marker != PLACE and done.end(1) < x.start < start else x for x in slots]
        if coordinated and prev is not None and marker == prev.marker and ("،" not in text[prev.tail : start] or prev.governed):
            governed = prev.governed  # «از حمله عربستان و امارات به یمن»: both attacked; «از حمایت روسیه، چین و کوبا»
        slot = Slot(start, end, ms, marker, coordinated, False, slot_end, False, inner, governed)
        if slot_end > end:
            appos_until = slot_end
        slots.append(slot)
        prev = slot
    return SentenceSlots(sent, _mark_objects(doc, text, sent, _close_lists(text, slots)), topics, causes)


def _outermost(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another, in order: a mention inside a longer one («روسیه» in «وزارت امور
    خارجه روسیه») is part of that name.  One sweep, longest first at each start: a span is inside
    an earlier one exactly when an earlier one reaches as far."""
    kept: list[tuple[int, int]] = []
    reach = -1
    for start, end in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
        if end > reach:
            kept.append((start, end))
            reach = end
    return kept


def _close_lists(text: str, slots: list[Slot]) -> list[Slot]:
    """«X، Y و Z» is a list; «X، Y را محکوم کرد» is not: a comma joins names only in a list that ends in «و»,
    and a name after the list's last member (with a space only) is none of it."""
    out = list(slots)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j + 1].coordinated and not out[j + 1].apposition:
            j += 1
        if j > i:
            gaps = [text[out[k - 1].tail : out[k].start] for k in range(i + 1, j + 1)]
            # the list ends at the name after its last «و»: «آمریکا و اسرائیل ایران را تهدید کردند» (Iran
            # opens the object); with no «و» there is no list
            last_and = max((n for n, gap in enumerate(gaps) if "و" in gap.split()), default=-1)
            if last_and < len(gaps) - 1:
                for k in range(i + 2 + last_and, j + 1):
                    s = out[k]
                    out[k] = Slot(s.start, s.end, s.mentions, BARE if s.marker == out[i].marker else s.marker,
                                  False, s.apposition, s.span_end)  # fmt: skip
        i = j + 1
    return out


# Armed men and machines, and envoys, a demonym after them names the state of («نیروهای یمنی», «هیئت ایرانی»)
_ARMED_BODIES = frozenset({"نیروهای", "نیروی", "ارتش", "جنگندههای", "جنگنده", "پهپادهای", "پهپاد", "سربازان", "نظامیان",
                           "ناوهای", "ناو", "هواپیماهای", "بالگردهای", "شبهنظامیان", "تکتیراندازان", "موشکهای", "یگانهای",
                           # and a nation's envoys: «هیئت ایرانی ... سالن را ترک کرد»
                           "هیئت", "هیأت", "هیات", "دیپلماتهای", "مقامات", "نمایندگان"})  # fmt: skip
_DETERMINERS_OF_OBJECT = frozenset({"یک", "دو", "سه", "چهار", "پنج", "چند", "این", "آن", "همه", "تمام"})
_SUBJECT_PRONOUNS = frozenset({"وی", "او", "ایشان", "آنها", "آن‌ها", "آنان", "ما", "من", "شما"})


def _mark_objects(doc: Document, text: str, sent: Sentence, slots: list[Slot]) -> list[Slot]:
    """The object before «را»: the first bare name of the noun phrase, not the clause's subject.

    «ارتش اسرائیل ضاحیه بیروت را بمباران کرد»: the subject opens the clause, the object is
    the next name; «دو طرف در این دیدار حملات اسرائیل به لبنان را محکوم کردند»: the name deep
    inside the phrase is the object's head («اسرائیل»), not «لبنان» after «به».
    """
    out = list(slots)
    previous_ra = sent.start
    for ra in _RA.finditer(text[sent.start : sent.end]):
        ra_pos = sent.start + ra.start()
        clause = _last_verb_end(text, sent.start, ra_pos)
        clause = max(clause, text.rfind("؛", clause, ra_pos) + 1)  # a semicolon opens a clause too
        # «را» closes its phrase: the next object opens after it («... سه صهیونیست را زیر گرفت و آنها را»)
        phrase_start = boundary = max(clause, previous_ra)
        previous_ra = sent.start + ra.end()
        for comma in re.finditer("،", text[phrase_start:ra_pos]):
            pos = phrase_start + comma.start()
            # a comma inside a list of names («ایران، روسیه و چین») does not open a new phrase
            if not any(s.coordinated and pos < s.start and not text[pos + 1 : s.start].strip() for s in out) and not (
                # nor do the commas around an apposition («پدرو سانچز، نخست‌وزیر اسپانیا، را»)
                not text[pos + 1 : ra_pos].strip() or any(s.end <= pos < s.tail for s in out)
            ):
                boundary = pos + 1
        inside = [i for i, s in enumerate(out) if boundary <= s.start < ra_pos and not s.apposition]
        bare = [i for i in inside if out[i].marker == BARE]
        # Words before the comma are the subject («گانتز، حماس را ...», «این گزارش، ... ایران را»),
        # unless they are background («در حالی که ...، دهلی‌نو پاکستان را ...») or an adverbial
        # («از سوی دیگر، به گزارش خبرگزاری فارس از تبریز،»): then the subject follows the comma.
        # (after a complementizer the lead-in is the embedded clause's: «ظریف با بیان اینکه در این مدت، آمریکا و
        # اسرائیل ایران را تهدید کردند»)
        lead_in = text[clause:boundary].strip(" ،")
        has_subject = bool(lead_in) and not _CAUSE_PHRASE.match(lead_in) and not _adverbial_lead(doc, text, clause, boundary, out)
        lead = max((ke.end() for ke in _COMPLEMENTIZER.finditer(text, clause, boundary)), default=clause)
        if has_subject and lead > clause and text[lead:boundary].strip(" ،") and _adverbial_lead(doc, text, lead, boundary, out):
            has_subject = False
        # «روزنامه الوطن نوشت: یک عضو مجلس ...»: the clause opens after what introduces it
        opening = max(boundary, text.rfind(":", boundary, out[bare[0]].start) + 1) if bare else boundary
        if bare:  # «این در حالی است که طالبان ... را»: the clause opens after its (last) complementizer
            opening = max((ke.end() for ke in KE.finditer(text, opening, out[bare[0]].start)), default=opening)
        words_before = text[opening : out[bare[0]].start].split() if bare else []
        # «وی اسرائیل را متهم کرد»: a pronoun before the first name is the subject
        pronoun = any(w in _SUBJECT_PRONOUNS for w in words_before)
        # «اشغالگران خانواده اسرای فلسطینی را»: a demonym after a noun describes the object, it is no subject
        # ... unless another name follows before «را»: «یک مقام آمریکایی ایران را متهم کرد»
        modifier = len(bare) == 1 and bool(words_before) and out[bare[0]].mentions[0].kind == "demonym"
        if modifier and len(words_before) <= 2 and words_before[-1].replace("\u200c", "") in _ARMED_BODIES and text[out[bare[0]].end : ra_pos].split():
            # «نیروهای یمنی فرودگاه بن‌گوریون را ...»: armed men of a nation opening the clause, the object after
            # them, are its subject
            modifier = False
        # «افراد مسلح یک دیپلمات ایرانی را ربودند»: a determiner after other words opens the object's
        # phrase, the words before it being the (unnamed) subject
        determined = len(words_before) > 1 and words_before[-1] in _DETERMINERS_OF_OBJECT
        # «برخی رسانه‌ها ایران را متهم کردند»: a lone name right before «را» is the object (or inside it),
        # whatever words open the clause; the subject is unnamed or dropped
        marked_object = len(bare) == 1 and not text[out[bare[0]].end : ra_pos].strip(" \u200c")
        # «گفت حمله آمریکا به سوریه را محکوم می‌کنیم»: a name after an event noun (and its adjective) is the
        # noun's genitive, inside the object, not the clause's subject
        # (not a noun of a frame: «در این دیدار ظریف آمریکا را محکوم کرد», «در پی این اقدامات روسیه ...»)
        nouns = [k for k in range(max(0, len(words_before) - 2), len(words_before))
                 if words_before[k].replace("\u200c", "") in event_nouns() or words_before[k] in _ACT_NOUNS]  # fmt: skip
        # (a frame opens with its preposition: «در حاشیه نشست شانگهای پوتین ...», «به دنبال حمله اسرائیل سوریه ...»;
        # an adverbial does not: «گفت به شدت حمله اسرائیل به سوریه را محکوم می‌کند»)
        frame = bool(nouns) and bool(_FRAME_OPENING.match(" ".join(words_before[: nouns[0]])))
        genitive = bool(nouns) and not frame
        if frame and nouns[0] == len(words_before) - 1 and words_before[: nouns[0]][-1] not in _DETERMINERS and any(
            not out[i].coordinated for i in bare[1:]
        ):
            # «به دنبال حمله اسرائیل سوریه سفیر خود را ...»: the name right after the frame's noun is its
            # genitive, no party to the clause; the next name is the subject
            out[bare[0]] = replace(out[bare[0]], governed=CAUSE)  # (the noun's own genitive still, for the noun)
            bare = bare[1:]
            while bare and out[bare[0]].coordinated:  # «در پی دیدار عراقچی و لاوروف ایران ...»: the whole list
                out[bare[0]] = replace(out[bare[0]], governed=CAUSE)
                bare = bare[1:]
            words_before = []
        if bare and not has_subject and not modifier and not pronoun and not determined and not marked_object and not genitive and len(words_before) <= 4:
            # the clause opens with its subject (and the names listed with it)
            subject = bare[0]
            # (nor the subject again, by the title right after his name: «پدرو سانچز نخست‌وزیر اسپانیا هدف ... ناتو را»)
            own = {m.actor for m in out[subject].mentions}
            bare = [
                i
                for i in bare[1:]
                if not (out[i].coordinated and all(out[k].coordinated for k in range(subject + 1, i + 1)))
                and not {m.actor for m in out[i].mentions} <= own
                and not _qualifies(doc, out[subject], out[i])
            ]
        head: set[int] = set()
        if bare:
            first = bare[0]
            out[first] = with_marker(out[first], OBJECT)
            head.add(first)
            for j in range(first + 1, len(out)):
                if out[j].coordinated and out[j].start < ra_pos and out[j].marker == BARE:
                    out[j] = with_marker(out[j], OBJECT)
                    head.add(j)
                else:
                    break
        start_np = min(head) if head else None
        for i in inside:
            if i in head or out[i].marker == BARE:
                continue
            if start_np is not None:
                inner = out[i].start > out[start_np].start
            else:  # no name heads the phrase: a «از/به/علیه» phrase before «را», with no verb between, is inside it
                no_verb = _last_verb_end(text, out[i].end, ra_pos) == out[i].end
                inner = no_verb and (
                    out[i].marker in (FROM, TO, AGAINST) or len(text[out[i].end : ra_pos].split()) <= 2
                )
                # «آمریکا با حمله به سوریه قوانین بین‌المللی را نقض کرد»: a «با» phrase of its own, before the object
                inner = inner and not (
                    _MANNER_PHRASE.search(text, max(boundary, out[i].start - 40), out[i].start) and text[out[i].end : ra_pos].split()
                )
            if inner:
                out[i] = with_marker(out[i], out[i].marker, in_object=True)
    return out


_MANNER_PHRASE = re.compile(r"(?<![\w\u200c])با\s+[\w\u200c]+(?:\s+[\w\u200c]+)?\s+(?:به|علیه)\s+$")


_COMPLEMENTIZER = re.compile(r"(?<![\w\u200c])(?:" + "|".join(sorted(COMPLEMENTIZERS, key=len, reverse=True)) + r")(?![\w\u200c])")


def _adverbial_lead(doc: Document, text: str, clause: int, boundary: int, slots: list[Slot]) -> bool:
    """Every comma-phrase from ``clause`` to ``boundary`` opens with a preposition or a connective
    and names no one but places: «از سوی دیگر»، «به نوشته این پایگاه»، «به گزارش خبرگزاری فارس
    از تبریز» (news agencies are no slots).  «به گزارش فارس جرج بوش در سخنان خود» names its
    subject, and «این گزارش، علاوه بر این،» opens with it."""
    start = clause
    while start < boundary:
        comma = text.find("،", start, boundary)
        end = boundary if comma < 0 else comma
        phrase = text[start:end].strip()
        if phrase and not _ADVERBIAL_LEAD.match(phrase):
            return False
        if any(start <= s.start < end and s.marker not in (PLACE, ROLE) and not _all_places(doc, s.mentions) for s in slots):
            return False
        start = end + 1
    return True


def opens_after_verb(text: str, start: int, pos: int) -> bool:
    """Whether the name at ``pos`` opens a clause after a finite verb and «و» («... اخراج کرد و پاریس نیز ...»),
    looking from ``start``."""
    verb = None
    for verb in FINITE_VERB.finditer(text, start, pos):
        pass
    return verb is not None and _AND_OPENS.fullmatch(text, verb.end(), pos) is not None


def _last_verb_end(text: str, start: int, end: int) -> int:
    """End of the last «اعلام کرد»-like verb before ``end``: a new clause starts after it."""
    last = start
    for m in re.finditer(
        r"(?<![\w\u200c])(?:کرد|کردند|گفت|افزود|داد|دادند|شد|شدند|خواست|خواستند|می[\u200c ]گوید|می[\u200c ]گویند)(?![\w\u200c])\s*(?:که)?",
        text[start:end],
    ):
        last = start + m.end()
    return last


def reported_start(text: str, start: int, end: int, speech: bool = True) -> int:
    """Where the reported clause begins after «... گفت که» or a colon; ``start`` when there is none.
    ``speech``: the verb at ``end`` is a speech act (asking, criticising, thanking, threatening ...), which
    after a bare reported clause's own verb is the speaker's again; a deed (an attack, a meeting) is not."""
    last = start
    for m in _REPORTED.finditer(text, start, end):
        if m.group() == ":" and _LIST_COLON.search(text, max(start, m.start() - 20), m.start()):
            continue  # «سه تن را شامل: اعظم طارق، ...»: a list, not what someone said
        given = _OBJECT_GIVEN.search(text, max(start, m.start() - 120), m.start()) if m.group("bare") else None
        if given is not None and not FINITE_VERB.search(text, given.start(), m.start()):
            continue  # «آمادگی کشورش را ... اعلام کرد»: the verb has its object; what follows is no content of it
        if m.group("bare") and speech and (
            FINITE_VERB.search(text, m.end(), end) or CLAUSE_END_VERB.search(text, m.end(), end)
            or _PLURAL_PREDICATE.search(text, m.end(), end) and _SINGULAR_VERB.match(text, end, end + 40)
        ):
            # «گفت این حملات نقض ... است و از شورای امنیت خواست»: without «که» the reported clause ends at
            # its verb; a speech act after it is the speaker's again («... مسئول این حمله بود و به نمازگزاران
            # حمله کرد» goes on with the reported subject)
            continue
        last = m.end()
    return last


def with_marker(slot: Slot, marker: str, in_object: bool = False) -> Slot:
    return Slot(slot.start, slot.end, slot.mentions, marker, slot.coordinated, slot.apposition, slot.span_end,
                in_object or slot.in_object, slot.inner, slot.governed)  # fmt: skip


# «از/با X Y انتقاد/مخالفت کرد»: only these complements point the verb at the noun's actor («به
# درخواست X», «در پاسخ به حمله X» are frames)
_GOVERNING = frozenset({FROM, WITH})
_FRAME_BEFORE_MARKER = frozenset({"همزمان", "مصادف", "مقارن", "همراه", "توام"})
# Words before a noun that make it a frame of the clause, not the head of its object.
# How a frame of the clause opens, before its noun: «در حاشیه نشست ...», «پس از این دیدار ...»
_FRAME_OPENING = re.compile(
    r"^(?:در|طی|پس از|بعد از|قبل از|پیش از|به دنبال|در پی|پیرو|متعاقب|هنگام|حین|ضمن|در جریان|در حاشیه|در آستانه|"
    r"در خلال|همزمان با|مقارن با|به مناسبت|در واکنش به|در پاسخ به)(?: (?:این|آن|همین|همان))?$"
)
_FRAME_WORDS = frozenset({"در", "طی", "پی", "جریان", "این", "آن", "از", "پس", "بعد", "قبل", "با", "به", "ضمن", "حین",
                          "هنگام", "خلال", "پیرو", "متعاقب", "همزمان"})  # fmt: skip
# Nouns of a state's acts and words whose genitive is inside the object: «اقدام انگلیس در توقیف نفتکش را».
_ACT_NOUNS = frozenset({"اقدام", "اقدامات", "تصمیم", "سیاست", "سیاست‌های", "اظهارات", "سخنان", "مواضع", "ادعای", "ادعاهای",
                        "تحرکات", "حضور", "استقرار", "رفتار", "جنایات", "تجاوزات", "دخالت‌های", "برنامه",
                        # what a state owns abroad: its missions, assets and people («کنسولگری‌های ایران ... را بست»)
                        "کنسولگری", "کنسولگری‌های", "سفارت", "سفارتخانه", "دارایی‌های", "اموال", "اتباع", "شهروندان"})  # fmt: skip
_STANCE_NOUNS = frozenset({"تشکر", "قدردانی", "استقبال", "انتقاد", "تقدیر", "تجلیل", "حمایت", "دفاع", "اعتراض"})
# Nouns whose genitive did the act («حمله عربستان», «حمایت روسیه»); sanctions only past an imposer's adjective
_AGENT_GENITIVE = re.compile(
    r"(?:حمله|حملات|حمایت|تجاوز|دخالت|مداخله|تهدید|کمک|سفر|تظاهرات|راهپیمایی|رزمایش|مانور|درگیری|اعتراض|اعتصاب|"
    r"تجمع|عملیات)"
)
_PATIENT_BY_AGENT = re.compile(
    r"(?<![\w\u200c])(?<!پس )(?<!بعد )(?<!قبل )(?<!پیش )(از|با)\s+(?:ترور|کشتار|قتل|بازداشت|دستگیری|اعدام|ربودن|ربوده|اخراج|محاصره|سرکوب|مجازات|"
    r"تحریم|توقیف|حمله\s+به|حملات\s+به|اشغال|بمباران)[\w\u200c]*\s[^،.؛:!?؟]{0,70}?(?:توسط|از\s+سوی|از\s+طرف|به\s+دست)\s*$"
)
_PATIENT_GENITIVE = re.compile(r"(?:ترور|کشتار|قتل|بازداشت|دستگیری|اعدام|ربودن|اخراج|محاصره|سرکوب|مجازات|تحریم)")
# as a sanction's genitive past a modifier, «جدید» too: «از تحریم‌های جدید آمریکا انتقاد کرد» (for the
# sanction noun itself ``arguments._sanctioned`` leaves it out: «تحریم‌های جدید ایران» are often on Iran)
_IMPOSERS = IMPOSER_ADJECTIVES | {"جدید"}
_CLAUSE_VERBS = frozenset({"گفت", "گفته", "افزود", "نوشت", "است", "بود", "کردند", "شد", "شدند", "داد", "دادند"})


def _governing_marker(text: str, sent_start: int, start: int) -> str:
    """The target marker before the event noun (and at most one modifier) right before ``start``:
    «روسیه از تحریم‌های جدید آمریکا انتقاد کرد» gives FROM for «آمریکا»; nothing else gives ""."""
    rev = list(reversed(_WORD_OR_MARK.findall(text[max(sent_start, start - 60) : start])))
    k = _genitive_head(rev)
    if k < 0:
        return ""
    noun = rev[k].replace("\u200c", "")
    marker = MARKER_WORDS.get(rev[k + 1], "") if k + 1 < len(rev) else ""
    older = rev[k + 2] if k + 2 < len(rev) else ""
    if marker not in _GOVERNING or older in NOT_MARKER_BEFORE or older in CAUSE_WORDS or older in _FRAME_BEFORE_MARKER:
        return ""  # «پس از حمله ...», «همزمان با اجلاس ...»: a frame, not a complement
    if older.replace("\u200c", "") in event_nouns() or older in _STANCE_NOUNS:
        return ""  # «ضمن تشکر از حمایت روسیه»: the «از» is the other noun's, not the verb's
    if _AGENT_GENITIVE.match(noun) or k == 1:  # (past a modifier, only a sanction's imposer)
        return marker
    if _PATIENT_GENITIVE.match(noun):
        return CAUSE  # «از ترور سلیمانی»، «با تحریم ایران»: who suffered the act is no party to the verb
    return ""


def _genitive_head(rev: list[str]) -> int:
    """Where, in the words before a name (nearest first), the event noun stands whose genitive the name
    is: right before it (0: «به سفر بوش»), or past an imposer's adjective after a sanction (1: «با
    تحریم‌های یکجانبه آمریکا»); -1 when the name is no such genitive."""
    if rev and rev[0].replace("\u200c", "") in event_nouns():
        return 0
    if len(rev) > 1 and rev[0] in _IMPOSERS and rev[1].startswith("تحریم") and rev[1].replace("\u200c", "") in event_nouns():
        return 1
    return -1


def _all_places(doc: Document, mentions: tuple[Mention, ...]) -> bool:
    actors = [doc.actor(m.actor) for m in mentions]
    return bool(actors) and all(a is not None and a.kind == "place" for a in actors)


# whose goods, craft or ships: a demonym after these names a party («کالاهای آمریکایی», «یک پهپاد آمریکایی»)
_TITLE_BETWEEN = re.compile(
    r"\s+(?:(?:سرپرست|وزیر|معاون|مشاور|رئیس|سخنگوی|نماینده|سفیر|فرمانده|دبیر|دبیرکل|مدیرکل|رهبر|وزارت|امور|خارجه|کشور|"
    r"دفاع|اطلاعات|ارشد|ویژه|کل|سابق|اسبق|دائم|اول|نخست[\u200c ]?وزیر|جنبش|حکومت|دولت)\s+)+"
)
_PART_OF = re.compile(r"(?:^|[،:]\s*|(?<![\w\u200c]))(?:هیئتی|هیأتی|هیاتی|گروهی|تیمی)\s+از\s+(?:[\w\u200c]+\s+){0,2}$")
_PHRASE_NOT_SPEAKER = re.compile(r"(?<![\w\u200c])(?:به|از|با|علیه|درباره)\s")
_HEADED_BY = re.compile(r"(?<![\w\u200c])به\s+(?:ریاست|سرپرستی)\s+$")
_GOODS_NOUNS = frozenset({"کالاهای", "کالای", "کالا", "محصولات", "واردات", "صادرات", "اجناس", "خودروهای", "فولاد", "پهپاد", "پهپادهای",
                          "هواپیمای", "جنگنده", "جنگنده‌های", "بالگرد", "نفتکش", "نفتکش‌های", "کشتی", "کشتی‌های", "ناو",
                          "شناور", "شناورهای", "قایق", "قایق‌های"})  # fmt: skip


def _is_modifier(
    doc: Document, text: str, sent_start: int, start: int, mentions: tuple[Mention, ...], plural_is_people: bool = True
) -> bool:
    if any(m.kind != "demonym" for m in mentions):
        return False
    if plural_is_people and all(m.text.endswith(_PLURAL_DEMONYM) for m in mentions):
        return False  # «به فلسطینیان حمله کردند»: a plural demonym names people, it describes nothing
    words = WORD.findall(text[max(sent_start, start - 40) : start])
    while len(words) > 1 and words[-1] in PEOPLE_NOUN_MODIFIERS:
        words.pop()  # «یک مقام سابق اسرائیلی», «یک قایق تدارکاتی فیلیپینی»: the noun before the modifiers
    if words and words[-1] in _GOODS_NOUNS or _TARIFF_BEFORE.search(text, max(sent_start, start - 70), start):
        return False  # «تعرفه ... بر کالاهای آمریکایی», «عوارض واردات بادام و سیب آمریکایی»: whose goods are taxed is a party
    # «سه اسرائیلی», «۱۳ پلیس عراقی»: a number before a demonym counts people
    return bool(words) and words[-1] not in PEOPLE_NOUNS and words[-1] not in _NUMBER_WORDS and not words[-1].isdigit()


def capital_of_a_state(mentions: tuple[Mention, ...]) -> bool:
    """Whether the mentions name a state's capital (which stands for its government as a subject)."""
    kb = load_kb()
    return all((e := kb.by_id.get(m.actor or "")) is not None and e.capital for m in mentions)


def people_of_a_nation(doc: Document, sent_start: int, slot: Slot) -> bool:
    """Whether ``slot`` is a plural demonym that stands alone for people («فلسطینیان», «ژاپنی‌ها» after
    any word but a people noun): victims or perpetrators of force, but no party of what a people
    feels, backs or asks for («همدردی با فلسطینی‌ها», «حمایت ژاپنی‌ها از تیمشان», «حمایت ایرانیان از
    سندرز»): that is no act of their state."""
    ms = slot.mentions
    return (
        all(m.kind == "demonym" and m.text.endswith(_PLURAL_DEMONYM) for m in ms)
        and _is_modifier(doc, doc.text, sent_start, slot.start, ms, plural_is_people=False)
    )


def _qualifies(doc: Document, named: Slot, after: Slot) -> bool:
    """Whether ``after`` is the state an organisation's name ends with, right after it («کتائب حزب‌الله عراق آمریکا را
    تهدید کرد»: Iraq's Kata'ib Hezbollah, and its object America)."""
    if doc.text[named.end : after.start].strip() or len(after.mentions) != 1:
        return False
    state = doc.actor(after.mentions[0].actor)
    if state is None or state.kind != "country":
        return False
    return any((a := doc.actor(m.actor)) is not None and a.kind == "organisation" and a.country == state.country for m in named.mentions)


def _marker(text: str, sent_start: int, start: int, prev: Slot | None) -> tuple[str, bool]:
    if prev is not None and _COORD_GAP.match(text[prev.tail : start]) and prev.tail < start:
        return prev.marker, True
    before = text[max(sent_start, start - 60) : start]
    if _QUOTED_REPORTER.search(before):
        before = before.rstrip(_OPEN_QUOTES)  # «به گزارش "ورزش سه"»: still the reporter
    if _AGENT_PHRASE.search(before):
        return AGENT, False
    if _EXEMPLIFIED_PLACE.search(before):
        return PLACE, False
    if _NOT_MARKER.search(before):
        return BARE, False
    words = _WORD_OR_MARK.findall(before)
    rev = list(reversed(words))
    genitive_at = _genitive_head(rev)
    others = 0  # plain words passed over; head nouns («سران کشورهای») do not count
    for skipped, word in enumerate(rev):
        if word in ("سوی", "طرف", "جانب") and skipped + 1 < len(rev) and rev[skipped + 1] == "از":
            return AGENT, False
        if word in MARKER_WORDS:
            marker = MARKER_WORDS[word]
            older = rev[skipped + 1] if skipped + 1 < len(rev) else ""
            if older in NOT_MARKER_BEFORE or (
                word == "از" and older in _MANY and skipped + 2 < len(rev) and rev[skipped + 2] in _COUNT_NOUNS
            ):
                return BARE, False  # «یکی از ...», «تعداد زیادی از نیروهای آمریکایی»: a partitive, the subject
            if older in CAUSE_WORDS and marker in (TO, FROM, WITH):
                return CAUSE_WORDS[older], False
            # «در» governs a place right before it or over place words («در نزدیکی الخلیل», «در شمال نوار غزه»)
            if marker == PLACE and skipped and not all(w in HEAD_NOUNS or w in PLACE_WORDS for w in rev[:skipped]):
                return BARE, False
            if marker == OPPOSED and (skipped or older != "در"):
                return BARE, False  # only «در برابر/مقابل X» right before the name: not «در برابر حمله ایران»
            after = rev[skipped - 1] if skipped else ""
            if marker == TO and after in ("نام", "عنوان", "مناسبت", "رغم", "جای", "نمایندگی", "فرماندهی", "رهبری", "ریاست"):
                return ROLE, False  # «به نام دولت و ملت», «به عنوان ...», «به فرماندهی X» (led by): not whom an act goes to
            if marker == TO and after in ("ضرب", "دست", "دستور", "وسیله"):
                return AGENT, False  # «به ضرب گلوله نیروهای X», «به دست X»: by X
            if marker == TO and after in ("گزارش", "نوشته", "گفته", "نقل"):
                # «به گزارش رویترز»: who reports is no party; a name after the reporter
                # («به گزارش فارس جرج بوش ... ایران را متهم کرد») opens the clause.
                return (CAUSE, False) if skipped == 1 else (BARE, False)
            return marker, False
        if not WORD.fullmatch(word) or word in ("و", "را") or word in COMPLEMENTIZERS:
            break  # «با بیان اینکه آمریکا ...»: a clause opens after «اینکه», its subject follows
        if word in _CLAUSE_VERBS:
            break  # «لاوروف به ظریف گفت روسیه ...»: a preposition before a verb governs nothing after it
        if skipped and word in ("خود", "خویش"):
            break  # «با خودروی خود سه صهیونیست را»: the reflexive closes the phrase «با» opened
        if skipped == genitive_at:
            # «به سفر بوش», «با تحریم‌های یکجانبه آمریکا»: the name is the noun's genitive; the preposition
            # governs the noun
            break
        if word not in HEAD_NOUNS and word not in PLACE_WORDS and word not in _DETERMINERS and word not in _PROPOSED:
            others += 1  # «به یک ایست بازرسی عراق»: the determiner does not count
            if others > 2:
                break
    return BARE, False


def _apposition_end(doc: Document, text: str, end: int, sent_end: int, mentions: tuple[Mention, ...]) -> int:
    """End of «، سفیر ایران در روسیه،» after a person's name; -1 when there is none."""
    actors = [doc.actor(m.actor) for m in mentions]
    if not any(a is not None and a.kind == "person" for a in actors):
        return -1
    m = _APPOSITION.match(text[end:sent_end])
    if not m or " با " in f" {m.group(1)} " or FINITE_VERB.search(m.group(1)):
        return -1  # (nor a list running to the verb: «با وزرای خارجه فرانسه، آلمان و انگلیس دیدار کرد، اما»)
    return end + m.end() - 1


def cause_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """«به دنبال تهدیدات بوش علیه ایران، ...»: background up to the next comma is nobody's argument."""
    out: list[tuple[int, int]] = []
    for m in _CAUSE_PHRASE.finditer(text, start, end):
        comma = text.find("،", m.end(), end)
        verb = FINITE_VERB.search(text, comma, end) if comma >= 0 and m.group().endswith("که") else None
        listed = verb is not None and " و " in text[comma : verb.start()]
        if listed and len(text[comma + 1 : text.find(" و ", comma)].split()) <= 2 and not FINITE_VERB.search(text, m.end(), comma):
            # «با بیان اینکه تهران، آنکارا و حماس مخالف ... هستند، ایران را ...»: the comma of a list of
            # names does not end the clause; the comma after its verb does
            after_verb = text.find("،", verb.end(), end)
            if after_verb >= 0:
                comma = after_verb
        if comma < 0 and ("اشاره" in m.group() or "اتهام" in m.group()):
            # «ثابتی با اشاره به دور جدید مذاکرات در مسقط گفت»: with no comma, what he points at runs to his verb,
            # and so does a charge («... را به اتهام انتقال نفت ایران به چین در فهرست تحریم‌ها قرار داد»)
            stops = [v.start() for v in (FINITE_VERB.search(text, m.end(), end), SAID_MARK.search(text, m.end(), end)) if v is not None]
            comma = min(stops, default=-1)
        out.append((m.end(), comma if comma >= 0 else m.end()))
    return out


def topic_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans that say what was discussed: from a topic marker to the next verb-ish stop."""
    out: list[tuple[int, int]] = []
    for m in _TOPIC_MARKER.finditer(text, start, end):
        stop = _TOPIC_STOP.search(text[m.end() : end])
        segment_end = m.end() + stop.start() if stop else end
        # «درباره حمله به سوریه به آمریکا هشدار داد»: of two «به» before the verb, the last is the verb's
        to = [b.start() for b in _TO_WORD.finditer(text, m.end(), segment_end)]
        if len(to) >= 2 and FINITE_VERB.search(text, to[-1], min(segment_end, to[-1] + 50)):
            segment_end = to[-1]
        out.append((m.end(), segment_end))
    return out


_TO_WORD = re.compile(r"(?<![\w\u200c])به(?=\s)")
