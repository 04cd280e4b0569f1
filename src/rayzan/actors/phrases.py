"""Read KB matches into phrases: a title with what qualifies it
(``معاون عربی آفریقایی وزارت امور خارجه روسیه``, ``سفیر ایران در روسیه``),
a body with its state (``وزارت امور خارجه روسیه``), and the person names
next to titles (``کاظم جلالی، سفیر ...`` / ``وزیر خارجه روسیه سرگئی لاوروف``).

Finding is split from resolving: this module only says where things are;
``resolve`` turns them into actors and mentions.
"""

from __future__ import annotations

import dataclasses

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rayzan.actors.gazetteer import Match, Unit
from rayzan.actors.kb import (
    BODY,
    CITY,
    COUNTRY,
    DEMONYM,
    HOME,
    ORGANISATION,
    PERSON,
    PLACE,
    ROLE,
    Entry,
    KnowledgeBase,
)

# Words that never belong to a name (prepositions, conjunctions, frequent verbs
# and nouns that sit next to names in news).
STOPWORDS = frozenset(
    ["و", "با", "از", "به", "در", "که", "را", "این", "آن", "بین", "میان", "برای", "تا", "هم", "نیز", "یا", "اما", "ولی", "اگر", "چون", "پس", "گفت", "گفته", "کرد", "کرده", "است", "بود", "شد", "شده", "دارد", "داشت", "می", "نمی", "خود", "وی", "او", "آنها", "ایشان", "افزود", "اظهار", "تصریح", "خاطرنشان", "نوشت", "اعلام", "کرد", "کند", "کنند", "کردند", "شود", "باشد", "هستند", "روز", "امروز", "دیروز", "هفته", "سال", "ماه", "پیش", "بعد", "قبل", "طی", "ضمن", "درباره", "پیرامون", "مورد", "خصوص", "نشست", "دیدار", "گفتگو", "گفت\u200cوگو", "ملاقات", "رایزنی", "سفر", "مذاکره", "مذاکرات", "تاکید", "تأکید", "جدید", "سابق", "اسبق", "فعلی", "کنونی", "آقای", "خانم", "جناب", "همچنین", "سپس", "یک", "دو", "سه", "چند", "هر", "توسط", "علیه", "نزد", "سوی", "جانب", "همراه", "حضور", "دستور", "برخلاف", "بدون", "بنابر", "طبق", "مانند", "شامل", "حاصل", "مربوط", "شهید", "یافته", "دهی", "حذف",
     # verbs that follow a noun a name could be taken from («پیمان باید ...», «شهید شدند»)
     "باید", "نباید", "شدند", "شوند", "گردید", "گردیدند", "بودند", "نیست"]
)
# Words after which a name may start an apposition ("با کاظم جلالی، سفیر ...").
NAME_OPENERS = frozenset(["و", "با", "از", "به", "که", "بین", "میان", "توسط", "برای", "نزد", "همراه"])
# Nouns of «به گزارش X»، «به گفته X»، «به نقل از X»: what follows is a source, not a person's name.
ATTRIBUTION_NOUNS = frozenset(["گزارش", "گفته", "نوشته", "نقل", "اعتقاد", "عقیده", "نظر", "ادعای"])
QUOTES_OPEN = frozenset('«"“')
QUOTES_CLOSE = frozenset('»"”')
MAX_NAME_WORDS = 5
THIS_NOUNS = frozenset({"کشور", "رژیم", "دولت"})
# Nouns of things a demonym after them describes («جنگنده هندی», «پهپادهای روسی», «شرکت اسرائیلی»): the state «این کشور»
# refers to after them is rather the sentence's subject's («ارتش پاکستان اعلام کرد پنج فروند جنگنده هندی ... توسط
# نیروی هوایی این کشور سرنگون شده‌اند»), see ``PhraseReader.this_state``.  First units (ZWNJ ends a unit).
THING_NOUNS = frozenset(
    {"جنگنده", "پهپاد", "هواپیما", "هواپیمای", "بالگرد", "بالگردهای", "موشک", "ناو", "ناوچه", "ناوشکن", "کشتی",
     "نفتکش", "زیردریایی", "شناور", "تانک", "خودرو", "خودروی", "سلاح", "سلاح‌های", "تسلیحات", "کالا", "کالاهای",
     "محصولات", "شرکت", "بانک", "بالن"}
)
# Words between such a demonym and «این کشور» that tie them («پهپاد هندی متعلق به ارتش این کشور»: India's).
_OF_THE_THING = frozenset({"متعلق", "مال", "ساخت", "خود"})
POSSESSED_STATE = frozenset({"کشورش", "کشورشان"})
SHARED_GENITIVE = frozenset({"ملت", "مردم", "حکومت", "ارتش", "دولت", "پارلمان"})  # «دولت و ملت X»
# Nouns of a state's divisions: in «پلیس ایالت پنجاب پاکستان» the state after the province's name
# (which the KB need not know) is the body's, as in «پلیس استان الانبار» the province's state is.
DIVISIONS = frozenset({"ایالت", "استان", "ولایت", "شهرستان", "شهر", "منطقه"})
# Divisions Iran does not have: its provinces are «استان»; «ایالت» names the states of the US, India,
# Pakistan or Germany, «ولایت» Afghanistan's provinces.  A body or title in one that names no state
# («پلیس ایالت پنجاب») is another state's, never Iran's by default.
FOREIGN_DIVISIONS = frozenset({"ایالت", "ولایت"})
# Adjectives of the tiers of a federal state («دادگاه ایالتی», «پلیس فدرال»): likewise never Iran's.
FOREIGN_TIERS = frozenset({"ایالتی", "فدرال", "فدرالی"})
# Titles Iran has not had since 1979 (it has no senate): «سناتور جیم ریچ» is never Iran's by default.
FOREIGN_TITLES = frozenset({"سناتور"})
# Titles of other states' divisions (Afghanistan's «والی», Turkey's «والی»): Iran's governor is «استاندار», so
# an unplaced «والی» is another state's office (one per phrase, as «استاندار ایالت پنجاب»), never Iran's.
ABROAD_TITLES = frozenset({"والی"})
# Bodies by a name only their own state uses (the KB's other fixed bodies have names other states share:
# سازمان انرژی اتمی, مجلس عوام): a state named after them is never theirs.
# (not the Basij: «بسیج عراق», «بسیج مردمی عراق» are Iraq's Popular Mobilisation)
STATES_OWN_BODIES = frozenset(
    {"IRGC", "QUDS", "IRGCGF", "IRGCNAVY", "IRGCASF", "IRGCINTEL", "CIA", "FBI", "CENTCOM", "OFAC", "MOSSAD", "SHINBET",
     "KNESSET", "DUMA"}
)
# First words of a body named by the building it sits in («کاخ ریاست جمهوری»): «در» and a place after it say whose.
SITE_WORDS = frozenset({"کاخ"})
# Words after which «ولایت» is guardianship, the doctrine (ولایت فقیه، ولایت امر، ولایت مدار), no province.
GUARDIANSHIP = frozenset({"فقیه", "مطلقه", "امر", "مدار", "مداری", "محور", "پذیر", "پذیری", "الله", "علی"})
# Nouns for people, which after «و» open a phrase of their own («وزیر خارجه و مقامات پاکستان»,
# «وزارت کشور و نمایندگان پاکستان»), not the rest of a ministry's name (وزارت علوم و فن‌آوری).
# First units: «مقام‌های» is «مقام» + «های».
PEOPLE_AFTER_AND = frozenset(
    ["مقامات", "مقام", "مسئولان", "مسئولین", "مسئول", "سران", "رهبران", "همتای", "همتایان", "همتا", "نمایندگان", "نماینده", "اعضای", "مردم", "ملت", "هیئت", "هیأت", "هیات", "شهروندان", "اتباع"]
)
SENTENCE_ENDS = frozenset({".", "!", "?", "؟"})
# Cities a movement governs from, with the day it took them: «دولت صنعا», «حکومت صنعا», «دولت مستقر در صنعا» are
# Ansarallah's government, as «دولت حماس» is Hamas's (the Houthis took Sanaa on 21 September 2014; before that
# «دولت صنعا» was Yemen's, fighting them).  City id -> (organisation id, since).
MOVEMENT_SEATS = {"place:sanaa": ("ANSARALLAH", "2014-09-21")}
# Nouns of a relation between two sides, before «X و Y»: «همکاری پلیس و نیروهای امنیتی عراق» is two sides' (Iran's
# police and Iraq's forces), not one state's bodies coordinated.  First units (ZWNJ ends a unit: «همکاری‌های»).
RELATION_NOUNS = frozenset(
    {"بین", "میان", "همکاری", "روابط", "رابطه", "ارتباط", "مذاکره", "مذاکرات", "توافق", "دیدار", "نشست", "تعامل",
     "هماهنگی", "اختلاف", "اختلافات", "درگیری", "تنش", "جنگ", "نبرد", "تقابل", "رقابت", "مقایسه"}
)
# Sectors of organisations that run bodies of their own: a body word before one is its ministry or force
# («وزارت دفاع طالبان», «وزارت کشور تشکیلات خودگردان»).
MOVEMENTS = frozenset({"rebels", "insurgents", "militia", "opposition", "party", "military", "government"})
# Words before a head noun that make it a reference, not a name (این سازمان).
ORG_DETERMINERS = frozenset(["این", "آن", "هر", "یک", "همین", "همان", "چند", "دو", "سه", "برخی"])
MAX_ORG_WORDS = 4
# Heads of a route named after a living leader («کریدور ترامپ»): a person the KB knows after them is the route's name.
ROUTE_HEADS = frozenset(["کریدور", "دالان"])
# Heads of a place or facility named after someone («فرودگاه امام خمینی», «بیمارستان شهید بهشتی», «میدان امام
# حسین», «بندر رأس عیسی»): the name after them is the place's, and whoever it honours is no party to the news.
FACILITY_HEADS = ROUTE_HEADS | frozenset(
    ["فرودگاه", "مصلی", "مصلای", "حرم", "حسینیه", "بیمارستان", "دانشگاه", "میدان", "خیابان", "بزرگراه", "بلوار",
     "ورزشگاه", "استادیوم", "پایگاه", "بندر", "اسکله", "پادگان", "مسجد", "مدرسه", "دبیرستان", "آرامگاه", "مرقد",
     "مقبره", "بارگاه", "پل", "تونل", "سد", "نیروگاه", "پالایشگاه", "ایستگاه", "ترمینال", "زندان", "اردوگاه",
     "شهرک", "مجتمع", "تالار", "کتابخانه", "موزه", "پارک", "ناو", "ناوشکن", "ناوچه", "هواپیمابر", "نفتکش",
     # a waterway named after someone: «خور عبدالله», «خور موسی»
     "خور",
     # a coin of the mint's kind: «سکه امامی», «سکه بهار آزادی»
     "سکه"]
)
# Heads of sites that are no organisation, whose name NER may tag ORG with them («پایگاه عین‌الاسد», «پالایشگاه نفت
# ساراتوف»): not the civic ones that speak for themselves (دانشگاه, بیمارستان, ورزشگاه ...).
SITE_HEADS = frozenset(
    ["پایگاه", "پالایشگاه", "نیروگاه", "فرودگاه", "بندر", "اسکله", "پادگان", "ناو", "ناوشکن", "ناوچه", "هواپیمابر",
     "نفتکش", "سد", "پل", "تونل", "ایستگاه", "ترمینال", "میدان", "خیابان", "بزرگراه", "بلوار", "اردوگاه", "کریدور"]
)
# Heads of an exercise named after someone or something: «رزمایش اولچی آزادی».  (Not «عملیات», as often the
# operations a deputy heads: «معاون فنی و عملیات سازمان اورژانس».)
EXERCISE_HEADS = frozenset(["رزمایش", "مانور"])
NAME_HEADS = FACILITY_HEADS | EXERCISE_HEADS
# Words that open the name of someone a place honours («[امام] خمینی», «[شهید] سلیمانی», «[حضرت] معصومه»)
_HONOURING = frozenset(["امام", "شهید", "شهدای", "آیت‌الله", "آیت", "حضرت", "علامه", "سپهبد"])
MAX_FACILITY_WORDS = 4
# Heads of a thing whose name news quotes after them, with a word or two between («کشتی «مادلین»», «ناو هواپیمابر
# «کارل وینسون»», «موشک فراصوت «فلسطین ۲»»): the quoted words name the thing, no person or state.
# A train's name («قطار «جعفر اکسپرس»»), a type's («از نوع «فلسطین ۲»»), and a charge («به اتهام «افساد فی‌الارض»»,
# «اتهام «نشر اکاذیب»») are no person or organisation either.
QUOTED_THING_HEADS = NAME_HEADS | THING_NOUNS | frozenset(
    ["ماهواره", "سامانه", "ناوگان", "شناور", "زیردریایی", "عملیات", "قطار", "نوع", "مدل", "اتهام", "اتهامات", "جرم"]
)
# A state's bodies by acronyms of their own, whose bureau of an international organisation news names after it
# («پلیس بین‌الملل فراجا»: Iran's police's Interpol bureau, not Interpol's head).
BUREAU_HOLDERS = frozenset({"فراجا", "ناجا"})
# Heads of an agreement whose name follows them, directly or after «موسوم به», «معروف به», «به نام» («پیمان ابراهیم»,
# «توافق موسوم به ابراهیم»): a name there that is no KB person's is the agreement's (not «توافق ترامپ و پوتین»).
AGREEMENT_HEADS = frozenset(["پیمان", "توافق", "توافقنامه", "معاهده"])  # first units: «توافق‌های» is «توافق» + «های»
_NAMING_LINKS = (("موسوم", "به"), ("معروف", "به"), ("به", "نام"))
# Heads of a meeting a city names: «اجلاس شانگهای», «نشست آستانه», «مذاکرات وین» are meetings, the city no party.
MEETING_HEADS = frozenset(["اجلاس", "نشست", "کنفرانس", "همایش", "مذاکرات", "اجلاسیه", "گفتگوهای", "نشست‌های"])
# Plural nouns of groups of people that NER tags as a person's name alone (they look like surnames in «ـیان»):
# «به گفته قربانیان» is the victims, not Mr Ghorbanian.  Compared without ZWNJ.
GROUP_NOUNS = frozenset(
    w.replace("\u200c", "")
    for w in ["قربانیان", "مجروحان", "زخمیان", "شهیدان", "معترضان", "تظاهرکنندگان", "بازداشت‌شدگان", "کشته‌شدگان",
              "آسیب‌دیدگان", "شاهدان", "ساکنان", "زائران", "پناهجویان", "مهاجران", "اسیران", "گروگان‌ها", "آوارگان"]
)
# Nouns of nationality after a person's name: «عابدینی شهروند ایرانی», «X، تبعه آمریکا» place them in that state;
# so does a representative's («دوروتی شی، نماینده آمریکا»).  Compared without ZWNJ (روزنامه‌نگار).
# A traveller's, a sportsman's or an artist's trade before a demonym does so too («گردشگر فرانسوی», «دوچرخه‌سوار
# فرانسوی-آلمانی»), and a counterpart's («چوی سون هی، همتای کره‌ای خود»).
NATIONALITY_NOUNS = frozenset(
    ["شهروند", "تبعه", "خبرنگار", "روزنامهنگار", "دانشمند", "تاجر", "پژوهشگر", "نماینده", "گردشگر", "توریست",
     "دوچرخهسوار", "کوهنورد", "ورزشکار", "نویسنده", "هنرمند", "کارگردان", "بازیگر", "مهندس", "محقق", "همتای"]
)
# Nouns for people whose demonym («شهروندان ایرانی») tells their nationality, not a state «این کشور» may refer to.
# (not a counterpart's: «با همتای چینی خود ... روابط با این کشور» is China)
PEOPLE_NOUNS = NATIONALITY_NOUNS - {"همتای"} | {"شهروندان", "اتباع", "زندانی", "زندانیان", "زائران", "مهاجران", "پناهجویان", "دانشجویان"}
# Words after which a newspaper's name of two nouns has ended (روزنامه [جهان صنعت] از ..., [جام جم] نوشت).
_AFTER_A_PAPER = frozenset(["از", "در", "به", "با", "و", "که", "را", "نیز", "هم", "برای", "نوشت", "طی", "ضمن"])
# Groups a title may lead inside the state named after it: «رهبر مخالفان ونزوئلا» leads Venezuela's opposition, not
# Venezuela.  Word -> (English, sector).
GROUPS = {
    "مخالفان": ("opposition", "opposition"),
    "اپوزیسیون": ("opposition", "opposition"),
    "معارضان": ("opposition", "opposition"),
    "شورشیان": ("rebel", "rebels"),
    "معترضان": ("protest", "civil society"),
}
# Divisions whose offices a generic title heads: «رئیس کل دادگستری استان کرمان», «فرمانده انتظامی استان هرمزگان»
# are a province's, not the state's chief justice or police chief.  Word -> the English of the tier.
LOCAL_DIVISIONS = {"استان": "province", "شهرستان": "county", "شهر": "city"}
NAME_LINKS = frozenset(["بن", "ابن", "آل", "بنت"])
# Given names that are also common words (امید hope, کمال perfection, بهمن a month):
# without a title or quotes next to them they do not start a name.
AMBIGUOUS_GIVEN = frozenset(
    ["امید", "امین", "رضا", "کریم", "عادل", "صالح", "حافظ", "نادر", "سعید", "امیر", "بهمن", "جمال", "کمال", "جلال", "منصور", "ناصر", "عزیز", "رحیم", "شیرین", "الهام", "نرگس", "سارا", "هادی", "نوری", "حامد", "باقر", "موسی", "عیسی", "یوسف", "ابراهیم", "سلیمان", "اکبر", "اصغر", "داوود", "داود", "یعقوب", "اسحاق", "یحیی", "سید", "حجت", "فواد", "فؤاد", "لولا", "مازن", "صدام", "هوشیار", "پیمان"]
)
# Words that qualify a title without changing who holds it.
FORMER = frozenset(["سابق", "اسبق", "پیشین"])
TITLE_MODIFIERS = frozenset(
    ["سابق", "اسبق", "پیشین", "جدید", "کنونی", "فعلی", "موقت", "ارشد", "وقت", "قانونی", "منتخب", "مخلوع", "مستعفی", "پیشنهادی"]
)
# Nouns of a deed or a stance that open the object after a body («وزارت امور خارجه [اقدام] آمریکا را محکوم کرد»)
_DEED_NOUNS = frozenset(
    ["اقدام", "اقدامات", "حمله", "حملات", "تصمیم", "تجاوز", "تحریم", "ادعای", "ادعاهای", "سیاست", "موضع", "مواضع",
     "طرح", "بیانیه", "درخواست", "پیشنهاد", "تهدید", "تهدیدات", "نقض", "رفتار", "سکوت", "دخالت", "مداخله"]
)
# Words of a title's own name after a modifier inside it (``PhraseReader.title_past_modifier``).
MAX_TITLE_REST = 6
# Adjectives between a body and its state: «پارلمان جدید پاکستان», «دولت موقت افغانستان».
# Words that count what follows: «دو دولت», «سایر دولت‌ها» are no one state's government.
_COUNTED = frozenset({"دو", "سه", "چهار", "چند", "برخی", "سایر", "همه", "تمام", "تمامی"})
_BODY_MODIFIERS = frozenset(["جدید", "کنونی", "فعلی", "موقت", "انتقالی", "منتخب", "سابق", "قبلی", "پیشین"])
# Modifiers allowed between a generic title and its body (معاون عربی آفریقایی وزارت ...).
MAX_MODIFIERS = 3
# Coordinators and pointers used by plural references.
AND = "و"
IN = "در"


@dataclass(frozen=True, slots=True)
class BodyPhrase:
    first: int
    last: int
    body: Entry
    country: str | None  # the state named after it, or None
    country_match: Match | None
    abroad: bool = False  # in a division of a state other than Iran that names no state: «پلیس ایالت پنجاب»


@dataclass(frozen=True, slots=True)
class TitlePhrase:
    first: int
    last: int
    title: Entry
    title_last: int  # last unit of the title proper (before country / posting)
    body: BodyPhrase | None
    org: Entry | None
    country: str | None  # the state named in the phrase
    country_match: Match | None
    posted: str | None  # where an envoy serves
    posted_match: Match | None
    inner: Entry | None = None  # the title this one serves: مشاور [رئیس‌جمهور]
    modified: bool = False  # words stood between the title and its body (رئیس کمیسیون ... مجلس)
    former: bool = False  # نخست‌وزیر سابق ...: no longer the office-holder
    abroad: bool = False  # in a division of a state other than Iran that names no state (see BodyPhrase)
    group: str | None = None  # the group it leads in that state (``GROUPS``): «رهبر مخالفان ونزوئلا»
    local: tuple[str, int, int] | None = None  # a division's office: (tier, first and last unit of its name)
    listed: tuple[int, int] | None = None  # another state a plural title lists: its units, where its holder is named


@dataclass(frozen=True, slots=True)
class OrgSpan:
    """An organisation the KB does not list, read from its head noun: سازمان تبلیغات اسلامی."""

    first: int
    last: int
    sector: str | None
    state: str | None  # a state the name contains (حزب مردم پاکستان) or its body's
    body: BodyPhrase | None  # a KB body the name ends with (کمیسیون کشاورزی [مجلس])


@dataclass(frozen=True, slots=True)
class NameSpan:
    first: int
    last: int
    source: str  # apposition, title, ner, kb


def state_of(match: Match | None) -> str | None:
    """The state a country, demonym or country metonym stands for."""
    if match is None:
        return None
    entry = match.surface.entry
    if entry.kind == COUNTRY or (entry.kind == "metonym" and "-" not in entry.id):
        return entry.country
    return None


def place_state(match: Match | None) -> str | None:
    """The state a country, city or place belongs to (for ``در X``)."""
    if match is None:
        return None
    entry = match.surface.entry
    if entry.kind in (COUNTRY, CITY, PLACE) or entry.kind == "metonym":
        return entry.country
    return None


class PhraseReader:
    def __init__(
        self,
        kb: KnowledgeBase,
        text: str,
        units: Sequence[Unit],
        matches: Sequence[Match],
        everyday: Callable[[Match], bool] = lambda m: False,
        published: str | None = None,
    ) -> None:
        self.kb = kb
        self.published = published  # the article's date (YYYY-MM-DD), if known (``seat_of_movement``)
        self.text = text
        self.units = units
        self.at: dict[int, Match] = {m.first: m for m in matches}
        # Units inside a KB name, one byte each (a set of their indexes was 3 bytes per input byte).
        self._covered = bytearray(len(units))
        for m in matches:
            self._covered[m.first : m.last + 1] = b"\x01" * (m.last + 1 - m.first)
        # Index of state mentions, for "این کشور" (this country) after a body or title.
        # (not a name that is an everyday word where it stands: «اتهام‌های مالی ... رئیس این کشور» is no Mali's; nor
        # the nationality of people: in «امارات ۱۲ شهروند ایرانی را ... با عفو رئیس این کشور» it is the UAE)
        self.states: list[tuple[int, str]] = sorted(
            (m.first, s) for m in matches if (s := state_of(m)) is not None and not everyday(m) and not self._nationality(m)
        )
        self._state_units = [i for i, _ in self.states]  # searched by bisection: asked at every «این کشور»
        self.qualified: dict[str, list[tuple[int, str]]] = {}  # body id -> (unit, state) where the text qualified it

    def _nationality(self, m: Match) -> bool:
        """Whether ``m`` is a demonym after a noun for people («شهروند ایرانی», «اتباع افغانستانی»)."""
        if m.surface.form != DEMONYM or m.first == 0:
            return False
        before = self.units[m.first - 1]
        return before.kind == "word" and before.text.replace("\u200c", "") in PEOPLE_NOUNS

    def covers(self, i: int) -> bool:
        """Whether unit ``i`` lies inside a KB name."""
        return 0 <= i < len(self._covered) and self._covered[i] == 1

    def this_state(self, k: int, line: int) -> str | None:
        """The state "این کشور" / "آن کشور" / "این رژیم" at unit ``k`` refers to: the last one named
        before, by its name, demonym or a metonym of the state (not a capital: «وارد تهران شد ... وزیر
        خارجه این کشور» is the visitor's).  Read only after a body or title (دولت این کشور, وزیر
        خارجه این کشور).  On Fars, Peyma and Arman news this is right in about nine cases of ten.
        Rules tried and not kept: skipping states after a preposition (wrong after «سفر به ترکیه»,
        «سفیر ایران در پاکستان»), skipping Iran (translated reports about Iran call it «این کشور»),
        and the most recent actor's state (the visiting minister's)."""
        if self.word(k, line) not in ("این", "آن") or self.word(k + 1, line) not in THIS_NOUNS:
            return None
        j = bisect_left(self._state_units, k)
        if not j:
            return None
        at, state = self.states[j - 1]
        return self._subject_state(at, state, k, line) or state

    def _subject_state(self, at: int, state: str, k: int, line: int) -> str | None:
        """For «این کشور» at unit ``k`` whose last state before is a demonym at unit ``at`` describing a thing
        (``THING_NOUNS``: «جنگنده هندی»), the state of the sentence's subject, named by its name in the sentence's
        first words («ارتش پاکستان اعلام کرد ...», «لهستان اعلام کرد پهپادهای روسی وارد حریم هوایی این کشور
        شدند»), if another; None otherwise (a thing tied to «این کشور»: «پهپاد هندی متعلق به ارتش این کشور»)."""
        m = self.at.get(at)
        if m is None or m.surface.form != DEMONYM or m.first == 0:
            return None
        stem = m.first - 1
        while stem > 0 and self.units[stem].glued:
            stem -= 1  # «پهپاد» + «های»
        if self.word(stem, line) not in THING_NOUNS or any(self.word(j, line) in _OF_THE_THING for j in range(m.last + 1, k)):
            return None
        start = stem
        while start > 0 and self.units[start - 1].line == line and self.units[start - 1].text not in SENTENCE_ENDS:
            start -= 1
        first = bisect_left(self._state_units, start)
        if first >= len(self.states) or self.states[first][0] >= stem:
            return None
        subject_at, subject = self.states[first]
        opening = self.at.get(subject_at)
        if subject_at - start > 3 or subject == state or opening is None or opening.surface.form == DEMONYM:
            return None
        return subject

    def possessed_state(self, k: int, line: int) -> str | None:
        """The state "کشورش" / "کشورشان" (his, their country) at unit ``k`` refers to: the first one
        named in its sentence, where the subject stands («شهروندان مجارستان ... نخست‌وزیر کشورشان»,
        «سفیر ایران در ترکیه با وزیر خارجه کشورش»), not the reporting country."""
        if self.word(k, line) not in POSSESSED_STATE:
            return None
        start = k
        while start > 0 and self.units[start - 1].line == line and self.units[start - 1].text not in SENTENCE_ENDS:
            start -= 1
        j = bisect_left(self._state_units, start)
        return self.states[j][1] if j < len(self.states) and self.states[j][0] < k else None

    def word(self, i: int, line: int | None = None) -> str | None:
        """The word at unit ``i`` (None for punctuation, numbers, or another line than ``line``)."""
        if 0 <= i < len(self.units):
            u = self.units[i]
            if u.kind == "word" and (line is None or u.line == line):
                return u.text
        return None

    def match_on(self, i: int, line: int) -> Match | None:
        m = self.at.get(i)
        return m if m is not None and self.units[i].line == line else None

    def seat_of_movement(self, i: int, line: int) -> tuple[Entry, int] | None:
        """The movement whose government the body word at unit ``i`` and the city after it name (``MOVEMENT_SEATS``:
        «دولت صنعا» is Ansarallah's since it took Sanaa; an article dated before stays Yemen's), and the city's last
        unit."""
        m = self.at.get(i)
        if m is None or m.surface.entry.kind != BODY or m.surface.entry.id != "GOV":
            return None
        k = m.last + 1
        if self.word(k, line) == "مستقر" and self.word(k + 1, line) == IN:
            k += 2  # «دولت مستقر در صنعا»
        city = self.match_on(k, line)
        seat = MOVEMENT_SEATS.get(city.surface.entry.id) if city is not None else None
        if seat is None or self.published is not None and self.published < seat[1]:
            return None
        movement = self.kb.by_id.get(seat[0])
        return (movement, city.last) if movement is not None else None  # type: ignore[union-attr]

    def body_at(self, i: int) -> BodyPhrase | None:
        m = self.at.get(i)
        if m is None or m.surface.entry.kind != BODY:
            return None
        body = m.surface.entry
        line = self.units[i].line
        if body.id == "GOV" and self.seat_of_movement(i, line) is not None:
            return None  # «دولت صنعا»: the movement ruling there, as «دولت حماس»
        if body.id == "GOV" and self.word(i - 1, line) in _COUNTED:
            return None  # «روابط میان دو دولت متخاصم»: governments counted, no one state's
        # The state after a body: a country, demonym or metonym (وزارت خارجه روسیه), a city or
        # place (پلیس کابل), or a known person's (دولت بوش); one modifier may come between
        # (پارلمان جدید پاکستان).
        own_name = body.id in STATES_OWN_BODIES
        if body.country is not None and m.last > m.first and (
            named := self.kb.lookup(self.units[m.last].text)
        ) is not None and named.entry.kind == COUNTRY and named.entry.id == body.country:
            # «سازمان انرژی اتمی ایران حمله آمریکا ...»: the state is in the body's own name; none after it
            return BodyPhrase(i, m.last, body, body.country, None)
        for k in (m.last + 1, m.last + 2):
            if k == m.last + 2 and (
                own_name or not (self._name_unit(m.last + 1, line) or self.word(m.last + 1, line) in _BODY_MODIFIERS)
                or self.word(m.last + 1, line) in _DEED_NOUNS
            ):
                # a body only one state has (سپاه پاسداران) takes no state past another word («سفرای ایران»), nor
                # does any body past a noun of a deed («سخنگوی وزارت امور خارجه اقدام آمریکا را محکوم کرد»: the
                # object's state)
                break
            nxt = self.match_on(k, line)
            if nxt is None:
                continue
            e = nxt.surface.entry
            if k == m.last + 2 and self._nationality(nxt):
                break  # «پلیس اتباع افغانستانی را بازداشت کرد»: the people's nationality, not the police's state
            if k == m.last + 1 and e.kind == ORGANISATION and (e.country is None or body.id == "GOV" or e.sector in MOVEMENTS):
                # «دادستانی دیوان کیفری بین‌المللی»: the organisation's own office, no state's body; «حکومت
                # طالبان», «دولت حماس»: the movement ruling, not Iran's government; «وزارت دفاع طالبان»,
                # «پلیس حماس»: the movement's own ministry or force, not Iran's (not a medium's or a company's:
                # in «خبرنگار امور مجلس خبرگزاری فارس» the Majlis is Iran's)
                return None
            country = state_of(nxt) or place_state(nxt) or (e.country if e.kind == PERSON else None)
            after = self.match_on(nxt.last + 1, line) if e.kind in (CITY, PLACE) else None
            if after is not None and after.surface.form != DEMONYM and state_of(after) not in (None, country):
                # «پلیس ولایت زابل افغانستان»: the state named after a place is its state (Afghanistan's
                # Zabul, not Iran's Zabol)
                nxt, country = after, state_of(after)
            if k == m.last + 2 and country == HOME and self.word(m.last + 1, line) in FOREIGN_DIVISIONS:
                break  # «پلیس ولایت زابل»: Iran has no «ولایت»; Afghanistan's Zabul (see abroad_at)
            if country is not None and own_name and body.country != country:
                # «اف‌بی‌آی چین را ... متهم کرد»: a body only one state has; the state after it is another
                # phrase (a name other states share keeps it: «سازمان انرژی اتمی روسیه»)
                break
            if country is not None and body.id == "BASIJ" and body.country != country and self.word(nxt.last + 1, line) == "را":
                break  # «بسیج آمریکا را تهدید کرد»: Iran's Basij and its object («بسیج عراق» is Iraq's)
            if country is not None:
                self.qualified.setdefault(body.id, []).append((i, country))
                return BodyPhrase(i, nxt.last, body, country, nxt)
            break
        sited = self.sited_state(m, line) if body.country is None else None
        if sited is not None:
            # «کاخ ریاست‌جمهوری در دمشق»: a body named by its building is the state it stands in
            self.qualified.setdefault(body.id, []).append((i, sited))
            return BodyPhrase(i, m.last, body, sited, None)
        if body.country is None and self.word(m.last + 1, line) == AND and self.word(m.last + 2, line) in SHARED_GENITIVE:
            # «دولت و ملت سوریه», «دولت و مردم این کشور»: two heads of one genitive (not a body of one
            # state's own: in «سپاه و ارتش عراق» the army is Iraq's, the Guards stay Iran's)
            nxt = self.match_on(m.last + 3, line)
            country = (state_of(nxt) or place_state(nxt)) if nxt is not None else None
            if country is not None:
                self.qualified.setdefault(body.id, []).append((i, country))
                return BodyPhrase(i, nxt.last, body, country, nxt)  # type: ignore[union-attr]
            state = self.this_state(m.last + 3, line)
            if state is not None:
                return BodyPhrase(i, m.last + 4, body, state, None)
        other = self.coordinated_body(i, m, line) if body.country is None else None
        if other is not None:
            # «ارتش و نیروهای مسلح سوریه», «مجلس و دولت عراق»: a bare body coordinated with another of a named state
            # is that state's too
            self.qualified.setdefault(body.id, []).append((i, other.country))  # type: ignore[arg-type]
            return BodyPhrase(i, m.last, body, other.country, None)
        state = self.this_state(m.last + 1, line)
        if state is not None:
            return BodyPhrase(i, m.last + 2, body, state, None)
        state = self.possessed_state(m.last + 1, line)
        if state is not None:
            return BodyPhrase(i, m.last + 1, body, state, None)
        nxt = self.state_beyond(m.last + 1, line) if body.country is None else None
        if nxt is not None:
            country = state_of(nxt)
            self.qualified.setdefault(body.id, []).append((i, country))  # type: ignore[arg-type]
            return BodyPhrase(i, nxt.last, body, country, nxt)
        if self.abroad_at(m.last + 1, line):
            return BodyPhrase(i, m.last, body, None, None, abroad=True)
        if body.strict and " ".join(u.text for u in self.units[i : m.last + 1]) in body.strict:
            # Bare "مجلس" is the Majlis, unless the article has named another state's (مجلس عراق).
            earlier = [st for at, st in self.qualified.get(body.id, ()) if at < i]
            return BodyPhrase(i, m.last, body, earlier[-1] if earlier else body.default_country, None)
        return BodyPhrase(i, m.last, body, None, None)

    def sited_state(self, m: Match, line: int) -> str | None:
        """The state of the place «در» names right after a body called by its building (``SITE_WORDS``): «کاخ
        ریاست‌جمهوری در خارطوم» is Sudan's, whatever the article's state; a palace stands where it is."""
        if self.units[m.first].text not in SITE_WORDS or self.word(m.last + 1, line) != IN:
            return None
        place = self.match_on(m.last + 2, line)
        if place is None or place.surface.form == DEMONYM:
            return None
        return place_state(place)

    def coordinated_body(self, i: int, m: Match, line: int) -> BodyPhrase | None:
        """The phrase of another body after «و» that a state qualifies («[ارتش و] نیروهای مسلح سوریه»), for the bare
        body ``m`` at unit ``i``: not the same word («ارتش و ارتش عراق» are two), not one a state's own name or
        the strict default places («ارتش و مجلس»), not after a noun of two sides' relation («همکاری پلیس و پلیس
        عراق», «بین دولت و پارلمان عراق»)."""
        if self.word(m.last + 1, line) != AND or self.word(i - 1, line) in RELATION_NOUNS:
            return None
        nxt = self.match_on(m.last + 2, line)
        if nxt is None or nxt.surface.entry.kind != BODY or self._words(nxt.first, nxt.last) == self._words(m.first, m.last):
            return None  # (the same word twice is two bodies; «ارتش و نیروهای مسلح» are two names of one)
        if nxt.surface.entry is m.surface.entry and self._words(m.first, m.last) in m.surface.entry.strict:
            return None  # «مجلس و پارلمان عراق»: Iran's Majlis («مجلس» alone always is) and Iraq's parliament
        other = self.body_at(m.last + 2)
        if other is None or other.country is None or other.last <= nxt.last:
            return None
        return other

    def _words(self, first: int, last: int) -> str:
        return " ".join(self.units[k].text for k in range(first, last + 1))

    def named_body(self, m: Match) -> BodyPhrase:
        """A state's body named by a name of its own (پنتاگون → USA-MOD): body and state in one."""
        iso3, _, body_id = (m.surface.entry.target or "").partition("-")
        return BodyPhrase(m.first, m.last, self.kb.bodies[body_id], iso3, m)

    def abroad_at(self, k: int, line: int) -> bool:
        """Whether unit ``k`` opens a division of a state other than Iran, «ایالت» or «ولایت» and its
        name (asked once no state was found after it: a name the KB places has placed the phrase)."""
        if self.word(k, line) in ("این", "آن") and self.word(k + 1, line) == "کشور":
            return True  # «ارتش این کشور» with no state named before (else ``this_state`` placed it): not Iran by default
        if self.word(k, line) in FOREIGN_TIERS and not self.units[k].glued:
            return True  # «قاضی دادگاه ایالتی», «پلیس فدرال»: a tier of government Iran does not have
        if self.word(k, line) not in FOREIGN_DIVISIONS or k + 1 >= len(self.units) or self.units[k + 1].glued:
            return False  # «ولایت‌فقیه», «ایالت‌های»: one word, no division
        nxt = self.match_on(k + 1, line)
        if nxt is not None:
            # a name the KB knows but places in no state, or in Iran, which has no «ولایت»: «پلیس ولایت
            # زابل» is Afghanistan's Zabul, not Iran's Zabol
            return place_state(nxt) in (None, HOME)
        return self._name_unit(k + 1, line) and self.word(k + 1, line) not in GUARDIANSHIP

    def state_beyond(self, k: int, line: int, coordinated: bool = True) -> Match | None:
        """A state named one or two words after the body or title that ends before unit ``k``:
        past the rest of its name after «و» (a ministry's name the KB knows only up to «و»:
        «وزارت علوم [و فن‌آوری] پاکستان», «وزیر امور خارجه [و مهاجرین] سوریه»), or a second head
        sharing the genitive («ارتش [و نیروهای امنیتی] پاکستان»); or past a division of the state
        that the KB need not know: «پلیس [ایالت پنجاب] پاکستان».  ``coordinated``: whether «و» may
        go on to the state (for a title, only one that implies a body: وزیر علوم).  Only a state's
        name, not a demonym: in «وزیر خارجه و همتای پاکستانی» the adjective is the counterpart's."""
        w = self.word(k, line)
        if w is None or not (w in DIVISIONS or coordinated and w == AND and self.word(k + 1, line) not in PEOPLE_AFTER_AND):
            return None
        k += 1
        for _ in range(2):
            if not self._name_unit(k, line) or self.units[k].glued:
                return None
            k += 1
            while k < len(self.units) and self.units[k].glued:
                k += 1  # the rest of the word: «فن» + «آوری»
            nxt = self.match_on(k, line)
            if nxt is not None:
                return nxt if nxt.surface.form != DEMONYM and state_of(nxt) is not None else None
        return None

    def facility_name(self, i: int) -> int | None:
        """The last unit of the name after a facility head at unit ``i`` (``NAME_HEADS``): words, KB
        people and honorifics, up to a stopword, a mark or another KB name («فرودگاه [بین‌المللی امام خمینی]
        تهران», «بزرگراه [شهید چمران]»).  None when no name follows or a place, state, body or organisation
        the KB knows opens it («فرودگاه بغداد», «پایگاه نظامی آمریکا»: read as such), or the head opens an
        organisation's name (پایگاه خبری)."""
        u = self.units[i]
        k = i + 1
        if u.glued or k >= len(self.units) or self.units[k].glued or f"{u.text} {self.units[k].text}" in self.kb.org_heads:
            return None  # «بیمارستان‌ها», «پایگاه خبری»
        last, words = None, 0
        honoured = False  # an honorific (امام, شهید) opened the name: a KB person after it is who it honours
        while words < MAX_FACILITY_WORDS:
            m = self.match_on(k, u.line)
            if m is not None:
                e = m.surface.entry
                if e.kind != PERSON and not (e.kind == ROLE and e.honorific):
                    break
                if e.kind == PERSON and not honoured and self.units[m.first].text not in _HONOURING and u.text not in ROUTE_HEADS and not (
                    u.text == "فرودگاه" and m.first == i + 1  # «فرودگاه رفیق حریری»: the airport's name
                ):
                    # «میدان نتانیاهو», «پایگاه رأی ترامپ», «فرودگاه مهرآباد عراقچی»: a person the KB knows,
                    # named without an honorific, is the person («میدان» a battlefield), not a place's name
                    break
                honoured = honoured or e.kind == ROLE and self.units[m.first].text in _HONOURING
                last = m.last
            elif self.word(k, u.line) in self.kb.org_heads:
                break  # «... سازمان اورژانس»: an organisation's name opens
            elif self._name_unit(k, u.line) or self.word(k, u.line) and k + 1 < len(self.units) and self.units[k + 1].glued:
                last = k  # (a word and a piece glued to it is no stopword: «بین» + «المللی»)
                while self._name_unit(last + 1, u.line) and self.units[last + 1].glued:
                    last += 1  # the rest of the word: «بین» + «المللی»
            else:
                break
            k, words = last + 1, words + 1
        return last

    def org_at(self, i: int) -> OrgSpan | None:
        """An organisation named by a head noun and up to four words after it."""
        u = self.units[i]
        if u.glued or self.covers(i):
            return None
        heads = self.kb.org_heads
        head_last = i
        nxt = self.word(i + 1, u.line)
        if nxt is not None and f"{u.text} {nxt}" in heads:
            head_last = i + 1  # the longer head first: «شورای عالی [کار]», «پایگاه خبری»
        elif u.text not in heads:
            return None
        sector = heads.get(u.text) if head_last == i else heads.get(f"{u.text} {self.units[i + 1].text}")
        if self.word(i - 1, u.line) in ORG_DETERMINERS:
            return None  # "این سازمان": a reference, not a name
        k = head_last + 1
        if k < len(self.units) and self.units[k].glued:
            return None  # "سازمان‌های ...": organisations in general
        last, words, used_and = head_last, 0, False
        state: str | None = None
        body: BodyPhrase | None = None
        while k < len(self.units) and self.units[k].line == u.line:
            m = self.at.get(k)
            if words >= MAX_ORG_WORDS and (m is None or not used_and):
                break  # past four words only «... و سیاست خارجی مجلس» reaches its body
            if m is not None:
                e = m.surface.entry
                if e.kind == BODY:
                    body = self.body_at(k)
                    last = body.last if body is not None else m.last  # (None: an organisation's own office)
                    break
                st = state_of(m) or place_state(m)
                if st is not None and not (words == 0 and m.surface.form == DEMONYM):
                    state, last = st, m.last  # "روزنامه بحرینی" alone describes, it does not name
                break
            w = self.word(k, u.line)
            if w is None:
                break
            if w == AND and not used_and and words and self._name_unit(k + 1, u.line):
                used_and = True
                k += 1
                continue
            if w in STOPWORDS or len(w) < 2:
                break
            if w in heads and words:
                return None  # «شورای مرکزی [حزب اعتدال و توسعه]»: an organ of the organisation named next, which acts
            # Past the first word a name goes on with adjectives (سازمان تبلیغات اسلامی);
            # other words are more often the sentence going on (فراکسیون اقلیت معتقد است).
            # «کمیسیون امنیت ملی و سیاست خارجی مجلس»: after «و» the name goes on to its body
            to_body = used_and and self._qualifier_follows(k + 2, u.line) and (self.word(k + 1, u.line) or "").endswith("ی")
            # a paper's name of two nouns where the sentence visibly goes on after it: «روزنامه جهان صنعت از دولت»
            paper = sector == "media" and words == 1 and self._paper_ends(k + 1, u.line)
            # «حزب قانون و عدالت،», «سازمان برنامه و بودجه اعلام کرد»: one noun after «و» where the name visibly ends
            closing = used_and and self.word(k - 1, u.line) == AND and self._name_ends(k + 1, u.line)
            qualified = self._qualifier_follows(k + 1, u.line) or to_body or paper or closing
            if words >= 1 and not w.endswith("ی") and not qualified:
                break
            if k + 1 < len(self.units) and self.units[k + 1].glued and self.units[k + 1].text == "ای":
                break  # "باشگاه دغدغه‌ای ندارد": an indefinite noun, the sentence going on
            last, words, k = k, words + 1, k + 1
            while k < len(self.units) and self.units[k].glued and self.units[k].text not in ("ها", "های"):
                last, k = k, k + 1
        if last == head_last:
            return None
        return OrgSpan(i, last, sector, state, body)

    def _name_ends(self, k: int, line: int) -> bool:
        """Whether an organisation's name has visibly ended before unit ``k``: a mark, the line's end, or a stopword
        other than «و» (a verb, a preposition)."""
        if k >= len(self.units) or self.units[k].line != line or self.units[k].kind == "punct":
            return True
        return self.units[k].text in STOPWORDS and self.units[k].text != AND and not self.units[k].glued

    def _paper_ends(self, k: int, line: int) -> bool:
        """Whether a newspaper's name has ended before unit ``k``: a mark, the line's end or ``_AFTER_A_PAPER``."""
        if k >= len(self.units) or self.units[k].line != line:
            return True
        return self.units[k].kind == "punct" or self.units[k].text in _AFTER_A_PAPER

    def _qualifier_follows(self, k: int, line: int) -> bool:
        m = self.match_on(k, line)
        return m is not None and (state_of(m) is not None or place_state(m) is not None or m.surface.entry.kind == BODY)

    def _modifier(self, i: int, line: int) -> bool:
        """A word that may sit between a title and what qualifies it (سابق، عربی)."""
        w = self.word(i, line)
        if w is None and self.age_at(i, line):
            return True  # «رئیس‌جمهور [۹۲] ساله کامرون»: an age is no qualifier
        return bool(w) and not self.covers(i) and (w in TITLE_MODIFIERS or w not in STOPWORDS)

    def age_at(self, i: int, line: int) -> bool:
        """Whether unit ``i`` is the number of an age («۹۲ ساله»)."""
        return (
            0 <= i < len(self.units) and self.units[i].line == line and self.units[i].text.isdigit()
            and self.word(i + 1, line) in ("ساله", "سالهٔ")
        )  # fmt: skip

    def title_at(self, i: int) -> TitlePhrase | None:
        m = self.at.get(i)
        if m is None or m.surface.entry.kind != ROLE or m.surface.entry.honorific:
            return None
        title = m.surface.entry
        line = self.units[i].line
        k = m.last + 1
        if title.generic and (fuller := self.title_past_modifier(m, line)) is not None:
            title, k = fuller  # «وزیر [پیشنهادی] امور اقتصادی و دارایی»: the finance minister nominee
        body: BodyPhrase | None = None
        org: Entry | None = None
        inner: Entry | None = None
        # Modifiers may come before what qualifies the title: معاون عربی آفریقایی وزارت ...,
        # نخست‌وزیر سابق لبنان; they are kept only when a qualifier follows them.
        skip = k
        while skip - k < MAX_MODIFIERS and self._modifier(skip, line):
            skip += 1
        modified = False
        group: str | None = None
        for start in (k, skip) if skip != k else (k,):
            found = self.match_on(start, line)
            if found is None:
                continue
            e = found.surface.entry
            if e.kind == BODY or e.kind == "metonym" and "-" in (e.target or ""):
                # «فرمانده ارتش آزادی‌بخش خلق چین», «سخنگوی پنتاگون»: a state's body by a name of its own
                body = self.body_at(start) if e.kind == BODY else self.named_body(found)
                if body is None:
                    # «وزیر خارجه حکومت طالبان», «دادستان دادگاه کیفری بین‌المللی»: the body word opens the
                    # organisation's name; the title is the organisation's
                    after = self.match_on(found.last + 1, line)
                    seat = self.seat_of_movement(start, line)
                    if after is not None and after.surface.entry.kind == ORGANISATION:
                        org, k = after.surface.entry, after.last + 1
                    elif seat is not None:
                        org, k = seat[0], seat[1] + 1  # «نخست‌وزیر دولت صنعا»: Ansarallah's
                    else:
                        k = found.last + 1
                    break
                modified = start != k and not all(self.word(j, line) in TITLE_MODIFIERS for j in range(k, start))
                k = body.last + 1
                break
            if e.kind == ORGANISATION and e.country is None and (office := self.office_of(found, line)) is not None:
                # «رئیس پلیس بین‌الملل فراجا»: the police's Interpol bureau, not Interpol's head
                body, k, modified = office, office.last + 1, True
                break
            if e.kind == ORGANISATION and (national := self.national_body(found)) is not None:
                body, k = national, national.last + 1  # «دبیر شورای امنیت روسیه»: Russia's council, not the UN's
                break
            if e.kind == ORGANISATION:
                org = e
                k = found.last + 1
                break
            if start == k and title.generic and e.kind == ROLE and e.generic and not e.honorific:
                served = self.title_at(start)
                if served is not None and (served.org or served.body or served.country):
                    # «معاون رئیس دفتر سیاسی حماس»: a deputy to Hamas's political chief, Hamas's; not a second
                    # holder beside him
                    former = any(self.word(j, line) in FORMER for j in range(m.last + 1, start)) or served.former
                    return dataclasses.replace(served, first=i, title=title, inner=served.title, former=former, group=None)
            if e.kind == ROLE and (title.generic or title.posted and not e.posted) and not e.honorific and not e.generic:
                # a title heading this one: مشاور رئیس‌جمهور، معاون وزیر دفاع; the one an envoy speaks for
                # («نماینده ویژه وزیر امور خارجه»: no foreign minister of another state named)
                inner = e
                k = found.last + 1
                break
            if state_of(found) or place_state(found):
                if start != k and place_state(found) == HOME and any(self.word(j, line) in FOREIGN_DIVISIONS for j in range(k, start)):
                    break  # «استاندار ولایت زابل»: no Iranian place (see abroad_at)
                if start != k and self.word(found.last + 1, line) == "را" and not all(
                    self.word(j, line) in TITLE_MODIFIERS for j in range(k, start)
                ):
                    # «دبیرکل عصائب اهل الحق آمریکا را ... متهم کرد»: past the title's words, the verb's object (not
                    # past a modifier alone: «رئیس‌جمهور پیشین هندوراس را ... عفو کرد» is Honduras's)
                    break
                group = next((w for j in range(k, start) if (w := self.word(j, line) or "") in GROUPS), None)
                k = start
            break
        # The title proper runs to the end of its body, not its state: "معاون وزارت خارجه" (روسیه).
        title_last = body.country_match.first - 1 if body and body.country_match else (body.last if body else k - 1)
        if body and body.country and body.country_match is None and self.word(body.last - 1, line) in ("این", "آن"):
            title_last = body.last - 2  # "... این کشور" (not a body its name places: «شورای عالی امنیت ملی»)
        if org is not None or inner is not None:
            title_last = k - 1
        country_match = body.country_match if body else None
        country = body.country if body else None
        # A body only one state has takes no other state after it, nor does its title: «رئیس سازمان بسیج
        # مستضعفین آمریکا را تهدید کرد», «فرمانده کل سپاه آمریکا را ...» are Iran's commanders and their object.
        implied = self.kb.bodies.get(title.body) if body is None and title.body else None
        own_state = body.body.country if body is not None else implied.country if implied and implied.id in STATES_OWN_BODIES else None
        own_state = own_state or title.country  # «رهبر انقلاب رژیم صهیونیستی را ...»: Iran's title, and its object
        before_state = k, title_last
        if country is None:
            nxt = self.match_on(k, line)
            state = state_of(nxt) or (place_state(nxt) if not title.posted else None)
            if state is not None and org is not None and org.country not in (None, state) and self.word(nxt.last + 1, line) == "را":  # type: ignore[union-attr]
                state = None  # «دبیرکل عصائب اهل الحق آمریکا را»: an Iraqi movement's leader, and his object
            if state is not None:
                country, country_match = state, nxt
                k = nxt.last + 1  # type: ignore[union-attr]
            elif (state := self.this_state(k, line)) is not None:
                country = state
                k += 2
            elif (past := self.past_modifiers(k, line)) != k and (state := self.this_state(past, line)) is not None:
                country = state  # «رئیس‌جمهور قانونی این کشور»: the state «این کشور» refers to, past the adjective
                k = past + 2
            elif (state := self.possessed_state(k, line)) is not None:
                country = state
                k += 1
            elif not title.posted and (nxt := self.state_beyond(k, line, coordinated=title.body is not None)) is not None:
                # «وزیر علوم و فن‌آوری پاکستان»: the title proper runs to the state
                if self.word(k, line) == AND:
                    title_last = nxt.first - 1
                country, country_match = state_of(nxt), nxt
                k = nxt.last + 1
            if own_state is not None and country not in (None, own_state):
                country, country_match = None, None
                k, title_last = before_state
        abroad = country is None and (
            body.abroad if body is not None else self.abroad_at(k, line) or title.name in FOREIGN_TITLES | ABROAD_TITLES
        )
        posted = posted_match = None
        if title.posted and self.word(k, line) == IN:
            nxt = self.match_on(k + 1, line)
            if place_state(nxt) is not None:
                posted, posted_match = place_state(nxt), nxt
                k = nxt.last + 1  # type: ignore[union-attr]
        former = any(self.word(j, line) in FORMER for j in range(m.last + 1, max(skip, m.last + 2)))
        local = self.local_division(m.last + 1, k, line) if title.generic else None
        if local is None and title.generic and country_match is not None and country_match.surface.entry.kind in (CITY, PLACE):
            local = "", country_match.first, country_match.last  # «فرمانده انتظامی هرمزگان», «رئیس پلیس کابل»
        return TitlePhrase(
            i, k - 1, title, max(title_last, m.last), body, org, country, country_match, posted, posted_match, inner, modified, former,
            abroad, group, local,
        )

    def title_past_modifier(self, m: Match, line: int) -> tuple[Entry, int] | None:
        """A title the KB knows whole, with a modifier written inside it after its generic first word («وزیر پیشنهادی
        امور اقتصادی و دارایی» is «وزیر امور اقتصادی و دارایی»): the title and the unit after it, or None."""
        start = self.past_modifiers(m.last + 1, line)
        if start == m.last + 1:
            return None
        words = [m.surface.entry.name]
        for k in range(start, min(start + MAX_TITLE_REST, len(self.units))):
            if self.units[k].line != line or self.units[k].kind == "punct":
                break
            words.append(self.units[k].text)
        for n in range(len(words), 1, -1):
            hit = self.kb.lookup(" ".join(words[:n]))
            if hit is not None and hit.entry.kind == ROLE and not hit.entry.generic:
                return hit.entry, start + n - 1
        return None

    def past_modifiers(self, k: int, line: int) -> int:
        """The first unit from ``k`` on that is no modifier of a title (``TITLE_MODIFIERS``: «قانونی», «سابق»)."""
        end = k
        while end - k < MAX_MODIFIERS and self.word(end, line) in TITLE_MODIFIERS:
            end += 1
        return end

    def nationality_after(self, i: int) -> str | None:
        """The state a nationality after a name at unit ``i`` names: «[شهروند ایرانی]», «، [تبعه آمریکا]».  Read
        after a name only: «ایتالیا شهروند ایرانی را آزاد کرد» places the citizen, not Italy."""
        if i < len(self.units) and self.units[i].text == "،":
            i += 1
        if i >= len(self.units):
            return None
        line, word, last = self.units[i].line, self.word(i), i
        while word and last + 1 < len(self.units) and self.units[last + 1].glued:
            last += 1
            word += self.units[last].text  # «روزنامه» + «نگار»; «شهروندان» is no apposition
        if word not in NATIONALITY_NOUNS:
            return None
        after = self.past_modifiers(last + 1, line)
        nxt = self.match_on(after, line)
        if nxt is not None and nxt.surface.entry.kind == BODY and word == "نماینده":
            # «کارلا زامبلی، نماینده سابق کنگره برزیل»: a member of a state's legislature
            body = self.body_at(nxt.first)
            return body.country if body is not None and body.country_match is not None else None
        return state_of(nxt) if nxt is not None and after == last + 1 else None

    def office_of(self, m: Match, line: int) -> BodyPhrase | None:
        """A state's body by its own acronym (``BUREAU_HOLDERS``) right after an international organisation's name at
        ``m``, whose office of that name it is («پلیس بین‌الملل [فراجا]»: the Iranian police's Interpol bureau); not
        another phrase after the organisation («عضو اتحادیه اروپا [دولت نظامی نیجر] را»)."""
        after = self.match_on(m.last + 1, line)
        if after is None or after.surface.entry.kind != BODY or self.units[after.first].text not in BUREAU_HOLDERS:
            return None
        return self.body_at(after.first)

    def national_body(self, m: Match) -> BodyPhrase | None:
        """An organisation's name that a state after it makes that state's body (the KB's ``national:``), read
        after a title: «دبیر شورای امنیت روسیه» is the secretary of Russia's Security Council, not the UN's.
        (Not elsewhere: «در شورای امنیت روسیه قطعنامه را وتو کرد» is Russia at the UN.)"""
        e = m.surface.entry
        if e.kind != ORGANISATION or e.body is None:
            return None
        nxt = self.match_on(m.last + 1, self.units[m.first].line)
        if nxt is None or nxt.surface.form == DEMONYM or state_of(nxt) is None:
            return None
        return BodyPhrase(m.first, nxt.last, self.kb.bodies[e.body], state_of(nxt), nxt)

    def local_division(self, first: int, end: int, line: int) -> tuple[str, int, int] | None:
        """A province or county (``LOCAL_DIVISIONS``) a title names from unit ``first`` to ``end`` (one past its
        phrase): «رئیس کل دادگستری [استان کرمان]», «فرمانده سپاه [استان کرمان]»; (tier, its name's units).  Not
        one before «را», the verb's object (وزیر کشور استان خوزستان را سیل‌زده اعلام کرد)."""
        for k in range(first, end + 1):
            tier = LOCAL_DIVISIONS.get(self.word(k, line) or "")
            if tier is None or self.units[k].glued or k + 1 >= len(self.units) or self.units[k + 1].glued:
                continue
            m = self.match_on(k, line)  # «استان فارس», a place the KB names with its division
            if m is None or m.last == k:
                m = self.match_on(k + 1, line)
            if m is not None and m.surface.entry.kind not in (CITY, PLACE):
                return None
            last = m.last if m is not None else k + 1 if self._name_unit(k + 1, line) else None
            if last is None or self.word(last + 1, line) == "را":
                return None
            return tier, k + 1, last
        return None

    def _name_unit(self, i: int, line: int | None = None) -> bool:
        w = self.word(i, line)
        return bool(w) and not self.covers(i) and w not in STOPWORDS and len(w) > 1  # type: ignore[arg-type]

    def _given(self, i: int) -> bool:
        w = self.word(i)
        return w is not None and w in self.kb.given_names

    def quoted_before(self, close: int) -> NameSpan | None:
        """The words inside quotes that close at unit ``close``: «راس ویلسون»."""
        if not (0 <= close < len(self.units)) or self.units[close].text not in QUOTES_CLOSE:
            return None
        line = self.units[close].line
        j = close - 1
        while j >= 0 and close - j <= MAX_NAME_WORDS + 1 and self.units[j].line == line:
            if self.units[j].text in QUOTES_OPEN and j < close - 1:
                return NameSpan(j + 1, close - 1, "quoted") if self._quoted_name(j + 1, close - 1, line) else None
            j -= 1
        return None

    def _quoted_name(self, first: int, last: int, line: int) -> bool:
        """Quoted words that can be a name: words only, none a KB name, except that
        after a given name a surname may happen to spell a place («دیوید کامرون»)."""
        for k in range(first, last + 1):
            if not self.word(k, line):
                return False
            if self.covers(k) and not (k > first and self._given(first) and self.at.get(k) and self.at[k].surface.entry.kind in (COUNTRY, CITY, PLACE)):
                return False
        return True

    def names_agreement(self, i: int) -> bool:
        """Whether the name at unit ``i`` names an agreement (``AGREEMENT_HEADS``) that stands right before it, or
        before «موسوم به», «معروف به», «به نام» («قزاقستان به پیمان موسوم به ابراهیم پیوست»)."""
        line = self.units[i].line
        j = i - 1
        if (self.word(j - 1, line), self.word(j, line)) in _NAMING_LINKS:
            j -= 2
        while j > 0 and self.units[j].glued:
            j -= 1  # «توافق» + «های»
        return self.word(j, line) in AGREEMENT_HEADS

    def quoted_thing(self, open_: int) -> int | None:
        """The closing quote of quotes opening at unit ``open_`` that name a thing, its head (``QUOTED_THING_HEADS``)
        one to three words before them on their line, no stopword between; else None."""
        line = self.units[open_].line
        if not self._listed_after_thing(open_, line):
            heads = [self.word(j, line) for j in range(open_ - 1, max(-1, open_ - 4), -1)]
            for w in heads:
                if w is None or w in STOPWORDS:
                    return None
                if w in QUOTED_THING_HEADS:
                    break
            else:
                return None
        j = open_ + 1
        while j < len(self.units) and j - open_ <= MAX_NAME_WORDS + 1 and self.units[j].line == line:
            if self.units[j].text in QUOTES_CLOSE:
                return j if j > open_ + 1 else None
            j += 1
        return None

    def _listed_after_thing(self, open_: int, line: int) -> bool:
        """Whether the quotes opening at unit ``open_`` follow, after «و» or «،», quotes that name a thing: the next
        name of a list of things («ناوشکن‌های روسی «استویکی» و «آلدار تسیدنژاپوف»»)."""
        link = open_ - 1
        if link < 1 or self.units[link].text not in (AND, "،") or self.units[link - 1].text not in QUOTES_CLOSE:
            return False
        j = link - 2
        while j >= 0 and self.units[j].line == line and self.units[j].text not in QUOTES_OPEN:
            j -= 1
        return j >= 0 and self.units[j].line == line and self.units[j].text in QUOTES_OPEN and self.quoted_thing(j) is not None

    def quoted_after(self, open_: int) -> NameSpan | None:
        if not (0 <= open_ < len(self.units)) or self.units[open_].text not in QUOTES_OPEN:
            return None
        line = self.units[open_].line
        j = open_ + 1
        while j < len(self.units) and j - open_ <= MAX_NAME_WORDS + 1 and self.units[j].line == line:
            if self.units[j].text in QUOTES_CLOSE and j > open_ + 1:
                return NameSpan(open_ + 1, j - 1, "quoted") if self._quoted_name(open_ + 1, j - 1, line) else None
            j += 1
        return None

    def name_before(self, title: int) -> NameSpan | None:
        """The name just before the title phrase that starts at unit ``title``:
        ``کاظم جلالی، سفیر``, ``«راس ویلسون»، سفیر``, ``محمود احمدی‌نژاد رئیس‌جمهور``."""
        j = title - 1
        comma = j >= 0 and self.units[j].text == "،"
        if comma:
            j -= 1
        quoted = self.quoted_before(j)
        if quoted is not None:
            return quoted
        if j < 0 or self.units[j].line != self.units[title].line:
            return None
        # Words as runs of units (خطیب‌زاده is two units glued by ZWNJ), read backwards.
        words: list[tuple[int, int]] = []
        while j >= 0 and len(words) < 4:
            first = j
            while first > 0 and self.units[first].glued:
                first -= 1
            if not all(self._name_unit(k) for k in range(first, j + 1)):
                break
            words.append((first, j))
            if first > 0 and self.units[first - 1].line != self.units[first].line:
                break  # a name does not run across sections
            j = first - 1
        if not words:
            return None
        words.reverse()
        # Start at the first given name if there is one; else, after a comma, keep at
        # most the last two words; without a comma, a name needs its given name.
        for n, (first, _) in enumerate(words):
            if self._given(first) and not self.units[first].glued:
                words = words[n:]
                break
        else:
            # Without a given name, only "X Y، title" where X Y opens a phrase (با جبور، ...), and
            # not an attribution: «به گزارش فارس، وزیر ...» names a source, not the minister.
            words = words[-2:]
            if not comma or not self.opens_clause(words[0][0]) or self.units[words[0][0]].text in ATTRIBUTION_NOUNS:
                return None
            if self.units[words[0][0]].text in NAME_HEADS:
                return None  # «از زندان اوین، وزیر دادگستری ایتالیا»: a place, not the minister's name
        return NameSpan(words[0][0], words[-1][1], "apposition")

    def opens_clause(self, i: int) -> bool:
        """Whether a name starting at unit ``i`` stands where a clause or phrase starts."""
        if i == 0 or self.units[i - 1].line != self.units[i].line:
            return True
        prev = self.units[i - 1]
        return prev.kind == "punct" or prev.text in NAME_OPENERS

    def bare_name_at(self, i: int) -> NameSpan | None:
        """A name with no title or quotes: an unambiguous given name and a surname
        (جورج جبور، کالین پاول), both unknown to the KB."""
        if i > 0 and self.units[i].glued:
            return None
        w = self.word(i)
        if w is None or w in AMBIGUOUS_GIVEN or not self._given(i) or self.covers(i):
            return None
        line = self.units[i].line
        last = i
        while self._given(last + 1) and self._name_unit(last + 1, line):
            last += 1
        if not self._name_unit(last + 1, line) or self.units[last + 1].glued:
            return None
        last += 1
        # Arabic names go on after بن / ابن / آل: محمد بن سلمان
        while self.word(last, line) in NAME_LINKS and self._name_unit(last + 1, line):
            last += 1
        while self._name_unit(last + 1, line) and self.units[last + 1].glued:
            last += 1
        return NameSpan(i, last, "bare")

    def name_after(self, i: int, honorific: bool = False) -> NameSpan | None:
        """A name that starts at ``i`` right after a title: a given name and a surname."""
        if i == 0 or i >= len(self.units) or self.units[i].line != self.units[i - 1].line:
            return None
        quoted = self.quoted_after(i)
        if quoted is not None:
            return quoted
        line = self.units[i].line
        if not self._given(i):
            # After an honorific (حجت‌الاسلام قمی، سردار سلیمانی) the name may be a surname alone.
            if honorific and self._name_unit(i, line) and self.word(i, line) not in TITLE_MODIFIERS:
                # (not «یک ژنرال [ارشد]»: a modifier of the honorific, no surname)
                last = i
                while self._name_unit(last + 1, line) and self.units[last + 1].glued:
                    last += 1
                return NameSpan(i, last, "honorific")
            return None
        last = i
        # Compound given names (محمد جواد ظریف), then the surname, which may have more
        # than one word (محمد ظهیر عظیمی): names end at punctuation, stopwords and KB names.
        while self._given(last + 1) and self._name_unit(last + 1, line):
            last += 1
        words = 0
        while words < 2 and self._name_unit(last + 1, line):
            end = last + 1
            while self._name_unit(end + 1, line) and self.units[end + 1].glued:
                end += 1
            # A second surname word only when the name visibly ends after it (، or a title).
            if words == 1 and not (end + 1 >= len(self.units) or self.units[end + 1].kind == "punct" or end + 1 in self.at):
                break
            last = end
            words += 1
        return NameSpan(i, last, "title")
