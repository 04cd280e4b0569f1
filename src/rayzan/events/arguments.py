"""Who did what to whom: source and target of a trigger, from the markers of its sentence's slots.

- ``X با Y دیدار کرد``: X source, Y target (symmetric types compare the pair as a set);
- ``X، Y را محکوم کرد``, ``X از Y خواست``, ``X به Y حمله کرد``: X source, Y target;
- ``Y توسط X محکوم شد``: passive, X source, Y target;
- ``دیدار X و Y``, ``نشست بین X و Y``, ``حمله X به Y``: the names after an event noun;
- ``X، Y و Z توافق کردند``: every pair of the coordinated subjects;
- ``وزیر ایتالیا گفت که ایران آماده ... است``: the subject of the reported clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from rayzan.document import Actor, Document, Mention
from rayzan.events.slots import WORD, SentenceSlots, Slot, opens_after_verb, reported_start, with_marker
from rayzan.events.triggers import Trigger
from rayzan.events.words import (
    AGAINST,
    AGENT,
    BARE,
    BETWEEN,
    CAUSE,
    CLAUSE_VERB,
    COMPLEMENTIZERS,
    FINITE_VERB,
    FROM,
    HEAD_NOUNS,
    IMPOSER_ADJECTIVES,
    MARKER_WORDS,
    OBJECT,
    OPPOSED,
    PLACE,
    RELATIVE_KE,
    REPORTING_WORDS,
    ROLE,
    SPEAKER,
    TARGET_MARKERS,
    TO,
    TOPIC,
    WITH,
    WITH_VERB_NOUNS,
)  # fmt: skip

_STANCE_FRAME = re.compile(r"(?<![\w\u200c])(?:با|در)\s+$")


@dataclass(frozen=True, slots=True)
class Party:
    actor: str | None
    text: str
    country: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"actor": self.actor, "text": self.text, "country": self.country}


def actor_country(actor: Actor | None) -> str | None:
    """Country an actor acts for: its own, else the country of its first role (office-holders)."""
    if actor is None:
        return None
    if actor.kind == "person" and actor.romanised and not actor.roles:
        return None  # a name nothing placed (no title, not in the KB): its state was only the article's guess
    if actor.country:
        return actor.country
    for role in actor.roles:
        if role.country:
            return role.country
    return None


def party(doc: Document, mention: Mention) -> Party:
    return Party(mention.actor, mention.text, actor_country(doc.actor(mention.actor)))


def dyads(
    text: str,
    trigger: Trigger,
    info: SentenceSlots,
    clause_start: int,
    symmetric: bool,
    opposed_is_target: bool = False,
) -> list[tuple[Slot | None, Slot | None]]:
    """(source, target) pairs for one trigger; empty when no argument is found."""
    speakers = [s for s in info.slots if s.marker == SPEAKER]
    # A noun inside a topic or background phrase, a verb inside a background clause (a topic
    # phrase runs up to the predicate, which may be the trigger itself).
    frames = info.topics + info.causes if trigger.kind == "noun" else [(a, b) for a, b in info.causes if _opens_clause(text, a)]
    framed = [(a, b) for a, b in frames if a <= trigger.start < b]
    if framed:  # «درباره حمله باکو به ارمنستان»: inside its own phrase, the names keep their roles
        a, b = framed[0]
        # (an object keeps its «را»: «با بیان اینکه آمریکا ایران را تهدید کرده است»)
        info = SentenceSlots(info.sentence, [with_marker(s, s.inner if s.inner or s.marker != OBJECT else OBJECT)
                                             if a <= s.start < b else s for s in info.slots],
                             info.topics, info.causes)  # fmt: skip
        if trigger.kind == "noun" and (a, b) in info.causes and _POINTING_AT.search(text, max(0, a - 16), a) and not _OWN.search(text, a, b):
            # «ثابتی با اشاره به دور جدید مذاکرات در مسقط گفت: ... توافق با آمریکا»: a noun in a background phrase
            # takes its parties from inside it, not the speaker nor what he says after it
            info = SentenceSlots(info.sentence, [s for s in info.slots if a <= s.start < b], info.topics, info.causes)
        if trigger.kind == "verb":
            # «وزیر با اشاره به اینکه آمریکا به سوریه حمله کرد، گفت»: a verb inside the phrase is a
            # clause of its own; the sentence's subject (who points it out) takes no part in it, nor what
            # follows the phrase («...، ایران و عراق قراردادهای زیادی امضا کردند، از روسیه تشکر کرد»)
            clause_start = max(clause_start, a)
            info = SentenceSlots(info.sentence, [s for s in info.slots if s.start < b], info.topics, info.causes)
    slots = info.slots
    if trigger.kind == "verb":
        # «ایران از حمله عربستان به یمن انتقاد کرد»: the actor of the noun a verb's complement names is
        # what the verb points at (Saudi Arabia, not Yemen); one who suffered it is no party (``governed``).
        # Not across a comma («ضمن تشکر از حمایت روسیه، از آمریکا انتقاد کرد»), and «با» is the verb's only
        # for verbs that take it («با حمله آمریکا مخالفت کرد»; «با حمایت ایران ... حمله کرد» is a manner)
        takes_with = bool(WITH_VERB_NOUNS.match(text, trigger.start))
        # (the commas of a list of such names are no clause break: «از حمایت روسیه، چین و کوبا تشکر کرد»)
        list_end = [s.end for s in slots]
        for i in range(len(slots) - 2, -1, -1):
            if slots[i].governed and slots[i + 1].coordinated and slots[i + 1].governed == slots[i].governed:
                list_end[i] = list_end[i + 1]
        slots = [
            with_marker(s, s.governed if s.governed != WITH or takes_with else CAUSE)
            if s.governed and s.marker in (BARE, AGENT) and s.start < trigger.start and "،" not in text[list_end[i] : trigger.start]
            else s
            for i, s in enumerate(slots)
        ]
    slots = [s for s in slots if not s.apposition and s.marker not in (PLACE, TOPIC, ROLE, CAUSE, SPEAKER)]
    if not opposed_is_target:
        slots = [s for s in slots if s.marker != OPPOSED]
    in_clause = [s for s in slots if clause_start <= s.start < trigger.scope]
    if trigger.kind == "noun" or trigger.scope_end >= 0:
        # A noun's arguments follow it: up to its support verb, or to the end of the sentence.
        window_end = trigger.scope if trigger.scope_end >= 0 else info.sentence.end
        in_clause = [s for s in slots if clause_start <= s.start < window_end]
        genitive = genitive_slots(text, trigger, in_clause)
        if genitive and (trigger.passive or _sanctioned(text, trigger, in_clause, genitive)):
            # «کشته شدن ۱۳ پلیس عراق»: after a passive noun comes who suffered it; «تحریم ایران توسط آمریکا» too
            agents = [s for s in in_clause if s.marker == AGENT]
            return [(agents[0] if agents else None, g) for g in genitive]
        # who is named after the noun as its doer («توسط/از سوی X»), not a participle's («رای صادره از سوی X»)
        own_agents = [s for s in in_clause if s.marker == AGENT and s.start >= trigger.head_end
                      and not _PARTICIPLE_AGENT.search(text, max(0, s.start - 30), s.start)]  # fmt: skip
        if genitive:
            agents = [s for s in own_agents if s.start > genitive[-1].start and "،" not in text[genitive[-1].tail : s.start]]
            if agents:
                # «محکومیت حمله اسرائیل به سوریه از سوی عربستان»: the agent named after the noun did it, and its
                # genitive underwent it
                return [(agents[0], g) for g in genitive]
            after = [
                s for s in in_clause if s.start >= trigger.head_end and s not in genitive and s.marker in TARGET_MARKERS
            ]
            if after:
                return [(g, t) for g in genitive for t in _group(after)]
            seen: set[str] = set()
            distinct = []  # (a title after the name is him again: «ولودین رئیس دومای روسیه»)
            for g in genitive:
                actors = {m.actor for m in g.mentions}
                if not actors <= seen:
                    distinct.append(g)
                seen |= actors
            if len(distinct) >= 2:
                return _pairs(genitive, symmetric)
            if trigger.cameo[:2] == "04" and _IN_BEFORE.search(text, max(clause_start, trigger.start - 4), trigger.start):
                # «قالیباف در دیدار ولودین ... تأکید کرد», «رئیسی در تماس تلفنی اردوغان»: whom the subject met
                subjects = [s for s in in_clause if s.start < trigger.start and s.marker == BARE]
                if subjects:
                    return [(s, genitive[0]) for s in _group(subjects)]
            return [(genitive[0], None)]
        agents = own_agents
        if (trigger.kind == "noun" and agents and trigger.cameo[:2] != "04" and len(text[trigger.end : agents[0].start].split()) <= 8
                and _one_phrase(text, info.slots, trigger.end, agents[0].start)):  # fmt: skip
            # «توقیف ناوگان صمود توسط اسرائیل»: a noun whose doer is named after it, by «توسط/از سوی»
            aimed = [s for s in in_clause if trigger.head_end <= s.start < agents[0].start and s.marker in TARGET_MARKERS]
            return [(a, t) for a in _group(agents) for t in _group(aimed)] or [(a, None) for a in _group(agents)]
        # «عراقچی در دیدار با لاوروف گفت»: a noun with no names after it still takes «با/به Y» and the subject.
        # «نماینده سوریه در تجلیل از امام خمینی ... دانست», «X با انتقاد از Y گفت»: a stance noun in a
        # manner phrase takes the clause's subject and its «از» complement
        after_noun = next((s for s in in_clause if s.start >= trigger.head_end), None)
        if (
            trigger.kind == "noun"
            and trigger.cameo[:2] in ("05", "10", "11", "12")  # support, request, criticism, rejection
            and after_noun is not None
            and after_noun.marker == FROM
            and _STANCE_FRAME.search(text[max(clause_start, trigger.start - 6) : trigger.start])
            and not text[trigger.head_end : after_noun.start].strip().replace("از", "", 1).strip()
        ):
            subjects = [s for s in in_clause if s.start < trigger.start and s.marker == BARE]
            if subjects:
                return [(s, after_noun) for s in _group(subjects)]
        # «وزیر کشور ... مورد انتقاد قرار گرفت»: a received event's subject is who underwent it.
        received = trigger.passive and trigger.kind == "verb"
        if not received and not any(s.start >= trigger.head_end and s.marker in (WITH, TO) for s in in_clause):
            if not trigger.agentive:
                return []
            # «ارتش چین (با ارتش روسیه) رزمایشی برگزار کرد»: an active support verb's subject did it, as a
            # verb's.  The noun is its object, so a name before the noun is no object («مقامات آمریکایی ...
            # تحریم‌هایی را ... اعمال کردند»), and the subject stands in the clause, not before a colon.
            in_clause = [with_marker(s, BARE) if s.marker == OBJECT and s.start < trigger.start else s for s in in_clause]
            if not any(s.marker == BARE and s.start < trigger.start for s in in_clause):
                return []
    inner: list[Slot] = []
    if trigger.cameo == "042":
        # «وارد پکن شد»: the name inside the construction is where the visit went
        # (a «با» read into the construction too: «... توافق با ترکیه وارد کوبانی شدند»)
        inner = [with_marker(s, TO) for s in in_clause if trigger.start <= s.start < trigger.end and s.marker in (BARE, WITH)]
    elif trigger.cameo == "051" and text.startswith("در کنار", trigger.start):
        # «در کنار تهران می‌ایستد»: whom one stands by is supported («از تهران»), a capital too (a place after «در»)
        inner = [with_marker(s, FROM) for s in info.slots if trigger.start <= s.start < trigger.end and s.marker in (BARE, PLACE)]
    if inner:
        in_clause = inner + [s for s in in_clause if not trigger.start <= s.start < trigger.end and s.marker != TO]
    relative = relative_spans(text, clause_start, trigger.start)
    # «هواداران ... که درصدد سرنگونی دولت ... است تظاهرات کردند»: a name inside a relative clause
    # that closed before the verb belongs to that clause, not to the verb
    before = [s for s in in_clause if s.start < trigger.start and not any(a <= s.start < b for a, b in relative)]
    reported = reported_start(text, clause_start, trigger.start, trigger.cameo[:2] in _SPEECH_ROOTS)  # «وزیر ایتالیا گفت که ایران آماده ... است»
    # A subject comes before its object: in «این کشور داعش را وارد عراق کرده و به آن کمک کرده» the name
    # after «داعش را» is where ISIS was brought, no subject.
    # (an object before the reported clause is the frame's: «در پاسخ به اینکه روس‌ها ... را ...، گفت: ایران ...»)
    first_object = min((s.start for s in before if s.marker == OBJECT and s.start >= reported), default=trigger.start)
    if trigger.cameo[:2] in _VIOLENT_ROOTS:
        # «تعداد شهدای فلسطینی از زمان حمله ... به غزه»: the nationality of victims does no violence
        before = [s for s in before if not _VICTIMS_BEFORE.search(text, max(0, s.start - 20), s.start)]
    subjects = [s for s in before if s.marker == BARE and reported <= s.start < first_object]
    if trigger.kind == "verb" and len(subjects) > 1:
        # «کره شمالی موشک بالستیک آزمایش کرد و ژاپن و کره جنوبی این اقدام را محکوم کردند»: a clause opened by «و»
        # after a finite verb has its own subject
        opened = [s for s in subjects if opens_after_verb(text, clause_start, s.start)]
        if opened:
            subjects = [s for s in subjects if s.start >= opened[-1].start]
    if not subjects and not (trigger.passive and reported > clause_start):
        # the speaker, when what he reports names no subject; but who announces that people were
        # killed was not killed («روسیه با اعلام اینکه ... ده‌ها نفر کشته شدند»)
        subjects = [s for s in before if s.marker == BARE and s.start < first_object]
    if not subjects and not (framed and trigger.kind == "verb"):
        # a shared subject earlier in the sentence: «X ضمن ...، Y را محکوم کرد»
        earlier = [s for s in slots if s.marker == BARE and s.start < clause_start][:1]
        # (the subject of the nearest clause that named its own: «الجزایر ... اخراج کرد و پاریس نیز ... اخراج کرد
        # و سفیر خود را فراخواند» — Paris recalled its envoy)
        opened = [s for s in slots if s.marker == BARE and info.sentence.start < s.start < clause_start and opens_after_verb(text, info.sentence.start, s.start)]
        if earlier and opened and opened[-1].start > earlier[0].start:
            earlier = opened[-1:]
        if earlier:
            # (with the names listed with it: «فرانسه، آلمان و انگلیس ... خواندند و خواستار ... شدند» — all three ask)
            at = slots.index(earlier[0])
            for x in slots[at + 1 :]:
                if not (x.coordinated and x.marker == BARE and x.start < clause_start):
                    break
                earlier.append(x)
        speaker = [s for s in speakers[:1] if _speaker_agrees(text, s, trigger)]
        if trigger.passive and trigger.cameo[:2] in _VIOLENT_ROOTS:
            # «جیش‌الظلم مسئولیت حمله ... را برعهده گرفت؛ در این حمله دو مرزبان به شهادت رسیدند»: who was
            # killed is told after the semicolon; the subject before it did the killing
            earlier = [x for x in earlier if "؛" not in text[x.end : trigger.start]]
        subjects = earlier if trigger.passive else earlier or speaker
    if trigger.passive:
        # «وی گفت: ... ۳۳ نفر دستگیر شدند», «قرارگاه قدس اعلام کرد ... سه تروریست به هلاکت رسیدند»: who speaks did
        # not undergo what he reports
        subjects = [s for s in subjects if ":" not in text[s.end : trigger.start] and not _ANNOUNCED.search(text, s.end, trigger.start)]
    agents = [s for s in in_clause if s.marker == AGENT]
    # «در پاسخ به اینکه ... روس‌ها زیر پای ما را خالی کنند، گفت: ... به دولت سوریه کمک کردند»: an object
    # before the reported clause belongs to the question, not to what is reported
    closed = relative_spans(text, info.sentence.start, trigger.start)
    # (nor a name inside a relative clause that closed before the verb: «از کشورهایی که از اسرائیل حمایت
    # می‌کنند انتقاد کرد» criticises the countries, not Israel)
    marked = [s for s in in_clause if (s.marker in TARGET_MARKERS or (opposed_is_target and s.marker == OPPOSED))
              and (s.start >= reported or s.start >= trigger.start) and not any(a <= s.start < b for a, b in closed)]  # fmt: skip
    # «روابط تجاری با اسرائیل را قطع کرد»: a «با» inside the object still names the other side when nothing else does
    # «اعزام نیروی چندملیتی به هائیتی را تصویب کرد»: in a construction with its complement inside, a
    # marked name inside the construction is the target
    targets = (
        [s for s in marked if not s.in_object]
        or [s for s in marked if s.marker == WITH]
        or [s for s in marked if trigger.start <= s.start < trigger.head_end]
    )
    if trigger.kind == "verb" and trigger.cameo[:2] != "04":
        # «روحانی در تماس تلفنی با پوتین از روسیه تشکر کرد»: whom he met frames the act; the act's own
        # complement is its target
        # (none at all when the meeting names the only one and the act has a complement of its own: «امیر قطر
        # در تماس تلفنی با روحانی حمله ... را محکوم کرد»; without one the act is addressed to the partner: «در
        # دیدار با سفیر آمریکا به واشنگتن اعتراض کرد», «در تماس تلفنی با اردوغان ... هشدار داد»)
        partners = [s for s in targets if _MEETING_WITH.search(text, max(0, s.start - 40), s.start)]
        rest = [s for s in targets if s not in partners]
        actors = [s for s in rest if not all(m.actor.startswith("place:") for m in s.mentions)]  # «به واشنگتن»: a place
        content = bool(_CONTENT_AFTER.match(text, trigger.end))
        if actors or content or any(_OWN_COMPLEMENT.search(text, s.end, trigger.start) for s in partners):
            targets = rest
    if trigger.cameo == "042" or trigger.cameo[:2] in _VIOLENT_ROOTS or trigger.cameo[:2] == "17":
        # «ارتش ترکیه با همراهی گروه‌های ارتش آزاد سوریه وارد شهر عفرین شد»: who came along is no one visited;
        # «نیروی هوایی روسیه با همکاری نیروی هوایی ارتش سوریه ... را هدف قرار داد»: nor the one struck
        targets = [s for s in targets if not (s.marker == WITH and _companion(text, s))]
    # «چین همراه با روسیه به قطعنامه ... رأی مثبت داد»: whoever comes along does the act too, of any kind
    targets = [s for s in targets if not _ALONG_WITH.search(text, max(0, s.start - 16), s.start)]
    met = [s for s in targets if s.marker == WITH and _TO_MEET.search(text, max(0, s.start - 40), s.start)]
    if trigger.cameo == "042" and met and text.startswith("وارد", trigger.start):
        # «هیئت عمانی برای گفت‌وگو با انصارالله وارد صنعا شد»: whom the visit is to meet, in the city it entered
        targets = met
    elif trigger.cameo == "042" and any(s.marker == TO for s in targets):
        # a visit goes where «به» points: «... با هدف گسترش مناسبات با چین به این کشور سفر می‌کند»
        targets = [s for s in targets if s.marker == TO]
    elif trigger.cameo in _MET_WITH and any(s.marker == WITH for s in targets):
        # «هند در حال مذاکره با اروپا برای ادامه واردات نفت از ایران است»: one meets or talks «با» someone
        targets = [s for s in targets if s.marker == WITH]
    elif trigger.kind == "verb" and {s.marker for s in targets if s.start < trigger.start} == {TO, WITH}:
        # «ظریف در سفر خود به مسکو با لاوروف دیدار کرد», «ارتش اسرائیل با هماهنگی آمریکا به سوریه حمله
        # کرد»: a «به» of a trip and a «با» of a manner noun belong to phrases of their own; a plain «با»
        # or «به» stays the verb's («ایران با روسیه قراردادی برای فروش سلاح به سوریه امضا کرد»)
        own = [s for s in targets if not (s.marker == TO and _TRIP_TO.search(text, max(0, s.start - 40), s.start))
               and not (s.marker == WITH and not s.governed and (m := _MANNER_WITH.search(text, max(0, s.start - 30), s.start))
                        and m.group(1) not in HEAD_NOUNS)]  # fmt: skip
        if own and len(own) < len(targets):
            targets = own
    if trigger.kind == "verb" and trigger.head_end < trigger.end:
        # «حمایت ایران از لبنان را اعلام کرد»: inside the construction the noun's genitive did the act and its
        # «از» / «به» / «علیه» complement is whom it is aimed at
        inner = [s for s in marked if trigger.start <= s.start < trigger.head_end]
        noun_end = text.find(" ", trigger.start, trigger.head_end)
        genitive = [s for s in inner if s.marker == OBJECT and noun_end >= 0 and not text[noun_end : s.start].strip()]
        aimed = [s for s in inner if s.marker in (FROM, TO, AGAINST)]
        if genitive and aimed:
            targets = [s for s in targets if s not in genitive] + [s for s in aimed if s not in targets]
    if trigger.kind == "verb" and trigger.cameo != "042":
        # «لاوروف در سفر به تهران از اسرائیل انتقاد کرد»: a trip's «به» names where he went, not the act's target
        # (nor do the places listed with it: «در سفر به دمشق و بیروت»)
        own: list[Slot] = []
        trip = False
        for s in targets:
            trip = s.marker == TO and (bool(_TRIP_TO.search(text, max(0, s.start - 40), s.start)) or trip and s.coordinated)
            if not trip:
                own.append(s)
        if own and len(own) < len(targets):
            targets = own
    between = [s for s in in_clause if s.marker == BETWEEN]
    subject_group = _group(subjects)
    if trigger.passive:
        if agents:
            return [(agents[0], t) for t in subject_group] or [(agents[0], None)]
        if symmetric and len(subject_group) >= 2:  # «سند همکاری ایران و ارمنستان امضا شد»
            return _pairs(subject_group, symmetric)
        if trigger.cameo[:2] == "15":
            # «نیروهای آمریکایی در عراق مستقر شدند»: forces deployed or on alert are their state's show of force
            return [(s, None) for s in subject_group]
        return [(None, t) for t in subject_group]
    if targets:
        sources: list[Slot | None] = list(subject_group) if subject_group else [None]
        return [(s, t) for s in sources for t in _group(targets)]
    if len(between) >= 2 and trigger.cameo == "045":
        # «الجزایر بین واشنگتن و تهران میانجیگری می‌کند»: the mediator (the subject nearest the
        # sides: «ایلاف مدعی شد الجزایر بین ...») meets each side
        mediators = [s for s in subjects if s.start < between[0].start and not s.coordinated]
        if mediators:
            return [(mediators[-1], t) for t in _group(between)]
    if len(between) >= 2:
        group = _group(between)
        return _pairs(group, symmetric) if symmetric else [(group[0], group[1])]
    if len(subject_group) >= 2:
        return _pairs(subject_group, symmetric) if symmetric else [(s, None) for s in subject_group]
    if len(subject_group) == 1 and len(subject_group[0].mentions) >= 2 and symmetric:
        return [(subject_group[0], subject_group[0])]  # «طرفین», «تهران و مسکو» as one plural slot
    return [(s, None) for s in subject_group]


_VIOLENT_ROOTS = ("18", "19", "20")
_ANNOUNCED = re.compile(r"(?<![\w\u200c])(?:اعلام\s+کرد|اعلام\s+کردند|گفت|گفتند|افزود|تصریح\s+کرد|خبر\s+داد)(?![\w\u200c])")
_TO_MEET = re.compile(r"(?:دیدار|گفت‌وگو|گفتگو|مذاکره|مذاکرات|رایزنی|ملاقات)\s+با\s+(?:[\w\u200c]+\s+){0,2}$")
# (the «به» right after the trip's words: in «در سفر به آنکارا به آمریکا هشدار داد» the second is the verb's)
_TRIP_TO = re.compile(r"(?<![\w\u200c])(?:سفر|عزیمت|ورود|مسافرت)(?:\s+(?!به\s)[\w\u200c]+){0,3}\s+به\s*$")
# «با هماهنگی آمریکا»: a noun between «با» and the name (not a title: «با رئیس‌جمهور روسیه» starts the name)
_MANNER_WITH = re.compile(r"(?<![\w\u200c])با\s+([\w\u200c]+)\s+$")
_COMPANION = re.compile(
    r"(?:(?<![\w\u200c])با\s+(?:همراهی|حمایت|پشتیبانی|کمک|مشارکت|همکاری|هماهنگی)|همراه\s+با)\s+(?:[\w\u200c]+\s+){0,2}$"
)


_ALONG_WITH = re.compile(r"(?<![\w\u200c])(?:همراه\s+با|به\s+همراه|همانند)\s+$")


# an agent bound to a participle before it, not to the event noun: «اعتراض X به رای صادره از سوی کمیته اخلاق»
_PARTICIPLE_AGENT = re.compile(r"(?:صادره|صادرشده|شده|گرفته|اعمال‌شده|اعلام‌شده)\s+(?:از\s+سوی|از\s+طرف|توسط)\s+$")
_OWN = re.compile(r"(?<![\w\u200c])(?:خود|خویش)(?![\w\u200c])")  # «با اشاره به گفت‌وگوی تلفنی خود با روبیو»: his own
_POINTING_AT = re.compile(r"(?<![\w\u200c])با\s+اشاره\s+به\s*$")  # what a speaker points at, not what he did
_CAUSE_BETWEEN = re.compile(r"(?<![\w\u200c])(?:به\s+دلیل|به\s+خاطر|در\s+پی|به\s+اتهام|به\s+علت|پس\s+از|پیش\s+از|را)(?![\w\u200c])")


_IN_BEFORE = re.compile(r"(?<![\w\u200c])در\s+$")


def _one_phrase(text: str, slots: list[Slot], start: int, end: int) -> bool:
    """No verb or cause between ``start`` and ``end``, and no comma but a list's («فردو، نطنز و اصفهان»)."""
    if FINITE_VERB.search(text, start, end) or _CAUSE_BETWEEN.search(text, start, end):
        return False  # («مذاکرات ... را به دلیل پخش یک آگهی از سوی دولت انتاریو»: the agent of another act)
    return all(any(s.coordinated and s.start > c and not text[c + 1 : s.start].strip() for s in slots)
               for c in range(start, end) if text[c] == "،")  # fmt: skip


def _companion(text: str, slot: Slot) -> bool:
    """Whether a «با» name came along with the subject («با همراهی X», «همراه با X»)."""
    return bool(_COMPANION.search(text, max(0, slot.start - 40), slot.start))
# The act's own object or complement after the partner («... حمله تروریستی را محکوم کرد», «از تحریم‌ها
# انتقاد کرد», «به کشتار مردم غزه اعتراض کرد», «نسبت به گسترش جنگ هشدار داد», or a content clause after the verb,
# «هشدار داد که ...»): what the act is about is named, and it is not the partner.
# CAMEO roots of acts done by saying (statements, appeals, intents, praise, demands, disapproval, rejection, threats)
_SPEECH_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
_OWN_COMPLEMENT = re.compile(r"(?<![\w\u200c])(?:را|از|به|علیه|درباره|مورد|خصوص)(?![\w\u200c])")
_CONTENT_AFTER = re.compile(r"\s*(?:که|:)")
_MEETING_WITH = re.compile(
    r"(?<![\w\u200c])(?<!شرکت )(?<!حضور )(?<!مشارکت )در\s+(?:دیدار|ملاقات|گفتگو|گفت‌وگو|گفتگوی|گفت‌وگوی|گفت\s+و\s+گوی?|تماس|نشست|مذاکره|مذاکرات|رایزنی)"
    r"(?:\s+تلفنی)?(?:\s+[\w\u200c]+)?\s+با(?:\s+(?:همتای|همتایان))?\s*$"
)
# Consultations whose other side is «با»: talks, calls, meetings, negotiations (not visits, 042/043).
_MET_WITH = frozenset({"040", "041", "044", "046"})
# Nouns for the harmed («شهدای», «کودکان», «غیرنظامیان»): a nationality right after one names victims.
_VICTIMS_BEFORE = re.compile(
    r"(?<![\w\u200c])(?:شهدای|شهید|شهیدان|کودک|کودکان|غیرنظامیان|قربانیان|کشته‌شدگان|زخمیان|مجروحان|اسرای|اسیران|"
    r"زندانیان|آوارگان|پناهجویان|پناهندگان)\s+$"
)


# «تحریم ایران»: the name after a sanction is who is sanctioned, unless «علیه Y» right after names that
# («تحریم‌های آمریکا علیه ایران»: then it is who imposes them).
_SANCTION_NOUNS = ("تحریم",)


def _sanctioned(text: str, trigger: Trigger, slots: list[Slot], genitive: list[Slot]) -> bool:
    if trigger.kind != "noun" or not text.startswith(_SANCTION_NOUNS, trigger.start):
        return False
    if set(text[trigger.head_end : genitive[0].start].split()) & IMPOSER_ADJECTIVES:
        return False  # «تحریم‌های یکجانبه آمریکا»: past such a modifier, who imposes them («تحریم نفتی ایران»: who suffers)
    end = genitive[-1].tail
    return not any(
        s.marker == AGAINST and "،" not in text[end : s.start] and len(text[end : s.start].split()) <= 3
        for s in slots
        if s.start >= end
    )


def _speaker_agrees(text: str, speaker: Slot, trigger: Trigger) -> bool:
    """Whether the verb of a quote can have its speaker as subject: «نماینده ... گفت: ... چرا از
    کاندیدای عاریتی حمایت کردند» has a plural verb after one speaker, so others did it."""
    colon = text.find(":", speaker.end, trigger.start)
    said = text[speaker.end : colon].split() if colon >= 0 else []
    done = text[trigger.start : trigger.end].split()
    if not said or not done:
        return True
    return not (done[-1].endswith("ند") and not said[-1].endswith("ند"))


# «X که» as RELATIVE_KE, also after a closing quote: «هواداران "ائتلاف مردمی برای دموکراسی" که ...»
_RELATIVE_AFTER_NAME = re.compile(RELATIVE_KE.pattern.replace(r"\s+که", r"[\"»”)]?\s+که"))


def relative_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Relative clauses between ``start`` and ``end`` that close before ``end``: from «که» after a noun
    to the first finite verb after it (not «گفت که», «در حالی که»: reported content and frames)."""
    spans = []
    for m in _RELATIVE_AFTER_NAME.finditer(text, start, end):
        if m.group(1) in REPORTING_WORDS:
            continue
        verb = CLAUSE_VERB.search(text, m.end(), end)
        if verb is not None:
            spans.append((m.end(), verb.end()))
        elif m.group(1) == "را" and (comma := text.find("،", m.end(), end)) >= 0:
            spans.append((m.end(), comma))  # «کودکان را که به سمت نیروهای عراق در حرکت بودند، هدف قرار دادند»
    return spans


def _opens_clause(text: str, start: int) -> bool:
    """The background phrase ending at ``start`` opens a clause («با اشاره به اینکه»، «در حالی که»),
    not a noun phrase («به خاطر عدم معرفی ...» runs on into the main verb)."""
    before, after = text[max(0, start - 12) : start].split(), text[start : start + 12].split()
    return bool(
        (before and before[-1] in COMPLEMENTIZERS)
        or (after and after[0] in COMPLEMENTIZERS)
        or (len(after) > 1 and after[0] in ("این", "آن") and after[1] == "که")
    )


def genitive_slots(text: str, trigger: Trigger, slots: list[Slot]) -> list[Slot]:
    """The names right after an event noun: «دیدار X و Y», «حمله X به Y», «نشست بین X و Y»."""
    first = next((s for s in slots if s.start >= trigger.head_end), None)
    if first is None or first.marker not in (BARE, BETWEEN, OBJECT) or first.coordinated:
        return []
    words = text[trigger.head_end : first.start].split()
    if first.marker == BETWEEN:
        # «امضای قرارداد ۲۵ میلیارد دلاری احداث نیروگاه ... میان ایران و روسیه»: «میان» names the parties of
        # the whole phrase, however long (within the clause)
        if len(words) > 11 or FINITE_VERB.search(text, trigger.head_end, first.start) or any(c in "،؛:" for c in text[trigger.head_end : first.start]):
            return []
    # «نشست سه‌جانبه وزیران خارجه ایران»: up to three plain words between the noun and the name.
    elif len(words) > 3 or any(w in MARKER_WORDS or not WORD.fullmatch(w) for w in words):
        return []
    out = [first]
    for s in slots[slots.index(first) + 1 :]:
        if s.coordinated and s.marker == first.marker:
            out.append(s)
        else:
            break
    return out


def _group(slots: list[Slot]) -> list[Slot]:
    """The first slot and those coordinated with it («با X و Y»)."""
    if not slots:
        return []
    out = [slots[0]]
    for s in slots[1:]:
        if s.coordinated and s.marker == slots[0].marker:
            out.append(s)
        else:
            break
    return out


def _pairs(group: list[Slot], symmetric: bool) -> list[tuple[Slot | None, Slot | None]]:
    """Every pair of joint participants; for a directed type each one acts alone («حمله آمریکا و انگلیس»)."""
    if not symmetric:
        return [(s, None) for s in group]
    return list(combinations(group[:4], 2))
