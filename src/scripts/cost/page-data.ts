/**
 * What the compare and estimate pages read in the browser: their words (one locale's
 * dictionary keys, from the page's JSON block), /data/costs/<slug>.json for each park it
 * shows, and the shortlist kept in localStorage under `park-compare`.
 */
import type { Localized } from '../../schemas/common';
import type { CostsParkRecord } from '../../data/cost-data';
import { isLocale, type Locale } from '../../i18n/locales';
import { keepUnits } from '../../i18n/format';
import { parseSlugs } from '../../domain/shortlist';

/** The id of the page's JSON block (src/components/cost/PageWords.astro writes it). */
export const WORDS_ELEMENT_ID = 'page-words';
/** localStorage key of the shortlist (contract with search and directory: max 4 slugs). */
export const SHORTLIST_KEY = 'park-compare';

export interface PageWords {
  words: Record<string, string>;
  /** Process labels by id, in the page's language. */
  processes: Record<string, string>;
  /** Radius suppliers are counted in, km. */
  reachKm: number;
}

export interface Page {
  locale: Locale;
  words: PageWords;
  /** A word with `{name}` filled in; numbers formatted for the locale. */
  w: (key: string, vars?: Record<string, string | number>) => string;
  /** A `{ zh, en }` text in the page's language, falling back to the other one. */
  tr: (text: Localized) => string;
}

/** Reads the page's words; null when the block is missing (the script then does nothing). */
export function readPage(): Page | null {
  const element = document.getElementById(WORDS_ELEMENT_ID);
  const lang = document.documentElement.lang;
  if (!element?.textContent || !isLocale(lang)) return null;
  return makePage(lang, JSON.parse(element.textContent) as PageWords);
}

/**
 * A page's words and formatters for one locale: what the browser reads from the page's
 * JSON block, and what the build uses to write the same HTML (the estimate page's
 * example project is priced at build time).
 */
export function makePage(locale: Locale, words: PageWords): Page {
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    maximumFractionDigits: 2,
  });
  const w = (key: string, vars: Record<string, string | number> = {}) =>
    keepUnits(
      (words.words[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = vars[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      }),
    );
  const tr = (text: Localized) =>
    (locale === 'en' ? (text.en ?? text.zh) : (text.zh ?? text.en)) ?? '';
  return { locale, words, w, tr };
}

/** The parks a page asked for: the ones found, in the order asked, and the unknown slugs. */
export interface LoadedCosts {
  parks: CostsParkRecord[];
  /** Slugs with no /data/costs/<slug>.json (404): a typo or a removed park. */
  unknown: string[];
}

/** Where one park's prices are (src/pages/data/costs/[slug].json.ts). */
export const costsPath = (slug: string) => `/data/costs/${encodeURIComponent(slug)}.json`;

const records = new Map<string, Promise<CostsParkRecord | null>>();

/** One park's /data/costs/<slug>.json, fetched once per page; null when there is none (404). */
function loadPark(slug: string): Promise<CostsParkRecord | null> {
  let record = records.get(slug);
  if (!record) {
    record = fetch(costsPath(slug)).then((r) => {
      if (r.status === 404) return null;
      if (!r.ok) throw new Error(`${costsPath(slug)}: ${r.status}`);
      return r.json() as Promise<CostsParkRecord>;
    });
    // A failed fetch may be retried later; a found or missing park is settled.
    record.catch(() => records.delete(slug));
    records.set(slug, record);
  }
  return record;
}

/**
 * The prices of the parks a page shows, each file fetched once and all in parallel (never
 * every park: a page stays light at any number of parks). Rejects when a file cannot be
 * loaded for another reason than not existing.
 */
export async function loadCosts(slugs: readonly string[]): Promise<LoadedCosts> {
  const unique = [...new Set(slugs)];
  const found = await Promise.all(unique.map(loadPark));
  return {
    parks: found.filter((p): p is CostsParkRecord => p !== null),
    unknown: unique.filter((_, i) => found[i] === null),
  };
}

/** The stored shortlist; empty when storage is unavailable or holds something else. */
export function readShortlist(): string[] {
  try {
    const raw = localStorage.getItem(SHORTLIST_KEY);
    if (!raw) return [];
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value)
      ? parseSlugs(value.filter((s) => typeof s === 'string').join(','))
      : [];
  } catch {
    return [];
  }
}

/** Stores the shortlist (a private window without storage just forgets it). */
export function writeShortlist(slugs: readonly string[]): void {
  try {
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify(slugs));
  } catch {
    /* storage full or disabled: the URL still carries the list */
  }
}

/** A query string with its commas left as they are (`?parks=a,b`, as the contract writes it). */
export function readable(query: URLSearchParams): string {
  return query.toString().replace(/%2C/gi, ',');
}
