// English labels for codes: PLOVER event types, quad classes, entity labels; counted nouns.

export const PLOVER = {
  AGREE: "Agree", CONSULT: "Consult", SUPPORT: "Support", CONCEDE: "Concede",
  COOPERATE: "Cooperate", AID: "Aid", RETREAT: "Retreat", REQUEST: "Request",
  ACCUSE: "Accuse", REJECT: "Reject", THREATEN: "Threaten", PROTEST: "Protest",
  SANCTION: "Sanction", MOBILIZE: "Mobilize", COERCE: "Coerce", ASSAULT: "Assault",
};

const COLOURS = {
  AGREE: "#2e7d32", CONSULT: "#1565c0", SUPPORT: "#00897b", CONCEDE: "#7cb342",
  COOPERATE: "#3949ab", AID: "#00acc1", RETREAT: "#9e9d24", REQUEST: "#5e35b1",
  ACCUSE: "#f9a825", REJECT: "#ef6c00", THREATEN: "#d84315", PROTEST: "#ff8a65",
  SANCTION: "#ad1457", MOBILIZE: "#6d4c41", COERCE: "#7b1fa2", ASSAULT: "#b71c1c",
};

export function ploverColour(type) {
  if (COLOURS[type]) return COLOURS[type];
  let hash = 0;
  for (const ch of String(type)) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360}, 45%, 45%)`;
}

export const QUAD_CLASS = {
  1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict",
};

export const ENTITY_LABELS = {
  PER: "Person", ORG: "Organisation", LOC: "Location", FAC: "Facility", EVE: "Event",
  PRO: "Product", DAT: "Date", TIM: "Time", MON: "Money", PCT: "Percent",
};

/** "1 event", "3 events"; nouns with an irregular plural give it. */
export function plural(n, noun, plural = `${noun}s`) {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** "; 3 undated events not shown (…)" after a chart's caption; nothing when all are dated. */
export function undatedNote(undated) {
  return undated > 0 ? `; ${plural(undated, "undated event")} not shown (no date to place ${undated === 1 ? "it" : "them"} by)` : "";
}
