"""rayzan.actors.located: a bare police, army or security force is the state of the place it acts in."""

from __future__ import annotations

import pytest
from conftest import analyse_actors as analyse


@pytest.mark.parametrize(
    "paragraphs, force, actor_ids",
    [
        # a bare police, army or security forces acting in a named foreign place are that state's
        (("خبر", "طالبان به یک پاسگاه پلیس در ولایت هلمند حمله کردند."), "پلیس", ["AFG-POLICE"]),
        (("خبر", "پلیس در کابل ده معترض را بازداشت کرد."), "پلیس", ["AFG-POLICE"]),
        (("خبر", "ارتش در حومه شمالی ادلب به مواضع تروریست‌ها حمله کرد."), "ارتش", ["SYR-MIL"]),
        (("خبر", "ارتش در استان دیاله با بقایای داعش درگیر شد."), "ارتش", ["IRQ-MIL"]),
        (("خبر", "نیروهای امنیتی در شهر کویته سه شبه‌نظامی را کشتند."), "نیروهای امنیتی", ["PAK-SECURITY"]),
        (("خبر", "نیروهای امنیتی در زاهدان یک خودروی حامل سلاح را توقیف کردند."), "نیروهای امنیتی", ["IRN-SECURITY"]),
        # ... and a later bare one in the same sentence whose clause names no place
        (("خبر", "هواداران عمران خان در لاهور با پلیس درگیر شدند و پلیس از گاز اشک‌آور استفاده کرد."), "پلیس",
         ["PAK-POLICE", "PAK-POLICE"]),
        # ... but in another sentence it is placed by its own clause or the article
        (("خبر", "ارتش در حومه ادلب مستقر شد. سرتیپ حیدری گفت ارتش در مرزهای شرقی کشور هوشیار است."), "ارتش",
         ["SYR-MIL", "IRN-MIL"]),
        # an army the article has named keeps its state («ارتش» in south Lebanon after Israel's army is Israel's)
        (("خبر", "ارتش رژیم صهیونیستی به جنوب لبنان حمله کرد. ارتش در جنوب لبنان چند روستا را تخریب کرد."), "ارتش",
         ["ISR-MIL", "ISR-MIL"]),
        # the place must be the force's own clause's, not what it reports, nor a relative clause's
        (("خبر", "پلیس اعلام کرد سارقان اموال سرقتی را برای فروش در هرات از مرز خارج کرده بودند."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "پلیس متهمی را که در هرات مرتکب جنایت شده بود، پس از ورود به کشور دستگیر کرد."), "پلیس", ["IRN-POLICE"]),
        # nor a clause about what takes forces abroad: drills, pilgrims, counterparts
        (("خبر", "ارتش در رزمایش مشترک در روسیه شرکت کرد."), "ارتش", ["IRN-MIL"]),
        (("خبر", "پلیس در کربلا و نجف آماده خدمات‌رسانی به زائران ایرانی اربعین است."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "پلیس با همکاری همتایان افغان خود در هرات، سرکرده یک باند قاچاق را دستگیر کرد."), "پلیس", ["IRN-POLICE"]),
        # the «در» phrase must say where the force acts: right after or before it, or where the verb happened
        (("خبر", "نیروهای امنیتی یک مهاجم مسلح را در کراچی کشتند."), "نیروهای امنیتی", ["PAK-SECURITY"]),
        (("خبر", "داعش در حومه دیرالزور به مواضع ارتش حمله کرد."), "ارتش", ["SYR-MIL"]),
        (("خبر", "ارتش و نیروهای امنیتی در کرکوک منع رفت‌وآمد اعلام کردند."), "ارتش", ["IRQ-MIL"]),
        (("خبر", "ارتش در منطقه کچ در ایالت بلوچستان سه مخفیگاه شبه‌نظامیان را منهدم کرد."), "ارتش", ["PAK-MIL"]),
        (("خبر", "پلیس ۱۲ متهم را روانه زندان ساخت و سرکرده باند در هرات متواری است."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "پلیس به شهروندان ایرانی مقیم در استانبول توصیه کرد از مناطق پرخطر دوری کنند."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "توپخانه ارتش مواضع تروریست‌ها در شمال اربیل را گلوله‌باران کرد."), "ارتش", ["IRN-MIL"]),
        (("خبر", "پلیس در پی انفجار در کابل تدابیر امنیتی را در مرز دوغارون تشدید کرد."), "پلیس", ["IRN-POLICE"]),
        # Iran's police named by a name only it has, a ship or a team abroad, Iran's Baluchestan
        (("خبر", "ناجا از اعزام نیرو به عراق خبر داد. پلیس در نجف مستقر شد."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "ناوشکن جماران ارتش در بندر کراچی پهلو گرفت."), "ارتش", ["IRN-MIL"]),
        (("خبر", "تیم تیراندازی ارتش در مسکو مدال طلا گرفت."), "ارتش", ["IRN-MIL"]),
        (("خبر", "پلیس در بلوچستان یک قاچاقچی مسلح را دستگیر کرد."), "پلیس", ["IRN-POLICE"]),
        # a place in a frame before the force is the frame's event's; presence, parades, aircraft abroad are Iran's
        (("خبر", "پس از حمله تروریستی در پیشاور، پلیس تدابیر امنیتی را در مرزهای شرقی کشور افزایش داد."), "پلیس",
         ["IRN-POLICE"]),
        (("خبر", "ارتش در سوریه حضور دارد."), "ارتش", ["IRN-MIL"]),
        (("خبر", "هواپیمای ارتش در بیروت فرود آمد."), "ارتش", ["IRN-MIL"]),
        (("خبر", "ناوگروه هشتاد و ششم ارتش در بندر جیبوتی پهلو گرفت."), "ارتش", ["IRN-MIL"]),
        # a later mention whose own clause names a place, or that is «ما», keeps its own reading
        (("خبر", "ارتش در ادلب پیشروی کرد و ارتش همچنین در تهران رژه رفت."), "ارتش", ["SYR-MIL", "IRN-MIL"]),
        (("خبر", "ارتش در حلب با تروریست‌ها درگیر شد و ارتش ما در مرزها آماده است."), "ارتش", ["SYR-MIL", "IRN-MIL"]),
        # a foreign town's name followed by an Iranian province is Iran's («هرات» of Yazd); Eslamabad-e Gharb is Iran's
        (("خبر", "پلیس در شهر هرات استان یزد دو سارق را دستگیر کرد."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "یک مأمور پلیس در حین مأموریت در اسلام‌آباد غرب به ضرب گلوله اشرار به شهادت رسید."), "پلیس", ["IRN-POLICE"]),
        # Iran's forces' dead, a denied presence, what they bring back to Iran; not whom a force killed
        (("خبر", "تکاوران ارتش در حلب به شهادت رسیدند."), "ارتش", ["IRN-MIL"]),
        (("خبر", "ارتش در عراق به تروریست‌ها حمله نکرده است."), "ارتش", ["IRN-MIL"]),
        (("خبر", "پلیس یک متهم اختلاس را در دبی دستگیر کرد و به ایران بازگرداند."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "ارتش در کرانه باختری یک نوجوان فلسطینی را به شهادت رساند."), "ارتش", ["ISR-MIL"]),
        # pilgrims keep a force Iran's only in the lands of the shrines
        (("خبر", "پلیس در قونیه یک زائر ایرانی را بازداشت کرد."), "پلیس", ["TUR-POLICE"]),
        # a later mention past «اما» or at the border is not the earlier placed force
        (("خبر", "پلیس در پاریس معترضان را سرکوب کرد اما وقتی پلیس با اغتشاشگران برخورد کرد همه اعتراض کردند."), "پلیس",
         ["FRA-POLICE", "IRN-POLICE"]),
        # Afghan Persian's «پولیس» is Afghanistan's police, also where NER tags it a person's name, unless a
        # state or a place abroad qualifies it
        (("خبر", "پولیس ننگرهار از انفجار یک بمب خبر داد."), "پولیس", ["AFG-POLICE"]),
        (("خبر", "پولیس گفت تحقیقات ادامه دارد."), "پولیس", ["AFG-POLICE"]),
        (("خبر", "مقامات طالبان گفتند پولیس مرزی ایران دو مهاجر افغان را کشته است."), "پولیس", ["IRN-POLICE"]),
        (("خبر", "پولیس خیبر پختونخوا گفت افراد مسلح یک کاروان را هدف قرار دادند."), "پولیس", ["PAK-POLICE"]),
        # a place name that is an everyday word there is no place: «در صور مختلف» (in various forms)
        (("خبر", "نیروهای امنیتی در صور مختلف با اغتشاشگران برخورد کردند."), "نیروهای امنیتی", ["body:security"]),
        (("خبر", "پلیس در منطقه ناصریه تهران یک سارق را دستگیر کرد."), "پلیس", ["IRN-POLICE"]),
        # Palestine has no army: one in Gaza is Israel's
        (("خبر", "ارتش در شمال نوار غزه بیمارستان کمال عدوان را محاصره کرد."), "ارتش", ["ISR-MIL"]),
        # not where the sentence places no act: foreigners arrested in Iran, a border, two states, a navy abroad
        (("خبر", "پلیس در مشهد سه سارق را بازداشت کرد."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "پلیس ۱۲ تبعه غیرمجاز افغانستان را در مشهد بازداشت کرد."), "پلیس", ["IRN-POLICE"]),
        (("خبر", "ارتش در مرز افغانستان با قاچاقچیان درگیر شد."), "ارتش", ["IRN-MIL"]),
        (("خبر", "ارتش در ادلب و موصل مواضع داعش را هدف قرار داد."), "ارتش", ["IRN-MIL"]),
        (("خبر", "ناوگروه نیروی دریایی ارتش در بندر صلاله عمان پهلو گرفت."), "نیروی دریایی", ["IRN-NAVY"]),
        # a province the KB knows by name, but whose name is also an Iranian town's, only with its division
        (("خبر", "پلیس در فاریاب سه قاچاقچی را بازداشت کرد."), "پلیس", ["IRN-POLICE"]),
    ],
)
def test_actors_a_bare_force_is_the_state_of_the_place_it_acts_in(paragraphs, force, actor_ids):
    doc = analyse(*paragraphs)
    found = [m.actor for m in doc.mentions if m.text.replace("\u200c", " ").startswith(force)]
    assert found == actor_ids, [(m.text, m.actor) for m in doc.mentions]
