/**
 * The incremental-build keys of the pages that list or profile parks (src/data/cache-key.ts
 * says what a key is and astro.config.mjs turns the incremental build on). A park's key
 * stands for everything its view model holds; a page that lists parks is keyed by their
 * keys and its own place in the list.
 */
import { cacheKey, digestOf } from './cache-key';
import { getCatalog, getEnglishBodies, type BodyEntry, type ParkView } from './catalog';
import type { InstitutionReach, ProcessView, ReachEntry } from './types';

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
