"""Finding event triggers: where a sentence says that something happened.

``find_triggers(doc)`` walks the word tokens of each sentence, tries the lexicon
matchers keyed by the token's first letters, and describes every match: its
CAMEO code, whether it is verbal or nominal, negated, planned (future, «قرار است»),
irrealis (a subjunctive that is only wished or intended: «تا ... گفتگو کنند»),
passive, or an anaphoric noun («این دیدار») that only adds evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from rayzan.document import Document, Mention, Sentence
from rayzan.events.lexicon import VERB_STEMS, Entry, matchers, verb_pattern
from rayzan.events.words import CLAUSE_END_VERB, FINITE_VERB, LIGHT_VERB_FORMS, SAID_MARK

_SEP = "[\u200c ]?"
# A noun event with a support verb after it: «نشست ... برگزار شد», «دیدار ... انجام گرفت».
_SUPPORT = re.compile(
    r"(?<![\w\u200c])(?:(?:برگزار|انجام|منعقد|تشکیل)\s+(?P<v1>"
    + "|".join(verb_pattern(v) for v in ("شدن", "گردیدن", "کردن", "دادن", "گرفتن"))
    + r")|(?:وضع|اعمال)\s+(?P<v4>"
    + "|".join(verb_pattern(v) for v in ("کردن", "شدن", "نمودن", "گردیدن"))
    + r")|آغاز\s+(?P<v5>"  # «رزمایش ... را آغاز کردند», «دیدار ظریف و لاوروف آغاز شد» (see ``coder``)
    + "|".join(verb_pattern(v) for v in ("کردن", "شدن", "گردیدن"))
    + r")|صورت\s+(?P<v2>"
    + "|".join(verb_pattern(v) for v in ("گرفتن", "پذیرفتن"))
    + r")|به\s+عمل\s+(?P<v3>"
    + verb_pattern("آمدن")
    + r"))(?![\w\u200c])"
)
# the verb a coordination of two predicates ends with: a passive light verb, or an active one
_SHARED_VERB = re.compile(
    r"(?<![\w\u200c])(?:(?P<passive>" + "|".join(verb_pattern(v) for v in ("شدن", "گردیدن")) + r")|"
    + "|".join(verb_pattern(v) for v in ("کردن", "نمودن", "دادن")) + r")(?![\w\u200c])"
)
REPORTED_OWN_ACTS = ("07", "08", "17")  # aid, release, coercion: reported by who did them
# a sentence carried out: the support verb of an execution
_CARRIED_OUT = re.compile(
    r"(?<![\w\u200c])اجرا\s+(?P<v1>" + "|".join(verb_pattern(v) for v in ("شدن", "گردیدن", "کردن", "نمودن")) + r")(?![\w\u200c])"
)
_MATCH = re.compile(r"(?:\s+(?!در\s)[^\s.،]+){0,3}?\s+(?:مقابل|برابر|با\s+تیم)(?![\w\u200c])")  # «دیدار یکشنبه رئال مادرید برابر والنسیا», not «... در برابر»
_REPORTED_BY = re.compile(r"(?<![\w\u200c])خبر\s+(?P<v1>" + verb_pattern("دادن") + r")(?![\w\u200c])")
# «برای حمله»، «طرح ترور»: a purpose or a plot, not a happening
_PURPOSE = re.compile(r"(?<![\w\u200c])(?:برای|به\s+منظور|جهت|تا|طرح|نقشه|توطئه|قصد|تلاش\s+برای)\s*$")
_WITH_BEFORE = re.compile(r"(?<![\w\u200c])با\s*$")
_PASSIVE_FRAME = re.compile(r"(?:مورد|هدف)\s*$")
_RECEIVED = re.compile(r"(?:\s+[^\s.،؛]+){0,4}?\s+قرار\s+(?P<verb>" + verb_pattern("گرفتن") + r")(?![\w\u200c])")
_PLANNED_CUES = re.compile(
    r"قرار\s+(?:است|بود|شد|شده|هست)|برنامه|تصمیم\s+(?:دارد|دارند|گرفت)|در\s+نظر\s+دار|قصد\s+دار|آماده|"
    r"فردا|هفته" + _SEP + r"ی?\s+آینده|ماه\s+آینده|روزهای\s+آینده|روز\s+آینده|آتی|به\s*زودی|طی\s+روزهای\s+آتی"
)
# «X با Y دیدار و ...»: the light verb is left out only after a «با» phrase, not after a preposition
# «با اسد دیدار و ...»: a partner named between «با» and the noun («با موافقت و هماهنگی» is a manner)
# (or its object, «را» right before it: «سفیر اتیوپی را اخراج و کنسولگری‌ها را تعطیل کرد»)
_SUBJUNCTIVE_END = re.compile(r"(?<![\w\u200c])(?:ب?کن(?:د|ند|یم)|ب?شو(?:د|ند)|نماید|نمایند|ب?ده(?:د|ند))$")
_ELIDED_FRAME = re.compile(r"(?<![\w\u200c])(?:با\s+(?:[^\s،.]+\s+){1,5}|را\s+)$")
_REPORTED_SPEECH = re.compile(r"(?:گفت|افزود|اظهار\s+داشت|تصریح\s+کرد|تاکید\s+کرد|تأکید\s+کرد)\s*:|«[^»]*$")
_VIOLENCE = re.compile(
    r"حمله|حملات|انفجار|بمب|تیراندازی|گلوله|درگیری|موشک|خمپاره|عملیات|تروریست|انتحاری|شلیک|هدف|بمباران|مسلح|کشتار"
)
_MILITARY = re.compile(
    r"نیرو|ارتش|نظامی|سرباز|ناو|موشک|سامانه|پلیس|امنیتی|تفنگدار|تیپ|لشکر|یگان|رزمایش|جنگنده|زرهی|پدافند|آماده‌باش"
)
_ARMED = re.compile(r"نظامی|ارتش|جنگنده|موشک|پهپاد|تانک|زرهی|ائتلاف|تروریست|داعش|مواضع|توپخانه|پایگاه")
# a killing an attack noun or a speaker's report already tells, before «کشت»
_KILLING_TOLD_OTHERWISE = re.compile(
    r"حمله|حملات|عملیات|انفجار|(?<![\w\u200c])(?:گفت|گفتند|اعلام\s+کرد|اعلام\s+کردند|مدعی\s+شد|ادعا\s+کرد|افزود)(?![\w\u200c])"
)
# after «کشت»: farming («کشت و صنعت», «کشت کردند», «کشت شده»), not a killing
_NOT_KILLED = re.compile(r"[\u200c ]*(?:و\s+(?:صنعت|کار|برداشت|زرع)|کرد|کن|نمود|شد|شو|گرد|می|نمی|ها|های)")
# what strikes: beside ``_ARMED``, attacks, fire and armed groups («کتائب حزب‌الله ... را هدف قرار خواهد داد»),
# and a state's facilities («تأسیسات هسته‌ای ایران دوباره هدف قرار می‌گیرد»)
_STRUCK = re.compile(r"حمله|حملات|شلیک|بمب|کتائب|سپاه|مسلح|شبه[\u200c ]?نظامی|مقاومت|انصارالله|حماس|حزب[\u200c ]?الله|تأسیسات|تاسیسات")
# Health pages: bacteria, viruses and the immune system «attack» cells («باکتری‌ها به زخم حمله کرده»),
# a «حمله قلبی» is a heart attack.  A cyber attack may carry a virus.
_BODILY = re.compile(
    r"باکتری|میکروب|ویروس|سیستم\s+ایمنی|دستگاه\s+ایمنی|گلبول|عفونت|ماهیچه|عضله|عضلات|تومور|آنتی[\u200c ]?بادی|"
    r"حمله\s*(?:ی\s+)?(?:قلبی|مغزی|عصبی|آسم|صرع|میگرن|پانیک|روماتیسم)"
)
# What «ربودن» takes in idioms: sleep, hearts, the lead, a title or a medal, never a person.
_IDIOM_LOOT = re.compile(
    r"(?<![\w\u200c])(?:خواب|دل|دل‌ها|دلها|قلب|قلب‌ها|قلبها|گوی|هوش|آرام|آرامش|قرار|عنوان|مقام|رتبه|جایزه|مدال|صدر|توجه)"
    r"(?![\w\u200c])[^.،؛]{0,40}?\s+را\s"
)
_EXCHANGED = re.compile(r"\s*و\s*بدل(?![\w\u200c])")
_CYBER = re.compile(r"سایبر|رایانه|کامپیوتر|هکر")
_DENIED_AFTER = re.compile(r"\s+(?:نیست|نیستند|نبود|نبودند)(?![\w\u200c])")
# «این مطلب که روسیه ... حمایت می‌کند را رد کرد»: the clause the verb ends is what was denied.
_CLAUSE_DENIED = re.compile(
    r"\s+را\s+(?:رد|تکذیب)\s*(?:کرد|کردند|کرده|می[\u200c ]?کند|می[\u200c ]?کنند|نمود|نمودند)(?![\w\u200c])"
)
_UNABLE = re.compile(r"(?<![\w\u200c])(?:نتوانست|نتوانستند|نتوانسته|نمی[\u200c ]?توان|نمی[\u200c ]?تواند|نمی[\u200c ]?توانند|ناتوان)")
_CEREMONY = re.compile(r"(?<![\w\u200c])(?:مراسم|همایش|آیین|جشن|جشنواره|یادواره)\s+$")
# «سالگرد حمله به عراق», «سالروز اشغال»: a past event remembered, not one reported.
_BEGINNING_OF = re.compile(r"(?<![\w\u200c])(?:آغاز|شروع)\s+$")
_ANY_KIND = re.compile(r"(?<![\w\u200c])(?:هرگونه|هر\s+گونه|هر\s+نوع|هیچ\s*گونه)\s+$")
_ANNIVERSARY = re.compile(r"(?<![\w\u200c])(?:سالگرد|سالروز|یادبود|بزرگداشت)\s+$")
# Sports pages: «دیدار با ایران» is a match, «حمله» an attack on goal.
_SPORTS = re.compile(
    r"فوتبال|والیبال|بسکتبال|فوتسال|سرمربی|بازیکن|تیم\s+ملی|لیگ\s+برتر|جام\s+جهانی|المپیک|کشتی[\u200c ]?گیر|"
    r"قهرمانی\s+(?:جهان|آسیا)|هفته\s+\S+\s+لیگ|ورزشگاه|وزنه|دربی|نیمکت[\u200c ]?نشین|(?<![\w\u200c])لیگ(?![\w\u200c])(?!\s+(?:عرب|کشورهای\s+عرب))|"
    r"پرسپولیس|تراکتورسازی|سپاهان|ذوب[\u200c ]?آهن|استقلال\s+(?:تهران|خوزستان|اهواز)|"
    # a match of teams (not «تیم مذاکره‌کننده»), the under-23 side, a game's score
    r"دیدار\s+تیم[\u200c ]?های|دیدار\s+دو\s+تیم(?![\u200c ]?(?:مذاکره|کارشناسی))|تیم\s+امید|دیدار\s+حریف|"
    r"(?<![\w\u200c])گیم(?![\w\u200c])|به\s+تساوی|(?<![\w\u200c])بر\s+صفر(?![\w\u200c])|فیفا|"
    # stages of a tournament and a match's result: «برنده دیدار عمان و کره شمالی», «نتیجه تساوی دیدار»
    r"نیمه[\u200c ]?نهایی|یک[\u200c ]?چهارم\s+نهایی|مرحله\s+گروهی|بازی\s+(?:رفت|برگشت)|سوپرکاپ|"
    r"نتیجه\s+تساوی|برنده\s+دیدار"
)
_PASSIVE_AUX = re.compile(r"\s+(?:ن?می[\u200c ]?)?(?:شد|شده|شدند|شوند|شود|گردید|گردیدند)(?![\w\u200c])")
_SUBJUNCTIVE_AUXILIARIES = frozenset({"باشد", "باشند", "باشم", "باشی", "باشیم", "باشید"})
_AUXILIARIES = frozenset(
    {"است", "اند", "ام", "ای", "ایم", "اید", "بود", "بودند", "بودم", "بودیم", "بودی", "بودید", "باشد", "باشند"}
)
# «می‌توان/باید/نباید ... حمایت کرد»: an impersonal modal before a short infinitive, in the same clause.
_IMPERSONAL_MODAL = re.compile(
    r"(?<![\w\u200c])(?:می[\u200c ]?توان|نمی[\u200c ]?توان|بتوان|نتوان|باید|نباید|می[\u200c ]?بایست)(?![\w\u200c])(?:(?!\sکه\s)[^،:.؛]){0,60}$"
)
# «این اتحادیه باید با ... موافقت کند»: a subjunctive after «باید» is an obligation, whatever
# plan a clause in between mentions («که ... قرار است ... انجام شود»).
_OBLIGATION = re.compile(r"(?<![\w\u200c])(?:باید|نباید|می[\u200c ]?بایست)(?![\w\u200c])[^.؛:!?؟]{0,200}$")
_CULTURAL = re.compile(r"\s+فرهنگی(?![\w\u200c])")
_PRESS = re.compile(r"(?:\u200cهای|\u200cی)?\s+(?:خبری|مطبوعاتی|رسانه‌ای)(?![\w\u200c])")
# «اگر آلمان، فرانسه را اشغال کرده بود»: a clause opened by «اگر» is a hypothesis up to its verb,
# whatever the tense.
_IF = re.compile(r"(?<![\w\u200c])(?:اگر|چنانچه|در\s*صورتی[\s\u200c]*که)(?![\w\u200c])")
_CONDITION = re.compile(
    r"(?<![\w\u200c])(?:در\s*صورتی[\s\u200c]*(?=که)|(?:در\s*صورت|اگر|چنانچه)(?![\w\u200c])|"
    r"(?:فقط|تنها)\s+(?:پس\s+از|بعد\s+از|با)(?![\w\u200c]))"  # «فقط پس از توقف جنگ تحویل خواهد داد»: on a condition
)
_WISH = re.compile(r"(?<![\w\u200c])(?:کاش|کاشکی)(?![\w\u200c])")
# the wish's clause has ended: a comma after it
_WISH_ENDED = re.compile(r"[،؛:]")
_FUTURE_TIME = re.compile(r"فردا|آینده|آتی|به\s*زودی|امشب")
_ANAPHOR = re.compile(r"(?<![\w\u200c])(?:این|آن|همین|همان|چنین|چنان)\s*$")
# A demonstrative that determines the noun after it, not a pronoun after a preposition («از آن حمایت
# می‌کردند»: the compound verb «حمایت کردن» with its complement «از آن»).
_DETERMINED_NOUN = re.compile(
    r"(?<![\w\u200c])(?<!از )(?<!به )(?<!با )(?<!بر )(?<!در )(?<!برای )(?<!علیه )(?:این|آن|همین|همان|چنین|چنان)\s+$"
)
# ... unless it is the pronoun a preposition's noun governs («مسکو را به نقض آن متهم کرد»: of the ceasefire)
_PRONOUN_OF_NOUN = re.compile(r"(?<![\w\u200c])(?:به|از|با|بر|برای)\s+[^\s،.؛:]+\s+(?:این|آن)\s+$")
_BOUNTY = re.compile(r"(?<![\w\u200c])(?:جایزه|پاداش)\s+(?:(?:برای|جهت|بابت)\s+)?$")
_SECTION_HEADLINE = {"title", "heading"}
# «مذاکرات مخفی با هند نداریم», «مذاکره‌ای وجود ندارد»: a speaker, or «وجود», denies the noun in its own
# clause (not across a «که»).  Not «دیدار ... نتیجه‌ای نداشت»: the meeting had no result, but took place.
_NOT_HAD = re.compile(
    r"(?:(?!(?<![\w\u200c])که(?![\w\u200c]))[^،.؛:!?؟]){0,40}?"
    r"(?:(?<![\w\u200c])ن(?:دار(?:یم|م|ید)|داشت(?:یم|م|ید))|(?<![\w\u200c])وجود\s+ن(?:دارد|داشت|داشته))(?![\w\u200c])"
)
# «خبر دیدار ظریف و پمپئو را تکذیب کرد», «دیدار ... صحت ندارد», «... کذب محض است»: the noun's own phrase is
# said not to have happened (not across a «که», another «را» or a clause mark, nor past another verb).  «رد کرد» denies
# only a report (`_REPORTED`): «دیدار با مقامات آمریکایی را رد کرد» refuses a meeting, a REJECT of its own.
_DENIAL_VERB = r"(?:کرد|کردند|کرده(?:\u200cاند)?|نمود|نمودند|نموده|می[\u200c ]?کند|می[\u200c ]?کنند)"
_DENIED_NOUN = re.compile(
    r"(?:(?!(?<![\w\u200c])(?:که|را)(?![\w\u200c]))[^،.؛:!?؟]){0,90}?(?<![\w\u200c])(?P<denial>"
    rf"(?P<rejected>را\s+رد\s*{_DENIAL_VERB})|را\s+تکذیب\s*{_DENIAL_VERB}|تکذیب\s*(?:شد|شده|گردید)|"
    r"(?:صحت|واقعیت)\s+ن(?:دارد|داشت|داشته)|کذب(?:\s+محض)?\s+(?:است|بود|می[\u200c ]?باشد)|"
    r"را\s+(?:شایعه|کذب)\s+(?:خواند|خواندند|دانست|دانستند))(?![\w\u200c])"
)
# a meeting or trip put off or called off: «... به تعویق افتاد», «... لغو شد»
_CALLED_OFF = re.compile(
    r"(?<![\w\u200c])(?:به\s+تعویق\s+(?:افتاد|افتاده|انداخت|انداختند|انداخته)|لغو\s+(?:شد|شده|گردید)|منتفی\s+(?:شد|شده|است)|"
    # called off by someone: «همه مذاکرات تجاری با کانادا را ... لغو کرد», «توافق قاهره با آژانس را بی‌اثر اعلام کرد»,
    # «ورود دو وزیر اسپانیایی به اسرائیل را ممنوع اعلام کرد»
    r"را\s+(?:[^\s.،؛:]+\s+){0,6}?(?:(?:لغو|قطع|ممنوع)\s+(?:کرد|کردند|کرده|نمود)|(?:باطل|بی‌اثر|ملغی|ملغی‌الاثر|لغو|ممنوع)\s+"
    r"اعلام\s+(?:کرد|کردند|کرده|نمود)|به\s+حالت\s+تعلیق\s+درآورد))(?![\w\u200c])"
)
# «تکذیب دیدار ظریف و پمپئو», «تکذیب خبر حمله ...»: a headline's denial before the noun.
_DENIAL_BEFORE = re.compile(
    r"(?<![\w\u200c])تکذیب\s+(?:(?:خبر|اخبار|گزارش|گزارش‌های|ادعای|شایعه|شایعات|شایعه‌های)\s+)?(?:وقوع\s+|انجام\s+)?$"
)
_REPORT_WORDS = r"(?<![\w\u200c])(?:خبر|اخبار|گزارش|گزارش‌ها|گزارش‌های|ادعا|ادعای|ادعاهای|شایعه|شایعات|شایعه‌ها|شایعه‌های)(?![\w\u200c])"
_REPORTED = re.compile(_REPORT_WORDS + r"[^،.؛:!?؟]{0,60}$")
# «شهر حلب را آزاد کرد», «۲۰ درصد موصل را»: the thing freed is ground (a place word in the «را» phrase).
_TERRITORY_FREED = re.compile(
    r"(?<![\w\u200c])(?:شهر|شهرهای|شهرک|شهرک‌های|منطقه|مناطق|روستا|روستای|روستاهای|محله|محله‌های|درصد|استان|خاک|"
    r"اراضی|ارتفاعات|بخش|بخش‌های|قسمت|قسمت‌های|مرکز|پایگاه|فرودگاه|بندر|جزیره)(?![\w\u200c])[^،.؛:]{0,50}\sرا\s*$"
)
_LACK = re.compile(r"(?<![\w\u200c])(?:عدم|بدون|فقدان|فاقد|(?:قصور|کوتاهی)\s+در(?:\s+(?:تامین|تأمین|ارائه))?)\s*$")
# «لغو تحریم‌ها», «رفع محاصره», «تعلیق همکاری»: an event noun lifted, called off or suspended.
_LIFTED = re.compile(r"(?<![\w\u200c])(?:لغو|رفع|تعلیق)\s+$")
_INDEFINITE = re.compile(r"\u200cای(?![\w\u200c])|(?<![\w\u200c])(?:نتیجه|اثری|تاثیری|تأثیری|فایده)")
# A question asks whether something happened, it does not report it: «آیا ایران با عربستان مذاکره
# کرده است؟», «در پاسخ به این سؤال که ایران عقب‌نشینی کرده است، ...».  A why- or how-question takes
# the event as given («چرا آمریکا به سوریه حمله کرد؟»), and so does a clause before the asking one.
_YES_NO = re.compile(r"(?<![\w\u200c])آیا(?![\w\u200c])")
_ASKED_ABOUT = re.compile(
    r"(?<![\w\u200c])(?:سؤال|سوال|سئوال|پرسش|نگرانی|نگرانی‌ها|نگرانی‌هایی|شایعه|شایعات)\s+"
    r"(?:که|مبنی\s+بر\s+(?:این|آن)\s*که)(?![\w\u200c])"
)
_WH_WORD = re.compile(r"(?<![\w\u200c])(?:چرا|چگونه|چطور|به\s+چه\s+دلیل|از\s+چه\s+رو)(?![\w\u200c])")
_CLAUSE_MARK = re.compile(r"[،,؛;:]")


@dataclass(frozen=True, slots=True)
class Trigger:
    cameo: str
    kind: str  # "verb": a finite verb says it happened; "noun": an event noun alone
    start: int  # span of the whole construction (noun … verb) in doc.text
    end: int
    head_end: int  # end of the nominal head: genitive arguments («دیدار X و Y») follow it
    sentence: int  # index into doc.sentences
    negated: bool = False
    planned: bool = False
    irrealis: bool = False  # subjunctive purpose/wish clause: no event at all
    passive: bool = False
    anaphoric: bool = False  # «این دیدار»: evidence for an event already found, never a new one
    headline: bool = False  # in the title or a heading
    scope_end: int = -1  # end of the construction when a support verb follows the noun («نشست … برگزار شد»)
    needs: tuple[str, ...] = ()  # the lexicon's required marker («از» for «خواستن»): the target must carry it
    agentive: bool = False  # an active support verb (رزمایش ... برگزار کرد): its subject did the noun
    # a resolution against a party: «active» when its clause's subject adopted it, «adopted» when the body it
    # was adopted in (or whose it is) is named inside (``_resolutions``)
    resolution: str = ""
    reported: bool = False  # «X از ... خبر داد»: the noun's act is reported by the clause's subject
    demand: bool = False  # «(گفت:) «اسرائیل باید ... پایان دهد»»: what a party must do, said by a speaker

    @property
    def scope(self) -> int:
        return self.scope_end if self.scope_end >= 0 else self.end

    def text(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


def find_triggers(doc: Document) -> list[Trigger]:
    index = matchers()
    found: list[Trigger] = []
    bounds = [(s.start, s.end) for s in doc.sentences]
    si = 0
    consumed = -1
    sports: dict[int, bool] = {}  # sentence -> written in the words of sport
    for tok in doc.tokens:
        if tok.kind != "word" or tok.start < consumed:
            continue
        while si < len(bounds) and bounds[si][1] <= tok.start:
            si += 1
        if si >= len(bounds) or tok.start < bounds[si][0]:
            continue
        sent_end = bounds[si][1]
        word = tok.text.replace("\u200c", "")
        for matcher in index.get(word[:2], ()):
            if matcher.prefix and not word.startswith(matcher.prefix) and not matcher.prefix.startswith(word):
                continue
            m = matcher.pattern.match(doc.text, tok.start, sent_end)
            if m is None:
                continue
            sporty = sports.get(si)
            if sporty is None:
                # «همانند دیدار با ایران ظاهر شوند», «سرمربی استقلال با مدیر ورزشگاه دیدار کرد»: sport
                sporty = sports[si] = _SPORTS.search(doc.text, bounds[si][0], sent_end) is not None
            if sporty:
                break
            trigger = _describe(doc, matcher.entry, m, si, doc.sentences[si])
            if trigger is None:
                continue
            if trigger.cameo == "138" and doc.text.startswith("پاسخ", trigger.start) and not trigger.planned and not _PRESENT_END.search(m.group()):
                continue  # «به نامه ترامپ پاسخ داد»: a reply given; only a response to come threatens
            if not trigger.irrealis and _questioned(doc.text, doc.sentences[si], trigger.start, m.end()):
                trigger = replace(trigger, irrealis=True)
            if (
                trigger.kind == "noun"
                and found
                and found[-1].kind == "noun"
                and not doc.text[found[-1].end : trigger.start].strip()
            ):
                consumed = m.end()  # «امضای توافق»: the second noun is the first one's complement
                break
            found.append(trigger)
            consumed = m.end()
            break
    labels = _labellings(doc, sports)
    if labels:
        # «آمریکا را مقصر حمله به فرودگاه بغداد دانست»: an event noun inside what something is called is part of the
        # blame, not an event of its own
        found = [f for f in found if not (f.kind == "noun" and any(t.start <= f.start < t.end for t in labels))]
    labels = _clear_of(labels, found) + _clear_of(_demands(doc, sports), found) + _clear_of(_impeachments(doc, sports), found)
    resolutions = _resolutions(doc, sports)
    if resolutions:
        # «قطعنامه‌ای در محکومیت حملات اسرائیل تصویب کرد»: the resolution is the condemnation, not its noun
        found = [f for f in found if not (f.cameo.startswith("11") and any(r.start <= f.start < r.end for r in resolutions))]
    labels += _clear_of(resolutions, labels)
    return sorted(found + labels, key=lambda t: t.start) if labels else found


def _clear_of(triggers: list[Trigger], others: list[Trigger]) -> list[Trigger]:
    """``triggers`` that overlap none of ``others`` (the lexicon's matches, found first, win)."""
    return [t for t in triggers if not any(o.start < t.end and t.start < o.end for o in others)]


# Calling something so: «قطعنامه شورای حکام را «اقدامی سیاسی و غیرسازنده» خواند», «این تحریم‌ها را نشانه
# بی‌حسن‌نیتی آمریکا دانست»: «را», a short predicate holding a word of blame, then a verb of calling.
_LABEL_INFINITIVES = ("خواندن", "دانستن", "نامیدن", "توصیف کردن", "قلمداد کردن", "ارزیابی کردن")
_LABEL_FORMS = {v: re.compile(verb_pattern(v)) for v in _LABEL_INFINITIVES}  # which verb matched, for its mood
_LABEL_VERBS = "|".join(verb_pattern(v) for v in _LABEL_INFINITIVES)
_LABEL_STEMS = re.compile(r"خوان|خواند|دان|نامید|نام|توصیف|قلمداد|ارزیابی")
_LABELLED = re.compile(
    # (a quoted predicate may hold commas: «اقدام واشنگتن را «ناعادلانه، غیرموجه و غیرمنطقی» خواند»)
    r"(?<![\w\u200c])را\s+(?P<predicate>«[^»«.؛:!؟?\n]{1,80}»\s+(?:[^\s.،؛:!؟?]+\s+){0,6}?|(?:[«\"“]?[^\s.،؛:!؟?]+[»\"”]?\s+){1,9}?)"
    r"(?P<verb>" + _LABEL_VERBS + r")(?![\w\u200c])"
)


def called_so(text: str, start: int, end: int) -> bool:
    """Whether what stands between ``start`` and «را» is what someone calls something («مذاکره با آمریکا را «نه
    عاقلانه» خواند»): the object of a verb of calling, talked about, not done."""
    ra = RA_WORD.search(text, start, end)
    return ra is not None and not FINITE_VERB.search(text, start, ra.start()) and bool(_LABELLED.match(text, ra.start()))


_PRESENT_END = re.compile(r"(?<![\w\u200c])می[\u200c ]?(?:ده|دهد|دهیم|دهند)$")  # «پاسخ قاطع می‌دهد»: ever
RA_WORD = re.compile(r"(?<![\w\u200c])را(?![\w\u200c])")
# words of blame (a word starting so), and those that deny a claim or reject a proposal
_BLAME = re.compile(
    r"(?<![\w\u200c])(?:غیر\s*قانونی|غیرقانونی|غیرسازنده|غیر\s*سازنده|تروریسم|تروریستی|جنایت|خیانت|توهین|خصمانه|"
    r"تحریک\s*آمیز|تحریک‌آمیز|مداخله\s*جویانه|مداخله‌جویانه|دخالت|مغرضانه|غیرقابل\s+قبول|ناپذیرفتنی|غیر\s*قابل\s+قبول|"
    r"نامشروع|غیرمشروع|باطل|تهدید|اقدام\s+جنگی|اعلان\s+جنگ|تجاوز|نژادپرستانه|ضدانسانی|ضد\s*انسانی|غیرانسانی|وحشیانه|"
    r"شرم\s*آور|شرم‌آور|ننگین|ننگ|ظالمانه|غیرحرفه\s*ای|غیرحرفه‌ای|غیرمسئولانه|بی\s*فایده|بی‌فایده|زیان\s*بار|زیان‌بار|"
    r"ریاکارانه|فریبکارانه|نمایشی|بی\s*حسن\s*نیتی|بی‌حسن‌نیتی|سوءنیت|سوء\s*نیت|ناقض|نقض|مغایر|زورگویانه|قلدرمآبانه|"
    r"یکجانبه\s*گرایی|یکجانبه‌گرایی|استکباری|سیاسی\s*کاری|سیاسی‌کاری|دزدی|راهزنی|دزدی\s+دریایی|غیرمنطقی|مضحک|بی\s*ارزش|"
    r"بی‌ارزش|فاجعه|نسل\s*کشی|نسل‌کشی|اشغالگرانه|جاسوسی|خطرناک|اشتباه|خطای|ناکام|ناتوان|مقصر|مسئول\s+اصلی|"
    r"ناعادلانه|غیرموجه|غیر\s*موجه|باج\s*گیری|باج‌گیری|باج\s*خواهی|باج‌خواهی|گروگان\s*گیری|گروگان‌گیری|ناامنی|بی\s*ثباتی|"
    r"بی‌ثباتی|تنش\s*زا|تنش‌زا|مخرب|دروغ\s*پردازی|دروغ‌پردازی|تبلیغاتی|فریب|تحریف|دروغگو|استعماری|دشمن|ابزار\s+دست|"
    r"عامل\s+(?:اصلی\s+)?(?:این\s+)?(?:ناامنی|بی‌ثباتی|تنش|جنایت|حمله|حملات|انفجار|ترور|کشتار|نفوذ)|حامی\s+تروریسم|شکار\s*جادوگر|حمایت\s*گرایی|حمایت‌گرایی|گناه|"
    r"رهبر\s+(?:مواد\s+مخدر|کارتل|قاچاق)|دیکتاتور|تبهکار|فاشیست|آپارتاید|گزینشی|متکبرانه|تکبر|تحمیل|قیمومیت|راهزن|"
    r"سیاسی|استکبار|مداخله|ضدایرانی|ضد\s*ایرانی|توطئه|ناجوانمردانه|بزدلانه|تبعیض|دوگانه|ابزاری|سوءاستفاده|تجاوزکارانه|"
    r"بی\s*ثبات\s*کننده|بی‌ثبات‌کننده|غیر\s*دوستانه|غیردوستانه|یهودستیز|یهود\s*ستیز|بی\s*اعتبار|بی‌اعتبار|فاقد\s+(?:مبنای|وجاهت|مشروعیت|اعتبار)|"
    r"مسئول\s+(?!پیگیری|اجرای|هماهنگی|برگزاری|رسیدگی)[\w\u200c]+|مقصر|"
    r"غده\s+سرطانی|غده‌ی\s+سرطانی|خودسرانه|غیر\s*قابل\s+توجیه|غیرقابل‌توجیه|قتل|آدم\s*کشی|ترور)"
)
_DENIED_CLAIM = re.compile(r"(?<![\w\u200c])(?:بی\s*اساس|بی‌اساس|کذب|دروغ|مردود|ساختگی|جعلی|واهی|بی\s*پایه|بی‌پایه)")
_DISMISSED = re.compile(r"(?<![\w\u200c])(?:مردود|غیرقابل\s+قبول|ناپذیرفتنی|غیر\s*قابل\s+قبول)")
# what is denied, not blamed: «ادعاها را بی‌اساس خواند» (a denial, CAMEO 016, which PLOVER does not code)
_CLAIMS = re.compile(r"(?:ادعا|اتهام|گزارش|خبر|اخبار|شایعه|شایعات|مطالب|اظهارات)[\w\u200c]*\s+[^.،؛:!؟?]{0,80}$")
# a predicate praising what a party did («گامی تاریخی», «اقدامی شجاعانه»): the praise is its endorsement (051)
_PRAISED = re.compile(
    r"(?<![\w\u200c])(?:گام|اقدام|حرکت|تصمیم)(?:ی)?\s+(?:مثبت|مهم|تاریخی|سازنده|ارزشمند|شجاعانه|درست|رو\s+به\s+جلو)(?![\w\u200c])|"
    r"(?<![\w\u200c])(?:قابل\s+تقدیر|شجاعانه|ستودنی|کمرشکن|قهرمانانه|حماسی|افتخارآمیز|غرورآفرین)(?![\w\u200c])"
)
# a predicate praising: denied, it blames («گزارش وزیر را قانع‌کننده ندانستند», «... را مشروع نمی‌داند»)
_PRAISE = re.compile(r"(?<![\w\u200c])(?:قانع\s*کننده|قانع‌کننده|قابل\s+قبول|پذیرفتنی|مشروع|قانونی|سازنده|مثبت|کافی)")


def _labellings(doc: Document, sports: dict[int, bool]) -> list[Trigger]:
    """Blame by calling something so (CAMEO 111), or a proposal dismissed (120): ``_LABELLED``."""
    out: list[Trigger] = []
    text = doc.text
    for si, sent in enumerate(doc.sentences):
        if "را" not in text[sent.start : sent.end] or not _LABEL_STEMS.search(text, sent.start, sent.end):
            continue  # (a cheap look for a verb of calling before the full pattern)
        if sports.get(si) or _SPORTS.search(text, sent.start, sent.end):
            continue
        # (from every «را», as a match from the first may run into the second: «... را محکوم کرد و سکوت X را «شرم‌آور» خواند»)
        for ra in RA_WORD.finditer(text, sent.start, sent.end):
            m = _LABELLED.match(text, ra.start(), sent.end)
            if m is None:
                continue
            predicate, verb = m.group("predicate"), m.group("verb")
            if "که" in predicate.split() or FINITE_VERB.search(predicate):
                continue  # «کشورهایی را که به اسرائیل سلاح می‌فروشند شریک جنایت خواند»: a clause, not a predicate
            infinitive = next(v for v, form in _LABEL_FORMS.items() if form.fullmatch(verb))
            mood = verb_mood(verb, infinitive)
            before = text[sent.start : m.start()]
            claim = bool(_CLAIMS.search(before[-100:]))
            if mood.negated:
                if not _PRAISE.search(predicate) or claim:
                    continue  # «... را غیرقانونی ندانست»: no blame
                code = "120" if _DISMISSED.search(predicate.replace("غیر", "")) or "قبول" in predicate else "111"
            elif _DENIED_CLAIM.search(predicate):
                if claim:
                    continue  # «ادعاها را بی‌اساس خواند»: a denial
                code = "120" if _DISMISSED.search(predicate) else "111"
            elif _BLAME.search(predicate):
                code = "120" if _DISMISSED.search(predicate) else "111"
            elif _PRAISED.search(predicate) and not claim:
                code = "051"  # «لغو تحریم‌های آمریکا را «گامی تاریخی» خواند»: praise of whoever did it
            else:
                continue
            start = m.start("predicate")
            planned, irrealis = _modality(before, mood, verb)
            if not irrealis and _questioned(text, sent, start, m.end()):
                irrealis = True
            headline = _section_kind(doc, sent) in _SECTION_HEADLINE
            # (``needs`` «را»: only blame of a party named in the object counts, not of a drug trade or a germ)
            out.append(Trigger(code, "verb", start, m.end(), start, si, False, planned, irrealis, False, False, headline,
                               -1, ("را",)))  # fmt: skip
    return out


# A resolution against a party adopted (or tabled): «شورای حکام قطعنامه‌ای علیه ایران تصویب کرد», «قطعنامه ...
# در محکومیت حملات اسرائیل به تصویب رسید», «تصویب قطعنامه ضدایرانی در شورای حکام»: censure, CAMEO 111.
_RESOLUTION = re.compile(
    r"(?<![\w\u200c])(?P<adoption>تصویب\s+)?(?:پیش[\u200c ]?نویس\s+)?قطعنامه(?:[\u200c ]?(?:ای|ها|های|ی))?(?![\w\u200c])"
)
# what the resolution is against; «ضدایرانی» names its target in one word
RESOLUTION_AGAINST = re.compile(
    r"(?<![\w\u200c])(?:علیه|بر\s*ضد|ضد|در\s+محکومیت|با\s+محکومیت|در\s+انتقاد\s+از)(?![\w\u200c])|(?<![\w\u200c])ضد[\u200c ]?ایرانی"
)
_ADOPTION_VERBS = {  # infinitive -> whether its subject adopted the resolution (active) or it was adopted
    "تصویب کردن": True, "تصویب نمودن": True, "به تصویب رساندن": True, "صادر کردن": True,
    "ارائه کردن": True, "ارائه دادن": True, "تقدیم کردن": True,
    "تصویب شدن": False, "تصویب گردیدن": False, "به تصویب رسیدن": False, "صادر شدن": False,
}  # fmt: skip
_ADOPTION_FORMS = {v: re.compile(verb_pattern(v)) for v in _ADOPTION_VERBS}
_ADOPTED = re.compile(r"(?<![\w\u200c])(?P<verb>" + "|".join(verb_pattern(v) for v in _ADOPTION_VERBS) + r")(?![\w\u200c])")
# what is expected or guessed, not announced: «انتظار می‌رود», «پیش‌بینی می‌شود», «احتمال دارد»
_SPECULATED = re.compile(r"انتظار\s+می[\u200c ]?رود|پیش[\u200c ]?بینی\s+می[\u200c ]?شود|احتمال\s+(?:دارد|می[\u200c ]?رود)|احتمالا|احتمالاً|گمانه")
_RESOLUTION_PHRASE = 160  # characters from «قطعنامه» to its verb
_TALLY = re.compile(r"[\d۰-۹٠-٩]+\s+رأی\s+(?:موافق|مخالف|ممتنع)\s*[،,]?")


def _resolutions(doc: Document, sports: dict[int, bool]) -> list[Trigger]:
    """Resolutions adopted against a party (``_RESOLUTION``): a verb of adoption after the resolution in its
    clause (a tabled draft counts: «پیش‌نویس قطعنامه‌ای علیه ایران ارائه کردند»), or the noun «تصویب» before it;
    the phrase must say whom it is against.  ``Trigger.resolution`` tells the coder to read its parties so."""
    out: list[Trigger] = []
    text = doc.text
    for si, sent in enumerate(doc.sentences):
        if "قطعنامه" not in text[sent.start : sent.end] or sports.get(si) or _SPORTS.search(text, sent.start, sent.end):
            continue
        for m in _RESOLUTION.finditer(text, sent.start, sent.end):
            limit = min(sent.end, m.end() + _RESOLUTION_PHRASE)
            adopted = _ADOPTED.search(text, m.end(), limit)
            # (a tally's commas are no clause marks: «با ۱۹ رأی موافق، ۳ رأی مخالف و ۱۱ رأی ممتنع تصویب کرد»)
            gap = _TALLY.sub(" ", text[m.end() : adopted.start()]) if adopted is not None else ""
            if adopted is not None and (_past_own_clause(gap, 0, len(gap)) or _CLAUSE_MARK.search(gap)):
                adopted = None  # the verb of another clause
            if adopted is None and not m.group("adoption"):
                continue
            end = adopted.end() if adopted is not None else m.end()
            against = RESOLUTION_AGAINST.search(text, m.start(), end if adopted is not None else limit)
            if against is None:
                continue  # no party it censures: «قطعنامه ۲۲۳۱ را تصویب کرد»
            before = text[sent.start : m.start()]
            headline = _section_kind(doc, sent) in _SECTION_HEADLINE
            if adopted is None:  # «تصویب قطعنامه ضدایرانی در شورای حکام»: adopted, told as a noun
                out.append(Trigger("111", "noun", m.start(), m.end(), m.end(), si, False, False, False, False, False,
                                   headline, limit, resolution="adopted"))  # fmt: skip
                continue
            verb = adopted.group("verb")
            infinitive = next(v for v, form in _ADOPTION_FORMS.items() if form.fullmatch(verb))
            mood = verb_mood(verb, infinitive)
            planned, irrealis = _modality(before, mood, verb)
            irrealis = irrealis or bool(_SPECULATED.search(before[-80:]))  # «انتظار می‌رود ... تصویب کند»
            if not irrealis and _questioned(text, sent, m.start(), end):
                irrealis = True
            voice = "active" if _ADOPTION_VERBS[infinitive] else "adopted"
            out.append(Trigger("111", "verb", m.start(), end, m.end(), si, mood.negated, planned, irrealis, False,
                               False, headline, end, resolution=voice))  # fmt: skip
    return out


# What a party must (not) do, told by a speaker: «گفت: «آمریکا باید به تعهداتش عمل کند»», «هیئت حاکمه افغانستان
# موظف است حقابه ایران را ... پرداخت کند»: a demand (CAMEO 100) of the party named right before the modal.
_MUST = re.compile(r"(?<![\w\u200c])(?:ن?باید|موظفند|موظف\s+(?:است|هستند|اند|می[\u200c ]?باشد))(?![\w\u200c])")


def _demands(doc: Document, sports: dict[int, bool]) -> list[Trigger]:
    """Demands told as what a party must do (``_MUST``), in a sentence that reports what someone said; the
    coder (``demand``) takes the party right before the modal as the target and the speaker as the source."""
    out: list[Trigger] = []
    text = doc.text
    for si, sent in enumerate(doc.sentences):
        words = text[sent.start : sent.end]
        if ("باید" not in words and "موظف" not in words) or sports.get(si) or not SAID_MARK.search(text, sent.start, sent.end):
            continue  # (a cheap look for a modal before the patterns)
        for m in _MUST.finditer(text, sent.start, sent.end):
            before = text[sent.start : m.start()]
            if _CONDITION.search(before[-60:]) or _questioned(text, sent, m.start(), m.end()):
                continue  # «اگر آمریکا باید ...», «آیا اروپا باید ...؟»
            headline = _section_kind(doc, sent) in _SECTION_HEADLINE
            out.append(Trigger("100", "verb", m.start(), m.end(), m.start(), si, headline=headline, demand=True))
    return out


# A minister impeached: «نمایندگان ... به استیضاح X، وزیر ...، رأی دادند», «طرح استیضاح X ... اعلام وصول شد» (111)
_IMPEACHMENT = re.compile(
    r"(?<![\w\u200c])(?:به|طرح)\s+استیضاح\s+[^.؛:!؟?«»]{1,140}?\s(?P<verb>(?:رأی|رای)\s+(?:" + verb_pattern("دادن")
    + r")|اعلام\s+وصول\s+(?:" + verb_pattern("شدن") + r")|(?:تقدیم|ارائه)\s+(?:" + verb_pattern("شدن") + "|" + verb_pattern("کردن")
    + r"))(?![\w\u200c])"
)


def _impeachments(doc: Document, sports: dict[int, bool]) -> list[Trigger]:
    """Votes for, and motions of, impeachment (``_IMPEACHMENT``): censure of the minister named inside."""
    out: list[Trigger] = []
    text = doc.text
    for si, sent in enumerate(doc.sentences):
        if "استیضاح" not in text[sent.start : sent.end] or sports.get(si):
            continue
        for m in _IMPEACHMENT.finditer(text, sent.start, sent.end):
            verb = m.group("verb").split()[-1]
            infinitive = next(v for v in ("دادن", "شدن", "کردن") if any(stem in verb for stem in (VERB_STEMS[v][0], *VERB_STEMS[v][1])))
            mood = verb_mood(verb, infinitive)
            headline = _section_kind(doc, sent) in _SECTION_HEADLINE
            planned, irrealis = _modality(text[sent.start : m.start()], mood, verb)
            head_end = text.find("استیضاح", m.start()) + len("استیضاح")
            out.append(Trigger("111", "verb", m.start(), m.end(), head_end, si, mood.negated, planned, irrealis, False, False,
                               headline))  # fmt: skip
    return out


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma, «؛» or colon in ``text[lo:pos]``."""
    last = lo
    for mark in _CLAUSE_MARK.finditer(text, lo, pos):
        last = mark.end()
    return last


def _questioned(text: str, sent: Sentence, start: int, end: int) -> bool:
    """Whether the trigger at ``start:end`` is inside a yes/no question or what a question asks about."""
    clause_start = _clause_start(text, sent.start, start)
    # What is asked about runs on past commas («بین ایران، ترکیه و روسیه»), up to the answer («گفت:»).
    answer = max(text.rfind(":", sent.start, start), text.rfind("؛", sent.start, start)) + 1 or sent.start
    if _YES_NO.search(text, clause_start, start) or _ASKED_ABOUT.search(text, max(answer, sent.start), start):
        return True
    tail = text[end : sent.end].rstrip()
    return tail.endswith(("؟", "?")) and not _CLAUSE_MARK.search(tail) and not _WH_WORD.search(text, clause_start, start)


def _describe(doc: Document, entry: Entry, m: re.Match[str], si: int, sent: Sentence) -> Trigger | None:
    text = doc.text
    before = text[sent.start : m.start()]
    if entry.needs and not any(n in before for n in entry.needs):
        return None
    headline = _section_kind(doc, sent) in _SECTION_HEADLINE
    if entry.kind == "noun":
        if _BOUNTY.search(before[-24:]):
            return None  # «افزایش جایزه دستگیری رئیس‌جمهور ونزوئلا»: a bounty offered, nobody arrested
        return _describe_noun(doc, entry, m, si, sent, headline)
    verb = m.group("verb")
    if entry.kind == "lv" and _DETERMINED_NOUN.search(text, max(sent.start, m.start() - 20), m.start()) and not _PRONOUN_OF_NOUN.search(
        text, max(sent.start, m.start() - 30), m.start()
    ):
        return None  # «راهی اکوادور ایستگاه سوم این سفر شد»: a noun with a determiner is no compound verb's
    if verb == "و":  # «با اسد دیدار و بر ... تأکید کردند»: the light verb is left out before «و»
        if not _ELIDED_FRAME.search(before[-60:]):
            return None  # «نیاز به همکاری و هماهنگی»: two nouns, no verb left out
        if len(re.sub("[\u200c ]", "", m.group("noun"))) > len(re.sub("[\u200c ]", "", entry.phrase)):
            return None  # «با گسترش فرهنگ بسیجی و ...»: an adjective or an ezafe, no verb left out
        # («با قرار وثیقه آزاد و به سفارت فرانسه منتقل شدند»: the verb the coordination ends with gives the voice)
        shared = _SHARED_VERB.search(text, m.end(), sent.end)
        if before.endswith(("را ", "را\u00a0")) and shared is not None and _SUBJUNCTIVE_END.search(shared.group()):
            return None  # «... وی را دستگیر و به یگان انتظامی منتقل کنند»: the shared verb only wished or intended
        passive = shared is not None and shared.group("passive") is not None and any(v in ("کردن", "نمودن") for v in entry.verbs)
        return Trigger(entry.cameo, "verb", m.start(), m.start("verb") - 1, m.end("noun") if entry.kind == "lv" else m.start(),
                       si, False, False, False, passive, False, headline)  # fmt: skip
    infinitive = _infinitive_of(entry, verb)
    base = infinitive.split(" ")[-1] if infinitive else ""
    if base in VERB_STEMS and verb.split()[-1] == VERB_STEMS[base][0] + "ن":
        # «کشته شدن ۱۳ پلیس عراق»، «زیر گرفتن سه اسرائیلی»: an infinitive names the event as a noun does,
        # and the name after it is who underwent it (so it counts as passive)
        passive = True
        purpose = bool(_PURPOSE.search(before[-14:]))
        return Trigger(entry.cameo, "noun", m.start(), m.end(), m.end(), si, False, False, purpose, passive, False,
                       headline)  # fmt: skip
    mood = verb_mood(verb, infinitive)
    if entry.verbs == ("خواستن",) and mood.future_aux_only:
        return None  # «خواهد» here is the future auxiliary of another verb, not «wanted»
    cameo = entry.cameo
    # «پذیرفته نیست»: a participle denied by «نیست»; «نتوانستند ... به توافق برسند»: it did not happen
    denied = (
        bool(_DENIED_AFTER.match(text, m.end()) or _CLAUSE_DENIED.match(text, m.end()))
        or (mood.subjunctive and bool(_UNABLE.search(before[-80:])))
    )
    if mood.negated and entry.negated:
        cameo, negated = entry.negated, False
    elif mood.negated and cameo == "046" and (mood.future or mood.progressive) and not denied:
        # «با آمریکا مذاکره نمی‌کنیم», «مذاکره نخواهد کرد»: talks refused; «مذاکره نکرده‌اند» is none held
        cameo, negated = "125", False
    else:
        negated = mood.negated or denied
    planned, irrealis = _modality(before, mood, verb)
    noun_end = m.end("noun") if entry.kind == "lv" else m.start()
    passive = entry.passive or (infinitive in ("شدن", "گردیدن") and any(v in ("کردن", "نمودن") for v in entry.verbs))
    if (
        (entry.kind == "verb" and entry.cameo.startswith("18")) or (entry.kind == "lv" and base not in _LIGHT_VERBS)
    ) and verb.endswith("ه") and _PASSIVE_AUX.match(text, m.end()):
        # «ربوده شد»: a violent verb's participle before شدن, its subject the victim; «به رسمیت
        # شناخته شد»: a full verb's participle, likewise (not «کرده شد»)
        passive = True
    if (
        mood.progressive
        and not planned
        and _REPORTED_SPEECH.search(before)
        and not _performed(cameo, verb)
        and not _said_for_own_state(doc, sent, m.start(), cameo)
    ):
        irrealis = True  # «گفت: شهرداری‌ها از مدارس حمایت می‌کنند»: a habit stated in a quote, not a happening
    if not irrealis and _in_condition(before):
        irrealis = True
    if not irrealis and not planned and entry.cameo[:2] in ("16", "17", "18", "19", "20") and _threatened(before):
        planned = True  # «ترامپ تهدید کرد تعرفه ۲۵ درصدی ... وضع می‌کند»: what is threatened, still to come
    if (
        passive
        and ((cameo.startswith("18") and cameo != "181") or cameo in ("191", "192"))  # an abduction says what it was
        and not _VIOLENCE.search(text, sent.start, sent.end)
    ):
        return None  # «هشت نفر در همایش موتورسواری مجروح شدند»: hurt, but nobody says by whom or by what
    if entry.phrase == "آزاد" and _TERRITORY_FREED.search(before[-80:]):
        return None  # «۲۰ درصد موصل را آزاد کرده‌اند»: ground taken, not people released
    if entry.phrase.startswith("زیر بار") and not mood.negated:
        return None  # «زیر بار ترافیک می‌رود»: only «زیر بار ... نرفت» is a refusal
    if entry.phrase.startswith("هدف") and (
        (not _ARMED.search(text, sent.start, sent.end) and not _STRUCK.search(text, sent.start, sent.end))
        or "سایبری" in text[sent.start : sent.end]
    ):
        return None  # «بازار اروپا را هدف قرار داده است»: aimed at, nothing armed
    if entry.verbs == ("کشتن",) and (
        text[m.start() : m.end()].startswith("کشتی") or _NOT_KILLED.match(text, m.end())
    ):
        return None  # «کشتی» (a ship), «کشت و صنعت», «کشت کردند» (farming): not «killed»
    if entry.verbs == ("کشتن",) and _KILLING_TOLD_OTHERWISE.search(text, sent.start, m.start()):
        # «اسرائیل در حمله هوایی به صنعا ... را کشت»: the attack noun tells the event (and who did it);
        # «مقامات طالبان گفتند پولیس مرزی ایران ... کشته است»: a report, whose speaker is no killer
        return None
    if entry.phrase == "منهدم" and not _ARMED.search(text, sent.start, sent.end):
        return None  # «۴۵۰ تن مواد مخدر کشف و منهدم شده است»: police work, as for «انهدام»
    if cameo.startswith("15") and not _MILITARY.search(text, sent.start, sent.end):
        return None  # «پایگاه ترویج سبز زیستن مستقر گردید»: deployed, but nothing armed
    if cameo[:2] in _VIOLENT_ROOTS and _bodily(text, sent):
        return None
    if entry.verbs == ("ربودن",) and _IDIOM_LOOT.search(before[-80:]):
        return None  # «خواب راحت را از چشم استکبار ربوده است», «گوی سبقت را ربود»: an idiom, no abduction
    if entry.phrase == "تجاوز" and _DIGIT.search(before[-30:]):
        return None  # «دما از ۹۹٫۹ به ۱۰۰٫۴ فارنهایت تجاوز می‌کند»: a quantity exceeded, no aggression
    if entry.phrase == "رد" and _EXCHANGED.match(text, m.start("noun") + 2 if entry.kind == "lv" else m.end()):
        return None  # «پیام‌هایی میان ایران و آمریکا رد و بدل کرده است»: messages exchanged, nothing rejected
    needs = entry.needs if entry.kind == "verb" else ()
    return Trigger(
        cameo, "verb", m.start(), m.end(), noun_end, si, negated, planned, irrealis, passive, False, headline, -1, needs
    )


def _describe_noun(
    doc: Document, entry: Entry, m: re.Match[str], si: int, sent: Sentence, headline: bool
) -> Trigger | None:
    text = doc.text
    before = text[sent.start : m.start()]
    word = m.group()
    if word.endswith("ی") and not entry.phrase.endswith("ی") and entry.phrase[-1] not in "اوهی":
        return None  # «چتر حمایتی»: after a consonant «ی» makes an adjective, no ezafe
    if entry.phrase == "انهدام" and not _ARMED.search(text, sent.start, sent.end):
        return None  # «انهدام باند مواد مخدر»: police work, not armed force
    if entry.cameo.startswith("05") and _CEREMONY.search(before[-12:]):
        return None  # «همایش تجلیل از برگزیدگان»: the name of a ceremony, not an act of support
    if _ANNIVERSARY.search(before[-12:]):
        return None  # «اولین سالگرد حمله به عراق»: remembered, not reported
    if entry.cameo[:2] in _VIOLENT_ROOTS and _bodily(text, sent):
        return None  # «مدیریت حمله روماتیسم»
    if entry.cameo.startswith("04") and _MATCH.match(text, m.end(), sent.end):
        return None  # «دیدار مقابل پاراگوئه»: a match, not a meeting
    if _PRESS.match(text, m.end(), sent.end):
        return None  # «نشست خبری», «گفتگوی مطبوعاتی»: a press conference, not a meeting of two sides
    if entry.phrase == "رایزنی" and _CULTURAL.match(text, m.end(), sent.end):
        return None  # «رایزنی فرهنگی ایران در باکو»: the embassy's cultural office, not consultations
    if _LIFTED.search(before[-12:]):
        return None  # «لغو تحریم‌های ایران», «رفع محاصره»: what is lifted or called off, not what is done
    anaphoric = bool(_ANAPHOR.search(before[-12:]))
    if _PASSIVE_FRAME.search(before[-8:]):
        received = _RECEIVED.match(text, m.end(), sent.end)
        if received is not None:  # «مورد حمله ... قرار گرفت»: the subject suffered it
            mood = verb_mood(received.group("verb"), "گرفتن")
            planned, irrealis = _modality(before, mood, received.group("verb"))
            return Trigger(entry.cameo, "verb", m.start(), m.end(), m.end(), si, mood.negated, planned, irrealis,
                           True, anaphoric, headline, received.end())  # fmt: skip
    support = _SUPPORT.search(text, m.end(), sent.end)
    if support is not None and entry.cameo == "045" and _WITH_BEFORE.search(before[-6:]):
        support = None  # «با میانجی‌گری عمان مذاکرات ... برگزار کردند»: the verb holds the talks, not the mediation
    if support is not None and support.group().startswith("آغاز") and _BEGINNING_OF.search(before[-16:]):
        support = None  # «پس از آغاز درگیری‌ها بسیج نیروها را آغاز کرد»: the verb begins another act
    if support is not None and _past_own_clause(text, m.end(), support.start()):
        support = None  # «زیر بمباران، این دولت انتخابات را برگزار کرد»: the verb supports another noun
    if support is None and entry.cameo == "1823":
        support = _CARRIED_OUT.search(text, m.end(), sent.end)  # «حکم اعدام X ... اجرا شد»
    if support is None and re.search(r"(?<![\w\u200c])از\s*$", before):
        support = _REPORTED_BY.search(text, m.end(), sent.end)  # «از کشته شدن ... خبر داد»: reported as happened
    if support is not None:
        verb = next((g for g in support.groups() if g), "")
        infinitive = _support_infinitive(verb)
        mood = verb_mood(verb, infinitive)
        planned, irrealis = _modality(before, mood, verb)
        # «ارتش چین رزمایشی برگزار کرد»: the noun is the object of an active support verb, whose subject
        # did it; not «برگزار شد», nor «از کشته شدن ... خبر داد», whose subject only reports it, nor a noun
        # inside a phrase of its own («با حمایت برند X ... گردهمایی را برگزار می‌کند»: what is held is another)
        agentive = support.re in (_SUPPORT, _CARRIED_OUT) and infinitive in _ACTIVE_SUPPORT_VERBS and not _GOVERNED.search(before[-8:])
        reported = support.re is _REPORTED_BY
        # («وزارت اطلاعات از دستگیری ... خبر داد», «از اختصاص وام ... به اوکراین خبر داد»: an arrest, a seizure,
        # aid or a release is the reporting official's own; the coder keeps such a source only if it is one)
        # (and a tariff: «پکن از اعمال تعرفه ... بر نفت خام وارداتی از آمریکا خبر داد»)
        agentive = agentive or reported and (entry.cameo[:2] in REPORTED_OWN_ACTS or entry.phrase.endswith("تعرفه"))
        return Trigger(entry.cameo, "verb", m.start(), m.end(), m.end(), si, mood.negated, planned, irrealis,
                       False, anaphoric, headline, support.end(), agentive=agentive, reported=reported)  # fmt: skip
    planned = bool(_PLANNED_CUES.search(text, sent.start, sent.end))
    # «برای حمله به ایران»: a purpose; «در صورتی که ... تمایل ... داشته باشند»: a condition; «هیچ ... نداریم»,
    # «عدم حمایت»: denied.
    purpose = bool(_PURPOSE.search(before[-14:]))
    if _ANY_KIND.search(before[-14:]):
        purpose = True  # «هرگونه حمله آمریکا به خاک ایران با پاسخ قاطع روبه‌رو خواهد شد»: any such act, none that happened
    if _CONDITION.search(text, _clause_start(text, sent.start, m.start()), m.start()):
        purpose = True
    denied = _NOT_HAD.match(text, m.end(), sent.end)
    if denied is not None and _INDEFINITE.search(text, m.end(), denied.end()):
        denied = None
    negated = _none_of(text, sent.start, m.start(), m.end(), sent.end) or denied is not None or bool(_LACK.search(before[-24:]))
    if not negated:
        negated = bool(_DENIAL_BEFORE.search(before[-40:])) or _denied_noun(text, m.end(), sent.end, before, entry.cameo)
    called_off = _CALLED_OFF.search(text, m.end(), sent.end) if not negated else None
    if called_off is not None:
        # «سفر گروسی به تهران که قرار بود ... انجام شود به تعویق افتاد»: it did not take place (the noun is the
        # subject: no verb between, but a relative clause's)
        gap = text[m.end() : called_off.start()]
        # (and it is the main verb: not «... که پیش‌تر به تعویق افتاده بود، امروز ... برگزار شد»)
        main = not FINITE_VERB.search(text, called_off.end(), sent.end) and not _CLAUSE_MARK.search(text, called_off.end(), sent.end)
        # (called off by someone, the noun's own phrase: «همه مذاکرات تجاری با کانادا را لغو کرد», not «سفر پلوسی به
        # تایوان گفت‌وگوهای نظامی با آمریکا را لغو کرد», whose talks are what is called off)
        own = not called_off.group().startswith("را") or len(gap.split()) <= 6 and "،" not in gap
        negated = main and own and (not FINITE_VERB.search(gap) or "که" in gap.split())
    return Trigger(entry.cameo, "noun", m.start(), m.end(), m.end(), si, negated, planned, purpose, False, anaphoric,
                   headline)  # fmt: skip


_NONE = re.compile(r"(?<![\w\u200c])هیچ(?![\w])")
_NOUN_CLAUSE_END = re.compile(r"[،,؛;:«»\"]")


def _none_of(text: str, sent_start: int, start: int, end: int, sent_end: int) -> bool:
    """Whether «هیچ» denies the event noun at ``[start, end)``: in its own clause, before it («هیچ مذاکره‌ای
    ... نداریم») or after it («دیدار ... هیچ‌گاه انجام نشد»), not in another clause or a quote («در گفت‌وگوی
    تلفنی با بارو تأکید کرد که «فعال‌سازی ... هیچ مبنای حقوقی ندارد»»)."""
    left = max(sent_start, start - 60)
    for mark in _NOUN_CLAUSE_END.finditer(text, left, start):
        left = mark.end()
    right = _NOUN_CLAUSE_END.search(text, end, sent_end)
    return bool(_NONE.search(text, left, start) or _NONE.search(text, end, right.start() if right else sent_end))


def _denied_noun(text: str, end: int, sent_end: int, before: str, code: str) -> bool:
    """Whether the phrase an event noun heads is denied (`_DENIED_NOUN`): not a noun inside a frame or
    another noun's complement («در پی حمله ...», «مشارکت در حمله ... را تکذیب کرد»: the involvement is
    denied), nor across a verb or another report («... ادامه یافت و خبر آتش‌بس تکذیب شد»)."""
    denial = _DENIED_NOUN.match(text, end, sent_end)
    reported = bool(_REPORTED.search(before))  # «گزارش‌ها درباره حمله ... را رد کرد»: what a report says
    # («حضور عراقچی در مذاکره با آمریکا را تکذیب کرد»: denying one's part in it denies that meeting)
    taking_part = code.startswith("04") and bool(_TAKING_PART.search(before[-60:]))
    if denial is None or _GOVERNED_NOUN.search(before[-24:]) and not reported and not taking_part:
        return False
    gap = text[end : denial.start("denial")]
    if FINITE_VERB.search(gap) or CLAUSE_END_VERB.search(gap) or _PAST_VERB.search(gap) or _REPORT_WORD.search(gap):
        return False
    return not denial.group("rejected") or reported


# A preposition or frame word right before an event noun: the noun is inside another phrase.
_GOVERNED_NOUN = re.compile(
    r"(?<![\w\u200c])(?:در|از|به|با|برای|علیه|درباره|بر|پی|پس|بعد|قبل|پیش|جریان|حین|طی|هنگام|همزمان|متعاقب|پیرو|دنبال)\s+$"
)
_TAKING_PART = re.compile(r"(?<![\w\u200c])(?:حضور|شرکت|مشارکت)(?:\s+[\w\u200c]+){0,3}\s+در\s+$")
_PAST_VERB = re.compile(r"(?<![\w\u200c])(?:یافت|یافتند|رفت|رفتند|آمد|آمدند|رسید|رسیدند|خورد|ماند|افتاد|گذشت)(?![\w\u200c])")
_REPORT_WORD = re.compile(_REPORT_WORDS)


_SUPPORT_VERBS = ("شدن", "گردیدن", "کردن", "نمودن", "دادن", "گرفتن", "پذیرفتن", "آمدن")
_ACTIVE_SUPPORT_VERBS = ("کردن", "نمودن", "دادن")  # «انجام گرفت», «صورت پذیرفت», «به عمل آمد»: no agent
_GOVERNED = re.compile(r"(?<![\w\u200c])(?:با|در|از|به|برای|بر|ضمن|طی)\s*$")
_OWN_OBJECT = re.compile(r"،[^،]*?(?<![\w\u200c])را(?![\w\u200c])")
# A finite verb as a whole word that ends a clause: ``FINITE_VERB``'s light verbs, and also «بود» and the
# negated present («نکند», «ندارد»).
_WHOLE_VERB = re.compile(
    rf"(?<![\w\u200c])(?:ن?می[\u200c ][\w\u200c]+|ن?(?:{LIGHT_VERB_FORMS}|"
    r"بود|بودند|بوده|کند|کنند|شود|شوند|دارد|دارند)(?:\u200c(?:اند|است|ام|ایم))?|است|اند|هستند|نیست)(?![\w\u200c])"
)


def _past_own_clause(text: str, start: int, end: int) -> bool:
    """Whether a finite verb, or a comma and then a «را», stands between a noun and a support verb
    after it: the verb then ends another clause («... که به کشته شدن ... انجامید، انجام شد») or has an
    object of its own («زیر بمباران، این دولت انتخابات را برگزار کرد»), not the noun's."""
    return _WHOLE_VERB.search(text, start, end) is not None or _OWN_OBJECT.search(text, start, end) is not None


def _support_infinitive(verb: str) -> str | None:
    """The infinitive of a support verb («برگزار شود» → شدن), so that its mood can be read: «تا نشست ...
    برگزار شود» is a purpose, not a meeting."""
    return next((inf for inf in _SUPPORT_VERBS if _support_form(inf).fullmatch(verb)), None)


@cache
def _support_form(infinitive: str) -> re.Pattern[str]:
    return re.compile(verb_pattern(infinitive))


# Speech acts (statements, appeals, intent, endorsement, demands, condemnation, rejection, threats):
# said in the first person, the present performs them («گفت: ما این حمله را محکوم می‌کنیم»).
_SPEECH_ACT_CAMEO = ("01", "02", "03", "051", "10", "11", "12", "13")
_FIRST_PERSON = re.compile(r"(?:یم|م)$")


def _performed(cameo: str, verb: str) -> bool:
    """A speech act in the first person present: said, and so done, by the speaker."""
    words = verb.split()
    return bool(words) and cameo.startswith(_SPEECH_ACT_CAMEO) and bool(_FIRST_PERSON.search(words[-1]))


_STATE_KINDS = frozenset({"country", "government", "metonym"})


def _said_for_own_state(doc: Document, sent: Sentence, start: int, cameo: str) -> bool:
    """A speech act in the present whose subject, after the colon, is the speaker's own state or
    one of its bodies: said on its behalf, and so done («سخنگوی وزارت خارجه گفت: جمهوری اسلامی
    ایران این حمله را محکوم می‌کند»), not a habit described («گفت: آمریکا از اسرائیل حمایت می‌کند»)."""
    if not cameo.startswith(_SPEECH_ACT_CAMEO):
        return False
    colon = doc.text.rfind(":", sent.start, start)
    if colon < 0:
        return False
    mentions = doc.mentions
    first = bisect_left(mentions, sent.start, key=_mention_start)
    after = bisect_left(mentions, colon, key=_mention_start)
    speakers = {a.country for mn in mentions[first:after] if (a := doc.actor(mn.actor)) is not None and a.country}
    # the subject opens the quote («گفت: ایران ...»); a name further in is an object or a part of one
    subject = mentions[after] if after < len(mentions) and mentions[after].start < start else None
    if subject is None or doc.text[colon + 1 : subject.start].strip(' «"'):
        return False
    actor = doc.actor(subject.actor)
    return actor is not None and actor.kind in _STATE_KINDS and actor.country in speakers


def _mention_start(mention: Mention) -> int:
    return mention.start


@dataclass(frozen=True, slots=True)
class Mood:
    negated: bool
    future: bool
    progressive: bool  # «می»: ongoing, habitual or scheduled
    subjunctive: bool
    future_aux_only: bool = False


def verb_mood(verb: str, infinitive: str | None) -> Mood:
    """Negation, future, progressive and subjunctive from the surface of a finite verb."""
    v = verb.strip()
    # «توافق کرده باشد», «تمایل ... داشته باشند»: a participle before «باشد» is a (perfect) subjunctive
    words = v.split()
    perfect_subjunctive = len(words) > 1 and words[-1] in _SUBJUNCTIVE_AUXILIARIES and words[-2].endswith("ه")
    if infinitive and " " in infinitive:  # «امضا کرد»: look at the verb itself, not the words before it
        while len(words) > 1 and words[-1] in _AUXILIARIES:
            words.pop()  # «اعزام نکرده است», «نکرده بود»: the participle carries the negation
        v = " ".join(words)
        v = v.split()[-1] if not re.search(r"خواه\w*\s+\S+$", v) else " ".join(v.split()[-2:])
    stems: tuple[str, ...] = ()
    if infinitive and infinitive.split(" ")[-1] in VERB_STEMS:
        past, presents = VERB_STEMS[infinitive.split(" ")[-1]]
        stems = (past, *presents)
    future = bool(re.match(r"ن?خواه\w*\s+\S", v))
    negated = v.startswith("ن") and not any(v.startswith(s) for s in stems if s.startswith("ن"))
    body = v[1:] if negated else v
    progressive = body.startswith("می")
    subjunctive = False
    if not future and not progressive and stems:
        past = stems[0]
        presents = stems[1:]
        # A present stem without «می» is subjunctive («کند», «بکند»); «دارد» is the one indicative exception.
        plain = body[1:] if body.startswith("ب") and not any(body.startswith(p) for p in presents) else body
        subjunctive = any(plain.startswith(p) for p in presents) and not plain.startswith(past) and presents[:1] != ("دار",)
    only_aux = bool(re.fullmatch(r"ن?خواه(?:ند|یم|ید|د|م|ی)", v))
    return Mood(negated, future, progressive, subjunctive or perfect_subjunctive, only_aux)


def _infinitive_of(entry: Entry, verb: str) -> str | None:
    last = verb.split()[-1] if verb.split() else verb
    candidates = list(entry.verbs)
    for v in entry.verbs:
        candidates += ["شدن", "گردیدن"] if v in ("کردن", "نمودن") else []
    for inf in candidates:
        base = inf.split(" ")[-1]
        if base == "بودن":
            continue
        past, presents = VERB_STEMS[base]
        if any(s in last for s in (past, *presents)):
            return inf
    return candidates[0] if candidates else None


def _modality(before: str, mood: Mood, verb: str = "") -> tuple[bool, bool]:
    """(planned, irrealis) of a verbal trigger, from its mood and the words before it."""
    if not mood.future and not mood.progressive and _IMPERSONAL_MODAL.search(before[-80:]):  # it ends the window
        return False, True  # «می‌توان از تولید ایرانی حمایت کرد»: what one can or must do, not what was done
    wish = _WISH.search(before[-120:])
    # a wish's verbs are counterfactual (past progressive, pluperfect, subjunctive): «کاش ... حمله نکرده بود و
    # ... مذاکره می‌کرد»; a simple past after it is what was done («کاش اروپا ... عمل می‌کرد و از چین تشکر کرد»)
    counterfactual = mood.progressive or mood.subjunctive or verb.rstrip().endswith(("بود", "بودند"))
    if wish is not None and counterfactual and not _WISH_ENDED.search(before[-120:][wish.end() :]):
        return False, True  # «کاش ... مذاکره می‌کردند»: a wish, what did not happen
    cue = bool(_PLANNED_CUES.search(before))
    if (mood.future or mood.subjunctive or mood.progressive) and _CONDITION.search(before):
        return False, True  # «در صورت ...، تحریم خواهد کرد» («... لغو می‌شود»): a condition, not a plan
    if mood.future:
        return True, False
    if mood.subjunctive:
        return (True, False) if cue and not _OBLIGATION.search(before[-220:]) else (False, True)
    if mood.progressive and _FUTURE_TIME.search(before):
        return True, False
    return False, False


_LIGHT_VERBS = frozenset({"کردن", "نمودن", "شدن", "گردیدن", "داشتن", "دادن", "زدن"})
_VIOLENT_ROOTS = ("18", "19", "20")  # CAMEO assault, fight, mass violence
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")


def _bodily(text: str, sent: Sentence) -> bool:
    """Whether the sentence speaks of the body or of germs, and not of arms or a cyber attack
    («شیوع ویروس کرونا در یمن در حالی است که تجاوز ائتلاف ...»)."""
    return (
        _BODILY.search(text, sent.start, sent.end) is not None
        and _CYBER.search(text, sent.start, sent.end) is None
        and _ARMED.search(text, sent.start, sent.end) is None
    )


_THREATENED = re.compile(r"(?<![\w\u200c])(?:تهدید\s+(?:کرد|کردند|کرده\s+است|می[\u200c ]?کند)|هشدار\s+(?:داد|دادند))(?:\s+که)?\s")


def _threatened(before: str) -> bool:
    """Whether the verb after ``before`` is what a threat right before it says («تهدید کرد (که) ... وضع می‌کند»):
    no finite verb or clause mark between."""
    last = None
    for last in _THREATENED.finditer(before):
        pass
    return last is not None and FINITE_VERB.search(before, last.end()) is None and not _CLAUSE_MARK.search(before, last.end())


def _in_condition(before: str) -> bool:
    """Whether the verb after ``before`` ends a clause opened by «اگر»: no finite verb between them."""
    last = None
    for last in _IF.finditer(before):
        pass
    return last is not None and FINITE_VERB.search(before, last.end()) is None


def _section_kind(doc: Document, sent: Sentence) -> str | None:
    if 0 <= sent.section < len(doc.sections):
        return doc.sections[sent.section].kind
    return None
