"""Words that decide argument roles: markers, head nouns, people and place nouns.

Kept in one module so the syntax rules in ``slots`` and ``arguments`` read as rules,
and so the lists can grow without touching them.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WITH, FROM, TO, AGAINST, BETWEEN, OBJECT, AGENT, PLACE, TOPIC, BARE = (
    "with", "from", "to", "against", "between", "object", "agent", "place", "topic", "",
)  # fmt: skip
ROLE = "role"  # «در روسیه» in «سفیر ایران در روسیه»: where an office is held, not where the event was
# «در اعتراض به X», «به اتهام ...»: X is why, not whom (except for a protest, where it is the target).
CAUSE, OPPOSED, SPEAKER = "cause", "opposed", "speaker"
TARGET_MARKERS = (OBJECT, WITH, FROM, TO, AGAINST)

# «مقیم», «ساکن»: where someone lives is no party («ایرانیان مقیم آمریکا» are Iranians).
MARKER_WORDS = {"با": WITH, "از": FROM, "به": TO, "علیه": AGAINST, "ضد": AGAINST, "بین": BETWEEN, "میان": BETWEEN,
                 "توسط": AGENT, "در": PLACE, "مقیم": PLACE, "ساکن": PLACE,
                 # «در برابر/در مقابل آمریکا»: whom a stand is taken against, a party only of a protest
                 "برابر": OPPOSED, "مقابل": OPPOSED}  # fmt: skip
CAUSE_WORDS = {"اعتراض": OPPOSED, "مخالفت": OPPOSED, "حمایت": CAUSE, "دلیل": CAUSE, "خاطر": CAUSE, "واکنش": CAUSE,
                "اتهام": CAUSE, "بهانه": CAUSE, "پی": CAUSE, "منظور": CAUSE, "نقل": CAUSE, "گزارش": CAUSE}  # fmt: skip
# Words before a marker that make it no marker: «پس از», «نسبت به», and the partitive «یکی از اعضای مجلس».
NOT_MARKER_BEFORE = frozenset({"پس", "بعد", "قبل", "پیش", "غیر", "جدا", "نسبت", "توجه", "راجع", "بنا",
                               "یکی", "برخی", "بسیاری", "بعضی", "تعدادی", "شماری", "جمعی", "گروهی", "هزاران", "صدها"})  # fmt: skip
# Words that stand between a marker and the name it governs: «با همتای روس خود», «به مقامات آمریکا».
HEAD_NOUNS = _words(
    "همتای همتایان وزیر وزیران رئیس رییس سفیر سفرای مقامات مقام هیئت هیأت نماینده نمایندگان رهبران "
    "رهبر سران دولت دولتهای دولت‌های نیروهای ارتش رژیم مردم سخنگوی وزارت کشور کشورهای جمهوری پادشاهی "
    "مواضع اقدام اقدامات سیاست سیاست‌های سیاستهای حمایت تصمیم ادعای ادعاهای اظهارات سخنان خاک مواضع "
    "هیات معاون مسئولان مسئولین ملت دیگر اعضای عضو نمایندگی سفارت کنسولگری نیروی"
)
# Words that open a clause: a name after one is its subject («با بیان اینکه آمریکا ...»).
COMPLEMENTIZERS = frozenset({"که", "اینکه", "این\u200cکه", "آنکه", "آن\u200cکه"})
# Words between «در» and a place: «در نزدیکی الخلیل», «در شمال نوار غزه».
PLACE_WORDS = _words(
    "نزدیکی شمال جنوب شرق غرب مرکز حومه اطراف منطقه مناطق شهر شهرهای استان اردوگاه نوار سواحل مرز "
    "مرزهای پایتخت خاک قلمرو شمال‌غرب شمال‌شرق جنوب‌غرب جنوب‌شرق غربی شرقی شمالی جنوبی"
)
# Nouns for people a demonym can stand with as an actor: «هیئت ایرانی», «دو دیپلمات روس».
PEOPLE_NOUNS = _words(
    "هیئت هیأت هیات دیپلمات دیپلمات‌های دیپلماتهای شهروند شهروندان مقامات مقام مسئولان نیروهای نیروی "
    "سربازان نظامیان اتباع زائران کارشناسان همتای همتایان طرف وزیر وزیران سفیر رهبران سران دولت "
    "جنگنده‌های جنگنده‌ها هواپیماهای ناوهای پلیس ارتش گروه گروه‌های شبه‌نظامیان مردم معترضان "
    "دانشجویان زندانیان اسرای گروگان‌های کودک کودکان جوان جوانان زن زنان مرد مردان نفر غیرنظامیان "
    "نوجوان نوجوانان کارگران ملت ائتلاف پژوهشگر پژوهشگران کارشناس نماینده نمایندگان منابع منبع "
    "فرمانده فرماندهان دیپلماتیک مقامی دیپلماتی ملوان ملوانان تبعه ماهیگیر ماهیگیران سرباز زائر زندانی "
    "خدمه سرنشین سرنشینان تفنگدار تفنگداران تظاهرکنندگان تظاهرکننده معترضین معترض نمازگزاران "
    "ماموران مأموران مامور مأمور پناهجویان پناهجو مهاجران مهاجر فعالان کشاورزان "
    "بمب‌افکن بمب‌افکن‌های بمب‌افکن‌ها بمب‌افکنهای ناو زیردریایی زیردریایی‌های اسیر اسیران گروگان"  # a nation's warplanes and warships act for it
    " مقام‌های مقامهای مسئولین مهندس مهندسان مهندسین کارمند کارمندان کارکنان جاسوس جاسوسان دانشمند دانشمندان"
    " شهروندی مقامی نهاد نهادهای فرد افراد"  # whom force or arrest strikes: «پنج مهندس چینی» (not traders: «تاجران چینی قرارداد بستند»)
)  # not tourists or reporters: «گردشگران چینی به دبی سفر کردند» is no visit of China's
# Words that may stand between such a noun and its demonym: «یک مقام سابق اسرائیلی».
PEOPLE_NOUN_MODIFIERS = _words(
    "سابق اسبق ارشد بلندپایه عالی‌رتبه عالیرتبه امنیتی نظامی دولتی رسمی زنده"
    " تدارکاتی ماهیگیری باری مسافربری نفتی جنگی گشتی"  # «یک قایق تدارکاتی فیلیپینی»
    " پارلمانی تجاری اقتصادی دیپلماتیک فرهنگی مذاکره‌کننده"  # «یک هیئت پارلمانی ژاپنی»
)
# Words of sports reporting («سرمربی», «لیگ», «مصاف»), none of them common in political news: an
# article full of them reports matches, wins and transfers, whose «دیدار», «پیروزی» and
# «قرارداد» are no political events (see ``domain.sports_article``).  Left out on purpose:
# «استقلال» (independence), «فدراسیون» (فدراسیون روسیه), «تساوی», «مربی», «صعود», «مهاجم», «مدافع»,
# «دروازه», «بازی», «گل».
SPORT_WORDS = _words(
    "سرمربی سرمربیان بازیکن بازیکنان هافبک دروازه‌بان دروازه‌بانان گلر لژیونر لیگ فوتبال فوتبالیست "
    "والیبال والیبالیست بسکتبال فوتسال هندبال واترپلو تنیس شنا اسکی کشتی‌گیر کشتی‌گیران کاراته تکواندو "
    "جودو جودوکار شمشیربازی وزنه‌برداری دوومیدانی دوچرخه‌سواری المپیک پارالمپیک مدال نیمه‌نهایی فینال "
    "باشگاه باشگاه‌های قهرمانی ورزشگاه ورزشکار ورزشکاران ورزشی ورزش فیفا پنالتی گلزنی داور حریف مصاف "
    "تمرین تمرینات باخت رنکینگ صدرنشین صدرنشینی پرسپولیس رئال بارسلونا سپاهان دربی نقل‌وانتقالات "
    "ملی‌پوش ملی‌پوشان ستارگان بایرن منچستر یوونتوس میلان چلسی لیورپول"
)

# «X که ...»: a word and the «که» after it; with a noun it opens a relative clause.
# «که» as a word (a complementizer or a relative pronoun).
KE = re.compile(r"(?<![\w\u200c])که(?![\w\u200c])")
RELATIVE_KE = re.compile(r"(?<![\w\u200c])([\w\u200c]+)\s+که(?![\w\u200c])")
# Verbs (and the «در حالی ... که» frame) after which «که» opens reported content, not a relative clause.
REPORTING_WORDS = frozenset(["گفت", "گفتند", "افزود", "افزودند", "کرد", "کردند", "شد", "شدند", "است", "بود", "داد", "دادند", "نوشت", "خواست", "خواستند", "دانست", "دانستند", "داشت", "داشتند", "اینکه", "آنکه", "حالی", "درحالی", "زمانی", "هنگامی", "جایی"])  # fmt: skip
# Light verbs in the past and the participle, which ``FINITE_VERB`` and the triggers' clause test share.
LIGHT_VERB_FORMS = "کرد|کردند|کرده|شد|شدند|شده|داد|دادند|داده|گرفت|گرفتند|گرفته"
# A finite verb: «می‌کند», «کرده است», «شد», «دارد» ...
FINITE_VERB = re.compile(
    # «می» then a ZWNJ or a space (the normaliser restores it): «میان», «میلیون», «میزان» are no verbs.
    r"(?<![\w\u200c])(?:ن?می[\u200c ][\w\u200c]+|"
    # a light verb, negated or not, and its perfect («کرده‌اند»); not any word that ends like one
    # («بغداد», «تعداد», «رشد», «عملکرد»)
    rf"ن?(?:{LIGHT_VERB_FORMS})(?:\u200c(?:اند|است|ایم|اید|ام|ای))?|"
    r"است|اند|هستند|نیست|دارد|دارند|کند|کنند|شود|شوند)(?![\w\u200c])"
)
# The verb that closes a clause: a finite one, or the past perfect's and the subjunctive's auxiliary
# («که ... بازداشت شده بود», «که ... کرده باشد»), which ``FINITE_VERB`` leaves to the verb before it.
CLAUSE_VERB = re.compile(FINITE_VERB.pattern + r"|(?<![\w\u200c])(?:بود|بودند|باشد|باشند)(?![\w\u200c])")

# Nouns of verbs whose complement is «با X» («با حمله به ایران مخالفت کرد»: the attack is what is opposed;
# «با حمایت ایران ... حمله کرد» is a manner instead): matched at a trigger, or searched after a noun.
WITH_VERB_NOUNS = re.compile(
    r"(?<![\w\u200c])(?:مخالفت|موافقت|همراهی|همکاری|مقابله|برخورد|مبارزه|همدردی|همسویی|تبانی|همدستی)(?![\w\u200c])"
)
# Adjectives after a sanction («تحریم‌های یکجانبه آمریکا») that make the name after them who imposes it.
IMPOSER_ADJECTIVES = frozenset({"یکجانبه", "یک\u200cجانبه", "ظالمانه", "غیرقانونی", "ثانویه", "فراسرزمینی"})
# Copulas and simple pasts ``FINITE_VERB`` leaves out, which end a clause too: «گفت اسرائیل مسئول این ترور بود و
# از شورای امنیت خواست», «گفت اسرائیل شکست خورد و از مقاومت حمایت کرد».  (Not verbs of motion: «گفت عراقچی
# به مسکو رفت و با لاوروف دیدار کرد» goes on with the reported subject.)
CLAUSE_END_VERB = re.compile(
    r"(?<![\w\u200c])(?:ن?بود|ن?بودند|هستیم|هستند|نیستیم|نیستند|خورد|خوردند|ماند|ماندند|افتاد|افتادند|داشت|داشتند|"
    r"زد|زدند|کشید|کشیدند|آورد|آوردند|گذاشت|گذاشتند)(?![\w\u200c])"
)
# Verbs of saying after which what is said follows (a semicolon after one reads as a colon: «عراقچی اعلام
# کرد؛ ایران و آمریکا ...»); shared by the reported-clause and semicolon rules.
SAYING_VERBS = r"(?:گفت|گفتند|افزود|افزودند|تاکید\s+کرد|تأکید\s+کرد|اعلام\s+کرد|تصریح\s+کرد|اظهار\s+داشت|خاطرنشان\s+کرد|یادآور\s+شد)"
SAYS_SEMICOLON = re.compile(rf"(?<![\w\u200c]){SAYING_VERBS}\s*؛")
# A verb of saying, a colon or an opening quote: what follows is what the speaker before it said.
SAID_MARK = re.compile(rf"(?<![\w\u200c]){SAYING_VERBS}(?![\w\u200c])|«|:")
