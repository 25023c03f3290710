import { initialsOf } from "./pinyin/initials";

export interface Searchable {
  code: string;
  name: string;
}

/** Precomputed per customer once, so typing in the search box scans no dictionary. */
export interface SearchEntry<T extends Searchable> {
  item: T;
  code: string;
  name: string;
  initials: string[];
}

export function searchEntry<T extends Searchable>(item: T): SearchEntry<T> {
  return { item, code: normalize(item.code), name: normalize(item.name), initials: initialsOf(item.name) };
}

function normalize(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/** Where `query` (letters/digits) matches consecutive characters' initials; -1 when nowhere. */
export function initialsMatchAt(initials: readonly string[], query: string): number {
  if (query.length === 0 || query.length > initials.length) return -1;
  for (let start = 0; start + query.length <= initials.length; start++) {
    let ok = true;
    for (let i = 0; i < query.length && ok; i++) ok = initials[start + i].includes(query[i]);
    if (ok) return start;
  }
  return -1;
}

/**
 * How well a customer matches what was typed, higher is better, 0 for no match. Exact code first,
 * then code prefix, name prefix, pinyin initials from the first character (bjhx → 北京华信),
 * then anywhere in the code, the name or the initials.
 */
export function matchScore<T extends Searchable>(entry: SearchEntry<T>, rawQuery: string): number {
  const query = normalizeQuery(rawQuery);
  return query ? scoreOf(entry, query, /^[a-z0-9]+$/.test(query)) : 0;
}

function normalizeQuery(rawQuery: string): string {
  return normalize(rawQuery).replace(/\s+/g, "");
}

function scoreOf<T extends Searchable>(entry: SearchEntry<T>, query: string, latin: boolean): number {
  if (entry.code === query) return 100;
  if (entry.code.startsWith(query)) return 90;
  if (entry.name.startsWith(query)) return 80;
  const asInitials = latin ? initialsMatchAt(entry.initials, query) : -1;
  if (asInitials === 0) return 70;
  if (entry.name.includes(query)) return 60;
  if (entry.code.includes(query)) return 50;
  if (asInitials > 0) return 40;
  return 0;
}

/** The best matches, best first; ties keep the list's order (e.g. by code). */
export function searchCustomers<T extends Searchable>(entries: readonly SearchEntry<T>[], query: string, limit = 20): T[] {
  const normalized = normalizeQuery(query);
  if (!normalized) return [];
  const latin = /^[a-z0-9]+$/.test(normalized);
  const scored: { score: number; at: number; item: T }[] = [];
  entries.forEach((entry, at) => {
    const score = scoreOf(entry, normalized, latin);
    if (score > 0) scored.push({ score, at, item: entry.item });
  });
  scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return scored.slice(0, limit).map((s) => s.item);
}
