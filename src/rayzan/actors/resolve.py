"""The actors stage: who is who in one article.

1. Find KB names in the text (``gazetteer``) and read them into title and
   body phrases (``phrases``).
2. Walk the article once, left to right: people from title patterns in both
   orders and from NER ``PER`` entities; states, cities, places, organisations
   and bodies from the KB; capitals coordinated (تهران و مسکو) as the two
   governments; pronouns (وی، او), repeated names and bare surnames as the
   person last named; plural references (طرفین، دو طرف، دو کشور) as one
   mention per side.
3. Resolve titles that name nobody (سفیر ایران) to the person who holds that
   title in the article, or to an unnamed office-holder.
4. Fill ``Entity.actor`` from the mention that covers each entity.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter

from rayzan.actors.gazetteer import Gazetteer, Match, Units, units_of
from rayzan.actors.located import (
    DIPLOMACY,
    IRAN_OWN_NAMES,
    IRAN_WORDS,
    LOCAL_FORCE_KEYS,
    OURS,
    PLACED_BODY_KEYS,
    SENDING,
    SPELLING_STATES,
    ForcePlaces,
)

# A later bare force in a sentence is the one placed before it only near it, with no contrast or border between.
_MEMO_REACH = 12
_MEMO_BREAKS = frozenset({"اما", "ولی", "وقتی", "هنگامی", "اگر", "مرز", "مرزها", "کشور"})
from rayzan.actors.kb import (
    BODY,
    CITY,
    COUNTRY,
    DEMONYM,
    HOME,
    METONYM,
    ORGANISATION,
    PERSON,
    PLACE,
    SECTOR_CODES,
    Entry,
    KnowledgeBase,
    Surface,
    load_kb,
    plain,
    slug,
    surface_keys,
)
from rayzan.actors.people import PersonDraft, foreign_name, same_title, title_en, title_sector
from rayzan.actors.phrases import (
    AND,
    IN,
    FOREIGN_TITLES,
    GROUP_NOUNS,
    GROUPS,
    MEETING_HEADS,
    NAME_HEADS,
    ORG_DETERMINERS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SENTENCE_ENDS,
    SITE_HEADS,
    STOPWORDS,
    THIS_NOUNS,
    BodyPhrase,
    NameSpan,
    OrgSpan,
    PhraseReader,
    TitlePhrase,
    place_state,
    state_of,
)
from rayzan.actors.romanize import romanize_name
from rayzan.actors.spans import SpanIndex
from rayzan.actors.table import ActorTable
from rayzan.document import Actor, Document, Entity, Mention, Role

PRONOUNS = frozenset({"وی", "او"})
# Plural references to "both sides", as unit sequences; persons first, else states.
PLURALS_SIDES = (("هر", "دو", "طرف"), ("دو", "طرف"), ("طرفین",), ("دو", "جانب"), ("جانبین",))
PLURALS_STATES = (("هر", "دو", "کشور"), ("دو", "کشور"))
# First words of everything ``on_word`` looks for, to skip all other words at once.
# «به این کشور سفر کرد», «با این کشور»: a state referred to after a preposition (see ``on_this_state``).
_THIS = frozenset({"این", "آن"})
_GOVERNING = frozenset({"به", "با", "از", "علیه", "ضد", "برای", "بر", "بین", "میان"})
_TRIGGERS = PRONOUNS | _THIS | {seq[0] for seq in PLURALS_SIDES + PLURALS_STATES}
# How far back (in characters) a pronoun looks for its person.
PRONOUN_REACH = 600


_WORDS_AFTER = re.compile(r"\s+([\w\u200c]+)(?:\s+([\w\u200c]+))?")
_WEB_ADDRESS = re.compile(r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:ir|com|net|org|info|news|tv)", re.IGNORECASE)
# A movement's branch in another state, by that state: bare «طالبان» beside Pakistan only is the TTP.
_LOCAL_BRANCHES = {"TALIBAN": {"PAK": "TTP"}}
# Words right before a movement that make it the one that rules (its border guards, delegations, officials: the TTP
# has none): «نیروهای مرزبانی طالبان», «هیئت‌های طالبان», «مقامات طالبان» are Afghanistan's, beside Pakistan too.
_RULERS_WORDS = frozenset(
    {"مرزبانی", "مرزبانان", "مرزی", "هیئت", "هیأت", "هیات", "هیئتی", "مقامات", "مقام", "مسئولان", "مسئولین", "حکومت",
     "دولت", "رژیم", "نماینده", "نمایندگان", "سفیر", "سفارت", "دیپلمات"}
)
# Words of a sentence about a frontier two states share: a movement that holds one rules the state beyond it
# («طالبان با پاکستان در مرز درگیر شدند», «نیروهای طالبان و پاکستان در گذرگاه تورخم»).
_FRONTIER_WORDS = frozenset({"مرز", "مرزی", "مرزبانی", "مرزبانان", "دیورند", "تورخم"})
_PREPOSITIONS = frozenset({"در", "به", "از", "و", "سوی", "با"})
# A medium named like a capital, with the capital's KB id: «الجزیره» after «از», «در» or «به» in a sentence that names
# Algeria is Algiers («سفرای خود را از الجزیره فراخواندند»), elsewhere the channel («به گزارش الجزیره»).
_CAPITAL_NAMESAKES = {"ALJAZEERA": "place:algiers"}
# NER PER spans that name no one: everyday words, the Mahdi, charges (``_Article._no_name``).
_NOT_NAMES = frozenset(
    {"میانجی", "میانجیگر", "میانجی‌گر", "امام زمان", "امام عصر", "صاحب الزمان", "افساد فی‌الارض", "افساد فی الارض",
     "محاربه", "بغی", "نشر اکاذیب", "سب النبی", "زمان"}
)
_HASAN_NOUNS = frozenset(
    {"همجواری", "نیت", "ظن", "همسایگی", "تفاهم", "اجرا", "روابط", "رابطه", "سلوک", "خلق", "انجام", "تدبیر",
     "استقبال", "شهرت", "سابقه", "رفتار", "ختام"}
)
# Heads of a place a name after them is («محله‌های شیخ مقصود»), besides the facility heads
_PLACE_HEADS = frozenset({"محله", "محلات", "منطقه", "مناطق", "روستای", "روستا", "کوی", "شهرک", "شهرهای", "شهر"})
_NAMED_PLACE_HEADS = NAME_HEADS | _PLACE_HEADS
# Words of a ruler's fall or rule before a bare surname that is his (``shared``): «پس از سقوط اسد», «رژیم اسد»
_RULE_WORDS = frozenset({"سقوط", "سرنگونی", "فروپاشی", "رژیم", "حکومت", "فرار", "برکناری", "نظام", "دوران", "حامیان"})
# First halves of joined demonyms: «روس‌اسرائیلی», «انگلیسی‌ایرانی»
_DEMONYM_STEMS = frozenset({"روس", "انگلیسی", "آمریکایی", "ایرانی", "فرانسوی", "آلمانی", "کانادایی", "استرالیایی", "سوئدی"})
# Capitals that are a weekday too («دوشنبه»): the city only in a story that names their state (common_senses.yaml)
_DAY_CITIES = {"دوشنبه": re.compile(r"تاجیک|رحمان|رحمانوف")}
# Monarchies with no president: a bare «رئیس‌جمهور» in a story about one is not theirs (Iran's, by default)
_NO_PRESIDENT = frozenset(
    {"OMN", "SAU", "QAT", "KWT", "BHR", "JOR", "MAR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "JPN", "THA",
     "MYS", "BRN", "CAN", "AUS", "NZL", "LUX", "MCO", "LIE", "BTN", "KHM", "SWZ", "LSO", "TON", "VAT"}
)
_NORTH_KOREA = re.compile(r"کره\s+شمالی|پیونگ[\s\u200c]*یانگ")
_SOUTH_KOREA = re.compile(r"کره\s+جنوبی|سئول")
# Arabic compounds of a status NER tags as a name («ممنوع‌الخروجی» a travel ban, «مجهول‌الهویه», «مفقودالاثر»).
_STATUS_NOUN = re.compile(r"(?:ممنوع|مجهول|مفقود|فارغ|لازم)\u200c?ال")
# The honorific of the Prophet's descendants, often written onto the given name («سیدکاظم», «سیدمحمد»).
_SAYYID = "سید"
# Nouns of what is done to or by someone, which NER sweeps into the name after them («با استرداد کارلا زامبلی»).
_DEEDS = frozenset(
    {"استرداد", "بازداشت", "دستگیری", "آزادی", "اعدام", "ترور", "قتل", "محاکمه", "اخراج", "تحویل", "ربودن", "ربایش",
     "انتصاب", "عزل", "برکناری", "استعفای", "سخنان", "اظهارات", "پیام", "نامه", "تبرئه", "محکومیت", "حبس", "حمایت"}
)
# First words of titles in the plural, which list the states whose holders they name («وزرای خارجه ایران و مصر»).
# Named with no state, they are a meeting's many («نشست وزرای خارجه کشورهای عضو»): no one state's office-holder.
PLURAL_TITLES = frozenset({"سفرا", "سفرای", "وزرای", "وزیران", "معاونان", "رؤسای", "روسای"})
# Prepositions that place an act in a city: «در تهران», «به تهران سفر کرد», «وارد تهران شد».
_VENUE_PREPOSITIONS = frozenset({"در", "به", "وارد"})
# Agreements and bills NER tags as organisations: no party («مجلس لوایح CFT و پالرمو را تصویب کرد»).
_AGREEMENTS = frozenset(
    key for name in ("CFT", "پالرمو", "برجام", "NPT", "ان‌پی‌تی", "پروتکل الحاقی", "قطعنامه ۲۲۳۱") for key in surface_keys(name)
)
# Nouns that open an NER ORG span of no organisation: «اطلاعات جعلی رژیم صهیونیستی» (false information),
# «اخبار ...», «اقتصاد ...»; and «جمعیت» before a state's name alone (جمعیت هند: India's population, not a society
# as «جمعیت هلال احمر»).
_NO_ORG_OPENERS = frozenset({"اطلاعات", "اخبار", "گزارش", "اقتصاد", "خاک", "ترانزیت", "صادرات", "واردات", "نشر"})
_PLATFORM = re.compile(r"(?:شبکه|پلتفرم|صفحه|حساب|رسانه)(?: اجتماعی)?(?: کاربری)? (?:ایکس|توییتر|تویتر|اینستاگرام|فیسبوک|تلگرام)")
_POPULATION_WORDS = frozenset({"کیفری", "زندانیان", "کشور", "جهان", "شهر", "روستایی", "شهری", "فعال"})
_ROUTE_OPENERS = frozenset({"راه‌آهن", "راه", "خط", "کریدور", "مسیر", "خط‌لوله"})
# Nouns before «استقلال» that make it independence, not the club: «از زمان استقلال», «سالروز استقلال».
_INDEPENDENCE_NOUNS = frozenset({"زمان", "روز", "سالروز", "اعلام", "جنگ", "همه‌پرسی", "حق", "جشن", "پس", "کسب", "استقلال"})
_WORD_BEFORE = re.compile(r"([\w\u200c]+)\s+$")
# Institutions named like a state («دانشگاه کلمبیا», «دانشگاه جورجیا», «کالج واشنگتن»): no state after them
_NAMESAKE_INSTITUTIONS = frozenset({"دانشگاه", "کالج", "دانشکده"})
# A lone word the NER took for a name is a noun after an article or a demonstrative («یک روحانی»: a cleric,
# «این لاریجانی» does not occur), and a nisba after a noun for a group of people is where they are from
# («کشاورزان سیستانی»: farmers of Sistan, not Ayatollah Sistani).
_NOUN_DETERMINERS = frozenset(["یک", "این", "آن", "همان", "همین", "چند", "هر"])
_PEOPLE_GROUPS = frozenset(
    w.replace("\u200c", "")
    for w in ["کشاورزان", "کارگران", "رانندگان", "معلمان", "فرهنگیان", "بازنشستگان", "دانشجویان", "پرستاران",
              "فعالان", "زنان", "مردان", "جوانان", "اهالی", "مردم", "شهروندان", "طلاب", "روحانیون", "دامداران",
              "ماهیگیران", "عشایر", "کسبه", "بازاریان", "پزشکان", "نمایندگان", "زائران", "مهاجران", "اتباع"]
) | GROUP_NOUNS
# A word past a list's comma, after or before a name (``_common_sense_at``).
_LISTED_AFTER = re.compile(r"\s*،\s*([\w\u200c]+)")
_LISTED_BEFORE = re.compile(r"([\w\u200c]+)\s*،\s*$")
# Bodies named after who leads them: «دولت فرانسوا بایرو» is the government of Bayrou's state, not the home one.
_LED_BODIES = frozenset({"GOV"})
# Names of a body only the home state uses: «قوه قضاییه» (Iran's judiciary; other states' are «دستگاه قضایی»).
HOME_BODY_NAMES = {"JUD": re.compile(r"قوه\s+قضا[یئ]یه"), "COURT": re.compile(r"دادگاه(?:\s+عمومی\s+و)?\s+انقلاب(?:\s+اسلامی)?")}
# Courts and prosecutors named by the city they sit in, past a word or two of their kind («دادگاه جنایی کرخ بغداد»)
_CITY_SEATED = frozenset({"COURT", "PROSECUTION"})
# A state's ministry, government or court placed «در» its capital is that state's: «وزارت دفاع در صنعا», «دادستانی کل
# در کابل» (not an embassy, which serves its sender there, nor a force, which ``located_force`` places).
_CAPITAL_SEATED = frozenset(
    {"GOV", "PRES", "PMO", "MFA", "MOD", "MOI", "MOJ", "MOE", "MOIL", "MOEN", "MOC", "MOINT", "MOH", "MOLAB", "MOEDU",
     "MOSCI", "MOCUL", "MOAG", "MORD", "MOICT", "MOSPORT", "MOTOUR", "MOREF", "LEG", "JUD", "COURT", "CONSTCOURT",
     "PROSECUTION"}
)
# words that end the search for the city a court sits in: a preposition, an object, a clause
_SEAT_STOPS = _PREPOSITIONS | {"را", "که", "این", "آن"}
# Words after a short form that make it another organisation (see ``_breaks_short_form``): «آژانس املاک» (an estate
# agency), «مجمع عمومی سهامداران» (a company's general meeting).
SHORT_FORM_BREAKERS = frozenset(
    ["املاک", "اطلاعات", "امنیت", "توسعه", "حفاظت", "همکاری", "خبرگزاری", "تبلیغات", "کاریابی", "مسافرت", "سهامداران",
     "فدراسیون", "فراکسیون", "شرکت", "کانون", "صندوق", "اتاق", "هیئت", "هیات", "موسسه", "مؤسسه", "اتحادیه", "انتشارات"]
)
# Words after which a name is a state's («کشور کامرون», «نیروهای کامرون»), not a person's.
_STATE_WORDS = frozenset({"کشور", "کشورهای", "دولت", "دولت‌های", "نیروهای", "ارتش", "مردم", "جمهوری"})
_DETERMINER_BEFORE = re.compile(r"(?<![\w\u200c])(?:یک|این|آن|همین|همان|هر|چند|دو)\s+$")
_DASHES = frozenset({"-", "–", "—", "ـ"})
# «بسیج» as mobilisation, no Basij: after an order («دستور بسیج», «فرمان بسیج», «اعلام بسیج») or before whom it calls up
# («بسیج عمومی», «بسیج نیروها»); not after «طبق» («طبق اعلام بسیج»: as the Basij announced), nor Khomeini's order of the
# «بسیج ۲۰ میلیونی» (the Basij's founding).
_MOBILISING = frozenset({"دستور", "فرمان", "اعلام", "حکم"})
_MOBILISED = frozenset({"عمومی", "همگانی", "نیروها", "نیروهای", "سربازان", "ذخیره", "نسبی", "جزئی"})
_AS_SAID_BY = frozenset({"به", "طبق", "بنابر", "بر", "براساس", "اساس", "با", "از", "مطابق"})
_BASIJ_FOUNDING = frozenset({"۲۰", "20", "بیست"})  # «بسیج ۲۰ میلیونی»
# Words before «کشور» that make it some other country than the home one: «این کشور», «هر دو کشور», «کشور ثالث».
_NOT_HOME_COUNTRY = frozenset({"این", "آن", "همین", "همان", "هر", "دو", "سه", "چند", "یک", "کدام", "هیچ", "برخی", "دیگر", "آن‌ها"})
_WORDS_BEFORE = re.compile(r"(?:([\w\u200c]+)\s+و\s+|([\w\u200c]+)\s+)$")


class _Article:
    def __init__(self, kb: KnowledgeBase, doc: Document) -> None:
        self.kb = kb
        self.doc = doc
        self.text = doc.text
        self.units: Units = units_of(doc.text)
        self.matches: list[Match] = Gazetteer(kb).find(doc.text, self.units)
        # (a name that is an everyday word where it stands names no state for «این کشور»: «اتهام‌های مالی»)
        self.reader = PhraseReader(kb, doc.text, self.units, self.matches, self._common_sense_at, doc.meta.published)
        self.table = ActorTable(kb, self.default_state)
        self._north: bool | None = None
        self.actors = self.table.actors
        self.people: dict[str, PersonDraft] = {}
        self.mentions: list[Mention] = []
        self._texts: dict[str, str] = {}  # see ``mention_text``
        self.names: dict[str, str] = {}  # surface key of a person's name or surname -> person id
        self.name_firsts: set[str] = set()  # first words of those keys
        self.single: set[str] = set()  # people named so far by one word only (a surname)
        self.untitled: list[tuple[TitlePhrase, int]] = []  # titles naming nobody, with position
        self.abroad_offices: dict[str, str] = {}  # phrase -> actor id of an office in a state the text does not name
        self.org_firsts = {head.split(" ")[0] for head in kb.org_heads}
        self.org_names: dict[str, str] = {}  # surface key of an organisation found by its head -> id
        self.short_firsts = {key.split(" ")[0] for key in kb.short_forms}
        self.cued: dict[str, bool] = {}  # organisation id -> whether the article names a cue of its short form
        self._match_ends: dict[int, Match] | None = None  # matches by last unit (see ``_state_beside``)
        self.ner_names = self._ner_names()
        self.context_state = self._context_state()
        self.force_places = ForcePlaces(self.units, self.matches, self._common_sense_at)
        self.located_forces: dict[tuple[str, int], tuple[str, int]] = {}  # (body id, sentence start) -> state, unit
        self.mobilisations: set[int] = set()  # where «بسیج» is a mobilisation (``_mobilisation``)
        self._iran_sentences: dict[int, bool] = {}  # sentence start -> whether it names anything of Iran's
        self._match_starts = [m.start for m in self.matches]
        self.dateline_state = self._dateline_state()
        self.iran_own_names: dict[str, int] = {}  # body id -> where Iran's own name for it first stands (or the end)
        self.led_bodies: list[tuple[int, Entry, int]] = []  # (mention index, body, where its head's name starts)

    # ----- building blocks -------------------------------------------------------------

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.units[first].start, self.units[last].end

    def mention(self, first: int, last: int, actor: str, kind: str) -> None:
        start, end = self.span(first, last)
        self.mentions.append(Mention(self.mention_text(start, end), start, end, actor, kind))

    def mention_text(self, start: int, end: int) -> str:
        """``text[start:end]``, one string per distinct mention text: a page names the same few
        actors thousands of times, and each copy was a third of its Mention's memory."""
        text = self.text[start:end]
        return self._texts.setdefault(text, text)

    def _ner_names(self) -> dict[int, NameSpan]:
        """NER PER entities as unit spans, keyed by first unit."""
        out: dict[int, NameSpan] = {}
        pers = [e for e in self.doc.entities if e.label == "PER"]
        if not pers:
            return out
        # Units are in text order and do not overlap: their starts and ends both ascend.
        starts, ends = self.units.starts, self.units.ends
        for e in pers:
            if e.text.replace("\u200c", "") in GROUP_NOUNS or _STATUS_NOUN.match(e.text):
                continue  # «به گفته قربانیان»: the victims, no one named; «ممنوع‌الخروجی»: a travel ban
            before = _WORD_BEFORE.search(self.text, max(0, e.start - 30), e.start)
            if self._no_name(e.text) or before is not None and self._no_name(f"{before.group(1)} {e.text}"):
                continue  # «حسن همجواری», «میانجی», «امام زمان», «روس‌اسرائیلی»: a word, the Mahdi, a nationality
            if before is not None and " " not in e.text.strip() and (
                before.group(1) in _NOUN_DETERMINERS
                or e.text.endswith("ی") and before.group(1).replace("\u200c", "") in _PEOPLE_GROUPS
            ):
                continue  # «یک روحانی», «کشاورزان سیستانی»: a noun, an origin
            first, last = bisect_left(starts, e.start), bisect_left(ends, e.end)
            if first < len(starts) and starts[first] == e.start and last < len(ends) and ends[last] == e.end:
                out[first] = NameSpan(first, last, "ner")
        return out

    def _place_head_before(self, i: int) -> bool:
        """Whether a head of a place stands before unit ``i`` (past a plural ending): «محله‌های [شیخ مقصود]»."""
        k = i - 1
        if k >= 0 and self.units[k].glued and self.units[k].text in ("ها", "های"):
            k -= 1
        return k >= 0 and self.units[k].text in _NAMED_PLACE_HEADS

    def _no_name(self, text: str) -> bool:
        """Whether an NER PER span is no one's name: an everyday word or phrase (``_NOT_NAMES``: «میانجی», «امام زمان»),
        «حسن» before an abstract noun (``_HASAN_NOUNS``: «حسن همجواری», good neighbourliness), or demonyms joined
        («روس‌اسرائیلی», «فرانسوی-آلمانی»: a nationality)."""
        key = surface_keys(text)[0]
        if key in _NOT_NAMES:
            return True
        first, _, rest = key.partition(" ")
        if first == "حسن" and rest and (rest.split(" ")[0] in _HASAN_NOUNS or rest.replace(" ", "") in _HASAN_NOUNS):
            return True  # («هم‌جواری» may come as two words)
        parts = [p for p in re.split(r"[\u200c\-–]", text.strip()) if p]
        if len(parts) > 1 and " " not in text.strip():
            hits = [self.kb.lookup(p) for p in parts]
            return all(h is not None and h.form == DEMONYM for h in hits) or all(
                h is not None and h.form == DEMONYM for h in hits[1:]
            ) and parts[0] in _DEMONYM_STEMS
        return False

    def _context_state(self) -> str | None:
        """The state an article is about, if one dominates its state mentions and the states of
        the well-known people it names: an unqualified "ارتش" or "دولت" in a story about Pakistan
        is Pakistan's, and "رئیس مجلس" beside Rousseff and Temer is Brazil's.  ``state_counts``
        keeps the state mentions alone."""
        self.state_counts = Counter(
            m.surface.entry.country for m in self.matches if _names_state(m) and not self._common_sense_at(m)
        )
        people = Counter(m.surface.entry.country for m in self.matches if m.surface.entry.kind == PERSON and m.surface.entry.country)
        counts = self.state_counts + people
        if not counts:
            return None
        state, n = counts.most_common(1)[0]
        return state if n >= 2 and n * 2 >= sum(counts.values()) else None

    def _dateline_state(self) -> str | None:
        """The foreign state whose city an article's dateline names at the head of its first paragraph («دمشق - ایرنا
        -», «کابل- ایرنا-»), when no state dominates the article (``context_state``) and it names nothing of Iran's
        (``names_iran``; Iran's agencies report Iran's own officials from New York and Vienna)."""
        if self.context_state is not None:
            return None
        section = next((s for s in self.doc.sections if s.kind != "title"), None)
        if section is None:
            return None
        units, texts = self.units, self.units.texts
        first = bisect_left(units.starts, section.start)
        m = self.reader.at.get(first)
        if m is None or m.surface.entry.kind != CITY or m.surface.entry.country in (None, HOME):
            return None
        dash = m.last + 1
        if dash >= len(texts) or texts[dash] not in _DASHES:
            return None
        close = dash + 1
        while close < len(texts) and close - dash <= 3 and units[close].kind == "word":
            close += 1  # the agency's name: «ایرنا», «خبرگزاری فارس»
        if close == dash + 1 or close >= len(texts) or texts[close] not in _DASHES:
            return None
        if self._names_iran_between(0, units[first].start) or self._names_iran_between(units[close].end, len(self.text)):
            return None
        return m.surface.entry.country

    def dateline_body(self, bp: BodyPhrase) -> str | None:
        """The dateline's state (``_dateline_state``) for a bare body of the home state by default: «کابل- ایرنا- پلیس ده
        معترض را بازداشت کرد».  Not a title's (Iran's officials travel), nor a body named before with a state."""
        if self.dateline_state is None or bp.abroad or bp.body.country is not None or bp.body.default_country != HOME:
            return None
        if self.table.named_states.get(bp.body.id) is not None or self._iran_own_name_at(bp.body.id) < self.units[bp.first].start:
            return None
        return self.dateline_state

    def default_state(self, body: Entry | None, abroad: bool = False) -> str | None:
        """The state of a body or title the text does not qualify: the home state
        (Iran, for Iranian media) unless the article is about another one.  ``abroad``: in a
        division Iran does not have (پلیس ایالت پنجاب), never the home state (``abroad_state``)."""
        if body is None or body.default_country is None:
            return None
        if body.default_country == HOME:
            return self.abroad_state() if abroad else self.context_state or HOME
        return body.default_country

    def named_before(self, body: Entry, first: int) -> str | None:
        """The state the text last named ``body`` with before unit ``first`` («کنگره پرو ... رئیس کنگره»), as a bare
        mention of the body takes it (``ActorTable.body``)."""
        earlier = [state for at, state in self.reader.qualified.get(body.id, ()) if at < first]
        return earlier[-1] if earlier else None

    def hosted(self, body: Entry, first: int) -> bool:
        """Whether a bare title of a body of the home state's by default, at unit ``first``, is the office a visitor
        meets in the home capital: after «با» or «به» in a sentence that places its act in Tehran («... به تهران سفر
        کرده است، با رئیس‌جمهور دیدار کرد»), though the article is about the visitor's state."""
        if body.default_country != HOME or self.context_state in (None, HOME) or self.reader.word(first - 1) not in ("با", "به"):
            return False
        sentence = self.doc.sentence_at(self.units[first].start)
        if sentence is None:
            return False
        lo, hi = bisect_left(self._match_starts, sentence.start), bisect_left(self._match_starts, sentence.end)
        return any(
            m.surface.entry.kind == CITY and m.surface.entry.capital and m.surface.entry.country == HOME
            and self.reader.word(m.first - 1) in _VENUE_PREPOSITIONS
            for m in self.matches[lo:hi]
        )

    def abroad_state(self) -> str | None:
        """The state of a division Iran does not have (ایالت، ولایت) whose state the text does not
        name: the article's state if it is not Iran, else the one other state the article names
        («پاکستان ... پلیس ایالت پنجاب»), else none: the province's name alone does not place it."""
        if self.context_state and self.context_state != HOME:
            return self.context_state
        others = [state for state in self.state_counts if state != HOME]
        return others[0] if len(others) == 1 else None

    # ----- people ------------------------------------------------------------------------

    def person(self, first: int, last: int, name: str | None = None) -> str:
        """The person named at units ``first``..``last`` (or by ``name``, when the text splits it)."""
        start, end = self.span(first, last)
        name = name or self.text[start:end]
        key = surface_keys(name)[0]
        if key in self.names:
            return self.names[key]
        unfused = self.without_fused_sayyid(name)  # «سیدکاظم صدیقی»: the honorific written onto the given name
        hit = self.kb.lookup(name) or (self.kb.lookup(unfused) or self.kb.lookup(f"سید {unfused}") if unfused else None)
        homonym = self.kb.homonyms.get(key)  # NER calls «کامرون» a person: then it is David Cameron
        if homonym is not None and _DETERMINER_BEFORE.search(self.text, max(0, start - 8), start):
            homonym = None  # «یک روحانی», «این روحانی»: a cleric, not President Rouhani
        if homonym is not None and (hit is None or hit.entry.kind != PERSON):
            hit = Surface(homonym, "name")
        if hit is None and key in self.kb.shared_surnames and (shared := self.homonym_person(first, last)) is not None:
            return shared  # NER's «متقی» after «عراقچی و»: Muttaqi, not an Iranian of that surname
        if hit is not None and hit.entry.kind == PERSON:
            e = hit.entry
            pid = e.id
            if pid not in self.people:
                self.people[pid] = PersonDraft(pid, e.name, e.name_en, known_country=e.country, known=True)
        elif len(key.split(" ")) > 1 and key.split(" ")[-1] in self.names and self.names[key.split(" ")[-1]] in self.single:
            # "دکتر سرابی" in the headline, "غلامرضا سرابی" in the body: one person, full name.
            pid = self.names[key.split(" ")[-1]]
            p = self.people[pid]
            if p.romanised:
                p.name, p.name_en = name, romanize_name(name, self.kb)
            self.single.discard(pid)
        else:
            name = self.as_written(start, end, name)
            name_en = romanize_name(unfused or name, self.kb)
            pid = f"person:{slug(name_en) or slug(key)}"
            while pid in self.people and self.people[pid].name != name:
                pid += "-2"
            if pid not in self.people:
                self.people[pid] = PersonDraft(pid, name, name_en, romanised=True)
        self.names[key] = pid
        words = key.split(" ")
        if len(words) == 1 and pid not in self.people_with_full_names():
            self.single.add(pid)
        self.name_firsts.add(words[0])
        if len(words) > 1 and len(words[-1]) > 2:
            self.names.setdefault(words[-1], pid)  # the surname alone, later in the article
            self.name_firsts.add(words[-1])
        return pid

    def without_fused_sayyid(self, name: str) -> str | None:
        """``name`` without the honorific «سید» written onto its given name («سیدکاظم صدیقی» -> «کاظم صدیقی»), as
        «سید کاظم صدیقی» reads after the honorific; None when it has none."""
        first, _, rest = name.partition(" ")
        given = first[len(_SAYYID) :].lstrip("\u200c")
        if not rest or not first.startswith(_SAYYID) or plain(given) not in self.kb.given_names:
            return None
        return f"{given} {rest}"

    def as_written(self, start: int, end: int, name: str) -> str:
        """``name`` (the normalised text from ``start`` to ``end``) as the raw text joins it: the normaliser's ZWNJ
        model guesses a cut at what looks like a prefix in an unknown word («منصور بیژار» became «بی‌ژار», read as the
        privative «بی»), but a name keeps its letters as written.  Unchanged where the raw text differs in more."""
        if "\u200c" not in name or self.doc.offsets is None:
            return name
        raw_start, raw_end = self.doc.to_raw(start, end)
        raw = plain(self.doc.raw[raw_start:raw_end])
        return raw if raw == name.replace("\u200c", "") else name

    def people_with_full_names(self) -> set[str]:
        return {pid for key, pid in self.names.items() if " " in key}

    def role_of(self, tp: TitlePhrase) -> tuple[Role, str | None, str | None]:
        """(role, explicit state, default state) for a title phrase."""
        t = tp.title
        implied = tp.inner.body if tp.inner else t.body
        body = tp.body.body if tp.body else (self.kb.bodies.get(implied) if implied else None)
        explicit = tp.country or t.country or (body.country if body else None) or (tp.org.country if tp.org else None)
        default = self.default_state(body, tp.abroad) if body and not tp.org else None
        if default is not None and not explicit and body is not None:
            # «کنگره پرو ... رئیس کنگره»: the state the text named the body with before; «... به تهران سفر کرده،
            # با رئیس‌جمهور دیدار کرد»: the host's
            default = self.named_before(body, tp.first) or (HOME if self.hosted(body, tp.first) else default)
        if default in _NO_PRESIDENT and not explicit and body is not None and body.id == "PRES":
            default = HOME  # «پیام رئیس‌جمهور را به سلطان عمان تسلیم کرد»: Oman has no president; Iran's
        start, _ = self.span(tp.first, tp.first)
        _, end = self.span(tp.title_last, tp.title_last)
        title_fa = self.text[start:end]
        english = title_en(t, body, tp.org, tp.inner, tp.modified or tp.local is not None)
        if tp.group is not None:
            english = f"{GROUPS[tp.group][0]} {english}"  # «رهبر مخالفان ونزوئلا»: opposition leader, not Venezuela's
        if tp.local is not None:
            english = f"{english} ({self.local_name(tp.local)})"  # «فرمانده انتظامی استان هرمزگان»: the province's
        if tp.former:
            english = f"former {english}"
        return Role(title_fa, english, explicit or default, tp.posted), explicit, default

    def local_name(self, local: tuple[str, int, int]) -> str:
        """English of a division or place a title names: «استان هرمزگان» -> "Hormozgan province", «کابل» -> "Kabul"."""
        tier, first, last = local
        start, end = self.span(first, last)
        hit = self.kb.lookup(self.text[start:end])
        name = hit.entry.name_en if hit is not None else romanize_name(self.text[start:end], self.kb)
        return f"{name.removesuffix(' Province').removesuffix(' province')} {tier}".strip()

    def give_role(self, pid: str, tp: TitlePhrase, keep_state: bool = False) -> None:
        """Give ``tp``'s role to ``pid``, and its state unless ``keep_state``."""
        role, explicit, default = self.role_of(tp)
        p = self.people[pid]
        if keep_state:
            p.add_role(role)
            return
        if explicit and not p.country:
            p.country = explicit
        if tp.org is not None and tp.org.country is None:
            p.stateless_role = True  # دبیرکل سازمان ملل: serves no one state
        if default and not p.default_country:
            p.default_country = default
        if tp.abroad and not explicit:
            p.abroad = True  # استاندار ایالت پنجاب: no Iranian, whatever else places him
        if tp.title.name in FOREIGN_TITLES and not explicit:
            p.stateless_role = True  # «سناتور لیندسی گراهام از عربستان انتقاد کرد»: not the state he speaks of
        if not explicit and default and p.known_country and p.known_country != default:
            role = Role(role.title, role.title_en, p.known_country, role.posted)
        p.add_role(role)
        sector = title_sector(tp)
        if sector:
            p.sectors.append(sector)

    def title_mentions(self, tp: TitlePhrase, holder: str | None = None) -> None:
        """Mentions inside a title phrase: its body, state and posting.  A body no state qualifies is that of the
        state the KB places its ``holder`` in («اسماعیل بقائی سخنگوی وزارت امور خارجه» in a story about France)."""
        if tp.body is not None:
            b = tp.body
            known = self.people[holder].known_country if holder in self.people and b.body.country is None else None
            self.mention(b.first, b.last, self.table.body(b.body, b.country or known or self.home_name(b), b.abroad), "name")
        elif tp.country_match is not None:
            self.match_mention(tp.country_match)
        if tp.posted_match is not None:
            self.match_mention(tp.posted_match)
        if tp.org is not None:
            for match in self.matches:
                if match.surface.entry is tp.org and tp.first <= match.first <= tp.last:
                    self.match_mention(match)
                    break
            else:
                for k in range(tp.first + 1, tp.last + 1):  # «نخست‌وزیر دولت صنعا»: Ansarallah's government
                    seat = self.reader.seat_of_movement(k, self.units[k].line)
                    if seat is not None and seat[0] is tp.org:
                        self.mention(k, seat[1], self.table.entry(tp.org), "name")
                        break

    def match_mention(self, m: Match) -> None:
        e, form = m.surface.entry, m.surface.form
        if e.kind == "metonym":
            self.mention(m.first, m.last, self.table.metonym(e), METONYM)
        elif e.kind == BODY:
            bp = self.reader.body_at(m.first)
            if bp is not None:
                located = (self.located_force(bp) or self.dateline_body(bp) or self.seat_city(bp)) if bp.country is None else None
                country = bp.country or self.home_name(bp)
                self.mention(bp.first, bp.last, self.table.body(bp.body, country, bp.abroad, located), "name")
                if bp.country is None and bp.body.id in _LED_BODIES and not bp.abroad and self._name_follows(bp.last):
                    self.led_bodies.append((len(self.mentions) - 1, bp.body, self.units[bp.last + 1].start))
                if bp.country_match is not None:
                    self.match_mention(bp.country_match)
        elif e.kind == PERSON:
            self.mention(m.first, m.last, self.person(m.first, m.last), "name")
        elif e.kind == COUNTRY and form == DEMONYM and e.id == "KOR" and self.north_korean():
            self.mention(m.first, m.last, self.table.state("PRK"), DEMONYM)  # «همتای کره‌ای» in Pyongyang
        elif e.kind in (COUNTRY, CITY, PLACE, ORGANISATION):
            self.mention(m.first, m.last, self.table.entry(e), DEMONYM if form == DEMONYM else "name")

    def seat_city(self, bp: BodyPhrase) -> str | None:
        """The state of the city a court or prosecutor sits in, named a word or two after it («دادگاه جنایی کرخ
        بغداد»: Iraq's), else None."""
        if self.home_name(bp) is not None:
            return None
        line = self.units[bp.last].line
        if bp.body.id in _CAPITAL_SEATED:
            # (past a modifier or two: «دادگاه کیفری ویژه در صنعا»)
            at = next((k for k in range(bp.last + 1, bp.last + 4) if self.reader.word(k, line) == IN), None)
            if at is not None and not any(self.units[k].text in _SEAT_STOPS for k in range(bp.last + 1, at)):
                m = self.reader.at.get(at + 1)
                e = m.surface.entry if m is not None else None
                # (a court: in any city or in the state itself, «یک دادگاه در تونس», «دادگاهی در استانبول»; not a
                # government «در سوریه», where Iran's acts as often)
                seated = e is not None and (e.kind == CITY and e.capital or bp.body.id in _CITY_SEATED and e.kind in (CITY, COUNTRY))
                if seated and e.country not in (None, HOME):
                    return e.country
        if bp.body.id not in _CITY_SEATED:
            return None
        for k in range(bp.last + 1, min(bp.last + 4, len(self.units))):
            m = self.reader.at.get(k)
            if m is not None:
                e = m.surface.entry
                return e.country if e.kind in (CITY, PLACE) and e.country else None
            if self.reader.word(k, line) is None or self.units[k].text in _SEAT_STOPS:
                return None
        return None

    def north_korean(self) -> bool:
        """Whether «کره‌ای» (South Korea's demonym in the KB; North Korea has none of its own) is North Korean here: the
        article names North Korea or Pyongyang and neither South Korea nor Seoul."""
        if self._north is None:
            self._north = _NORTH_KOREA.search(self.text) is not None and _SOUTH_KOREA.search(self.text) is None
        return self._north

    # ----- the walk ----------------------------------------------------------------------

    def walk(self) -> None:
        units, at = self.units, self.reader.at
        texts = units.texts
        i, n = 0, len(units)
        while i < n:
            m = at.get(i)
            if m is None and texts[i] in NAME_HEADS and (end := self.facility_at(i)) is not None:
                i = end + 1  # «در فرودگاه امام خمینی»: a place named after someone, who is no party to it
                continue
            if i in self.ner_names:
                ns = self.ner_names[i]
                if m is None and self.reader.names_agreement(i):
                    i = ns.last + 1  # «پیمان موسوم به [ابراهیم] پیوست»: the Abraham Accords, no person
                    continue
                if m is None and self._noun_before_given_name(ns):
                    ns = NameSpan(i + 1, ns.last, ns.source)  # «با [استرداد] کارلا زامبلی»: the noun is no part of it
                if m is not None and m.last == ns.last and m.surface.entry.kind not in (PERSON, "role") and not self._homonym_at(m):
                    i = self.on_match(m)  # «موریتانی» tagged PER: the KB knows it is a state
                    continue
                if m is not None and m.last < ns.last and (m.surface.entry.kind in (BODY, "metonym")):
                    i = self.on_match(m)  # «پولیس ننگرهار» tagged PER: a state's body and its province
                    continue
                if m is not None and m.surface.entry.kind == PERSON and m.last > ns.last:
                    i = self.on_match(m)  # «یحیی سریع» tagged PER on «یحیی» alone: the KB knows the whole name
                    continue
                if m is not None and m.surface.entry.kind == PERSON and m.last < ns.last:
                    ns = NameSpan(m.first, m.last, "kb")  # «مقتدا صدر [آزادی]»: the KB knows where the name ends
                elif m is not None and m.surface.entry.kind == "role" and m.surface.entry.honorific and m.last < ns.last:
                    # «حضرت امام خمینی» tagged PER with its honorific: the name is what follows it
                    ns = self.known_person_at(m.last + 1) or NameSpan(m.last + 1, ns.last, ns.source)
                i = self.named(ns)
                continue
            if m is not None:
                i = self.on_match(m)
                continue
            text = texts[i]
            if text in _TRIGGERS or text in self.name_firsts:
                i = self.on_word(i)
            elif text in QUOTES_OPEN:
                i = self.on_quote(i)
            elif text in self.kb.given_names and self.reader.word(i + 1) in self.names:
                i = self.named(NameSpan(i, i + 1, "surname"))  # given name + a surname already seen
            elif text in self.kb.foreign_given and (spouse := self.shared_surname_at(i)) is not None:
                i = spouse
            elif text in self.kb.given_names and (bare := self.reader.bare_name_at(i)) is not None:
                if self._no_name(self.mention_text(units[bare.first].start, units[bare.last].end)):
                    i = bare.last + 1  # «بر پایه حسن همجواری»: good neighbourliness, no Hassan
                    continue
                i = self.named(bare)
            elif text in self.kb.shared_surnames and not units[i].glued and (homonym := self.homonym_person(i, i)) is not None:
                self.mention(i, i, homonym, "surname")  # «دیدار عراقچی و متقی»: Muttaqi, not an Iranian Mottaghi
                i += 1
            elif text in self.org_firsts and (org := self.reader.org_at(i)) is not None:
                i = self.on_org(org)
            elif text in self.short_firsts and (short := self.short_form_at(i)) is not None:
                entry, last = short  # «آژانس» after «آژانس بین‌المللی انرژی اتمی», or where «هسته‌ای» shows it
                self.mention(i, last, self.table.entry(entry), "name")
                i = last + 1
            else:
                i += 1

    def _noun_before_given_name(self, ns: NameSpan) -> bool:
        """Whether an NER name of three words or more opens with a noun of what was done to or by someone
        (``_DEEDS``) before a given name (``با [استرداد] کارلا زامبلی``: the extradition of Carla Zambelli)."""
        units, first = self.units, ns.first
        if ns.last - first < 2 or units[first + 1].glued or units[first + 2].glued:
            return False
        return units[first].text in _DEEDS and units[first + 1].text in self.kb.given_names

    def shared_surname_at(self, i: int) -> int | None:
        """A foreign given name alone before «و» and a full name is a person of that surname: «لیندزی و کریگ
        فورمن» names Lindsay Foreman too.  The unit to go on from (the second name's), or None."""
        if self.units[i].glued or self.reader.word(i + 1) != AND:
            return None
        nxt = self.known_person_at(i + 2) or self.reader.bare_name_at(i + 2)
        if nxt is None or nxt.last == nxt.first or self.units[nxt.last].line != self.units[i].line:
            return None
        first = nxt.last
        while first > nxt.first and self.units[first].glued:
            first -= 1  # the surname's first unit: «شین» + «باوم»
        surname = self.text[self.units[first].start : self.units[nxt.last].end]
        pid = self.person(i, i, f"{self.units[i].text} {surname}")
        self.mention(i, i, pid, "name")
        return i + 2

    def facility_at(self, i: int) -> int | None:
        """The last unit of the name after the facility head at unit ``i`` (``PhraseReader.facility_name``), read on
        past a state's demonym and the name after it: in «ناو هواپیمابر آمریکایی هری ترومن» the ship is named, not
        a person; the demonym is its state's mention."""
        end = self.reader.facility_name(i)
        m = self.reader.at.get((i if end is None else end) + 1)
        if m is not None and m.surface.form == DEMONYM and state_of(m) is not None:
            after = self.reader.facility_name(m.last)
            if after is not None:
                self.match_mention(m)
                return after
        return end

    def short_form_at(self, i: int) -> tuple[Entry, int] | None:
        """An organisation's short form at unit ``i`` (``kb.short_forms``: «آژانس», «مجمع عمومی») and its last
        unit, where it is that organisation: named in full before, or the article names a cue of it, or it is
        coordinated with a state («ایران و آژانس», «همکاری ایران با آژانس»); not where the word after makes
        it another («آژانس خبری», «آژانس املاک», «مجمع عمومی سهامداران»)."""
        units, texts = self.units, self.units.texts
        if units[i].glued:
            return None
        for last in (i + 1, i):
            if last >= len(units) or last > i and (units[last].glued or units[last].line != units[i].line):
                continue
            entry = self.kb.short_forms.get(" ".join(texts[i : last + 1]))
            if entry is None:
                continue
            if last + 1 < len(units) and units[last + 1].glued or self._breaks_short_form(last + 1, units[i].line):
                return None  # «آژانس‌های مسافرتی», «آژانس خبری»
            if entry.id in self.actors or self._cued(entry) or self._state_beside(i, last):
                return entry, last
            return None
        return None

    def _breaks_short_form(self, k: int, line: int) -> bool:
        """Whether the word at unit ``k`` makes a short form before it another organisation: an adjective
        («آژانس خبری», «آژانس فضایی»), a determiner or a noun of its kind («مجمع عمومی این انجمن», «آژانس املاک»)."""
        word = self.reader.word(k, line)
        if word is None:
            return False
        while k + 1 < len(self.units) and self.units[k + 1].glued:
            k += 1
            word += self.units[k].text  # «بین» + «المللی»
        if word in STOPWORDS and word not in ORG_DETERMINERS:
            return False  # «آژانس در گزارش خود», «آژانس را»
        if word in ORG_DETERMINERS or word in SHORT_FORM_BREAKERS or word in self.kb.org_heads:
            return True
        return len(word) > 2 and word.endswith("ی")

    def _cued(self, entry: Entry) -> bool:
        if entry.id not in self.cued:
            pattern = self.kb.short_cues.get(entry.id)
            self.cued[entry.id] = pattern is not None and pattern.search(self.text) is not None
        return self.cued[entry.id]

    def _state_beside(self, first: int, last: int) -> bool:
        """Whether a state's name stands before units ``first``..``last`` with «و» or «با» between, or after them
        with «و»: «ایران و آژانس», «همکاری ایران با آژانس», «آژانس و ایران»."""
        before = self._match_ending_at(first - 2) if self.reader.word(first - 1) in (AND, "با") else None
        after = self.reader.at.get(last + 2) if self.reader.word(last + 1) == AND else None
        return any(m is not None and m.surface.form != DEMONYM and state_of(m) is not None for m in (before, after))

    def named(self, ns: NameSpan, tp: TitlePhrase | None = None, opening: int | None = None) -> int:
        """A person's name at ``ns``; a title after it in apposition (name، title) is theirs.
        ``opening``: where the name's phrase opens, when an honorific stands before the name
        («ژنرال محمد ظهیر عظیمی، سخنگوی وزارت دفاع افغانستان نیز گفت»)."""
        pid = self.person(ns.first, ns.last)
        self.mention(ns.first, ns.last, pid, "name")
        self.nationality(pid, ns.last + 1)
        nxt = ns.last + 1
        if nxt < len(self.units) and self.units[nxt].text in QUOTES_CLOSE and ns.source != "quoted":
            nxt += 1  # «رجب طیب اردوغان»، رهبر ...
        elif ns.source == "quoted":
            nxt += 1
        if tp is None and nxt < len(self.units) and self.units[nxt].text == "،":
            tp = self.reader.title_at(nxt + 1)
            if tp is not None and not self.apposition_ok(ns, tp, opening):
                tp = None  # a comma ending a clause, not an apposition
        elif tp is None and nxt < len(self.units) and self.units[nxt].line == self.units[ns.last].line:
            tp = self.reader.title_at(nxt)  # محمود احمدی‌نژاد رئیس‌جمهور ...
        if tp is not None and tp.first > ns.last:
            self.give_role(pid, tp)
            self.mention(tp.first, tp.last, pid, "title")
            self.title_mentions(tp, pid)
            return tp.last + 1
        return ns.last + 1

    def _name_follows(self, i: int) -> bool:
        """Whether a person's name, or a pronoun for one, opens right after unit ``i``, on its line (``دولت [فرانسوا
        بایرو]``, ``وزرای کابینه [او]``: the cabinet of the prime minister just named)."""
        j = i + 1
        if j >= len(self.units) or self.units[j].line != self.units[i].line:
            return False
        return self._names_someone_at(j) or self.units[j].text in PRONOUNS and not self.units[j].glued

    def nationality(self, pid: str, after: int) -> None:
        """A nationality after a person's name at unit ``after`` is their state when no title has given one:
        «عابدینی شهروند ایرانی» in a story about Italy is Iranian."""
        state = self.reader.nationality_after(after)
        if state == "KOR" and self.north_korean():
            state = "PRK"
        # (not a person the KB places: «عراقچی خبرنگار آمریکایی را ... متهم کرد» names another, the object)
        if state is not None and not self.people[pid].country and not self.people[pid].known_country:
            self.people[pid].country = state

    def on_match(self, m: Match) -> int:
        e = m.surface.entry
        if self._common_sense_at(m):
            return m.last + 1  # «سیم و کابل برق»: a cable, not Kabul
        if e.kind == "role":
            if e.honorific:
                # «یک ژنرال», «این سردار»: someone not named, unless a name follows
                unnamed = _DETERMINER_BEFORE.search(self.text, max(0, m.start - 8), m.start) is not None
                after = self.known_person_at(m.last + 1) or self.reader.name_after(m.last + 1, honorific=not unnamed)
                if after is not None and (self._place_head_before(m.first) or self._no_name(self.mention_text(m.start, self.units[after.last].end))):
                    return after.last + 1  # «محله‌های شیخ مقصود»: a neighbourhood; «امام زمان»: the Mahdi
                if after is not None:
                    return self.named(after, opening=m.first)
                return m.last + 1
            tp = self.reader.title_at(m.first)
            if tp is None:
                return m.last + 1
            return self.on_title(tp)
        if e.kind == PERSON:
            return self.named(NameSpan(m.first, m.last, "kb"))
        if e.kind == COUNTRY and m.first > 0 and self.units[m.first - 1].text in _NAMESAKE_INSTITUTIONS:
            return m.last + 1  # «دانشگاه کلمبیا»: Columbia University, not Colombia
        homonym = self.homonym_person(m.first, m.last)
        if homonym is not None:
            self.mention(m.first, m.last, homonym, "surname")
            return m.last + 1
        if self._surname_demonym(m):
            # «سوری با بیان اینکه ... گفت»: a bare demonym opening a sentence is someone's surname
            # (سوری, عراقی, ایرانی); a state's people would be «سوری‌ها» or follow a noun
            self.mention(m.first, m.last, self.person(m.first, m.last), "name")
            return m.last + 1
        if (city := self.namesake_capital(m)) is not None:
            self.mention(m.first, m.last, self.table.entry(city), "name")
            return m.last + 1
        if e.kind == CITY and self._names_meeting(m.first) and self.reader.word(m.last + 1) != AND:
            # «در اجلاس شانگهای», «اجلاس سران شانگهای», «مذاکرات وین»: a meeting the city names, no party (not
            # «مذاکرات تهران و واشنگتن»)
            return m.last + 1
        if e.kind == CITY and e.capital:
            pair = self.capitals_pair(m)
            if pair is not None:
                return pair
        if e.kind == BODY and m.last + 1 < len(self.units) and self.units[m.last + 1].glued and self.units[m.last + 1].text in ("ها", "های", "هایی"):
            return m.last + 2  # "ارتش‌های همسایه": armies in general, not one state's
        if e.kind == BODY and (seat := self.reader.seat_of_movement(m.first, self.units[m.first].line)) is not None:
            movement, last = seat  # «دولت صنعا»: Ansarallah's government
            self.mention(m.first, last, self.table.entry(movement), "name")
            return last + 1
        if e.kind == BODY and self._mobilisation(m):
            self.mobilisations.add(m.start)
            return m.last + 1  # «مادورو دستور بسیج ... را صادر کرد»: a mobilisation, no Basij
        self.match_mention(m)
        if e.kind == BODY:
            bp = self.reader.body_at(m.first)
            return (bp.last if bp else m.last) + 1
        return m.last + 1

    def _names_meeting(self, first: int) -> bool:
        """Whether a meeting's head stands before unit ``first``, or before «سران» there («اجلاس سران شانگهای»)."""
        word = self.reader.word
        return word(first - 1) in MEETING_HEADS or word(first - 1) == "سران" and word(first - 2) in MEETING_HEADS

    def namesake_capital(self, m: Match) -> Entry | None:
        """The capital a medium's name at ``m`` is (``_CAPITAL_NAMESAKES``) where a place preposition stands before it
        and its sentence names the capital's state, else None."""
        city = self.kb.by_id.get(_CAPITAL_NAMESAKES.get(m.surface.entry.id, ""))
        if city is None or self.reader.word(m.first - 1) not in ("از", "در", "به"):
            return None
        sentence = self.doc.sentence_at(m.start)
        lo, hi = (sentence.start, sentence.end) if sentence is not None else (0, len(self.text))
        around = self.matches[bisect_left(self._match_starts, lo) : bisect_left(self._match_starts, hi)]
        return city if any(state_of(x) == city.country for x in around) else None

    def _mobilisation(self, m: Match) -> bool:
        """Whether the Basij's bare name at ``m`` is a mobilisation (``_MOBILISING``, ``_MOBILISED``), no Basij."""
        if m.surface.entry.id != "BASIJ" or m.first != m.last:
            return False
        word = self.reader.word
        if self.units.texts[m.last + 1 : m.last + 2] and self.units.texts[m.last + 1] in _BASIJ_FOUNDING:
            return False  # «فرمان بسیج ۲۰ میلیونی»
        if word(m.first - 1) in _MOBILISING and word(m.first - 2) not in _AS_SAID_BY:
            return True
        return word(m.last + 1) in _MOBILISED

    def _common_sense_at(self, m: Match) -> bool:
        """Whether a name that is also an everyday word stands beside a cue word of that word."""
        start, end = self.span(m.first, m.last)
        key = surface_keys(self.text[start:end])[0]
        cues = self.kb.common_senses.get(key)
        name_cues = self.kb.name_cues.get(key)
        if not cues and not name_cues:
            return False
        if key in _DAY_CITIES and not _DAY_CITIES[key].search(self.text):
            return True  # «دوشنبه» in a story that names no Tajik: Monday
        # Whole words (ZWNJ inside: «بین‌المللی»), passing over «و» either side («سیم و کابل», «فتح و حماس»).
        after = _WORDS_AFTER.match(self.text, end)
        before = _WORDS_BEFORE.search(self.text, max(0, start - 80), start)
        words = [after.group(1) if after else None, before.group(2) if before else None]
        if before and before.group(1):
            words.append(before.group(1))
        if after and after.group(1) == AND and after.group(2):
            words.append(after.group(2))
        keys = [surface_keys(w)[0] for w in words if w]
        if name_cues:
            # A preposition cues the name before it only («در مالی»), not after («تل کیف در شمال موصل»).
            after_key = surface_keys(after.group(1))[0] if after else None
            # In a list the neighbours are past a comma: «مالی، نیجر و بورکینافاسو», «نیجر، مالی و چاد».
            listed_after = _LISTED_AFTER.match(self.text, end)
            listed_before = _LISTED_BEFORE.search(self.text, max(0, start - 80), start)
            keys += [surface_keys(w.group(1))[0] for w in (listed_after, listed_before) if w]
            named = any(k in name_cues for k in keys if k != after_key or k not in _PREPOSITIONS)
            return not named  # «رسوایی مالی»: financial, «دولت مالی»: Mali
        return any(k in cues for k in keys)  # type: ignore[operator]

    def _homonym_at(self, m: Match) -> bool:
        """Whether a KB name at ``m`` (a state) is also a person NER may mean («کامرون»), unless it is listed with
        another state or follows a word of states («نیروهای چاد و کامرون», «کشور کامرون»)."""
        start, end = self.span(m.first, m.last)
        if surface_keys(self.text[start:end])[0] not in self.kb.homonyms:
            return False
        before, after = self.reader.word(m.first - 1), self.reader.word(m.last + 1)
        if before in _STATE_WORDS:
            return False
        # (the state before «و» may be longer than a unit: «جمهوری آفریقای مرکزی و کامرون»)
        listed = before == AND and any(o.last == m.first - 2 and o.surface.entry.kind == COUNTRY for o in self.matches)
        if not listed and after == AND:
            o = self.reader.at.get(m.last + 2)
            listed = o is not None and o.surface.entry.kind == COUNTRY
        return not listed

    def _surname_demonym(self, m: Match) -> bool:
        # a nisba in ی (سوری, عراقی), as surnames are; not a plural (صهیونیستها, آمریکاییان)
        if m.surface.form != DEMONYM or m.first != m.last or not self.units[m.first].text.endswith("ی"):
            return False
        units = self.units
        before = units[m.first - 1] if m.first else None
        opens = before is None or before.line != units[m.first].line or before.text in SENTENCE_ENDS
        after = units[m.last + 1] if m.last + 1 < len(units) else None
        return opens and after is not None and after.kind == "word" and not after.glued and after.line == units[m.first].line

    def homonym_person(self, first: int, last: int) -> str | None:
        """A name that is also a person's surname (کامرون: Cameroon, or David Cameron; متقی, an Iranian surname
        too, or Amir Khan Muttaqi) at units ``first``..``last`` is the person when the article named them in
        full before, or coordinates the name with another person (اولاند و کامرون، عراقچی و متقی)."""
        start, end = self.span(first, last)
        key = surface_keys(self.text[start:end])[0]
        entry = self.kb.homonyms.get(key) or self.kb.shared_surnames.get(key)
        if entry is None:
            return None
        person = entry.id in self.people
        if not person and self.reader.word(first - 1) == AND and self.mentions:
            previous = self.mentions[-1]
            person = previous.actor in self.people and previous.end == self.units[first - 2].end
        if not person and self.reader.word(last + 1) == AND:
            person = self.known_person_at(last + 2) is not None or last + 2 in self.ner_names
        if not person and entry in self.kb.shared_surnames.values() and self.reader.word(first - 1) in _RULE_WORDS:
            person = entry.country != HOME  # «پس از سقوط اسد»: the ruler who fell
        if not person:
            return None
        if entry.id not in self.people:
            self.people[entry.id] = PersonDraft(entry.id, entry.name, entry.name_en, known_country=entry.country, known=True)
        return entry.id

    def apposition_ok(self, ns: NameSpan, tp: TitlePhrase, opening: int | None = None) -> bool:
        """Whether "name، title" is an apposition.  A comma may also end a clause
        ("... ریاست جمهوری اوباما، معاون سیا همان فردی بود"): a generic title then
        needs the name to open a phrase (with its honorific, at ``opening``), or a comma
        of its own after the title."""
        if not tp.title.generic:
            return True
        after = self.units[tp.last + 1] if tp.last + 1 < len(self.units) else None
        closed = after is None or after.kind == "punct" or after.text == "که"  # "..., دبیرکل سازمان ملل که"
        return closed or self.reader.opens_clause(ns.first if opening is None else opening)

    def on_org(self, org: OrgSpan) -> int:
        """An organisation the KB does not list; its state is one its name contains,
        its parent body's, else the article's."""
        start, end = self.span(org.first, org.last)
        name = self.text[start:end]
        state = org.state or (self.kb_body_state(org.body) if org.body else None) or self.fallback_state(start)
        # A shorter form of an organisation named before is that organisation (سازمان تبلیغات).
        key = surface_keys(name)[0]
        earlier = next((aid for k, aid in self.org_names.items() if k.startswith(key + " ") or key.startswith(k + " ")), None)
        if earlier is not None:
            self.mentions.append(Mention(name, start, end, earlier, "name"))
            return org.last + 1
        name_en = romanize_name(name, self.kb)
        actor_id = f"org:{slug(name_en)}"
        self.org_names[key] = actor_id
        if actor_id not in self.actors:
            code = state + SECTOR_CODES[org.sector] if state and org.sector else None
            self.table.add(Actor(actor_id, name, name_en, "organisation", state, sector=org.sector, code=code, romanised=True))
        self.mentions.append(Mention(name, start, end, actor_id, "name"))
        return org.last + 1

    def located_force(self, bp: BodyPhrase) -> str | None:
        """For a bare force (``located.LOCAL_FORCES``) no state qualifies, the state its clause places the act in;
        None when the article has named that body's state before, or is about another state (its
        context then speaks: «ارتش» in south Lebanon in a story about Israel is Israel's)."""
        if bp.abroad or bp.body.country is not None or self.table.named_states.get(bp.body.id) is not None:
            return None
        if self.context_state not in (None, HOME):
            return None
        start, end = self.span(bp.first, bp.last)
        spelled = SPELLING_STATES.get(self.text[start:end])
        if spelled is not None:  # «پولیس ننگرهار», «سخنگوی پولیس گفت»
            return self.force_places.state(bp.first, bp.last)[0] or spelled
        if self._iran_own_name_at(bp.body.id) < start:
            return None  # «ناجا از اعزام نیرو به عراق خبر داد. پلیس در نجف مستقر شد»: Iran's police, named before
        key = self.text[start:end].replace("\u200c", "")
        if key not in LOCAL_FORCE_KEYS and key not in PLACED_BODY_KEYS:
            return None
        if bp.last + 1 < len(self.units) and self.units.texts[bp.last + 1] in OURS:
            return None  # «ارتش ما», «پلیس کشورمان»: Iran's
        if key in PLACED_BODY_KEYS:
            return self._placed_body(bp, start)
        state, placed = self.force_places.state(bp.first, bp.last)
        sentence = self.doc.sentence_at(start)
        key = (bp.body.id, sentence.start if sentence else -1)  # (the force's memo in its sentence: see below)
        if state is None and not self.names_iran(start) and not self.force_places.clause_words(bp.first, bp.last) & SENDING:
            if placed:
                # «در پی اعتراضات گسترده در پاریس، پلیس ... بازداشت کرد»: a sentence that names nothing of Iran's
                # places the force in its frame's city too (not one that sends help there: «پس از زلزله در هرات، ارتش
                # محموله‌های کمک را ارسال کرد»)
                state = self.force_places.state(bp.first, bp.last, frames=True)[0]
            if state is None and not placed and self.reader.word(bp.first - 1) == "با" \
                    and self.located_forces.get(key) is None:
                # «هزاران دانشجو در داکا ... آمدند و درگیری آنان با پلیس ...»: the force people there clash with, in a
                # sentence about one foreign state's places only, is that state's (not one that only reports what
                # happened there: «پلیس اعلام کرد سارقان در هرات بازداشت شدند»)
                state = self.sole_foreign_state(start)
        # Palestine has no army: one in Gaza or the West Bank is Israel's
        if state == "PSE" and bp.body.id == "MIL":
            state = "ISR"
        # a later bare mention in the same sentence, whose clause names no place, is the same force: «... در
        # لاهور با پلیس درگیر شدند و پلیس از گاز اشک‌آور استفاده کرد»
        # (near it, no «اما», «وقتی» or border between: «... در پاریس معترضان را سرکوب کرد اما وقتی پلیس با اغتشاشگران
        # ...» and «... و پلیس مجبور است در مرز ...» are Iran's)
        if state is None:
            earlier = self.located_forces.get(key)
            if placed or earlier is None:
                return None
            state, at = earlier
            texts = self.units.texts
            between = range(at + 1, min(bp.first + _MEMO_REACH, len(texts)))
            return state if bp.first - at <= _MEMO_REACH and not any(texts[k] in _MEMO_BREAKS for k in between) else None
        self.located_forces[key] = (state, bp.last)
        return state

    def _placed_body(self, bp: BodyPhrase, start: int) -> str | None:
        """A bare government or parliament (``located.PLACED_BODIES``) placed by a foreign city in its clause, in a
        sentence that names nothing of Iran's («حمله موشکی روسیه به ساختمان دولت در کی‌یف»): that city's state.
        Not a clause of talks or visits abroad («دولت در ژنو مذاکره کرد»), nor a state named by its own name
        («دولت در سوریه»: where Iran's government acts as often)."""
        if self.names_iran(start):
            return None
        state = self.force_places.state(bp.first, bp.last, frames=True, cities=True)[0]
        if self.force_places.clause_words(bp.first, bp.last) & (DIPLOMACY | SENDING):
            return None
        if state is None:
            # «معترضان ... در نپال ساختمان پارلمان را در کاتماندو به آتش کشیدند»: a sentence about one foreign state only
            state = self.sole_foreign_state(start)
        return None if state == HOME else state

    def sole_foreign_state(self, at: int) -> str | None:
        """The one state whose cities or places a sentence names, when it names no other state at all (nor, as the
        callers ask first, anything of Iran's), else None: a state named only as a party («آمریکا را ... متهم کرد»)
        places nothing."""
        sentence = self.doc.sentence_at(at)
        if sentence is None:
            return None
        lo, hi = bisect_left(self._match_starts, sentence.start), bisect_left(self._match_starts, sentence.end)
        named = [m for m in self.matches[lo:hi] if not self._common_sense_at(m)]
        places = {m.surface.entry.country for m in named if m.surface.entry.kind in (CITY, PLACE)} - {None}
        states = places | ({state_of(m) for m in named} - {None})
        return states.pop() if len(states) == 1 and places and HOME not in states else None

    def names_iran(self, at: int) -> bool:
        """Whether the sentence at character ``at`` names anything of Iran's: the state, an Iranian place, person,
        organisation (not a news agency: «دمشق - ایرنا -») or body of its own, a title no state qualifies (Iran's
        officials travel: «وزیر امور خارجه در نیویورک گفت ...»), its borders, «کشورمان» or a bare «کشور»."""
        sentence = self.doc.sentence_at(at)
        if sentence is None:
            return True
        found = self._iran_sentences.get(sentence.start)
        if found is None:
            found = self._names_iran_between(sentence.start, sentence.end)
            self._iran_sentences[sentence.start] = found
        return found

    def _names_iran_between(self, lo: int, hi: int) -> bool:
        units = self.units
        texts, n = units.texts, len(units)
        first, last = bisect_left(units.starts, lo), bisect_left(units.starts, hi)
        for k in range(first, last):
            w = texts[k]
            suffix = texts[k + 1] if k + 1 < n and units[k + 1].glued else None  # «مرز» + «های», «کشور» + «مان»
            if w in IRAN_WORDS and (w != "ما" or suffix is None and not units[k].glued):
                return True
            if w == "کشور" and suffix == "مان":
                return True
            if w == "کشور" and suffix is None and self.reader.word(k - 1) not in _NOT_HOME_COUNTRY:
                nxt = self.reader.at.get(k + 1)
                if nxt is None or state_of(nxt) is None:
                    return True  # «در مرزهای شرقی کشور», «سراسر کشور»; not «کشور فرانسه», «این کشور», «کشورهای»
        for m in self.matches[bisect_left(self._match_starts, lo) : bisect_left(self._match_starts, hi)]:
            e = m.surface.entry
            if e.kind == "role":
                if e.honorific:
                    continue
                tp = self.reader.title_at(m.first)
                if tp is not None and tp.country is None and tp.org is None and not tp.abroad and tp.title.name not in FOREIGN_TITLES and (
                    tp.body is None or tp.body.country in (None, HOME)
                ):
                    return True
                continue
            if e.country != HOME or e.kind == ORGANISATION and e.sector == "media" or self._common_sense_at(m):
                continue
            return True
        return False

    def _iran_own_name_at(self, body_id: str) -> int:
        """Where the article first names Iran's own police or army (``IRAN_OWN_NAMES``), else its length: found
        once per article, not searched again from the start for every mention of a page that names the police
        thousands of times."""
        if body_id not in self.iran_own_names:
            pattern = IRAN_OWN_NAMES.get(body_id)
            found = pattern.search(self.text) if pattern is not None else None
            self.iran_own_names[body_id] = found.start() if found else len(self.text)
        return self.iran_own_names[body_id]

    def kb_body_state(self, bp: BodyPhrase) -> str | None:
        return bp.country or bp.body.country or self.home_name(bp) or self.default_state(bp.body, bp.abroad)

    def home_name(self, bp: BodyPhrase) -> str | None:
        """The home state for a body called by a name only the home state's has (``HOME_BODY_NAMES``: «قوه قضاییه»
        is Iran's judiciary; others' are «دستگاه قضایی»), whatever state the article is about: Iranian news of two
        French detainees tried in Iran still speaks of Iran's judiciary."""
        pattern = HOME_BODY_NAMES.get(bp.body.id)
        # (not after the text named it another state's: «قوه قضاییه فرانسه ... قوه قضاییه» stays France's)
        if pattern is None or bp.country is not None or self.table.named_states.get(bp.body.id) not in (None, HOME):
            return None
        start, end = self.span(bp.first, bp.last)
        return HOME if pattern.fullmatch(self.text, start, end) else None

    def fallback_state(self, at: int | None = None) -> str | None:
        """The state of a person or organisation nothing else places: the article's
        state, or the home state unless other states are named more (twice at least).
        ``at``: where an organisation is named; a sentence there that names other states
        and not Iran, in an article that never names Iran, leaves it unplaced («پلیس ژاپن،
        دو مدیر شرکت بیمه عمر تایشو را دستگیر کرد» is no Iranian company)."""
        if self.context_state:
            return self.context_state
        counts = self.state_counts
        foreign = sum(n for state, n in counts.items() if state != HOME)
        if foreign and not counts.get(HOME) and at is not None and self._names_only_foreign_states(at):
            return None
        return HOME if foreign < 2 or foreign <= counts.get(HOME, 0) else None

    def _names_only_foreign_states(self, at: int) -> bool:
        sentence = self.doc.sentence_at(at)
        if sentence is None:
            return False
        return any(
            sentence.start <= m.start < sentence.end and _names_state(m) and m.surface.entry.country != HOME
            for m in self.matches
        )

    def on_quote(self, i: int) -> int:
        """«X Y» or "X Y" opening with a given name is a person (news quotes foreign names); but quotes after a ship's,
        weapon's or facility's head name that thing («کشتی «مادلین»», «ناو هواپیمابر «کارل وینسون»», «موشک فراصوت
        «فلسطین ۲»»): no person, no state."""
        close = self.reader.quoted_thing(i)
        if close is not None:
            return close + 1
        ns = self.reader.quoted_after(i)
        if ns is not None and ns.last > ns.first and self.units[ns.first].text in self.kb.given_names:
            return self.named(ns)
        return i + 1

    def surname_after(self, i: int) -> NameSpan | None:
        w = self.reader.word(i)
        if w is not None and w in self.names:
            return NameSpan(i, i, "surname")
        return None

    def on_title(self, tp: TitlePhrase) -> int:
        units = self.units
        # name، title / name title  (the name was passed over as unknown words).  A comma
        # may also end a clause ("... جمهوری اوباما، معاون سیا ..."): then the name must
        # open a phrase, or the title must close with a comma of its own.
        ns = self.reader.name_before(tp.first)
        if ns is not None and not self._claimed(ns):
            comma = units[tp.first - 1].text == "،"
            if not comma or ns.source == "quoted" or self.apposition_ok(ns, tp):
                self.named(ns, tp)
                return tp.last + 1
        # title name (on its line: «دیدار سفیر» closing a headline names nobody of the lead)
        nxt = tp.last + 1
        same_line = nxt < len(units) and units[nxt].line == units[tp.last].line
        after = self.ner_names.get(nxt) or (self.known_person_at(nxt) if same_line else None) or self.reader.name_after(nxt)
        if after is not None:
            pid = self.person(after.first, after.last)
            self.give_role(pid, tp)
            self.mention(tp.first, tp.last, pid, "title")
            self.title_mentions(tp, pid)
            self.mention(after.first, after.last, pid, "name")
            # «سناتور جیم ریچ، رئیس کمیته امور خارجی سنا، ...»: a title in apposition, between commas, is
            # theirs too; one with no comma, or before «را», is the verb's object («سخنگوی وزارت خارجه
            # عباس موسوی سفیر انگلیس را ... محکوم کرد»)
            comma = after.last + 1
            appos = self.reader.title_at(comma + 1) if comma < len(self.units) and self.units[comma].text == "،" else None
            closed = appos is not None and appos.last + 1 < len(self.units) and self.units[appos.last + 1].text == "،"
            # not a list of office-holders («رئیس‌جمهور روسیه ولادیمیر پوتین، رئیس‌جمهور ترکیه، و ...»), an
            # object («...، نخست‌وزیر ژاپن، را») or another state's title
            listed = closed and self._list_goes_on(appos.last + 2)  # type: ignore[union-attr]
            _, first_state, _ = self.role_of(tp)
            appos_state = self.role_of(appos)[1] if appos is not None else None
            # (an international official takes no state from a nationality or a past office: «دبیرکل سازمان ملل
            # آنتونیو گوترش، دیپلمات پرتغالی،»)
            international = tp.org is not None and tp.org.country is None
            other_state = appos_state is not None and (appos_state != first_state if first_state else international)
            if appos is not None and closed and not listed and (not other_state or international) and self.apposition_ok(after, appos, tp.first):
                self.give_role(pid, appos, keep_state=other_state)  # an international official's past office is his
                self.mention(appos.first, appos.last, pid, "title")
                self.title_mentions(appos)
                return appos.last + 1
            return after.last + 1
        # a title naming nobody: resolved once every named person is known
        self.untitled.append((tp, len(self.mentions)))
        self.title_mentions(tp)
        return self.listed_holders(tp)

    def listed_holders(self, tp: TitlePhrase) -> int:
        """The other states a plural title lists after its first («وزرای خارجه ایران و مصر», «سفرای فرانسه، آلمان و
        انگلیس»): one office-holder each, named where the state is; the unit to go on from."""
        k = tp.last + 1
        if tp.country_match is None or not self.plural_title(tp):
            return k
        while self.reader.word(k) == AND or k < len(self.units) and self.units.texts[k] == "،":
            listed = self.reader.at.get(k + 1)
            state = state_of(listed) if listed is not None and listed.surface.form != DEMONYM else None
            if listed is None or state is None or self.units[k + 1].line != self.units[tp.first].line:
                break
            other = dataclasses.replace(tp, country=state, country_match=listed, listed=(listed.first, listed.last))
            self.untitled.append((other, len(self.mentions)))
            k = listed.last + 1
        return k

    def plural_title(self, tp: TitlePhrase) -> bool:
        """Whether the title is in the plural («وزرای خارجه», «نخست‌وزیران»: two units, split at the ZWNJ)."""
        first = self.units.texts[tp.first]
        return first in PLURAL_TITLES or first == "نخست" and tp.first < tp.last and self.units.texts[tp.first + 1] == "وزیران"

    def _list_goes_on(self, i: int) -> bool:
        """Whether unit ``i`` (after a title and its comma) goes on with an object marker or another title."""
        if i >= len(self.units):
            return False
        if self.units[i].text == "را" or self.reader.title_at(i) is not None:
            return True
        if self._names_someone_at(i):
            return True  # «ترامپ، وزیر خارجه آمریکا، مایک پمپئو و ...»: the title is the next name's
        # «...، معاون رئیس‌جمهور، و جان بولتون»: after «و» another title or name goes on with the list
        j = i + 1
        return (
            self.units[i].text == AND and j < len(self.units)
            and (self.reader.title_at(j) is not None or self._names_someone_at(j))
        )  # fmt: skip

    def _names_someone_at(self, i: int) -> bool:
        """Whether a person's name opens at unit ``i``: one NER found, one the KB knows, or a given name."""
        return i in self.ner_names or self.known_person_at(i) is not None or self.units[i].text in self.kb.given_names

    def known_person_at(self, i: int) -> NameSpan | None:
        m = self.reader.at.get(i)
        if m is not None and m.surface.entry.kind == PERSON:
            return NameSpan(m.first, m.last, "kb")
        return self.surname_after(i)

    def _claimed(self, ns: NameSpan) -> bool:
        start, end = self.span(ns.first, ns.last)
        return any(mn.start < end and start < mn.end for mn in self.mentions[-8:])

    def capitals_pair(self, m: Match) -> int | None:
        """تهران و مسکو: two capitals coordinated stand for the two governments."""
        if self.reader.word(m.last + 1) != AND:
            return None
        other = self.reader.at.get(m.last + 2)
        if other is None or other.surface.entry.kind != CITY or not other.surface.entry.capital:
            return None
        for x in (m, other):
            self.mention(x.first, x.last, self.table.state(x.surface.entry.country), "plural")  # type: ignore[arg-type]
        return other.last + 1

    def on_word(self, i: int) -> int:
        u = self.units[i]
        if u.kind != "word" or u.glued or (u.text not in _TRIGGERS and u.text not in self.name_firsts):
            return i + 1
        if u.text in PRONOUNS:
            pid = self.last_person(u.start)
            if pid is not None:
                self.mention(i, i, pid, "pronoun")
            return i + 1
        if u.text in _THIS:
            return self.on_this_state(i)
        for seq in PLURALS_SIDES + PLURALS_STATES:
            if tuple(self.reader.word(i + k) for k in range(len(seq))) == seq:
                sides = self.sides(seq in PLURALS_STATES)
                for actor in sides:
                    self.mention(i, i + len(seq) - 1, actor, "plural")
                return i + len(seq)
        # A person named earlier in the article: full name (up to 4 words) or surname.
        for length in (4, 3, 2, 1):
            words = [self.reader.word(i + k) for k in range(length)]
            if None in words:
                continue
            pid = self.names.get(" ".join(words))  # type: ignore[arg-type]
            if pid is not None:
                self.mention(i, i + length - 1, pid, "name" if length > 1 else "surname")
                self.nationality(pid, i + length)
                return i + length
        return i + 1

    def on_this_state(self, i: int) -> int:
        """«به این کشور سفر کرد», «روابط با این کشور»: «این کشور» governed by a preposition is the
        state named last before it (``PhraseReader.this_state``; after a body or title the phrase
        reader reads it).  Not elsewhere: as a subject («این کشور ... اعلام کرد») it is as often the
        reporting state's own, and a pronoun for a state is evidence enough only where a party is asked."""
        line = self.units[i].line
        if self.reader.word(i - 1, line) not in _GOVERNING or self.reader.word(i + 1, line) != "کشور":
            return i + 1
        state = self.reader.this_state(i, line)
        if state is None:
            return i + 1
        self.mention(i, i + 1, self.table.state(state), "pronoun")
        return i + 2

    def last_person(self, pos: int) -> str | None:
        """The person a pronoun at ``pos`` stands for: the last one named before it; but a pronoun
        that names the first person of its sentence is its subject, and continues the subject of
        the last sentence that named someone, not whoever that sentence named last («بوش ... از
        سوریه خواست ... هواداران فراری صدام ... . به گزارش خبرگزاری فرانسه، وی ...» is Bush)."""
        sentence = self.doc.sentence_at(pos)
        if sentence is not None:
            subject, named_in = None, None  # one pass back, as far as the last sentence that names someone
            for mn in reversed(self.mentions):
                if mn.end > pos:
                    continue
                person = mn.actor in self.people
                if mn.start >= sentence.start:
                    if person:
                        break  # someone named before it in its own sentence: the last one named, below
                    continue
                if pos - mn.end > PRONOUN_REACH:
                    return subject  # (checked for every mention: a page of states and no people stops here)
                if not person:
                    continue
                at = self.doc.sentence_at(mn.start)
                if named_in is not None and at is not named_in:
                    return subject
                subject, named_in = mn.actor, at
            else:
                return subject
        for mn in reversed(self.mentions):
            if mn.end <= pos and pos - mn.end <= PRONOUN_REACH and mn.actor in self.people:
                return mn.actor
            if pos - mn.end > PRONOUN_REACH:
                break
        return None

    def sides(self, states: bool) -> list[str]:
        """The two sides a plural reference points to: the last two people named, else the two states most named."""
        if not states:
            seen: list[str] = []
            for mn in reversed(self.mentions):
                if mn.actor in self.people and mn.actor not in seen:
                    seen.append(mn.actor)
                if len(seen) == 2:
                    return list(reversed(seen))
        counts = Counter(mn.actor for mn in self.mentions if self.actors.get(mn.actor) and self.actors[mn.actor].kind == "country")
        top = [a for a, _ in counts.most_common(2)]
        return top if len(top) == 2 else []

    # ----- after the walk ----------------------------------------------------------------

    def resolve_untitled(self) -> None:
        # Where each actor is mentioned (ascending indexes into ``mentions``), kept up to date
        # below: "the nearest holder named before" by scanning every earlier mention was
        # quadratic (hours on a 50 MB page of repeated sentences).
        positions: dict[str, list[int]] = {}
        for n, mn in enumerate(self.mentions):
            positions.setdefault(mn.actor, []).append(n)

        def add(mention: Mention) -> None:
            positions.setdefault(mention.actor, []).append(len(self.mentions))
            self.mentions.append(mention)

        for tp, at in self.untitled:
            role, explicit, default = self.role_of(tp)
            start, end = self.span(*(tp.listed or (tp.first, tp.last)))
            holders = [
                p.id
                for p in self.people.values()
                if p.roles  # most people hold no title: skip them without building a generator
                and not p.id.startswith("role:")  # an unplaced office is told apart by its phrase (below)
                and any(
                    same_title(r.title_en, role.title_en) and (explicit is None or r.country == explicit) and (tp.posted is None or r.posted == tp.posted)
                    for r in p.roles
                )
            ]
            if len(holders) == 1 or (holders and explicit):
                # The nearest holder named before this title, else the first one named.
                nearest, pid = -1, holders[0]
                for holder in holders:
                    seen = positions.get(holder, ())
                    k = bisect_left(seen, at) - 1
                    if k >= 0 and seen[k] > nearest:
                        nearest, pid = seen[k], holder
                add(Mention(self.mention_text(start, end), start, end, pid, "title"))
                continue
            lead_holder = self.lead_holder(tp, explicit)
            if lead_holder is not None:
                self.give_role(lead_holder, tp)
                add(Mention(self.mention_text(start, end), start, end, lead_holder, "title"))
                continue
            # A generic title serving a title with a body (معاون وزیر نفت) is as strong as that title.
            served = tp.inner is not None and tp.inner.body is not None
            strong = explicit or tp.org or (tp.body is not None) or tp.title.body or served or tp.abroad
            if not strong or not tp.title.unique or tp.title.generic and not (explicit or tp.org or served):
                continue
            if not (explicit or tp.org) and self.plural_title(tp):
                continue  # «نشست وزرای خارجه کشورهای عضو»: many states' ministers, not the home state's
            owner = explicit or default or (tp.org.id if tp.org else None)
            if owner is None and tp.abroad and tp.title.name not in FOREIGN_TITLES:
                # «استاندار ولایت زابل»: another state's office the text does not name; a party still, one per
                # phrase («فرماندار ایالت میشیگان از فرماندار ایالت ویسکانسین انتقاد کرد»: two governors)
                named = self.units[min(tp.last + 2, len(self.units) - 1)]  # the division and its name
                name_end = max((e.end for e in self.doc.entities if e.start <= named.start < e.end), default=named.end)
                phrase = surface_keys(self.text[start : max(end, name_end)])[0]
                pid = self.abroad_offices.setdefault(phrase, f"role:{slug(role.title_en)}-{len(self.abroad_offices) + 1}")
                if pid not in self.people:
                    self.people[pid] = PersonDraft(pid, self.text[start:end], role.title_en)
                self.give_role(pid, tp)
                add(Mention(self.mention_text(start, end), start, end, pid, "title"))
                continue
            if owner is None:
                continue
            pid = f"{owner}:{slug(role.title_en)}"
            if pid not in self.people:
                owner_name = self.kb.countries[owner].name_en if owner in self.kb.countries else tp.org.name_en  # type: ignore[union-attr]
                # An organisation's title names it already (director general of World Health Organization).
                name_en = role.title_en if role.title_en.endswith(f" of {owner_name}") else f"{role.title_en} of {owner_name}"
                name = f"{role.title} {self.text[start:end]}" if tp.listed else self.text[start:end]  # «وزرای خارجه» + «مصر»
                self.people[pid] = PersonDraft(pid, name, name_en, country=explicit or default)
            self.give_role(pid, tp)
            add(Mention(self.mention_text(start, end), start, end, pid, "title"))

    def lead_holder(self, tp: TitlePhrase, explicit: str | None) -> str | None:
        """News names an office in the headline or lead and the person in the body
        ("نخست‌وزیر روسیه ..." then "ولادیمیر پوتین ..."): a title there with a state
        goes to the one person the article names with no title and no other state."""
        if tp.former or explicit is None or tp.country is None or not self.doc.sections or len(self.doc.sections) < 2:
            return None  # only a state the text names: "رهبر معظم انقلاب" is no one named below
        if self.units[tp.first].start >= self.doc.sections[1].end:
            return None
        role, _, _ = self.role_of(tp)
        early_end = self.doc.sections[min(2, len(self.doc.sections) - 1)].end
        first_seen: dict[str, int] = {}
        for mn in self.mentions:
            first_seen.setdefault(mn.actor, mn.start)
        title_at = self.units[tp.first].start
        free = [
            p.id
            for p in self.people.values()
            if p.id.startswith("person:")
            and title_at < first_seen.get(p.id, len(self.text)) < early_end
            and (p.known_country or p.country) in (None, explicit)
            and not any(same_title(r.title_en, role.title_en) for r in p.roles)
        ]
        return free[0] if len(free) == 1 else None

    def person_actors(self) -> None:
        fallback = self.fallback_state()
        for p in self.people.values():
            # (a KB person the KB gives no state, «گروسی», «گوترش», holds an international office)
            stateless = p.stateless_role or (p.known and p.known_country is None)
            unplaced = None if stateless else self.abroad_state() if p.abroad else fallback
            if unplaced == HOME and p.romanised and foreign_name(p.name, self.kb.foreign_given):
                # «فرانسوا بایرو», «خلیل الحیه»: not Iran's for want of another state, even in a story about Iran
                # («فیلیپو گراندی با عراقچی دیدار کرد»)
                unplaced = None
            if p.id.startswith("role:"):
                # an office the text does not place takes only the article's own state, not «the one other
                # state named», which is often whom it acts on («استاندار ایالت پنجاب از هند انتقاد کرد»)
                unplaced = self.context_state if self.context_state != HOME else None
            country = p.country or p.known_country or p.default_country or unplaced
            roles = tuple(p.roles)
            if country == HOME and self._foreign_office_holder(p):
                # «آندری راجولینا، رئیس‌جمهور، ...» beside Madagascar: a bare title of a foreign name is that state's office
                country = self.abroad_state()
                roles = tuple(dataclasses.replace(r, country=country) if r.country == HOME else r for r in roles)
            sector = Counter(p.sectors).most_common(1)[0][0] if p.sectors else None
            code = country + SECTOR_CODES[sector] if country and sector else country
            self.actors[p.id] = Actor(
                p.id, p.name, p.name_en, "person", country, roles, sector=sector, code=code, romanised=p.romanised
            )

    def _foreign_office_holder(self, p: PersonDraft) -> bool:
        """Whether ``p`` is placed in the home state only by a bare title's default (no state named with it, no KB
        entry), where no state dominates the article, and bears a name no Iranian bears (``foreign_name``)."""
        return (
            p.romanised and not p.country and not p.known_country and p.default_country == HOME and not self.context_state
            and foreign_name(p.name, self.kb.foreign_given)
        )

    def led_governments(self) -> None:
        """A government named by its head («دولت فرانسوا بایرو», «دولت الکساندر ووچیچ») is the government of
        the state his name is placed in once every person is (by his title, the KB or the article), else of no
        state: never the home state for want of one after «دولت»."""
        if not self.led_bodies:
            return
        heads = {mn.start: mn.actor for mn in self.mentions if mn.actor in self.people}
        for n, body, start in self.led_bodies:
            pid = heads.get(start)
            if pid is not None:
                mn = self.mentions[n]
                self.mentions[n] = dataclasses.replace(mn, actor=self.table.body_of(body, self.actors[pid].country))

    def entities(self) -> tuple[Entity, ...]:
        """The NER entities, each given the actor of the mention that best overlaps it (the same
        span, else the widest overlap)."""
        mentions = SpanIndex(self.mentions)
        out = []
        for e in self.doc.entities:
            best, score = None, (0, 0)
            for _, mn in mentions.overlapping(e.start, e.end):  # of equal ones, the first made wins
                key = (1 if (mn.start, mn.end) == (e.start, e.end) else 0, min(e.end, mn.end) - max(e.start, mn.start))
                if key > score:
                    best, score = mn.actor, key
            out.append(e if best is None or e.actor else Entity(e.text, e.label, e.start, e.end, best))
        return tuple(out)

    def ner_organisations(self) -> None:
        """ORG entities the KB does not know become organisations of their own; their
        state is one the name contains (حزب مردم پاکستان), else the article's.  A name the KB
        gives an organisation only under that tag (``ner:``, فارس) is that organisation."""
        orgs = [e for e in self.doc.entities if e.label == "ORG"]
        if not orgs:
            return
        mentions, matches = SpanIndex(self.mentions), SpanIndex(self.matches)
        for e in orgs:
            if any(
                self.actors.get(mn.actor, _NO_ACTOR).kind in ("organisation", "government")
                or mn.start <= e.start and e.end <= mn.end  # جمهوری اسلامی ایران: the state itself
                # «فرمانده کل سپاه آمریکا را»: a span that opens inside a title is its body and the next word
                or mn.kind == "title" and mn.start < e.start < mn.end
                # «رژیم اسد شهر حلب را»: a span opening with a state's metonym is that state and the next words
                or mn.kind == METONYM and mn.start == e.start
                for _, mn in mentions.overlapping(e.start, e.end)
            ) or any(m.surface.entry.kind == "role" and m.start < e.start for _, m in matches.overlapping(e.start, e.start + 1)):
                continue  # (a span opening inside a title that named nobody: «وزیران [خارجه کشورهای عربی]»)
            if e.text in THIS_NOUNS:
                continue  # «کشور» alone: a reference (the country), not an organisation's name
            if self._no_organisation(e):
                continue
            words = surface_keys(e.text)[0].split(" ")
            heads = [h for h in (words[0], " ".join(words[:2])) if h in self.kb.org_heads]
            if not heads and any(  # a person the KB lists (not a title: «دفتر رئیس‌جمهور» stays a body)
                mn.actor.startswith("person:") and not self.actors.get(mn.actor, _NO_ACTOR).romanised
                for _, mn in mentions.overlapping(e.start, e.end)
            ):
                continue  # «جرج بوش ایران را», «فارس جرج بوش»: a listed person tagged into an ORG span
            known = self.kb.ner_org(e.text)
            if known is None and "." in e.text and (dotted := self.kb.lookup(e.text.replace(".", " ").strip())) is not None:
                known = dotted.entry if dotted.entry.kind == ORGANISATION else None  # «پ.ک.ک»: the PKK
            if known is not None:  # «فارس» tagged ORG is the news agency
                self.mentions.append(Mention(e.text, e.start, e.end, self.table.entry(known), "name"))
                mentions.add(self.mentions[-1])
                continue
            # (not a state's name that is an everyday word where it stands: «سامانه پیام‌رسان مالی سپام» is financial,
            # no Mali's; a city's stays: «ترابزون اسپور» is Trabzon's club)
            inside = [m for m in matches.within(e.start, e.end) if not (state_of(m) and self._common_sense_at(m))]
            state = next((s for m in inside if (s := state_of(m) or place_state(m))), None)
            name_en = romanize_name(e.text, self.kb)
            if not slug(name_en):
                continue  # «۱ + ۵» and other names of no letters: nothing to name an actor by
            actor_id = f"org:{slug(name_en)}"
            if actor_id not in self.actors:
                # The head noun gives the sector, as for names found without NER (روزنامه فیگارو: media,
                # so no party to the events it reports); a web address is a news site (Entekhab.ir).
                sector = next((self.kb.org_heads[h] for h in heads if self.kb.org_heads[h]), None)
                if _WEB_ADDRESS.fullmatch(e.text.strip()):
                    sector = "media"
                state = state or self.fallback_state(e.start)
                code = state + SECTOR_CODES[sector] if state and sector else None
                self.actors[actor_id] = Actor(
                    actor_id, e.text, name_en, "organisation", state, sector=sector, code=code, romanised=True
                )
            self.mentions.append(Mention(e.text, e.start, e.end, actor_id, "name"))
            mentions.add(self.mentions[-1])

    def _no_organisation(self, e: Entity) -> bool:
        """An NER ORG span that names no organisation: an agreement (CFT), a common noun's phrase («اطلاعات جعلی
        رژیم صهیونیستی», «جمعیت هند»), or the name of a place or exercise its head stands before («رزمایش [اولچی
        آزادی]», «پایگاه [عین‌الاسد]»)."""
        keys = surface_keys(e.text)
        if any(key in _AGREEMENTS for key in keys) or keys[0] in self.kb.org_heads:
            return True  # (a head noun alone, «خبرگزاری» of «به گزارش خبرگزاری ایرنا», names no organisation)
        opener, _, rest = keys[0].partition(" ")
        if self._site_named(opener, rest):
            return True
        if rest and opener in _NO_ORG_OPENERS:
            return True
        if _PLATFORM.fullmatch(keys[0]):
            return True  # «در پیامی در شبکه ایکس»: the platform a message was posted on
        if rest and opener == "جمعیت" and rest.split(" ")[0] in _POPULATION_WORDS:
            return True  # «جمعیت کیفری کشور»: the prison population
        if opener in _ROUTE_OPENERS and sum(
            1 for w in rest.split(" ") if (h := self.kb.lookup(w)) is not None and h.entry.kind == COUNTRY
        ) >= 2:
            return True  # «راه‌آهن قزاقستان ـ ترکمنستان ـ ایران»: a route between states
        if rest and opener == "جمعیت" and (state := self.kb.lookup(rest)) is not None and state.entry.kind == COUNTRY:
            return True
        if opener == "استقلال" and self._independence(e, rest):
            return True
        if any(e.start <= at < e.end for at in self.mobilisations):
            return True  # «دستور بسیج», «ونزوئلا بسیج عمومی»: a mobilisation
        before = _WORD_BEFORE.search(self.text, max(0, e.start - 30), e.start)
        return before is not None and before.group(1) in NAME_HEADS

    def _site_named(self, opener: str, rest: str) -> bool:
        """Whether an ORG span's words (its first, and the rest) name a site (``SITE_HEADS``: «پایگاه عین‌الاسد»), or
        open with a demonym that describes the word before the span («پهپادهای [اوکراینی پالایشگاه نفت ساراتوف]»)."""
        if opener in SITE_HEADS and rest:
            return True
        demonym = self.kb.lookup(opener)
        return demonym is not None and demonym.form == DEMONYM and rest.partition(" ")[0] in SITE_HEADS

    def _independence(self, e: Entity, rest: str) -> bool:
        """Whether an ORG span opening with «استقلال» (Tehran's football club, as NER tags it) is independence: of
        a state or place abroad («استقلال تایوان», «استقلال آبخازیا»; «استقلال تهران» is the club), of «این کشور», or
        after a noun of its history («از زمان استقلال»)."""
        if rest:
            hit = self.kb.lookup(rest)
            return hit is not None and hit.entry.kind in (COUNTRY, CITY, PLACE) and hit.entry.country != HOME
        after = _WORDS_AFTER.match(self.text, e.end)
        before = _WORD_BEFORE.search(self.text, max(0, e.start - 30), e.start)
        if after is not None:
            hit = self.kb.lookup(after.group(1))
            if after.group(1) in _THIS | {"کشور"} or hit is not None and hit.entry.kind == COUNTRY and hit.entry.country != HOME:
                return True
        return before is not None and before.group(1) in _INDEPENDENCE_NOUNS

    def earlier_surnames(self) -> None:
        """A headline names a person by surname before the lead or body names them in full
        («انتقاد ... از اظهارات آصفی», then «حمید رضا آصفی»): the surname there is that person."""
        if not self.doc.sections or len(self.doc.sections) < 2:
            return
        opening_end = self.doc.sections[1].end
        first_seen: dict[str, int] = {}
        for mn in self.mentions:
            first_seen[mn.actor] = min(first_seen.get(mn.actor, mn.start), mn.start)
        surnames = {
            key.split(" ")[-1]: pid
            for key, pid in self.names.items()
            if " " in key and pid in self.people and len(key.split(" ")[-1]) > 3
        }
        if not surnames:
            return
        for i, mn in enumerate(self.mentions):
            # The headline's surname was read as a person of its own («جلالی با ورشنین ...»), the
            # body names a listed person in full («کاظم جلالی»): one person.
            if mn.start >= opening_end or mn.actor not in self.single or mn.kind != "name":
                continue
            pid = surnames.get(surface_keys(mn.text)[0])
            if pid is not None and pid != mn.actor and first_seen.get(pid, 0) > mn.start:
                self.mentions[i] = dataclasses.replace(mn, actor=pid, kind="surname")
        taken = [(mn.start, mn.end) for mn in self.mentions]
        for n, u in enumerate(self.units):
            if u.start >= opening_end:
                break
            pid = surnames.get(u.text)
            if pid is None or u.glued or u.kind != "word" or u.text in STOPWORDS or first_seen.get(pid, 0) <= u.start:
                continue
            nxt = self.units[n + 1] if n + 1 < len(self.units) else None
            if nxt is not None and nxt.glued:
                continue
            if any(a < u.end and u.start < b for a, b in taken):
                continue
            self.mention(n, n, pid, "surname")

    def local_branches(self) -> None:
        """A movement named bare in a sentence about another state only is that state's branch:
        «درگیری نیروهای امنیتی پاکستان با طالبان» is the Pakistani Taliban (TTP), not Afghanistan's."""
        if not self.doc.sentences or not any(m.actor in _LOCAL_BRANCHES for m in self.mentions):
            return
        starts = [sent.start for sent in self.doc.sentences]
        states: dict[int, set[str | None]] = {}  # sentence -> the states its mentions name
        others: dict[int, list[Mention]] = {}  # sentence -> its mentions of other actors
        for mention in self.mentions:
            if mention.actor not in _LOCAL_BRANCHES and mention.actor in self.actors:
                sentence = bisect_right(starts, mention.start) - 1
                states.setdefault(sentence, set()).add(self.actors[mention.actor].country)
                others.setdefault(sentence, []).append(mention)
        for n, mention in enumerate(self.mentions):
            branches = _LOCAL_BRANCHES.get(mention.actor)
            if not branches:
                continue
            sentence = bisect_right(starts, mention.start) - 1
            named = states.get(sentence, set())
            home = self.kb.by_id[mention.actor].country
            for state, branch_id in branches.items():
                peers = [m for m in others.get(sentence, ()) if self.actors[m.actor].country == state]
                if state in named and home not in named and not self._rules_beside(mention, peers, sentence, starts):
                    branch = self.table.entry(self.kb.by_id[branch_id])
                    self.mentions[n] = Mention(mention.text, mention.start, mention.end, branch, mention.kind)
                    break

    def _rules_beside(self, mention: Mention, peers: list[Mention], sentence: int, starts: list[int]) -> bool:
        """Whether the movement at ``mention``, in a sentence that names a state where it has a branch (``peers``: the
        sentence's mentions of that state's actors), is the one ruling next door: its officials, delegation or border
        guards (``_RULERS_WORDS``), or a ministry or title of its own before it («وزارت دفاع طالبان»); coordinated with
        that state as a peer («طالبان و پاکستان», «نیروهای طالبان و ارتش پاکستان»); or on the frontier
        (``_FRONTIER_WORDS``) where the sentence names no place inside that state but its capital («طالبان با پاکستان
        در مرز درگیر شدند»; not «... پاسگاه مرزی در وزیرستان»)."""
        units, texts = self.units, self.units.texts
        first, last = bisect_left(units.starts, mention.start), bisect_left(units.ends, mention.end)
        stem = first - 1
        while stem > 0 and units[stem].glued:
            stem -= 1  # «هیئت» + «های»
        if stem >= 0 and texts[stem] in _RULERS_WORDS:
            return True
        before = self._match_ending_at(first - 1)
        if before is not None and before.surface.entry.kind in (BODY, "role"):
            return True
        if last + 2 < len(units) and texts[last + 1] == AND and any(m.start == units[last + 2].start for m in peers):
            return True
        if first >= 2 and texts[first - 1] == AND and any(m.end == units[first - 2].end for m in peers):
            return True
        lo, hi = starts[sentence], starts[sentence + 1] if sentence + 1 < len(starts) else len(self.text)
        inside = any(
            self.actors[m.actor].kind == "place" and not getattr(self.kb.by_id.get(m.actor), "capital", False) for m in peers
        )
        words = texts[bisect_left(units.starts, lo) : bisect_left(units.starts, hi)]
        return not inside and any(w in _FRONTIER_WORDS for w in words)

    def _match_ending_at(self, k: int) -> Match | None:
        """The KB match whose last unit is ``k``, if any."""
        if self._match_ends is None:
            self._match_ends = {m.last: m for m in self.matches}
        return self._match_ends.get(k)

    def run(self) -> Document:
        self.walk()
        self.earlier_surnames()
        self.resolve_untitled()
        self.person_actors()
        self.led_governments()
        self.ner_organisations()
        self.local_branches()
        # The units and everything read from them are done with: gone before the layers are built.
        del self.units, self.matches, self.reader
        mentions = tuple(sorted(self.mentions, key=lambda m: (m.start, -m.end)))
        order = {a: n for n, a in enumerate(dict.fromkeys(m.actor for m in mentions))}
        actors = tuple(sorted((a for a in self.actors.values() if a.id in order), key=lambda a: order[a.id]))
        return self.doc.evolve(actors=actors, mentions=mentions, entities=self.entities())


_NO_ACTOR = Actor("", "", None, "none")


def _names_state(match: Match) -> bool:
    """A gazetteer match naming a state: the country, or a metonym of the state itself (تهران)."""
    e = match.surface.entry
    return e.kind == COUNTRY or (e.kind == "metonym" and "-" not in e.id)


def resolve_actors(doc: Document) -> Document:
    """The actors stage: ``doc`` with ``actors``, ``mentions`` and ``entities[].actor``."""
    article = _Article(load_kb(), doc)
    try:
        return article.run()
    finally:
        # The article's ActorTable holds its bound ``default_state``: a reference cycle that kept
        # the per-unit lists of a big input (27 bytes per input byte) alive into the next stage,
        # until the cyclic collector came round.  Dropping the attributes frees them now.
        vars(article).clear()
