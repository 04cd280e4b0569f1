// Event list, event detail and article views.

import { countryLabel, getJson } from "./api.js";
import { fa, h, markedText } from "./dom.js";
import { ENTITY_LABELS, PLOVER, QUAD_CLASS, plural, ploverColour } from "./labels.js";

const PAGE_SIZE = 25;

function typeBadge(event) {
  return h("span", { class: "badge type", dataset: { plover: event.plover }, title: `CAMEO ${event.cameo || "?"}` },
    h("span", { class: "swatch", "aria-hidden": "true", dataset: { colour: ploverColour(event.plover) } }),
    event.plover, event.cameo ? h("small", {}, ` ${event.cameo}`) : null);
}

/** "Kazem Jalali (Iran)" in English, the Persian text beside it. */
function party(p) {
  const english = p ? p.name_en || countryLabel(p.country) || p.actor || "" : "";
  // A side the coder could not name (China asked "for restraint", of no one) says so, rather
  // than leaving "China → in Red Sea" to read as if the sea were the target.
  if (!english && !(p && p.text)) return h("span", { class: "party none", title: "not named in the text" }, "—");
  const country = p.country && countryLabel(p.country) !== english ? ` · ${countryLabel(p.country)}` : "";
  return h("span", { class: "party" },
    h("span", { class: "en" }, english + country),
    p.text ? fa("span", p.text, { class: "fa" }) : null);
}

function goldstein(value) {
  if (value === null || value === undefined) return null;
  const sign = value > 0 ? "+" : "";
  return h("span", { class: `goldstein ${value >= 0 ? "pos" : "neg"}`, title: "Goldstein scale (−10 conflict … +10 cooperation)" },
    `Goldstein ${sign}${Number(value).toFixed(1)}`);
}

/** An evidence sentence, right to left, the trigger marked. */
function evidenceSentence(excerpt, tag = "blockquote") {
  const marks = excerpt.trigger ? [{ ...excerpt.trigger, class: "trigger", tag: "mark", title: "trigger" }] : [];
  return h(tag, { class: "evidence", lang: "fa", dir: "rtl" }, markedText(excerpt.text, 0, excerpt.text.length, marks));
}

const EXCERPT_CHARS = 400;

/** A list card's excerpt cut to about EXCERPT_CHARS around its trigger, at spaces, with "…" where
 * text was left out: a sentence of thousands of characters (a page scraped without full stops)
 * would otherwise fill the screen with one card.  The event's own view shows it whole. */
export function shortExcerpt(excerpt, limit = EXCERPT_CHARS) {
  const { text, trigger } = excerpt;
  if (text.length <= limit) return excerpt;
  const middle = trigger ? Math.floor((trigger.start + trigger.end) / 2) : 0;
  let start = Math.max(0, Math.min(middle - Math.floor(limit / 2), text.length - limit));
  let end = Math.min(text.length, start + limit);
  if (trigger) [start, end] = [Math.min(start, trigger.start), Math.max(end, trigger.end)];
  // Cut at word boundaries, never inside the trigger.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && (!trigger || space < trigger.start)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start && (!trigger || space >= trigger.end)) end = space;
  }
  const head = start > 0 ? "… " : "";
  const cut = `${head}${text.slice(start, end)}${end < text.length ? " …" : ""}`;
  const moved = trigger ? { start: trigger.start - start + head.length, end: trigger.end - start + head.length } : null;
  return { ...excerpt, text: cut, trigger: moved };
}

function colourSwatches(root) {
  // Colours are set through the CSSOM: the page's CSP forbids inline style attributes.
  for (const el of root.querySelectorAll("[data-colour]")) el.style.background = el.dataset.colour;
  return root;
}

function eventCard(event) {
  const counts = `${plural(event.mentions, "mention")} · ${plural(event.articles, "article")} · ${plural(event.sources, "source")}`;
  const where = event.location ? (event.location.name_en || event.location.text) : null;
  return h("article", { class: "event", dataset: { id: event.id } },
    h("div", { class: "event-head" },
      typeBadge(event),
      h("span", { class: "label" }, PLOVER[event.plover] || event.plover),
      h("time", { datetime: event.date || "" }, event.date || "undated"),
      goldstein(event.goldstein),
      h("span", { class: "counts" }, counts)),
    h("div", { class: "dyad" }, party(event.source), h("span", { class: "arrow", "aria-label": "to" }, " → "), party(event.target),
      where ? h("span", { class: "where" }, ` in ${where}`) : null),
    event.topics && event.topics.length
      ? h("div", { class: "topics" }, "Topics: ", event.topics.map((t) => h("span", { class: "topic", title: t.text || "" }, t.name_en || t.text)))
      : null,
    event.excerpt ? evidenceSentence(shortExcerpt(event.excerpt)) : null,
    h("a", { class: "open", href: `#/event/${encodeURIComponent(event.id)}` }, "Open event"));
}

export async function renderEvents(params, navigate) {
  const offset = Number(params.offset || 0);
  const page = await getJson("/api/events", { ...params, limit: PAGE_SIZE, offset });
  const to = offset + page.items.length;
  // An offset past the end (an old link, a hand-edited address) leads back to the last page.
  const last = Math.max(0, Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE);
  const past = page.total > 0 && !page.items.length;
  const range = page.items.length ? `${offset + 1}–${to} of ${plural(page.total, "event")}` : past ? `past the last of ${plural(page.total, "event")}` : "0 events";
  const pager = (cls, label) => h("nav", { class: cls, "aria-label": label },
    h("button", { type: "button", disabled: offset <= 0, onclick: () => navigate("events", { ...params, offset: Math.min(last, Math.max(0, offset - PAGE_SIZE)) }) }, "← Previous"),
    h("span", { class: "range" }, range),
    h("button", { type: "button", disabled: to >= page.total, onclick: () => navigate("events", { ...params, offset: offset + PAGE_SIZE }) }, "Next →"));
  const list = h("div", { class: "event-list" }, page.items.map(eventCard));
  if (past) {
    list.append(h("p", { class: "empty" }, "No events on this page. ",
      h("button", { type: "button", class: "last-page", onclick: () => navigate("events", { ...params, offset: last || null }) }, "Go to the last page")));
  } else if (!page.items.length) list.append(h("p", { class: "empty" }, "No events match these filters."));
  // The pages are also turned below a full list, where its reader has got to.
  const foot = page.items.length > 5 ? pager("pager-foot", "Pages, end of list") : null;
  return colourSwatches(h("section", { class: "events" }, pager("pager", "Pages"), list, foot));
}

function row(label, ...value) {
  return [h("dt", {}, label), h("dd", {}, ...value)];
}

export async function renderEvent(id) {
  const { event, mentions } = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const place = event.location
    ? [event.location.name_en || "", event.location.text ? fa("span", event.location.text, { class: "fa" }) : null]
    : ["—"];
  const facts = h("dl", { class: "facts" },
    row("Type", typeBadge(event), " ", PLOVER[event.plover] || ""),
    row("Source", party(event.source)),
    row("Target", party(event.target)),
    row("Location", ...place),
    row("Date", event.date || "undated"),
    row("Topics", ...(event.topics || []).map((t) => h("span", { class: "topic" }, t.name_en || t.text, " ", t.text ? fa("span", t.text, { class: "fa" }) : null))),
    row("Quad class", event.quad_class ? `${event.quad_class} · ${QUAD_CLASS[event.quad_class] || ""}` : "—"),
    row("Goldstein", goldstein(event.goldstein) || "—"),
    row("Confidence", event.confidence !== null && event.confidence !== undefined ? Number(event.confidence).toFixed(2) : "—"),
    row("Reported", `${plural(event.mentions, "mention")} in ${plural(event.articles, "article")} from ${plural(event.sources, "source")}, first seen ${event.first_seen || "?"}, last seen ${event.last_seen || "?"}`));
  const reports = h("ol", { class: "mentions" }, mentions.map((m) =>
    h("li", { class: "mention" },
      h("div", { class: "mention-head" },
        h("a", { href: `#/article/${encodeURIComponent(m.article)}?event=${encodeURIComponent(event.id)}` },
          m.title ? fa("span", m.title) : m.article),
        h("span", { class: "outlet" }, m.source || ""),
        h("time", {}, m.published || "")),
      m.evidence.map((e) => evidenceSentence(e)))));
  return colourSwatches(h("section", { class: "event-detail" },
    h("h2", {}, `${PLOVER[event.plover] || event.plover}: `, party(event.source), " → ", party(event.target)),
    facts,
    h("h3", {}, "Evidence"),
    reports));
}

export async function renderArticle(id, params) {
  const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const marks = (article.entities || []).map((e) => ({
    start: e.start, end: e.end, class: `ent ent-${e.label}`,
    title: `${e.label} · ${ENTITY_LABELS[e.label] || ""}${e.actor ? ` · ${e.actor}` : ""}`,
  }));
  // Evidence of the event the reader came from, or of every event in the article.
  for (const event of article.events || []) {
    if (params.event && String(event.event_id) !== params.event) continue;
    for (const span of event.evidence || []) marks.push({ start: span.start, end: span.end, class: "evidence-span", title: `evidence · ${event.plover}` });
    if (event.trigger && event.trigger.start !== null && event.trigger.start !== undefined) {
      marks.push({ start: event.trigger.start, end: event.trigger.end, class: "trigger", tag: "mark", title: `trigger · ${event.plover}` });
    }
  }
  const sections = article.sections && article.sections.length
    ? article.sections
    : [{ kind: "paragraph", start: 0, end: article.text.length }];
  const body = h("div", { class: "article-text", lang: "fa", dir: "rtl" }, sections.map((sec) => {
    const tag = sec.kind === "title" ? "h2" : sec.kind === "heading" ? "h3" : sec.kind === "item" ? "li" : "p";
    return h(tag, { class: `section ${sec.kind}` }, markedText(article.text, sec.start, sec.end, marks));
  }));
  const labels = [...new Set((article.entities || []).map((e) => e.label))].sort();
  const legend = h("p", { class: "legend" }, "Entities: ",
    labels.map((l) => h("span", { class: `ent ent-${l}` }, `${l} ${ENTITY_LABELS[l] || ""}`)),
    h("mark", { class: "trigger" }, "event trigger"));
  const actors = (article.actors || []).map((a) =>
    h("li", {}, h("span", { class: "en" }, a.name_en || a.id), " ", a.name ? fa("span", a.name, { class: "fa" }) : null,
      a.country ? ` · ${countryLabel(a.country)}` : ""));
  const eventLinks = (article.events || []).filter((e) => e.event_id !== null && e.event_id !== undefined).map((e) =>
    h("li", {}, h("a", { href: `#/event/${encodeURIComponent(e.event_id)}` }, `${e.plover} · ${PLOVER[e.plover] || ""}`),
      " ", party(e.source), " → ", party(e.target), e.trigger && e.trigger.text ? fa("span", e.trigger.text, { class: "fa" }) : null));
  return h("section", { class: "article" },
    h("p", { class: "article-meta" },
      h("span", { class: "outlet" }, article.source || "unknown outlet"), " · ",
      h("time", {}, article.published || "undated"),
      article.url ? [" · ", h("a", { href: safeUrl(article.url), rel: "noopener noreferrer", target: "_blank" }, "original")] : null),
    legend, body,
    eventLinks.length ? [h("h3", {}, "Events"), h("ul", { class: "article-events" }, eventLinks)] : null,
    actors.length ? [h("h3", {}, "Actors"), h("ul", { class: "actors" }, actors)] : null);
}

/** Only http(s) links from article metadata: a javascript: URL must never become a link. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "#";
  } catch {
    return "#";
  }
}
