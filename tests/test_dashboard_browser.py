"""The dashboard as an analyst uses it: a real uvicorn server on loopback, Debian's
chromium driven by Playwright, the hand-built Persian corpus plus one hostile article and one undated article with a
3,000-character token.

Screenshots go to test-artifacts/ (gitignored).  Skipped only when chromium is absent.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from rayzan.api import create_app
from rayzan.store import Store
from test_api_corpus import IRAN, IRAQ, ArticleSpec, EventSpec, build, corpus, hostile_article

CHROMIUM = Path(os.environ.get("RAYZAN_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"chromium not found at {CHROMIUM} (apt-get install chromium)"),
]


LONG_TOKEN = "x" * 3000  # a pasted URL or hash: no place to break it


def long_token_article() -> Any:
    """Undated, from its own outlet, one Iran → Iraq rejection whose sentence and target
    carry a token far wider than any screen."""
    return build(ArticleSpec(
        "https://example.net/news/long", "example.net", None, "خبری بدون تاریخ",
        f"ایران درخواست عراق درباره {LONG_TOKEN} را رد کرد.", (f"پاراگراف دوم {LONG_TOKEN} پایان.",),
        (("ایران", "LOC", "IRN"), ("عراق", "LOC", "IRQ")), (IRAN, IRAQ),
        (EventSpec("REJECT", "120", IRAN, "ایران", IRAQ, f"عراق {LONG_TOKEN}", "رد کرد", -4.0, 3),),
    ))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("dashboard") / "rayzan.db"
    with Store.open(str(db)) as store:
        store.ingest_many([*corpus(), hostile_article(), long_token_article()])
    port = free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning", access_log=False)
    uvi = uvicorn.Server(config)
    thread = threading.Thread(target=uvi.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uvi.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uvi.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    tab = context.new_page()
    tab.problems = []  # console errors, failed requests, requests leaving the server
    tab.on("console", lambda m: tab.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.problems.append(f"page error: {e}"))
    tab.on("request", lambda r: None if r.url.startswith(server) else tab.problems.append(f"external request: {r.url}"))
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


def open_dashboard(page: Any, server: str, hash_: str = "") -> None:
    # A page loaded afresh: a goto that changes only the hash would keep the old view (and its
    # data-ready) on screen until the new one renders, and the test would read the old one.
    if page.url != "about:blank":
        page.goto("about:blank")
    page.goto(f"{server}/{hash_}")
    page.wait_for_selector("body[data-ready='true']")


def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_dashboard_filter_by_dyad_open_event_see_evidence(page: Any, server: str) -> None:
    open_dashboard(page, server)
    page.fill("input[name=dyad]", "irn-rus")
    page.click("form#filters button[type=submit]")
    # Two consultations, Russia's offer, and the hostile article's copy of Jalali's meeting.
    # (wait on a locator: the page's CSP forbids the eval that wait_for_function would need)
    page.locator(".pager .range", has_text="of 4 events").wait_for()
    cards = page.locator("article.event")
    assert cards.count() == 4
    assert "dyad=IRN-RUS" in page.url
    # The meeting Fars and IRNA both reported is one event; English labels beside the Persian.
    consult = cards.filter(has_text="2 mentions · 2 articles · 2 sources")
    assert consult.count() == 1
    text = consult.inner_text()
    assert "CONSULT" in text and "Kazem Jalali" in text and "Sergey Vershinin" in text and "Russia" in text
    assert consult.locator(".evidence mark.trigger").inner_text() == "گفت‌وگو کرد"
    screenshot(page, "dashboard-events-IRN-RUS.png")

    consult.locator("a.open").click()
    page.wait_for_selector(".event-detail")
    evidence = page.locator(".event-detail blockquote.evidence")
    assert evidence.count() == 2  # one sentence from Fars, one from IRNA
    assert sorted(evidence.locator("mark.trigger").all_inner_texts()) == sorted(["گفت‌وگو کرد", "رایزنی کرد"])
    first = evidence.first
    assert first.get_attribute("dir") == "rtl" and first.get_attribute("lang") == "fa"
    style = first.evaluate("el => { const s = getComputedStyle(el); return [s.direction, s.fontFamily, getComputedStyle(el.querySelector('mark')).backgroundColor]; }")
    assert style[0] == "rtl" and "Vazirmatn" in style[1] and "Noto Naskh Arabic" in style[1]
    assert style[2] not in ("rgba(0, 0, 0, 0)", "transparent")  # the trigger is visibly highlighted
    facts = page.locator("dl.facts").inner_text()
    assert "Moscow" in facts and "Gaza" in facts and "Iran" in facts
    screenshot(page, "dashboard-event-detail.png")
    assert page.problems == []


def test_dashboard_article_view_highlights_entities(page: Any, server: str) -> None:
    doc = corpus()[0]
    open_dashboard(page, server, f"#/article/{doc.id}")
    page.wait_for_selector(".article-text")
    people = page.locator(".article-text .ent-PER").all_inner_texts()
    assert "کاظم جلالی" in people and "سرگئی ورشنین" in people
    assert page.locator(".article-text h2.title").inner_text() == doc.meta.title
    assert page.locator(".article-text mark.trigger").all_inner_texts() == ["گفت‌وگو کرد"]
    screenshot(page, "dashboard-article.png")
    page.click("ul.article-events a")  # back from the article to its event record
    page.wait_for_selector(".event-detail")
    assert page.locator(".event-detail blockquote.evidence").count() == 2
    assert page.problems == []


def test_dashboard_hostile_article_text_never_runs(page: Any, server: str) -> None:
    doc = hostile_article()
    open_dashboard(page, server, "#/events?source=example.org")
    page.wait_for_selector("article.event")
    card_text = page.locator("article.event").inner_text()
    assert 'onerror="window.__pwned=5"' in card_text  # the target's text, shown as text
    page.click("article.event a.open")
    page.wait_for_selector(".event-detail .mention")
    assert doc.meta.title and "<script>" in doc.meta.title  # (the normaliser writes ۱ for 1)
    assert doc.meta.title in page.locator(".mention-head").inner_text()
    page.click(".mention-head a")
    page.wait_for_selector(".article-text")
    body = page.locator(".article-text").inner_text()
    assert doc.meta.title in body
    assert '<img src=x onerror="window.__pwned=' in body and '<iframe src="javascript:' in body
    page.hover(".article-text p.lead")
    page.wait_for_timeout(300)
    # Nothing ran, nothing became an element, and the page still works.
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img, main iframe, main b").count() == 0
    assert page.locator(".article-text .ent-PER").first.inner_text() == "کاظم جلالی"
    assert page.problems == []
    screenshot(page, "dashboard-hostile-article.png")


def test_dashboard_timeline_network_and_dyad(page: Any, server: str) -> None:
    open_dashboard(page, server, "#/timeline")
    page.wait_for_selector("svg.timeline rect.bar")
    bars = page.locator("svg.timeline rect.bar")
    assert bars.count() == 8  # one per (day, type) with events, the hostile article's on 11 November
    assert {bars.nth(i).get_attribute("data-plover") for i in range(bars.count())} >= {"CONSULT", "COERCE", "ASSAULT"}
    screenshot(page, "dashboard-timeline.png")

    page.click("nav.tabs a[data-view=network]")
    page.wait_for_selector("svg.network path.edge")
    edges = page.locator("svg.network path.edge[data-plover=CONSULT]")
    assert edges.count() == 1
    labels = page.locator("svg.network .node-label").all_text_contents()
    assert "Iran" in labels and "ایران" in labels and "United States" in labels
    screenshot(page, "dashboard-network.png")
    edges.first.dispatch_event("click")  # an edge opens its events
    page.wait_for_selector("article.event")
    assert "dyad=" in page.url and "plover=CONSULT" in page.url
    assert page.locator("article.event").count() == 3  # Jalali, Araghchi, and the hostile copy of Jalali's

    open_dashboard(page, server, "#/dyad?dyad=IRN-RUS")
    page.wait_for_selector("svg.dyad polyline.goldstein-line")
    assert page.locator("svg.dyad rect.dyad-bar").count() == 4  # 5, 8, 10 and 11 November
    caption = page.locator(".dyad-view figcaption").inner_text()
    assert "Iran – Russia" in caption and "average Goldstein" in caption
    screenshot(page, "dashboard-dyad-IRN-RUS.png")
    # An actor's id holds hyphens: the caption splits a dyad at its comma, not inside the id.
    open_dashboard(page, server, "#/dyad?dyad=person:kazem-jalali,RUS")
    page.wait_for_selector(".dyad-view h2:has-text('person:kazem-jalali')")
    caption = page.locator(".dyad-view figcaption").inner_text()
    assert caption.startswith("person:kazem-jalali – Russia: "), caption
    assert page.problems == []


def test_dashboard_filters_by_confidence(page: Any, server: str) -> None:
    import json
    import urllib.request

    def events(query: str) -> dict:
        with urllib.request.urlopen(f"{server}/api/events?limit=50{query}") as response:
            return json.load(response)

    everything = events("")
    top = max(e["confidence"] for e in everything["items"])
    sure = events(f"&min_confidence={top}")["total"]
    assert 0 < sure < everything["total"]  # the corpus has events below its surest one
    open_dashboard(page, server)
    page.select_option("select[name=min_confidence]", "0.8")
    page.click("form#filters button[type=submit]")
    page.locator(".pager .range", has_text=f"of {events('&min_confidence=0.8')['total']} events").wait_for()
    assert "min_confidence=0.8" in page.url
    # Any threshold in the address (a shared link) filters the list and the charts alike.
    page.goto(f"{server}/#/events?min_confidence={top}")
    page.locator(".pager .range", has_text=f"of {sure} event").wait_for()
    page.goto(f"{server}/#/timeline?min_confidence={top}")
    page.wait_for_selector("svg.timeline rect.bar")
    bars = page.locator("svg.timeline rect.bar")
    assert sum(int(bars.nth(i).get_attribute("data-count")) for i in range(bars.count())) == sure
    assert page.problems == []


def test_dashboard_filter_form_takes_names_and_shows_refusals(page: Any, server: str) -> None:
    open_dashboard(page, server)
    # Persian country names, and actor sides given by surname, are what the API takes too.
    page.fill("input[name=dyad]", "ایران-روسیه")
    page.click("form#filters button[type=submit]")
    page.locator(".pager .range", has_text="of 4 events").wait_for()
    page.fill("input[name=dyad]", "عراقچی,Lavrov")
    page.click("form#filters button[type=submit]")
    page.locator(".pager .range", has_text="of 1 event").wait_for()
    assert "Sergey Lavrov" in page.locator("article.event").inner_text()
    page.fill("input[name=dyad]", "")
    page.fill("input[name=country]", "ایران")
    page.click("form#filters button[type=submit]")
    page.locator(".pager .range", has_text="events").wait_for()
    assert "country=%D8%A7%DB%8C%D8%B1%D8%A7%D9%86" in page.url
    # A value the API refuses is shown with the API's reason.
    page.fill("input[name=country]", "Narnia")
    page.click("form#filters button[type=submit]")
    page.locator("main .error", has_text="no country 'Narnia'").wait_for()
    assert [p for p in page.problems if "422" not in p] == []


def test_dashboard_long_tokens_wrap_inside_the_window(page: Any, server: str) -> None:
    def overflow() -> int:
        return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

    open_dashboard(page, server, "#/events?source=example.net")
    page.wait_for_selector("article.event .evidence")
    assert LONG_TOKEN in page.locator("article.event").inner_text()
    assert overflow() <= 0
    page.click("article.event a.open")
    page.wait_for_selector(".event-detail .mention")
    assert overflow() <= 0
    screenshot(page, "dashboard-long-token.png")
    page.click(".mention-head a")
    page.wait_for_selector(".article-text")
    assert overflow() <= 0
    assert page.problems == []


def test_dashboard_form_shows_every_filter_in_the_address(page: Any, server: str) -> None:
    import json
    import urllib.parse
    import urllib.request

    # Values the form's lists lack (0.7, two types, a Solar Hijri date) and the API's other spellings.
    asked = {"dyad": "IRN-RUS", "ordered": "1", "plover": "CONSULT,AGREE", "cameo": "04", "quad_class": "1",
             "country": "IRN", "actor": "Jalali", "topic": "غزه", "outlet": "farsnews.ir", "date_from": "1403-08-15",
             "date_to": "2024-11-30", "q": "مسکو", "min_confidence": "0.7", "sort": "-articles"}
    query = urllib.parse.urlencode(asked)
    with urllib.request.urlopen(f"{server}/api/events?{query}") as response:
        total = json.load(response)["total"]
    assert total == 1  # Jalali's meeting as Fars reported it
    open_dashboard(page, server, f"#/events?{query}")
    page.locator(".pager .range", has_text=f"of {total} event").wait_for()
    shown = {**asked, "ordered": "true", "source": asked["outlet"]}
    del shown["outlet"]
    for name, value in shown.items():
        field = page.locator(f"form#filters [name={name}]")
        assert (field.is_checked() if name == "ordered" else field.input_value()) == (True if name == "ordered" else value), name
    # Apply sends back exactly what was asked, so nothing is dropped.
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**source=farsnews.ir**")
    assert dict(urllib.parse.parse_qsl(page.url.split("?", 1)[1])) == shown
    assert page.problems == []


def test_dashboard_offset_past_the_end_leads_back(page: Any, server: str) -> None:
    open_dashboard(page, server, "#/events?offset=1000")
    page.wait_for_selector("main .empty")
    pager = page.locator(".pager .range").inner_text()
    assert "1001" not in pager and pager.startswith("past the last of")
    total = int(pager.split()[-2])
    page.click("main .empty button.last-page")
    page.wait_for_selector("article.event")
    start = (total - 1) // 25 * 25
    assert page.locator(".pager .range").inner_text() == f"{start + 1}–{total} of {total} events"
    assert page.locator("article.event").count() == total - start
    assert page.problems == []


def test_dashboard_charts_count_the_undated_events_they_leave_out(page: Any, server: str) -> None:
    # The long-token article is undated: its Iran → Iraq rejection has no day to stand on.
    open_dashboard(page, server, "#/timeline")
    page.wait_for_selector("svg.timeline rect.bar")
    assert "1 undated event not shown" in page.locator(".timeline-view figcaption").inner_text()
    open_dashboard(page, server, "#/dyad?dyad=IRN-IRQ")
    page.wait_for_selector("svg.dyad rect.dyad-bar")
    assert "1 undated event not shown" in page.locator(".dyad-view figcaption").inner_text()
    open_dashboard(page, server, "#/dyad?dyad=IRN-RUS")  # every event between these two is dated
    page.wait_for_selector("svg.dyad rect.dyad-bar")
    assert "undated" not in page.locator(".dyad-view figcaption").inner_text()
    assert page.problems == []


def test_dashboard_counts_say_one_in_the_singular(page: Any, server: str) -> None:
    open_dashboard(page, server, "#/events?source=example.net")
    page.wait_for_selector("article.event")
    assert page.locator(".pager .range").inner_text() == "1–1 of 1 event"
    assert page.locator("article.event .counts").inner_text() == "1 mention · 1 article · 1 source"
    page.click("article.event a.open")
    page.wait_for_selector(".event-detail")
    assert "1 mention in 1 article from 1 source," in page.locator("dl.facts").inner_text()
    open_dashboard(page, server, "#/dyad?dyad=IRN-IRQ&date_from=2024-11-01")
    page.wait_for_selector("svg.dyad rect.dyad-bar")
    assert "Iran – Iraq: 1 event," in page.locator(".dyad-view figcaption").inner_text()
    assert page.problems == []


def test_dashboard_empty_actor_network_counts_actors(page: Any, server: str) -> None:
    open_dashboard(page, server, "#/network?network=actor&source=nowhere.example")
    page.locator(".network-view figcaption").wait_for()
    assert page.locator(".network-view figcaption").inner_text().startswith("0 actors, 0 edges (source → target")
    page.click(".network-view .toggle button:has-text('countries')")
    page.locator(".network-view figcaption", has_text="0 countries").wait_for()
    assert page.problems == []


def test_dashboard_opening_an_event_keeps_the_list_filters(page: Any, server: str) -> None:
    import json
    import urllib.request

    # An analyst filters, opens an event, then goes back to the list by its tab: the filters stay.
    with urllib.request.urlopen(f"{server}/api/events?country=IRQ") as response:
        total = json.load(response)["total"]
    shown = f"1–{total} of {total} events"
    open_dashboard(page, server)
    page.fill("input[name=country]", "IRQ")
    page.press("input[name=country]", "Enter")
    page.locator(".pager .range", has_text=shown).wait_for()
    page.locator("article.event a.open").first.click()
    page.wait_for_selector(".event-detail")
    assert page.input_value("input[name=country]") == "IRQ"
    page.click("nav.tabs a[data-view=events]")
    page.wait_for_url("**#/events?**country=IRQ**")
    page.locator(".pager .range", has_text=shown).wait_for()
    assert page.problems == []


def test_dashboard_starts_on_an_address_with_a_broken_escape(page: Any, server: str) -> None:
    # A link cut in the middle of a %-escape (pasted from a chat) must not leave a blank page.
    open_dashboard(page, server, "#/article/abc%E0%A4")
    page.locator("main .error", has_text="article_id").wait_for()
    assert [p for p in page.problems if "422" not in p] == []


def test_dashboard_evidence_link_scrolls_to_the_sentence(browser: Any, server: str) -> None:
    # On a phone the filter form alone fills the first screen: the article opened from an event's
    # evidence is scrolled to that evidence, its trigger in the window.
    context = browser.new_context(viewport={"width": 360, "height": 640}, locale="en-US")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(f"{server}/#/events?actor=kazem_jalali&source=farsnews.ir")
        page.wait_for_selector("body[data-ready='true']")
        page.locator("article.event a.open").first.click()
        page.wait_for_selector(".event-detail .mention")
        page.click(".mention-head a")
        page.wait_for_selector(".article-text mark.trigger")
        box = page.locator(".article-text mark.trigger").bounding_box()
        assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= 640, box
        assert page.evaluate("window.scrollY") > 0
        assert errors == []
    finally:
        context.close()


def test_dashboard_opened_view_starts_at_its_top(browser: Any, server: str) -> None:
    # Read down the list, open the last event: its page starts at the top, not where the list was.
    context = browser.new_context(viewport={"width": 360, "height": 640}, locale="en-US")
    page = context.new_page()
    try:
        page.goto(f"{server}/#/events")
        page.wait_for_selector("body[data-ready='true']")
        last = page.locator("article.event").last
        last.scroll_into_view_if_needed()
        assert page.evaluate("window.scrollY") > 1000
        last.locator("a.open").click()
        page.wait_for_selector(".event-detail")
        assert page.evaluate("window.scrollY") == 0
        # Back returns to the list where the reader was (the browser restores it).
        page.go_back()
        page.wait_for_selector("article.event")
        # The list is paged at its foot too, where its reader has got to.
        assert page.locator(".pager-foot .range").inner_text() == page.locator(".pager .range").inner_text()
    finally:
        context.close()


@pytest.mark.parametrize("width", [320, 360])
def test_dashboard_phone_width_does_not_scroll_sideways(browser: Any, server: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 640}, locale="en-US")
    page = context.new_page()
    try:
        for hash_, ready in (("#/events", "article.event"), ("#/timeline", "svg.timeline"), ("#/network", "svg.network"),
                             ("#/dyad?dyad=IRN-RUS", "svg.dyad")):
            page.goto(f"{server}/{hash_}")
            page.wait_for_selector(ready)
            assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, hash_
            # Every tab stays inside the window.
            assert page.evaluate("Math.max(...[...document.querySelectorAll('nav.tabs a')].map(a => a.getBoundingClientRect().right))") <= width
        # A chart keeps a readable width (it scrolls in its own box) instead of shrinking to a strip.
        assert page.locator("svg.dyad").bounding_box()["width"] >= 500
    finally:
        context.close()


def test_dashboard_charts_open_events_from_the_keyboard(page: Any, server: str) -> None:
    open_dashboard(page, server, "#/network")
    page.wait_for_selector("svg.network g.node")
    iran = page.locator("svg.network g.node[data-id=IRN]")
    assert iran.get_attribute("tabindex") == "0" and iran.get_attribute("role") == "button"
    iran.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**#/events?country=IRN**")
    page.wait_for_selector("article.event")
    open_dashboard(page, server, "#/timeline")
    bar = page.locator("svg.timeline rect.bar").first
    plover = bar.get_attribute("data-plover")  # read before the key press: it leaves the timeline, bar and all
    bar.focus()
    page.keyboard.press(" ")
    page.wait_for_url("**date_from=**")
    assert f"plover={plover}" in page.url
    assert page.problems == []


def _rewrite_events(page: Any, change: Any) -> None:
    """Serve /api/events with ``change`` applied to its first item (a shape the corpus lacks)."""
    import json

    def handle(route: Any) -> None:
        response = route.fetch()
        body = response.json()
        if body["items"]:
            change(body["items"][0])
        route.fulfill(response=response, body=json.dumps(body), headers={**response.headers, "content-type": "application/json"})

    page.route("**/api/events?*", handle)


def test_dashboard_side_the_text_does_not_name_shows_a_dash(page: Any, server: str) -> None:
    # «چین خواستار خویشتن‌داری شد»: a request of no one; the card must not read "China → in Red Sea".
    def unnamed_target(item: dict) -> None:
        item["target"] = {"actor": None, "text": "", "country": None, "name_en": None, "country_en": None}

    _rewrite_events(page, unnamed_target)
    open_dashboard(page, server)
    card = page.locator("article.event").first
    assert card.locator(".dyad .party").nth(1).inner_text() == "—"
    assert page.problems == []


def test_dashboard_list_cuts_a_long_evidence_sentence_around_its_trigger(page: Any, server: str) -> None:
    filler = "درباره مسائل منطقه‌ای و همکاری‌های دوجانبه، " * 60
    sentence = f"{filler}وزیران با یکدیگر گفت‌وگو کردند و {filler}پایان."
    start = sentence.index("گفت‌وگو کردند")

    def long_excerpt(item: dict) -> None:
        item["excerpt"] = {"article": None, "text": sentence, "trigger": {"start": start, "end": start + len("گفت‌وگو کردند")}}

    _rewrite_events(page, long_excerpt)
    open_dashboard(page, server)
    evidence = page.locator("article.event").first.locator(".evidence")
    text = evidence.inner_text()
    assert len(text) < 500 and text.startswith("… ") and text.endswith(" …"), len(text)
    assert evidence.locator("mark.trigger").inner_text() == "گفت‌وگو کردند"
    assert page.problems == []
