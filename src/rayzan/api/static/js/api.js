// Thin client for the JSON API; errors carry the server's message.

export class ApiFailure extends Error {}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "" && value !== false) query.set(key, String(value));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiFailure(body && body.message ? body.message : `${response.status} ${response.statusText}`);
  }
  return body;
}

let countryNames = null;

/** {IRN: {en, fa}} loaded once. */
export async function loadCountries() {
  if (!countryNames) countryNames = await getJson("/api/countries").catch(() => ({}));
  return countryNames;
}

export function countryLabel(code) {
  if (!code) return null;
  const entry = countryNames && countryNames[code];
  return entry ? entry.en : code;
}

export function countryLabelFa(code) {
  const entry = code && countryNames && countryNames[code];
  return entry ? entry.fa : null;
}
