"""Sports articles: their «دیدار» and «قرارداد» are matches and transfers, no political events."""

from __future__ import annotations

from events_standin import standin_document

from rayzan.events import code_events
from rayzan.events.domain import sports_article

MATCH = (
    "ایران به مصاف عراق می‌رود\n"
    "تیم ملی فوتبال ایران در مرحله نیمه‌نهایی جام با عراق دیدار می‌کند.\n"
    "سرمربی ایران گفت بازیکنان ما برای پیروزی در این مصاف آماده‌اند و با باشگاه‌ها به توافق رسیدیم."
)
POLITICS = (
    "دیدار وزیران خارجه ایران و روسیه\n"
    "عراقچی با لاوروف در مسکو دیدار کرد.\n"
    "دو طرف بر استقلال کشورها و همکاری با فدراسیون روسیه در لیگ کشورهای مستقل تأکید کردند."
)


def test_events_domain_a_match_report_yields_no_events() -> None:
    doc = standin_document(MATCH)
    assert sports_article(doc)
    assert code_events(doc).events == ()


def test_events_domain_political_words_that_sport_also_uses_do_not_count() -> None:
    doc = standin_document(POLITICS)  # «استقلال», «فدراسیون روسیه», «لیگ» alone
    assert not sports_article(doc)
    assert {(e.plover, e.source["country"], e.target["country"]) for e in code_events(doc).events} >= {
        ("CONSULT", "IRN", "RUS")
    }
