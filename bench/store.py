"""Store benchmark: ingest rate, event-query latency on a large database, export memory.

    .venv/bin/python bench/store.py                       # 100,000 events in /tmp/rayzan-bench.db
    .venv/bin/python bench/store.py --events 20000 --db postgresql://postgres@127.0.0.1:55432/bench

Each figure is printed beside its anchor, as a ratio:
- ingest: articles/s through ``Store.ingest`` / ``ingest_many`` vs the pipeline goal
  (50 articles/s) and vs bare sqlite3 ``executemany`` of the same rows (no dedup,
  versions or indexes: the floor of what storing them costs);
- queries: p50/p99 of ``Store.query_events`` (count + page) for a mix of filters vs
  the 100 ms p99 goal and vs a bare sqlite3 ``ORDER BY date DESC LIMIT 50``;
- exports: peak RSS of a subprocess exporting all events vs one exporting a fifth of
  them (bounded memory means a ratio near 1).

The corpus is synthetic but Persian: articles built from sentence templates over 24
countries and 10 event types, with one in five events re-reported by another outlet
(so deduplication has work to do); Iran's consultations name its foreign minister, a
person actor, so that dyads of an actor and a country are timed too.  It is built directly as Documents (no NLP), so the
figures are the store's own cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rayzan.document import (
    Actor,
    ArticleMeta,
    Document,
    Entity,
    Event,
    Section,
    Sentence,
)
from rayzan.store import EventQuery, Store
from rayzan.store.stats import _cache as stats_cache

COUNTRIES = [
    ("IRN", "ایران", "تهران"), ("RUS", "روسیه", "مسکو"), ("CHN", "چین", "پکن"), ("TUR", "ترکیه", "آنکارا"),
    ("IRQ", "عراق", "بغداد"), ("SYR", "سوریه", "دمشق"), ("LBN", "لبنان", "بیروت"), ("SAU", "عربستان سعودی", "ریاض"),
    ("QAT", "قطر", "دوحه"), ("ARE", "امارات متحده عربی", "ابوظبی"), ("PAK", "پاکستان", "اسلام‌آباد"),
    ("AFG", "افغانستان", "کابل"), ("USA", "آمریکا", "واشنگتن"), ("FRA", "فرانسه", "پاریس"), ("DEU", "آلمان", "برلین"),
    ("GBR", "انگلیس", "لندن"), ("ISR", "اسرائیل", "تل‌آویو"), ("EGY", "مصر", "قاهره"), ("JOR", "اردن", "امان"),
    ("OMN", "عمان", "مسقط"), ("IND", "هند", "دهلی نو"), ("JPN", "ژاپن", "توکیو"), ("AZE", "آذربایجان", "باکو"),
    ("ARM", "ارمنستان", "ایروان"),
]
TYPES = [  # PLOVER, CAMEO, quad class, Goldstein, Persian verb phrase
    ("CONSULT", "040", 1, 1.0, "رایزنی کرد"), ("COOPERATE", "057", 1, 8.0, "توافق‌نامه همکاری امضا کرد"),
    ("AID", "070", 2, 7.0, "کمک بشردوستانه ارسال کرد"), ("REQUEST", "020", 1, 3.0, "درخواست کرد"),
    ("ACCUSE", "112", 3, -2.0, "را متهم کرد"), ("REJECT", "120", 3, -4.0, "را رد کرد"),
    ("THREATEN", "130", 3, -4.4, "را تهدید کرد"), ("PROTEST", "140", 3, -6.5, "اعتراض کرد"),
    ("SANCTION", "163", 4, -8.0, "را تحریم کرد"), ("ASSAULT", "190", 4, -10.0, "حمله کرد"),
]
TOPICS = [("غزه", "Gaza", "PSE"), ("برنامه هسته‌ای", "nuclear programme", None), ("انرژی", "energy", None),
          ("امنیت منطقه‌ای", "regional security", None), ("تجارت", "trade", None), ("لبنان", "Lebanon", "LBN")]
OUTLETS = ["farsnews.ir", "irna.ir", "isna.ir", "tasnimnews.com", "mehrnews.com", "hamshahrionline.ir"]
# Iran's consultations are coded with its foreign minister as the source (a person actor, as the
# pipeline codes «وزیر امور خارجه ایران»): the store then has a dyad of an actor and a country to answer.
MINISTER = Actor("person:abbas-araghchi", "سید عباس عراقچی", "Abbas Araghchi", "person", "IRN")
GOAL_ARTICLES_PER_S = 50.0
GOAL_P99_MS = 100.0


def make_events(n_events: int, rng: random.Random) -> list[tuple]:
    """(type, a, b, day, topic, with_location) per distinct real-world event."""
    start = dt.date(2020, 1, 1)
    out = []
    for _ in range(n_events):
        a, b = rng.sample(range(len(COUNTRIES)), 2)
        out.append((rng.randrange(len(TYPES)), a, b, start + dt.timedelta(days=rng.randrange(5 * 365)),
                    rng.randrange(len(TOPICS)), rng.random() < 0.7))
    return out


def make_article(n: int, events: list[tuple], rng: random.Random) -> Document:
    outlet = rng.choice(OUTLETS)
    day = max(e[3] for e in events)
    lines, coded = [f"گزارش شماره {n} درباره تحولات دیپلماتیک منطقه"], []
    for (t, a, b, when, topic, located) in events:
        plover, cameo, quad, goldstein, verb = TYPES[t]
        (ca, na, capital), (cb, nb, _) = COUNTRIES[a], COUNTRIES[b]
        place = f" در {capital}" if located else ""
        lines.append(f"وزیر امور خارجه {na}{place} با همتای خود از {nb} درباره {TOPICS[topic][0]} {verb}.")
        coded.append((plover, cameo, quad, goldstein, ca, na, cb, nb, capital if located else None, when, topic, verb))
    text = "\n".join(lines)
    sections, sentences, entities, doc_events = [], [], [], []
    pos = 0
    for i, line in enumerate(lines):
        sections.append(Section("title" if i == 0 else "paragraph", pos, pos + len(line)))
        sentences.append(Sentence(pos, pos + len(line), i))
        pos += len(line) + 1
    actors = {}
    for k, (plover, cameo, quad, goldstein, ca, na, cb, nb, capital, when, topic, verb) in enumerate(coded):
        sent = sentences[k + 1]
        line_text = text[sent.start : sent.end]
        for code, name in ((ca, na), (cb, nb)):
            s = sent.start + line_text.index(name)
            entities.append(Entity(name, "LOC", s, s + len(name), code))
            actors[code] = Actor(code, name, None, "country", code, code=code)
        source = {"actor": ca, "text": na, "country": ca}
        if ca == "IRN" and plover == "CONSULT":
            source = {"actor": MINISTER.id, "text": f"وزیر امور خارجه {na}", "country": ca}
            actors[MINISTER.id] = MINISTER
        t0 = sent.start + line_text.index(verb)
        topic_text, topic_en, topic_country = TOPICS[topic]
        doc_events.append(Event(
            id=f"e{k + 1}", plover=plover, cameo=cameo,
            source=source, target={"actor": cb, "text": nb, "country": cb},
            location={"text": capital, "name_en": None, "country": ca} if capital else None,
            date=when.isoformat(), topics=({"text": topic_text, "name_en": topic_en, "country": topic_country},),
            evidence=((sent.start, sent.end),), trigger={"text": verb, "start": t0, "end": t0 + len(verb)},
            goldstein=goldstein, quad_class=quad, confidence=round(rng.uniform(0.5, 0.95), 2),
        ))
    meta = ArticleMeta(id=f"bench{n:08d}", url=f"https://{outlet}/news/{n}", source=outlet,
                       title=lines[0], published=day.isoformat())
    return Document(meta=meta, raw=text, text=text, sections=tuple(sections), sentences=tuple(sentences),
                    entities=tuple(entities), actors=tuple(actors.values()), events=tuple(doc_events))


def corpus(n_events: int, per_article: int, seed: int = 7):
    """Articles covering ``n_events`` distinct events, one in five also reported by a second outlet."""
    rng = random.Random(seed)
    events = make_events(n_events, rng)
    reports = events + rng.sample(events, n_events // 5)
    rng.shuffle(reports)
    for n, i in enumerate(range(0, len(reports), per_article)):
        yield make_article(n, reports[i : i + per_article], rng)


def bare_sqlite_rate(docs: list[Document]) -> float:
    """Articles/s for plain executemany of the same rows into index-free tables: the floor."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE a(id, url, source, title, published, raw, text);"
        "CREATE TABLE s(article, idx, start, end, text); CREATE TABLE e(article, idx, data);"
    )
    t = time.perf_counter()
    for d in docs:
        with conn:
            conn.execute("INSERT INTO a VALUES (?,?,?,?,?,?,?)", (d.id, d.meta.url, d.meta.source, d.meta.title, d.meta.published, d.raw, d.text))
            conn.executemany("INSERT INTO s VALUES (?,?,?,?,?)", [(d.id, i, s.start, s.end, d.text[s.start:s.end]) for i, s in enumerate(d.sentences)])
            conn.executemany("INSERT INTO e VALUES (?,?,?)", [(d.id, i, json.dumps(e.to_json(), ensure_ascii=False)) for i, e in enumerate(d.events)])
    return len(docs) / (time.perf_counter() - t)


def build(store: Store, n_events: int, per_article: int, single: int) -> dict:
    """Ingest rates by wall clock and by this process's CPU time (the machine may be shared;
    with SQLite all store work runs in this process, so CPU time is its cost)."""
    docs = corpus(n_events, per_article)
    first = [next(docs) for _ in range(single)]
    wall, cpu = time.perf_counter(), time.process_time()
    for d in first:
        store.ingest(d)
    single_wall, single_cpu = time.perf_counter() - wall, time.process_time() - cpu
    n, wall, cpu = 0, time.perf_counter(), time.process_time()
    batch: list[Document] = []
    for d in docs:
        batch.append(d)
        if len(batch) == 50:
            store.ingest_many(batch)
            n += len(batch)
            batch = []
    if batch:
        store.ingest_many(batch)
        n += len(batch)
    many_wall, many_cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "single": single / single_wall, "single_cpu": single / single_cpu,
        "many": n / many_wall if n else float("nan"), "many_cpu": n / many_cpu if n else float("nan"),
        "floor": bare_sqlite_rate(first),
    }


def query_mix(rng: random.Random) -> list[tuple[str, EventQuery]]:
    def c() -> str:
        return rng.choice(COUNTRIES)[0]

    def day() -> str:
        return (dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365 - 60))).isoformat()

    def month_after(d: str) -> str:
        return (dt.date.fromisoformat(d) + dt.timedelta(days=30)).isoformat()

    d = day()
    return [
        ("newest", EventQuery()),
        ("country", EventQuery(country=c())),
        ("dyad", EventQuery(dyad=(c(), c()))),
        ("dyad ordered + type", EventQuery(dyad=(c(), c()), dyad_ordered=True, plover=rng.choice(TYPES)[0])),
        ("type + month", EventQuery(plover=rng.choice(TYPES)[0], date_from=d, date_to=month_after(d))),
        ("cameo prefix", EventQuery(cameo=rng.choice(TYPES)[1][:2])),
        ("quad class", EventQuery(quad_class=rng.randint(1, 4), sort="-mentions")),
        ("actor", EventQuery(actor=c())),
        ("actor by name", EventQuery(actor=rng.choice(COUNTRIES)[1])),
        # A name no stored actor has: the query falls back to the events' mention text.
        ("actor, no match", EventQuery(actor="نام ناشناس")),
        ("topic", EventQuery(topic=rng.choice(TOPICS)[1])),
        ("outlet", EventQuery(source=rng.choice(OUTLETS))),
        ("free text", EventQuery(text=rng.choice(["منطقه‌ای", "منطقهای هسته‌ای", "انرژی", "غزه"]))),
        ("text + country", EventQuery(text="تحریم", country=c())),
        ("deep page", EventQuery(offset=5000, limit=50)),
        # An actor on one side: its events, not every event of the country on the other side.
        ("dyad actor + country", EventQuery(dyad=(MINISTER.id, c()))),
        ("dyad actor → country", EventQuery(dyad=("عراقچی", c()), dyad_ordered=True)),
    ]


def time_queries(store: Store, rounds: int) -> dict[str, list[float]]:
    for _, q in query_mix(random.Random(3)):  # warm-up: lazy loads (normaliser tables), caches
        store.query_events(q)
    rng = random.Random(11)
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name, q in query_mix(rng):
            t = time.perf_counter()
            store.query_events(q)
            times.setdefault(name, []).append((time.perf_counter() - t) * 1000)
    return times


def bare_query_ms(path: str, rounds: int) -> float:
    conn = sqlite3.connect(path)
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        conn.execute("SELECT * FROM events ORDER BY date DESC LIMIT 50").fetchall()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


EXPORT_CHILD = """
import resource, sys, time
from rayzan.export import export_events
from rayzan.store import EventQuery, Store
from rayzan.store.stats import _cache as stats_cache
store = Store.open(sys.argv[1])
q = EventQuery(date_to=sys.argv[4]) if sys.argv[4] != "-" else None
t = time.perf_counter()
n = export_events(store, sys.argv[2], sys.argv[3], q)
print(n, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def export_run(db: str, fmt: str, out: str, date_to: str) -> tuple[int, float, int]:
    res = subprocess.run([sys.executable, "-c", EXPORT_CHILD, db, fmt, out, date_to], capture_output=True, text=True, check=True)
    n, secs, rss = res.stdout.split()
    return int(n), float(secs), int(rss)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/rayzan-bench.db")
    ap.add_argument("--events", type=int, default=100_000, help="distinct real-world events to generate")
    ap.add_argument("--per-article", type=int, default=4)
    ap.add_argument("--single", type=int, default=500, help="articles ingested one transaction each")
    ap.add_argument("--rounds", type=int, default=40, help="rounds of the query mix")
    ap.add_argument("--reuse", action="store_true", help="keep an existing bench database")
    ap.add_argument("--no-export", action="store_true", help="skip the export measurements")
    args = ap.parse_args()

    is_sqlite = "://" not in args.db or args.db.startswith("sqlite")
    if is_sqlite and not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    with Store.open(args.db) as store:
        have = store.stats()["totals"]
        if not (args.reuse and have["events"]):
            rates = build(store, args.events, args.per_article, args.single)
            print(f"ingest, one transaction per article: {rates['single']:.0f} articles/s wall "
                  f"({rates['single_cpu']:.0f}/CPU-s) = {rates['single'] / GOAL_ARTICLES_PER_S:.1f}x the "
                  f"{GOAL_ARTICLES_PER_S:.0f}/s goal, {rates['single'] / rates['floor']:.3f}x bare sqlite3 "
                  f"executemany ({rates['floor']:.0f}/s)")
            print(f"ingest_many, 50 articles per transaction: {rates['many']:.0f} articles/s wall "
                  f"({rates['many_cpu']:.0f}/CPU-s) = {rates['many'] / GOAL_ARTICLES_PER_S:.1f}x the goal")
        totals = store.stats()["totals"]
        load = os.getloadavg()[0]
        print(f"machine load average {load:.1f} on {os.cpu_count()} CPUs (figures are wall-clock)")
        print(f"database: {totals['articles']} articles, {totals['events']} event records, "
              f"{totals['mentions']} mentions ({store.dialect}); problems: {store.check() or 'none'}")
        times = time_queries(store, args.rounds)
        every = [v for vs in times.values() for v in vs]
        for name, vs in times.items():
            print(f"  {name:22s} p50 {pct(vs, 50):7.1f} ms   p99 {pct(vs, 99):7.1f} ms")
        p50, p99 = pct(every, 50), pct(every, 99)
        line = f"query_events, all {len(every)} queries: p50 {p50:.1f} ms, p99 {p99:.1f} ms = {p99 / GOAL_P99_MS:.2f}x the {GOAL_P99_MS:.0f} ms goal"
        if is_sqlite:
            bare = bare_query_ms(store.engine.url.database, args.rounds)
            line += f"; p50 = {p50 / bare:.1f}x bare sqlite3 newest-50 ({bare:.2f} ms)"
        print(line)
        for label, q in (("all events", None), ("dyad IRN-RUS", EventQuery(dyad=("IRN", "RUS")))):
            stats_cache.clear()  # measure the computation, not the cache
            t = time.perf_counter()
            store.stats(q)
            cold = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            store.stats(q)
            print(f"stats({label}) for the dashboard: {cold:.0f} ms, cached {(time.perf_counter() - t) * 1000:.1f} ms")
    if is_sqlite and not args.no_export:
        cut = "2020-12-31"  # about a fifth of five years
        for fmt, suffix in (("jsonl", "jsonl"), ("parquet", "parquet"), ("gdelt", "tsv")):
            out = f"/tmp/rayzan-bench-export.{suffix}"
            n_all, s_all, rss_all = export_run(args.db, fmt, out, "-")
            n_part, _, rss_part = export_run(args.db, fmt, out, cut)
            print(f"export {fmt:8s}: {n_all} events in {s_all:.1f} s ({n_all / s_all:.0f}/s), peak RSS "
                  f"{rss_all / 1024:.0f} MB vs {rss_part / 1024:.0f} MB for {n_part} events: ratio {rss_all / rss_part:.2f}")
            os.remove(out)


if __name__ == "__main__":
    main()
