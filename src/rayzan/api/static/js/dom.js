// DOM building without markup strings: every piece of article text becomes a
// text node, so nothing from an article can ever be parsed as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

function setAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) {
      el.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  return el;
}

/** h("p", {class: "x"}, "text", child) -> an HTML element. */
export function h(tag, attrs, ...children) {
  return append(setAttributes(document.createElement(tag), attrs), children);
}

/** s("rect", {x: 1}) -> an SVG element. */
export function s(tag, attrs, ...children) {
  return append(setAttributes(document.createElementNS(SVG_NS, tag), attrs), children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replaceChildren(el, ...children) {
  return append(clear(el), children);
}

/** Persian text in its own right-to-left element. */
export function fa(tag, text, attrs = {}) {
  return h(tag, { lang: "fa", dir: "rtl", ...attrs }, text);
}

/**
 * Text of [start, end) split at the given marks, each mark {start, end, class, title}.
 * Marks may overlap; a piece carries the classes of every mark that covers it.
 */
export function markedText(text, start, end, marks) {
  const cuts = new Set([start, end]);
  const inside = marks.filter((m) => m.end > start && m.start < end);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const covering = inside.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) {
      pieces.push(document.createTextNode(piece));
      continue;
    }
    const tag = covering.some((m) => m.tag === "mark") ? "mark" : "span";
    const titles = covering.map((m) => m.title).filter(Boolean);
    pieces.push(h(tag, { class: covering.map((m) => m.class).join(" "), title: titles.join(" · ") || null }, piece));
  }
  return pieces;
}
