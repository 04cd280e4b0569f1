"""Where a bare force acts: the state of the place a «پلیس», «ارتش» or «نیروهای امنیتی» no name
qualifies stands in, read from the «در» phrases of its own clause (``ForcePlaces.state``).

Iranian media call Afghanistan's, Iraq's or Syria's police and army by the bare word as they do Iran's
(«پلیس در کابل ده معترض را بازداشت کرد»); the actor stage asks here before it falls back on Iran.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from rayzan.actors.gazetteer import Match, Units
from rayzan.actors.kb import CITY, DEMONYM, HOME, PLACE
from rayzan.actors.phrases import SENTENCE_ENDS, place_state

# Forces that act where they stand: a bare «پلیس» or «ارتش» in a sentence that places its action in
# one foreign state («پلیس در کابل ...», «ارتش در حومه ادلب ...») is that state's, as Iranian media
# write of Afghanistan's or Syria's (``ForcePlaces.state``).  Not Iran's own names (ناجا، نیروی انتظامی),
# nor the navy or «نیروهای مسلح», which Iranian media send abroad (a flotilla in a foreign port).
LOCAL_FORCES = frozenset({"پلیس", "ارتش", "نیروهای امنیتی", "نیروی امنیتی"})
LOCAL_FORCE_KEYS = frozenset(w.replace("\u200c", "") for w in LOCAL_FORCES)
# Other bare bodies a city places, but only in a sentence that names nothing of Iran's (``IRAN_WORDS``, and no
# Iranian state, place, person, body or title): «حمله ... به ساختمان دولت در کی‌یف», «تشکیل دولت در بغداد».  Only
# a city or place counts, and not in a clause of talks or visits abroad (``DIPLOMACY``).
PLACED_BODIES = frozenset({"دولت", "حکومت", "کابینه", "پارلمان"})
PLACED_BODY_KEYS = frozenset(w.replace("\u200c", "") for w in PLACED_BODIES)
# Words of a clause where a body meets others or travels: the city is a venue, no home («دولت در ژنو مذاکره کرد»).
DIPLOMACY = frozenset(
    {"مذاکره", "مذاکرات", "گفتگو", "گفتگوها", "وگو", "دیدار", "ملاقات", "نشست", "اجلاس", "سفر", "هیئت", "هیأت", "توافق",
     "امضا", "امضای", "قرارداد", "تفاهم‌نامه", "تفاهم", "نماینده", "نمایندگان", "سفارت", "کنسولگری", "همتای", "همتایان"}
)
# Words of a clause that sends help or forces somewhere: a force placed only by the frame before it («پس از زلزله در
# هرات، ارتش محموله‌های کمک را ارسال کرد») is then the sender's, Iran's, not the place's.
SENDING = frozenset({"ارسال", "ارسالی", "فرستاد", "فرستادند", "فرستاده", "محموله", "اعزام", "اعزامی", "گسیل", "امدادی"})
# Words of a sentence that speak of Iran: its borders, «کشورمان», compatriots.  A bare «کشور» (not «این کشور», «هر
# دو کشور») is the home country too (``resolve._Article.names_iran``).
IRAN_WORDS = frozenset({"کشورمان", "هموطن", "هموطنان", "ما", "مرز", "مرزهای", "مرزها", "میهن", "میهنمان"})
# Spellings only one state's writers use: Dari «پولیس» is Afghanistan's police when nothing names another state.
SPELLING_STATES = {"پولیس": "AFG"}
# Names only Iran's police or army has: after them in an article, a bare «پلیس» or «ارتش» is that one.
IRAN_OWN_NAMES = {
    "POLICE": re.compile(r"(?<![\w\u200c])(?:ناجا|فراجا|نیروی انتظامی|انتظامی کشور|انتظامی استان|فرماندهی انتظامی|پلیس کشور|پلیس ایران)(?![\w\u200c])"),
    "MIL": re.compile(r"(?<![\w\u200c])(?:ارتش جمهوری اسلامی|ارتش کشورمان|ارتش ایران|نیروهای مسلح کشورمان)(?![\w\u200c])"),
}
# Units that end the clause a force acts in (a verb, «که», a colon): in «پلیس اعلام کرد سارقان ... در هرات»
# or «متهمی را که در هرات ...» Herat is another clause's.  Units end at a ZWNJ: «کرده‌اند» is «کرده», «اند».
_CLAUSE_BREAKS = frozenset(
    {"که", ":", "؛", "می", "نمی", "کرد", "کردند", "کرده", "کند", "کنند", "شد", "شدند", "شده", "شود", "شوند", "است",
     "اند", "بود", "بودند", "گفت", "گفته", "افزود", "داد", "دادند", "داده", "دهد", "نمود", "نمودند", "گرفت",
     "گرفتند", "کشت", "کشتند", "دارد", "دارند", "هستند", "نیست", "باشد", "باشند"}
)
_CLAUSE_REACH = 40
_VERB_UNITS = _CLAUSE_BREAKS - {"که", ":", "؛"} | {
    "کشتند", "بستند", "زد", "زدند", "رساند", "رساندند", "ساخت", "ساختند", "رفت", "رفتند", "آمد", "آمدند"}
# Between a force and a place «در» phrase that says where the verb happened: no conjunction, comma, frame or topic.
_NOT_TO_THE_VERB = frozenset(
    {"و", "،", "که", "اینکه", "آنکه", "درباره", "پیرامون", "مورد", "پی", "دنبال", "پاسخ", "اشاره", "ضمن", "توجه",
     "پس", "بعد", "قبل", "علت", "دلیل", "خاطر", "برای", "بیان", "تاکید", "تأکید", "سوی"}
)
# Words of a frame before a place that stands before the force: the place is the frame's event's.
_FRAMES = frozenset({"واکنش", "پاسخ", "پی", "دنبال", "پس", "بعد", "قبل", "دلیل", "علت", "خاطر", "اثر", "جریان"})
# Words before «در» that make the place a noun's: «مقیم در», «زندانی در», «مفقود در».
_PLACED_NOUNS = frozenset({"مقیم", "ساکن", "زندانی", "مفقود", "محبوس", "اسیر", "متولد", "فعال", "حاضر", "واقع"})
# Between a place and the force right after it: «در لاهور با پلیس درگیر شدند», «در کابل، پلیس ...».
_BEFORE_FORCE = frozenset({"،", "با", "به", "علیه"})
# Words of a clause that takes a country's forces abroad, or speaks of them there: joint drills and contests,
# pilgrims, counterparts and cooperation, advisers, Iran's own «گروهک» targets.
_FORCES_ABROAD = frozenset(
    {"رزمایش", "مانور", "مسابقات", "مسابقه", "همتای", "همتایان", "گروهک", "مستشار", "مستشاران", "مستشاری", "تجزیه",
     "آموزش", "آموزشی", "دوره", "اعزام", "اعزامی", "امداد", "نجات", "بشردوستانه", "نمایشگاه", "اینترپل", "همایش",
     "اجلاس", "حضور", "رژه", "شهدا", "صحرایی", "نیرو", "تحمیلی", "مقدس", "کربلای", "ارسالی"}
)
# «به شهادت رسیدند», «ده شهید تقدیم کرد»: the force's own dead (Iran's, abroad); not «... را به شهادت رساند»,
# «... را شهید کرد» (whom it killed)
_MARTYRS = frozenset({"شهید", "شهادت"})
_KILLED_BY = frozenset({"رساند", "رساندند", "کرد", "کردند"})
# Pilgrims' words, which keep a force Iran's in the lands of the shrines Iran's police and volunteers serve.
_PILGRIMS = frozenset({"زائر", "زائران", "زوار", "اربعین", "موکب", "هموطنان", "هموطن", "زیارت"})
_SHRINE_STATES = frozenset({"IRQ", "SYR", "SAU"})
# A denied act or presence abroad is Iran's own («ارتش در عراق به تروریست‌ها حمله نکرده است»).
_NEGATED = frozenset({"ندارد", "ندارند", "نداشته", "نکرده", "نکرد", "نکردند", "نشده", "نشد", "نیست", "نبوده", "نبود"})
# Heads a force's name may follow that take it abroad: «تیم تیراندازی ارتش در مسکو», «ناوشکن جماران ارتش در
# بندر کراچی», «بیمارستان صحرایی ارتش در بیروت», «هیئتی از پلیس در بغداد» (looked for in the five words before it)
_ABROAD_HEADS = frozenset(
    {"تیم", "سرود", "هیئت", "هیئتی", "فرماندهان", "نمایندگان", "نماینده", "ناوگروه", "ناوشکن", "ناو", "ناوچه",
     "زیردریایی", "کشتی", "صحرایی", "موکب", "شناور", "هواپیما", "هواپیمای", "بالگرد", "جنگنده", "پهپاد", "پهپادهای",
     "پزشکان", "پرستاران", "کارشناسان", "افسران", "خلبانان", "کمک"}
)
OURS = frozenset({"ما", "کشورمان", "کشور", "خودی"})
# Regions both Iran and a neighbour have, which place a force abroad only beside a cue of the neighbour.
_SHARED_REGIONS = {"بلوچستان": frozenset({"ایالت", "پاکستان"})}
# Words of another force coordinated with this one: «ارتش و نیروهای امنیتی در کرکوک»
_FORCE_WORDS = frozenset({"پلیس", "ارتش", "نیروهای", "نیروی", "امنیتی", "انتظامی", "مسلح"})
# Words between «در» and the place it locates: «در ولایت هلمند», «در حومه شمالی ادلب».  Not «مرز»: «در
# مرز افغانستان» is on Iran's side as often as not.
_LOCATING_WORDS = frozenset(
    {"شهر", "استان", "ولایت", "ایالت", "شهرستان", "ولسوالی", "منطقه", "مناطق", "ناحیه", "بخش", "حومه", "ریف",
     "بادیه", "اطراف", "نزدیکی", "حوالی", "روستای", "روستاهای", "شهرک", "بندر", "اردوگاه", "پایتخت", "شمال",
     "جنوب", "شرق", "غرب", "مرکز", "شمالی", "جنوبی", "شرقی", "غربی", "مرکزی"}
)  # units end at a ZWNJ: «شمال‌غرب» is «شمال» and «غرب»


class ForcePlaces:
    """The «در» phrases of an article's clauses, asked per force mention."""

    def __init__(self, units: Units, matches: Sequence[Match], everyday: Callable[[Match], bool]) -> None:
        self.units = units
        self.matches = matches
        self.starts = [m.start for m in matches]
        self.everyday = everyday  # a name that is an everyday word where it stands («در صور مختلف»)

    def state(self, first: int, last: int, frames: bool = False, cities: bool = False) -> tuple[str | None, bool]:
        """The one state of the places where the force of units ``first``..``last`` acts, or None: no such
        place, places of two states, or a clause about what takes forces abroad (a joint drill, pilgrims,
        a counterpart: ``_FORCES_ABROAD``).  A place counts when its «در» phrase stands right after the
        force («پلیس در کابل», «پاسگاه پلیس در ولایت هلمند»), right before it («در لاهور با پلیس»), or
        says where the clause's verb happened («... یک مهاجم را در کراچی کشتند»): not a place that modifies
        a noun («شهروندان مقیم در استانبول», «مواضع ... در شمال اربیل را») or sits in a frame («در پی انفجار
        در کابل»).  Also whether the clause names a place with «در» at all.  ``frames``: a place in a frame before
        the force counts too (asked where the sentence names nothing of Iran's: «در پی اعتراضات در پاریس، پلیس
        ...»); ``cities``: only cities and places count, not a state's own name («ساختمان دولت در کی‌یف»)."""
        lo, hi = self._clause(first, last)
        phrases = self._place_phrases(lo, hi, cities)
        states: set[str] = set()
        for opening, end, found in phrases:
            if self._beside(first, last, lo, opening, end, frames) or opening > last and self._locates_verb(last + 1, opening, end, hi):
                states |= found
        if len(states) != 1:
            return None, bool(phrases)
        state = states.pop()
        if state != HOME and self._abroad_for_iran(first, lo, hi, state):
            return None, True
        return state, True

    def clause_words(self, first: int, last: int) -> set[str]:
        """The words of the clause of units ``first``..``last``."""
        lo, hi = self._clause(first, last)
        return set(self.units.texts[lo + 1 : hi])

    def _abroad_for_iran(self, first: int, lo: int, hi: int, state: str) -> bool:
        """Whether the clause (units ``lo``..``hi``, its last unit included) speaks of Iran's forces abroad: at a
        drill or a conference, with pilgrims at the shrines, a team, a ship or doctors before the force, a
        presence denied, or what is brought back to Iran («... را در دبی دستگیر کرد و به ایران بازگرداند»)."""
        texts = self.units.texts
        end = min(hi, len(texts) - 1)
        clause = range(lo + 1, end + 1)
        return (
            any(texts[k] in _FORCES_ABROAD or texts[k] in _NEGATED or texts[k] == "همکاری" and texts[k - 1] == "با" for k in clause)
            or any(texts[k] in _MARTYRS and (k + 1 >= len(texts) or texts[k + 1] not in _KILLED_BY) for k in clause)
            or state in _SHRINE_STATES and any(texts[k] in _PILGRIMS for k in clause)
            or any(texts[k] in _ABROAD_HEADS for k in range(max(0, first - 5), first))
            or any(texts[k] == "به" and texts[k + 1] == "ایران" for k in range(lo + 1, end))
            or texts[end + 1 : end + 4] == ["و", "به", "ایران"]
        )

    def _place_phrases(self, lo: int, hi: int, cities: bool = False) -> list[tuple[int, int, set[str]]]:
        """The «در» phrases between units ``lo`` and ``hi`` (exclusive): opening «در», last unit of the place
        or of the list it opens («در ادلب و موصل»), and their states (``cities``: of cities and places only)."""
        texts, n = self.units.texts, len(self.units)
        starts = self.starts
        phrases: list[tuple[int, int, set[str]]] = []
        for m in self.matches[bisect_left(starts, self.units.starts[lo + 1]) : bisect_left(starts, self.units.ends[hi - 1])]:
            state = place_state(m)
            if state is None or m.surface.form == DEMONYM or m.last >= hi or self.everyday(m):
                continue  # (not «در صور مختلف»: in various forms)
            if cities and m.surface.entry.kind not in (CITY, PLACE):
                continue
            cues = _SHARED_REGIONS.get(texts[m.first]) if m.first == m.last else None
            if cues is not None and not (m.first > 0 and texts[m.first - 1] in cues) and not (m.last + 1 < n and texts[m.last + 1] in cues):
                continue  # «پلیس در بلوچستان»: Iran's Baluchestan as often as Pakistan's
            follower = self._place_after(m, hi)
            if follower is not None:
                state = follower  # «پلیس در شهر هرات استان یزد»: the place of the province named after it
            k = m.first - 1
            while k >= 0 and m.first - k <= 3 and texts[k] in _LOCATING_WORDS:
                k -= 1
            if k < 0:
                continue
            if texts[k] in ("و", "،") and phrases and phrases[-1][1] == k - 1:
                opening, _, found = phrases[-1]
                phrases[-1] = (opening, m.last, found | {state})  # «در ادلب و موصل»: a list goes on
            elif texts[k] == "در":
                phrases.append((k, m.last, {state}))
        return phrases

    def _place_after(self, m: Match, hi: int) -> str | None:
        """The state of a place or state named right after place ``m`` (past «استان» or «ولایت»), if another."""
        texts = self.units.texts
        k = m.last + 1
        if k < hi and texts[k] in ("استان", "ولایت", "شهرستان"):
            k += 1
        i = bisect_left(self.starts, self.units.starts[k]) if k < hi else len(self.starts)
        if i < len(self.matches) and self.matches[i].first == k and self.matches[i].surface.form != DEMONYM:
            after = place_state(self.matches[i])
            if after is not None and after != place_state(m):
                return after
        return None

    def _beside(self, first: int, last: int, lo: int, opening: int, end: int, frames: bool = False) -> bool:
        """Whether the «در» phrase from unit ``opening`` to ``end`` stands right after the force of units
        ``first``..``last`` (past another force coordinated with it, or another «در» phrase: «ارتش در منطقه
        کچ در ایالت بلوچستان»), or right before it, no frame opening the clause («در واکنش به حادثه در
        بغداد، پلیس»)."""
        texts, n = self.units.texts, len(self.units)
        after = last + 1
        if after + 1 < n and texts[after] == "و" and texts[after + 1] in _FORCE_WORDS:  # «ارتش و پلیس در ...»
            after += 1
            while after < n and after - last <= 4 and texts[after] in _FORCE_WORDS:
                after += 1
        if after < opening <= after + 4 and texts[after] == "در" and not any(texts[k] in _NOT_TO_THE_VERB for k in range(after, opening)):
            after = opening
        if opening == after:
            return True
        if end >= first or not frames and any(texts[k] in _FRAMES for k in range(lo + 1, opening)):
            return False
        # «در کابل، پلیس», «در لاهور با پلیس», «در حومه دیرالزور به مواضع ارتش»: a preposition and a noun or two between
        return end + 1 == first or (
            first <= end + 4 and texts[end + 1] in _BEFORE_FORCE and not any(texts[k] in _NOT_TO_THE_VERB for k in range(end + 2, first))
        )

    def _clause(self, first: int, last: int) -> tuple[int, int]:
        """The units just outside the clause of units ``first``..``last``: a clause break, a sentence end, a
        line end, or _CLAUSE_REACH units away (bounded work on a page with no stops)."""
        texts, lines = self.units.texts, self.units.lines
        line = lines[first]

        def inside(k: int, distance: int) -> bool:
            return (
                distance <= _CLAUSE_REACH and lines[k] == line and texts[k] not in _CLAUSE_BREAKS and texts[k] not in SENTENCE_ENDS
                # «... به خیابان‌ها آمدند و ...»: «و» after a verb opens another clause
                and not (texts[k] == "و" and k > 0 and texts[k - 1] in _VERB_UNITS)
            )

        lo, hi = first - 1, last + 1
        while lo >= 0 and inside(lo, first - lo):
            lo -= 1
        while hi < len(texts) and inside(hi, hi - last):
            hi += 1
        return lo, hi

    def _locates_verb(self, after: int, opening: int, end: int, hi: int) -> bool:
        """Whether the «در» phrase from unit ``opening`` to ``end``, after the force, says where the clause's
        verb happened: nothing that opens a frame or another phrase between the force and it, no noun it
        could modify before it, and the verb (or its noun and light verb) right after it."""
        texts = self.units.texts
        if any(texts[k] in _NOT_TO_THE_VERB for k in range(after, opening)):
            return False
        if opening > 0 and texts[opening - 1] in _PLACED_NOUNS:
            return False  # «شهروندان مقیم در استانبول», «یک زن مفقود در کربلا»
        nxt = [texts[k] for k in range(end + 1, min(end + 4, hi + 1, len(texts)))]
        if not nxt or nxt[0] in ("را", "،"):
            return False  # «مواضع ... در شمال اربیل را»: inside the object
        return any(w in _VERB_UNITS for w in nxt)
