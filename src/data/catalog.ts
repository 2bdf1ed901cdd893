/**
 * The ONE place that queries content collections. Pages call `getCatalog()`;
 * the first call loads every collection, checks cross-references, joins them into
 * view models (src/data/build.ts) and warns about stale figures. The promise is
 * kept at module level, so a build with thousands of pages does the work once.
 *
 * A dangling reference rejects the promise with a message naming each file,
 * field and the ids that exist; `astro build` then exits non-zero.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { buildCatalog } from './build';
import { staleWarning } from './stale';
import { findMissingTranslations, missingTranslationsReport } from './translations';
import type { CatalogInput, CatalogModel, ParkModel, RawEntry } from './types';

export type ParkEntry = CollectionEntry<'parks'>;
export type CaseEntry = CollectionEntry<'cases'>;
/** An English body file (`<id>.en.md`), joined to its entry by id. */
export type BodyEntry = CollectionEntry<'parksEn'> | CollectionEntry<'casesEn'>;
/** A park profile view model with its content entry (pass `entry` to `render()`). */
export type ParkView = ParkModel<ParkEntry, CaseEntry>;
export type Catalog = CatalogModel<ParkEntry, CaseEntry>;
export type * from './types';

let catalogPromise: Promise<Catalog> | undefined;
let englishBodies:
  Promise<{ parks: Map<string, BodyEntry>; cases: Map<string, BodyEntry> }> | undefined;

/** Loads, validates and joins all content once per process; later calls share the result. */
export function getCatalog(): Promise<Catalog> {
  catalogPromise ??= loadCatalog();
  return catalogPromise;
}

/** A collection entry as the pure builder takes it (with its source file for messages). */
function raw<D, E extends { id: string; data: D; filePath?: string | undefined }>(
  entry: E,
  collection: string,
): RawEntry<D, E> {
  return {
    id: entry.id,
    filePath: entry.filePath ?? `content/${collection}/${entry.id}`,
    data: entry.data,
    entry,
  };
}

/** The English bodies (`<id>.en.md`) by id, loaded once. */
export function getEnglishBodies() {
  englishBodies ??= Promise.all([getCollection('parksEn'), getCollection('casesEn')]).then(
    ([parks, cases]) => ({
      parks: new Map<string, BodyEntry>(parks.map((e) => [e.id, e])),
      cases: new Map<string, BodyEntry>(cases.map((e) => [e.id, e])),
    }),
  );
  return englishBodies;
}

/** A Markdown body to `render()` in a page's language, and whether it stands in for a missing one. */
export interface LocalBody<E> {
  entry: E | BodyEntry;
  /** The body's language. */
  lang: Locale;
  /** True when the page's language has no body yet and the other one is shown. */
  fallback: boolean;
  /** False when neither language has a body. */
  present: boolean;
}

/**
 * The body of a park or case in `locale`: the `.md` file's body is Chinese, the `.en.md`
 * file beside it English. A missing one falls back to the other, marked.
 */
export async function localBody<E extends { id: string; body?: string | undefined }>(
  entry: E,
  kind: 'parks' | 'cases',
  locale: Locale,
): Promise<LocalBody<E>> {
  const english = (await getEnglishBodies())[kind].get(entry.id);
  const zh = entry.body?.trim() ? entry : undefined;
  const en = english?.body?.trim() ? english : undefined;
  const own = locale === 'en' ? en : zh;
  if (own) return { entry: own, lang: locale, fallback: false, present: true };
  const other = locale === 'en' ? zh : en;
  if (other)
    return { entry: other, lang: locale === 'en' ? 'zh-CN' : 'en', fallback: true, present: true };
  return { entry, lang: locale, fallback: false, present: false };
}

/** A park's introduction in `locale` (see `localBody`). */
export function parkBody(park: ParkView, locale: Locale): Promise<LocalBody<ParkEntry>> {
  return localBody(park.entry, 'parks', locale);
}

async function loadCatalog(): Promise<Catalog> {
  const [parks, suppliers, institutions, cases, chains, processes, bodies] = await Promise.all([
    getCollection('parks'),
    getCollection('suppliers'),
    getCollection('institutions'),
    getCollection('cases'),
    getCollection('chains'),
    getCollection('processes'),
    getEnglishBodies(),
  ]);
  const input: CatalogInput<ParkEntry, CaseEntry> = {
    parks: parks.map((e) => raw(e, 'parks')),
    suppliers: suppliers.map((e) => raw(e, 'suppliers')),
    institutions: institutions.map((e) => raw(e, 'institutions')),
    cases: cases.map((e) => raw(e, 'cases')),
    chains: chains.map((e) => raw(e, 'taxonomy/chains')),
    processes: processes.map((e) => raw(e, 'taxonomy/processes')),
  };
  const catalog = buildCatalog(input, { now: new Date() });
  for (const block of catalog.staleBlocks) console.warn(staleWarning(block));
  const missing = findMissingTranslations(input, {
    parks: new Set(bodies.parks.keys()),
    cases: new Set(bodies.cases.keys()),
  });
  if (missing.length > 0) console.warn(missingTranslationsReport(missing));
  return catalog;
}
