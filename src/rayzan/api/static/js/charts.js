// SVG charts drawn by hand: timeline by type, actor/country network, dyad series.

import { countryLabel, countryLabelFa } from "./api.js";
import { h, s } from "./dom.js";
import { PLOVER, plural, ploverColour, undatedNote } from "./labels.js";

const DAY = 86400000;

/** Days between the first and last date, or months when the span is long. */
function buckets(dates) {
  const sorted = [...new Set(dates)].sort();
  if (!sorted.length) return { keys: [], keyOf: (d) => d, unit: "day" };
  const first = Date.parse(sorted[0]);
  const last = Date.parse(sorted[sorted.length - 1]);
  if ((last - first) / DAY <= 120) {
    const keys = [];
    for (let t = first; t <= last; t += DAY) keys.push(new Date(t).toISOString().slice(0, 10));
    return { keys, keyOf: (d) => d, unit: "day" };
  }
  const months = [...new Set(sorted.map((d) => d.slice(0, 7)))];
  const keys = [];
  let [year, month] = months[0].split("-").map(Number);
  const end = months[months.length - 1];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    keys.push(key);
    if (key >= end) break;
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return { keys, keyOf: (d) => d.slice(0, 7), unit: "month" };
}

function legend(types, onPick) {
  return h("ul", { class: "legend chart-legend" }, types.map((t) =>
    h("li", {}, h("button", { type: "button", class: "legend-item", onclick: () => onPick(t), title: `Show ${t} events` },
      h("span", { class: "swatch", dataset: { colour: ploverColour(t) } }), `${t} · ${PLOVER[t] || t}`))));
}

/** Attributes that make an SVG shape that opens events work from the keyboard as well as the
 * mouse: in the tab order, announced as a button with its label, Enter or Space to open. */
function pickable(label, action) {
  return {
    tabindex: 0, role: "button", "aria-label": label, onclick: action,
    onkeydown: (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      action();
    },
  };
}

function paintSwatches(root) {
  for (const el of root.querySelectorAll("[data-colour]")) el.style.background = el.dataset.colour;
  return root;
}

function xLabels(keys, x, bandwidth, top, every) {
  return keys.map((key, i) => (i % every === 0
    ? s("text", { x: x(i) + bandwidth / 2, y: top + 16, class: "tick", "text-anchor": "middle" }, key)
    : null));
}

function yAxis(max, y, left, right, label) {
  const ticks = max <= 4 ? [...Array(max + 1).keys()] : [0, Math.round(max / 2), max];
  return [
    ticks.map((t) => [
      s("line", { x1: left, x2: right, y1: y(t), y2: y(t), class: "grid" }),
      s("text", { x: left - 6, y: y(t) + 4, class: "tick", "text-anchor": "end" }, String(t)),
    ]),
    s("text", { x: 12, y: y(max / 2), class: "axis-label", transform: `rotate(-90 12 ${y(max / 2)})`, "text-anchor": "middle" }, label),
  ];
}

/** Stacked bars: events per day (or month) by PLOVER type. */
export function timelineChart(timeline, onPick, undated = 0) {
  const { keys, keyOf, unit } = buckets(timeline.map((p) => p.date));
  const types = [...new Set(timeline.map((p) => p.plover))].sort();
  const counts = new Map(keys.map((k) => [k, new Map()]));
  for (const p of timeline) {
    const row = counts.get(keyOf(p.date));
    if (row) row.set(p.plover, (row.get(p.plover) || 0) + p.count);
  }
  const totals = keys.map((k) => [...counts.get(k).values()].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const [width, height, left, right, top, bottom] = [960, 320, 48, 12, 12, 40];
  const band = (width - left - right) / Math.max(1, keys.length);
  const x = (i) => left + i * band;
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const bars = [];
  keys.forEach((key, i) => {
    let base = 0;
    for (const t of types) {
      const n = counts.get(key).get(t) || 0;
      if (!n) continue;
      bars.push(s("rect", {
        x: x(i) + band * 0.1, width: Math.max(1, band * 0.8), y: y(base + n), height: y(base) - y(base + n),
        fill: ploverColour(t), class: "bar", dataset: { date: key, plover: t, count: n },
        ...pickable(`${key} · ${t}: ${plural(n, "event")}`,
          () => onPick({ plover: t, ...(unit === "day" ? { date_from: key, date_to: key } : monthRange(key)) })),
      }, s("title", {}, `${key} · ${t}: ${n}`)));
      base += n;
    }
  });
  const every = Math.max(1, Math.ceil(keys.length / 10));
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart timeline", role: "group", "aria-label": `Events per ${unit} by type` },
    yAxis(max, y, left, width - right, "events"), bars, xLabels(keys, x, band, height - bottom, every));
  return paintSwatches(h("figure", { class: "chart-box" }, svg, legend(types, (t) => onPick({ plover: t })),
    h("figcaption", {}, `Events per ${unit} by PLOVER type (${plural(timeline.reduce((a, p) => a + p.count, 0), "event")})`, undatedNote(undated))));
}

function monthRange(month) {
  const [year, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { date_from: `${month}-01`, date_to: `${month}-${String(last).padStart(2, "0")}` };
}

function nodeLabel(node) {
  if (node.kind === "country") return [countryLabel(node.id) || node.label, countryLabelFa(node.id)];
  return [node.label_en || node.label, node.label_en ? node.label : null];
}

/** Countries (or actors, kind "actor") on a circle, one curved edge per direction and event type. */
export function networkChart(network, onPick, kind = "country") {
  const weight = new Map(network.nodes.map((n) => [n.id, 0]));
  for (const e of network.edges) {
    weight.set(e.source, (weight.get(e.source) || 0) + e.count);
    weight.set(e.target, (weight.get(e.target) || 0) + e.count);
  }
  const nodes = [...network.nodes].sort((a, b) => (weight.get(b.id) || 0) - (weight.get(a.id) || 0));
  const [width, height] = [960, 640];
  const [cx, cy, radius] = [width / 2, height / 2, Math.min(width, height) / 2 - 90];
  const at = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
    return [n.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle }];
  }));
  const maxCount = Math.max(1, ...network.edges.map((e) => e.count));
  const pairCount = new Map();
  const edges = network.edges.filter((e) => at.has(e.source) && at.has(e.target) && e.source !== e.target).map((e) => {
    const pair = [e.source, e.target].sort().join("|");
    const index = pairCount.get(pair) || 0;
    pairCount.set(pair, index + 1);
    const a = at.get(e.source);
    const b = at.get(e.target);
    const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // Each further type between the same pair bends further out, so edges do not overlap.
    const bend = (index + 1) * 9 * (e.source < e.target ? 1 : -1);
    const [qx, qy] = [mx - ((b.y - a.y) / length) * bend, my + ((b.x - a.x) / length) * bend];
    const label = `${nodeLabel({ id: e.source, ...nodeById(network, e.source) })[0]} → ${nodeLabel({ id: e.target, ...nodeById(network, e.target) })[0]} · ${e.plover}: ${e.count}`;
    return s("path", {
      d: `M ${a.x} ${a.y} Q ${qx} ${qy} ${b.x} ${b.y}`, class: "edge", stroke: ploverColour(e.plover),
      "stroke-width": 1 + 7 * Math.sqrt(e.count / maxCount), fill: "none", dataset: { source: e.source, target: e.target, plover: e.plover },
      ...pickable(label, () => onPick(edgeFilter(network, e))),
    }, s("title", {}, label));
  });
  const maxWeight = Math.max(1, ...weight.values());
  const circles = nodes.map((n) => {
    const p = at.get(n.id);
    const [english, persian] = nodeLabel(n);
    const r = 6 + 14 * Math.sqrt((weight.get(n.id) || 0) / maxWeight);
    // Labels sit outside the circle: beside the node, or above/below it at the top and bottom.
    const vertical = Math.abs(Math.cos(p.angle)) < 0.35;
    const outward = vertical ? "middle" : Math.cos(p.angle) >= 0 ? "start" : "end";
    const lx = vertical ? p.x : p.x + Math.cos(p.angle) * (r + 6);
    const ly = vertical ? (Math.sin(p.angle) < 0 ? p.y - r - 26 : p.y + r + 14) : p.y + Math.sin(p.angle) * (r + 6);
    const pick = () => onPick(n.kind === "country" ? { country: n.id } : { actor: n.id });
    return s("g", { class: "node", dataset: { id: n.id }, ...pickable(`${english}: ${plural(weight.get(n.id) || 0, "event")}`, pick) },
      s("circle", { cx: p.x, cy: p.y, r }),
      s("text", { x: lx, y: ly, "text-anchor": outward, class: "node-label" }, english),
      persian ? s("text", { x: lx, y: ly + 15, "text-anchor": outward, class: "node-label fa" }, persian) : null,
      s("title", {}, `${english}${persian ? ` · ${persian}` : ""}: ${plural(weight.get(n.id) || 0, "event")}`));
  });
  const types = [...new Set(network.edges.map((e) => e.plover))].sort();
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart network", role: "group", "aria-label": "Network of relations by event type" }, edges, circles);
  return paintSwatches(h("figure", { class: "chart-box" }, svg, legend(types, (t) => onPick({ plover: t })),
    h("figcaption", {}, `${kind === "actor" ? plural(nodes.length, "actor") : plural(nodes.length, "country", "countries")}, ${plural(network.edges.length, "edge")} (${kind === "actor" ? "source → target" : "country pair"} × event type)`)));
}

function nodeById(network, id) {
  return network.nodes.find((n) => n.id === id) || {};
}

function edgeFilter(network, edge) {
  const node = nodeById(network, edge.source);
  if (node.kind === "country") return { dyad: `${edge.source}-${edge.target}`, plover: edge.plover };
  return { actor: edge.source, plover: edge.plover };
}

/** Events per day between two countries (bars) and their average Goldstein score (line). */
export function dyadChart(series, dyad, onPick, undated = 0) {
  const { keys, keyOf, unit } = buckets(series.map((p) => p.date));
  const count = new Map(keys.map((k) => [k, 0]));
  const goldSum = new Map(keys.map((k) => [k, 0]));
  for (const p of series) {
    const key = keyOf(p.date);
    count.set(key, count.get(key) + p.count);
    if (p.goldstein !== null && p.goldstein !== undefined) goldSum.set(key, goldSum.get(key) + p.goldstein * p.count);
  }
  const max = Math.max(1, ...count.values());
  const [width, height, left, right, top, bottom] = [960, 320, 48, 48, 12, 40];
  const band = (width - left - right) / Math.max(1, keys.length);
  const x = (i) => left + i * band;
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const g = (v) => top + (height - top - bottom) * (1 - (v + 10) / 20);
  const bars = keys.map((k, i) => (count.get(k)
    ? s("rect", { x: x(i) + band * 0.15, width: Math.max(1, band * 0.7), y: y(count.get(k)), height: y(0) - y(count.get(k)), class: "bar dyad-bar",
      ...pickable(`${k}: ${plural(count.get(k), "event")}`, () => onPick(unit === "day" ? { date_from: k, date_to: k } : monthRange(k))) },
    s("title", {}, `${k}: ${plural(count.get(k), "event")}, Goldstein ${(goldSum.get(k) / count.get(k)).toFixed(1)}`))
    : null));
  const points = keys.filter((k) => count.get(k)).map((k) => [x(keys.indexOf(k)) + band / 2, g(goldSum.get(k) / count.get(k))]);
  const line = points.length ? s("polyline", { points: points.map((p) => p.join(",")).join(" "), class: "goldstein-line", fill: "none" }) : null;
  const dots = points.map(([px, py]) => s("circle", { cx: px, cy: py, r: 3, class: "goldstein-dot" }));
  const right_axis = [-10, 0, 10].map((v) => s("text", { x: width - right + 6, y: g(v) + 4, class: "tick goldstein-tick" }, (v > 0 ? "+" : "") + v));
  const every = Math.max(1, Math.ceil(keys.length / 10));
  const total = [...count.values()].reduce((a, b) => a + b, 0);
  const mean = total ? series.reduce((a, p) => a + (p.goldstein || 0) * p.count, 0) / total : null;
  // A comma always separates the two sides; a hyphen only when it is the one hyphen (actor
  // ids hold hyphens: person:abbas-araghchi,Lavrov).  Otherwise the dyad is shown as typed.
  const hyphens = (dyad.match(/-/g) || []).length;
  const cut = dyad.includes(",") ? dyad.indexOf(",") : hyphens === 1 ? dyad.indexOf("-") : -1;
  const [a, b] = cut < 0 ? [dyad, null] : [dyad.slice(0, cut).trim(), dyad.slice(cut + 1).trim()];
  const pair = b === null ? dyad : `${countryLabel(a)} – ${countryLabel(b)}`;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart dyad", role: "group", "aria-label": b === null ? `Events of ${dyad}` : `Events between ${a} and ${b}` },
    yAxis(max, y, left, width - right, "events"), s("line", { x1: left, x2: width - right, y1: g(0), y2: g(0), class: "zero" }),
    bars, line, dots, right_axis, xLabels(keys, x, band, height - bottom, every));
  return h("figure", { class: "chart-box" }, svg,
    h("figcaption", {}, `${pair}: ${plural(total, "event")}, counted per ${unit} (bars, left axis), and their average Goldstein score (line, right axis)`,
      mean !== null ? `; overall average ${mean.toFixed(2)}` : "", undatedNote(undated)));
}
