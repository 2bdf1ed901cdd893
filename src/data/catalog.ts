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
import { cacheKey, digestOf } from './cache-key';
import { staleWarning } from './stale';
import { findMissingTranslations, missingTranslationsReport } from './translations';
import type {
  CatalogInput,
  CatalogModel,
  InstitutionReach,
  ParkModel,
  ProcessView,
  RawEntry,
  ReachEntry,
} from './types';

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
function getEnglishBodies() {
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

const parkKeys = new WeakMap<ParkView, Promise<string>>();

/**
 * A content entry in a cache key: Astro's digest of its file (data and body) stands for the
 * entry, whose rendered HTML would otherwise be hashed again for every park; the whole
 * entry when a loader gives no digest.
 */
const entryKey = (entry: { id: string; digest?: string | number | undefined }): string | object =>
  entry.digest === undefined ? entry : `${entry.id}@${entry.digest}`;

/** A supplier or institution within reach in a key: the shared view by its digest (once per build). */
const reachKey = (e: ReachEntry) => ({ ...e, supplier: digestOf(e.supplier) });
const institutionKey = (i: InstitutionReach) => ({ ...i, institution: digestOf(i.institution) });

/**
 * The incremental-build key of what a park's pages draw from content (src/data/cache-key.ts):
 * its whole view model, every join included, and the English bodies beside it, which the
 * view model does not hold. A supplier or institution within reach is the same object in
 * every park's view, so it is digested once and stands in by its digest; a content entry
 * stands in by Astro's digest of its file. Computed once per park.
 */
export function parkCacheKey(park: ParkView): Promise<string> {
  let key = parkKeys.get(park);
  if (key === undefined) {
    key = getEnglishBodies().then((english) => {
      const englishKey = (map: Map<string, BodyEntry>, id: string) => {
        const body = map.get(id);
        return body ? entryKey(body) : 'no English body';
      };
      return cacheKey(
        {
          ...park,
          entry: entryKey(park.entry),
          cases: park.cases.map((c) => ({ ...c, entry: entryKey(c.entry) })),
          suppliersWithinReach: park.suppliersWithinReach.map(reachKey),
          suppliersByProcess: park.suppliersByProcess.map((g) => ({
            ...g,
            entries: g.entries.map(reachKey),
          })),
          talent: { ...park.talent, institutions: park.talent.institutions.map(institutionKey) },
          research: park.research.map(institutionKey),
        },
        englishKey(english.parks, park.entry.id),
        ...park.cases.map((c) => englishKey(english.cases, c.entry.id)),
      );
    });
    parkKeys.set(park, key);
  }
  return key;
}

let allParkKeys: Promise<Map<string, string>> | undefined;

/** Every park's `parkCacheKey` by slug, for pages that list parks. */
export function parkCacheKeys(): Promise<Map<string, string>> {
  allParkKeys ??= getCatalog().then(async (catalog) => {
    const keys = await Promise.all(catalog.parks.map(parkCacheKey));
    return new Map(catalog.parks.map((park, i) => [park.slug, keys[i]!]));
  });
  return allParkKeys;
}

/**
 * The key of a process and the parks listed under it: an entry under a process (the park
 * and its suppliers of that process) is part of the park's view model, so the parks' keys
 * stand for the entries.
 */
export function processCacheKey(
  process: ProcessView,
  parks: readonly ProcessView['parks'][number][],
  keys: ReadonlyMap<string, string>,
): string {
  const { id, label, description } = process;
  return cacheKey(id, label, description, ...parks.map((p) => keys.get(p.park.slug)));
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
