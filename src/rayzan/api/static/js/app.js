// The dashboard: a hash router over the views, and the filter form they share.
// Routes: #/events?filters, #/event/ID, #/article/ID, #/timeline, #/network, #/dyad

import { getJson, loadCountries } from "./api.js";
import { dyadChart, networkChart, timelineChart } from "./charts.js";
import { h, replaceChildren } from "./dom.js";
import { PLOVER } from "./labels.js";
import { renderArticle, renderEvent, renderEvents } from "./views.js";

const FILTERS = ["dyad", "ordered", "plover", "cameo", "quad_class", "country", "actor", "topic", "source", "date_from", "date_to", "q",
  "min_confidence", "sort"];
const CODES = /^[A-Za-z]{3}(\s*[-,]\s*[A-Za-z]{3})?$/;
const TRUE = ["true", "1", "yes", "on"]; // what the API reads as true
const VIEWS = ["events", "timeline", "network", "dyad"];

function parseHash() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [view, ...rest] = path.split("/");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  // The API's other spellings, read as the form writes them.
  if (params.outlet && !params.source) params.source = params.outlet;
  delete params.outlet;
  if (params.ordered) params.ordered = TRUE.includes(params.ordered.toLowerCase()) ? "true" : "";
  return { view: view || "events", id: rest.length ? decodeId(rest.join("/")) : null, params };
}

/** An id from the address; a cut or hand-edited escape (%E0%A4) is kept as typed, so the
 * API can say there is no such record instead of the page failing to start. */
function decodeId(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Set when the reader follows a link or button in the page (not Back/Forward, whose
// scroll position the browser restores): the new view then starts at its top.
let freshNavigation = false;

export function navigate(view, params = {}, id = null) {
  freshNavigation = true;
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined && v !== false));
  const path = id ? `${view}/${encodeURIComponent(id)}` : view;
  const next = `#/${path}${query.toString() ? `?${query}` : ""}`;
  if (location.hash === next) route();
  else location.hash = next;
}

function filterParams(params) {
  return Object.fromEntries(FILTERS.filter((k) => params[k]).map((k) => [k, params[k]]));
}

function fillForm(form, params) {
  for (const name of FILTERS) {
    const field = form.elements.namedItem(name);
    if (!field) continue;
    if (field.type === "checkbox") field.checked = params[name] === "true";
    else if (field.tagName === "SELECT") field.value = optionFor(field, params[name] || (name === "sort" ? "-date" : ""));
    else field.value = params[name] || "";
  }
}

/** The select's option for a value from the address, added when the list lacks it,
 * so the next Apply sends what is shown and drops nothing. */
function optionFor(select, value) {
  const wanted = value.toLowerCase();
  const known = [...select.options].find((o) => o.value.toLowerCase() === wanted);
  if (known) return known.value;
  const label = select.name === "min_confidence" ? `${value} or more` : value;
  select.append(h("option", { value }, label));
  return value;
}

function readForm(form) {
  const params = {};
  for (const name of FILTERS) {
    const field = form.elements.namedItem(name);
    if (!field) continue;
    const value = field.type === "checkbox" ? (field.checked ? "true" : "") : field.value.trim();
    // Codes are written upper case (irn-rus -> IRN-RUS); names and actor ids are kept as typed.
    if (value) params[name] = (name === "dyad" || name === "country") && CODES.test(value) ? value.toUpperCase() : value;
  }
  return params;
}

function setActiveTab(view) {
  for (const link of document.querySelectorAll("nav.tabs a")) {
    link.classList.toggle("active", link.dataset.view === view);
    if (link.dataset.view === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

/** Events the filters match that a chart over dates cannot place: the total less the dated timeline. */
function undated(stats) {
  return stats.total - stats.timeline.reduce((sum, p) => sum + p.count, 0);
}

async function renderStatsView(view, params) {
  const pick = (extra) => navigate("events", { ...filterParams(params), ...extra });
  if (view === "timeline") {
    const stats = await getJson("/api/stats", { ...filterParams(params), include: "timeline" });
    return h("section", { class: "timeline-view" }, h("h2", {}, "Timeline"), timelineChart(stats.timeline, pick, undated(stats)));
  }
  if (view === "network") {
    const shown = params.network === "actor" ? "actor" : "country";
    const stats = await getJson("/api/stats", { ...filterParams(params), network: shown, include: "network" });
    const toggle = h("p", { class: "toggle" }, "Nodes: ",
      ["country", "actor"].map((kind) => h("button", { type: "button", class: shown === kind ? "active" : "",
        onclick: () => navigate("network", { ...params, network: kind }) }, kind === "country" ? "countries" : "actors")));
    return h("section", { class: "network-view" }, h("h2", {}, "Network"), toggle, networkChart(stats.network, pick, shown));
  }
  // The most active pairs under the other filters, to pick from; then the chosen pair's series.
  const { dyad: asked, ordered, ...others } = filterParams(params);
  const overview = await getJson("/api/stats", { ...others, include: "pairs" });
  const dyads = overview.pairs.map((p) => p.dyad);
  const chosen = asked || (dyads.includes("IRN-RUS") ? "IRN-RUS" : dyads[0]);
  const picker = h("p", { class: "toggle" }, "Most active pairs: ", dyads.map((d) =>
    h("button", { type: "button", class: d === chosen ? "active" : "", onclick: () => navigate("dyad", { ...params, dyad: d }) }, d)));
  if (!chosen) return h("section", { class: "dyad-view" }, h("h2", {}, "Dyad"), h("p", { class: "empty" }, "No events between two countries match these filters."));
  const stats = await getJson("/api/stats", { ...others, dyad: chosen, ordered, include: "dyads,timeline" });
  const series = stats.dyads;
  return h("section", { class: "dyad-view" }, h("h2", {}, `Dyad ${chosen}`), picker,
    dyadChart(series, chosen, (extra) => navigate("events", { ...filterParams(params), dyad: chosen, ...extra }), undated(stats)));
}

let routeNumber = 0;

async function route() {
  const main = document.getElementById("view");
  const status = document.getElementById("status");
  const form = document.getElementById("filters");
  const { view, id, params } = parseHash();
  const ticket = ++routeNumber;
  const fresh = freshNavigation;
  freshNavigation = false;
  // An event or article is opened from a filtered list: the form keeps those filters, so
  // the Events tab (or Apply) goes back to them rather than to every event.
  const record = (view === "event" || view === "article") && id;
  if (!record) fillForm(form, params);
  setActiveTab(VIEWS.includes(view) ? view : "events");
  status.textContent = "Loading…";
  main.setAttribute("aria-busy", "true"); // the old view stays, dimmed, until the new one is ready
  try {
    let content;
    if (view === "event" && id) content = await renderEvent(id);
    else if (view === "article" && id) content = await renderArticle(id, params);
    else if (view === "timeline" || view === "network" || view === "dyad") content = await renderStatsView(view, params);
    else content = await renderEvents({ ...filterParams(params), ...(params.offset ? { offset: params.offset } : {}) }, navigate);
    if (ticket !== routeNumber) return; // a newer navigation won the race
    replaceChildren(main, content);
    if (view === "article" && params.event) revealEvidence(main);
    else if (fresh) window.scrollTo(0, 0);
  } catch (error) {
    if (ticket !== routeNumber) return;
    replaceChildren(main, h("p", { class: "error", role: "alert" }, `Could not load: ${error.message}`));
  }
  status.textContent = "";
  main.removeAttribute("aria-busy");
}

/** The article opened from an event's evidence shows that evidence, however far down the
 * article it is: its trigger (else its first sentence) is scrolled to the middle. */
function revealEvidence(main) {
  const target = main.querySelector(".article-text mark.trigger") || main.querySelector(".article-text .evidence-span");
  if (target) target.scrollIntoView({ block: "center" });
}

function currentListView() {
  const { view } = parseHash();
  return VIEWS.includes(view) ? view : "events";
}

async function start() {
  const form = document.getElementById("filters");
  const typeSelect = form.elements.namedItem("plover");
  for (const [code, label] of Object.entries(PLOVER)) typeSelect.append(h("option", { value: code }, `${code} · ${label}`));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const { params } = parseHash();
    navigate(currentListView(), { ...readForm(form), ...(params.network ? { network: params.network } : {}) });
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    navigate(currentListView(), {});
  });
  for (const link of document.querySelectorAll("nav.tabs a")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      navigate(link.dataset.view, readForm(form));
    });
  }
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("a[href^='#/']")) freshNavigation = true;
  });
  window.addEventListener("hashchange", route);
  await loadCountries();
  await route();
  document.body.dataset.ready = "true";
}

start();
