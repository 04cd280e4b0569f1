"""The whole default pipeline over generated news-like text (Hypothesis): it never raises, and what it
codes points back into the text it read."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rayzan
from rayzan.errors import InputError

# Words and marks the event and actor rules look at (triggers, markers, datelines, questions,
# conditions, denials, sport, media), mixed with arbitrary characters.
NEWS_BITS = st.sampled_from(
    ["ایران", "آمریکا", "روسیه", "سوریه", "عراق", "ظریف", "لاوروف", "وزیر خارجه", "رئیس‌جمهور", "سفیر",
     " با ", " به ", " از ", " علیه ", " در ", " را ", " و ", " که ", "دیدار کرد", "حمله کرد", "حمله به",
     "مذاکره", "توافق کردند", "خواستار", "شد", "محکوم کرد", "انتقاد کرد", "حمایت", "آزاد کرد", "منهدم",
     "ساری - ایرنا - ", "کوالالامپور ایرنا ", "آیا ", "؟", "در صورتی که ", "کرده باشد", "عدم ", "نداریم",
     "بدون مشورت با ", "گفتگو با ", "ایسنا", "Entekhab.ir", "۱ + ۵", "سرمربی", "ورزشگاه", "مالی", "کیف",
     "دولت و ملت ", "این کشور", "کشورش", "معترضان", "وارد", "گفت:", "«", "»", "،", ".", "\n", " "]
)  # fmt: skip
TEXT = st.lists(st.one_of(NEWS_BITS, st.text(max_size=4)), min_size=1, max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT)
def test_properties_pipeline_never_raises_and_events_point_into_the_text(title: str, body: str) -> None:
    try:
        doc = rayzan.analyze({"title": title, "paragraphs": body.split("\n")})
    except InputError as error:
        # refused only when there is nothing to read, and the error says which input it was
        assert not any(ch.isalnum() for ch in title + body) and "<dict>" in str(error)
        return
    n = len(doc.text)
    ids = [m.start for m in doc.mentions]
    assert ids == sorted(ids)  # the event stage looks mentions up by position
    for event in doc.events:
        assert 0.0 <= event.confidence <= 1.0
        assert event.evidence and all(0 <= start < end <= n for start, end in event.evidence)
        trigger = event.trigger
        assert 0 <= trigger["start"] < trigger["end"] <= n
        assert doc.text[trigger["start"] : trigger["end"]] == trigger["text"]
        for side in (event.source, event.target):
            assert side.get("country") is None or len(side["country"]) == 3
