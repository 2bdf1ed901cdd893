/**
 * Park facts for qualification, read from the site's own build output, so the function
 * never keeps a second hand-written list of parks. The function reads only the parks an
 * inquiry names, one small file each (dist/data/facts/<slug>.json, about 1 KB), so its
 * cold start does not grow with the number of parks (issue 13); netlify.toml ships those
 * files with the function (`included_files`). Staff tools that need every park read
 * dist/data/parks.json (`loadParkFacts`), which publishes the same `facts` per park.
 */
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod/mini';
import type { ParkFacts } from '../../src/domain/park-facts';

// zod/mini, like the inquiry schema: full zod would add ~770 KB to the function's bundle and
// most of its cold start (scripts/bench/cold-start.ts).
const parkFactsSchema = z.object({
  slug: z.string().check(z.minLength(1)),
  name: z.string(),
  // Facts files built before names in Chinese and process labels existed still load.
  nameZh: z._default(z.string(), ''),
  targetChains: z.array(z.string()),
  excludedChains: z.array(z.string()),
  excludedProcesses: z.array(z.string()),
  excludedProcessNames: z._default(
    z.array(z.object({ id: z.string(), en: z.string(), zh: z.string() })),
    [],
  ),
  minInvestmentIntensityCny10kPerMu: z.number(),
  minAnnualTaxCny10kPerMu: z.number(),
  availableMu: z.number(),
  largestPlotMu: z.nullable(z.number()),
  standardFactoryM2: z.number(),
  spareCapacityMw: z.number(),
  processesWithinReach: z.array(z.string()),
  inquiryResponseHours: z.number(),
}) satisfies z.ZodMiniType<ParkFacts>;

const parksFileSchema = z.object({
  parks: z.array(z.object({ slug: z.string(), facts: parkFactsSchema })),
});

/**
 * Where the file of every park is: $PARK_FACTS_PATH, else data/parks.json in the built site
 * ($DIST_DIR, by default <cwd>/dist, as the form pages are found).
 */
export function parkFactsPath(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env['PARK_FACTS_PATH'] ||
    join(env['DIST_DIR'] || join(process.cwd(), 'dist'), 'data', 'parks.json')
  );
}

const cache = new Map<string, Promise<ParkFacts[]>>();

/**
 * Loads and validates the park facts once per path. A missing or malformed
 * file throws (the caller answers 503): qualifying against no parks would
 * quietly misjudge every lead.
 */
export function loadParkFacts(path: string = parkFactsPath()): Promise<ParkFacts[]> {
  let pending = cache.get(path);
  if (!pending) {
    pending = readFile(path, 'utf8').then((text) => {
      const parsed = parksFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) {
        throw new Error(
          `Park facts in ${path} do not match the ParkFacts contract: ${z.prettifyError(parsed.error)}`,
        );
      }
      return parsed.data.parks.map((park) => park.facts);
    });
    // A failed load is retried on the next request instead of being cached forever.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

/** Park slugs as content names them (file names): safe to use as a file name. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where the function reads facts: every park from one file when PARK_FACTS_PATH is set
 * (fixtures, tests), else one file per park in $PARK_FACTS_DIR, by default data/facts in
 * the built site ($DIST_DIR, else <cwd>/dist).
 */
export type ParkFactsSource = { file: string } | { dir: string };

export function parkFactsSource(env: NodeJS.ProcessEnv = process.env): ParkFactsSource {
  if (env['PARK_FACTS_PATH']) return { file: env['PARK_FACTS_PATH'] };
  return {
    dir:
      env['PARK_FACTS_DIR'] ||
      join(env['DIST_DIR'] || join(process.cwd(), 'dist'), 'data', 'facts'),
  };
}

const perPark = new Map<string, Promise<ParkFacts | null>>();

/** One park's facts file; null when no such park was built. */
function loadOnePark(path: string): Promise<ParkFacts | null> {
  let pending = perPark.get(path);
  if (!pending) {
    pending = readFile(path, 'utf8').then(
      (text) => {
        const parsed = parkFactsSchema.safeParse(JSON.parse(text));
        if (!parsed.success)
          throw new Error(
            `Park facts in ${path} do not match the ParkFacts contract: ${z.prettifyError(parsed.error)}`,
          );
        return parsed.data;
      },
      async (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        // No file: no such park. No folder: a deployment fault, not an unknown park.
        await access(dirname(path)).catch((cause: unknown) => {
          throw new Error(`Park facts folder ${dirname(path)} is missing`, { cause });
        });
        return null;
      },
    );
    pending.catch(() => perPark.delete(path));
    perPark.set(path, pending);
  }
  return pending;
}

/**
 * The facts of the parks among `slugs` that exist (each once, in the order asked); a slug
 * that is no park is left out, so validation reports it as unknown. Reads at most `max`
 * distinct slugs (an inquiry names at most 10 parks). A missing folder or a malformed file
 * throws (the caller answers 503).
 */
export async function loadParkFactsFor(
  slugs: readonly unknown[],
  source: ParkFactsSource = parkFactsSource(),
  max = 16,
): Promise<ParkFacts[]> {
  const wanted = [
    ...new Set(slugs.filter((s): s is string => typeof s === 'string' && SLUG.test(s))),
  ].slice(0, max);
  if ('file' in source) {
    const all = await loadParkFacts(source.file);
    return wanted.flatMap((slug) => all.find((park) => park.slug === slug) ?? []);
  }
  const found = await Promise.all(
    wanted.map((slug) => loadOnePark(join(source.dir, `${slug}.json`))),
  );
  return found.filter((park): park is ParkFacts => park !== null && wanted.includes(park.slug));
}

/** Forgets loaded facts (tests switch fixture files). */
export function clearParkFactsCache(): void {
  cache.clear();
  perPark.clear();
}
