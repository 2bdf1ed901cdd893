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
import { buildCatalog } from './build';
import { staleWarning } from './stale';
import type { CatalogInput, CatalogModel, ParkModel, RawEntry } from './types';

export type ParkEntry = CollectionEntry<'parks'>;
export type CaseEntry = CollectionEntry<'cases'>;
/** A park profile view model with its content entry (pass `entry` to `render()`). */
export type ParkView = ParkModel<ParkEntry, CaseEntry>;
export type Catalog = CatalogModel<ParkEntry, CaseEntry>;
export type * from './types';

let catalogPromise: Promise<Catalog> | undefined;

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

async function loadCatalog(): Promise<Catalog> {
  const [parks, suppliers, institutions, cases, chains, processes] = await Promise.all([
    getCollection('parks'),
    getCollection('suppliers'),
    getCollection('institutions'),
    getCollection('cases'),
    getCollection('chains'),
    getCollection('processes'),
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
  return catalog;
}
