/**
 * Every park's name, place, committed response time and chains, read from the same
 * published file as the qualification facts (dist/data/parks.json; $PARK_FACTS_PATH), for
 * the pages that show parks by name without JavaScript: the form with chosen parks, its
 * error page and the park list. A few short fields per park, so it stays bounded per park.
 */
import { readFile } from 'node:fs/promises';
// zod/mini, as on the rest of the function's path: full zod would add ~700 KB to the bundle
// of the inquiry function, whose no-JavaScript error page (form-page.ts) names parks from here.
import * as z from 'zod/mini';
import type { ParkTexts } from '../../src/forms/park-choice';
import { parkFactsPath } from './park-facts';

/** A park as the picker pages need it. */
export interface DirectoryPark extends ParkTexts {
  /** Target chains, the first being the one the list groups the park under. */
  chainIds: string[];
}

const text = z.object({ zh: z.optional(z.string()), en: z.optional(z.string()) });
const recordSchema = z.object({
  slug: z.string().check(z.minLength(1)),
  name: text,
  city: text,
  province: text,
  keyFigures: z.object({ inquiryResponseHours: z.number() }),
  facts: z.object({ targetChains: z.array(z.string()) }),
});
const fileSchema = z.object({ parks: z.array(recordSchema) });

const cache = new Map<string, Promise<DirectoryPark[]>>();

/** The parks of the published file, in its order; loaded and validated once per path. */
export function loadParkDirectory(path: string = parkFactsPath()): Promise<DirectoryPark[]> {
  let pending = cache.get(path);
  if (!pending) {
    pending = readFile(path, 'utf8').then((body) => {
      const parsed = fileSchema.safeParse(JSON.parse(body));
      if (!parsed.success)
        throw new Error(
          `Park records in ${path} lack what the park picker reads: ${parsed.error.message}`,
        );
      return parsed.data.parks.map((park) => ({
        slug: park.slug,
        name: park.name,
        city: park.city,
        province: park.province,
        responseHours: park.keyFigures.inquiryResponseHours,
        chainIds: park.facts.targetChains,
      }));
    });
    // A failed read (site not built yet) is tried again on the next request.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

const indexes = new WeakMap<DirectoryPark[], Map<string, DirectoryPark>>();

/** Parks by slug, for checking `?park=` values and naming chosen parks (built once per load). */
export async function parkIndex(path?: string): Promise<Map<string, DirectoryPark>> {
  const parks = await loadParkDirectory(path);
  let index = indexes.get(parks);
  if (!index) {
    index = new Map(parks.map((park) => [park.slug, park]));
    indexes.set(parks, index);
  }
  return index;
}
