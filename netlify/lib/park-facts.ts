/**
 * Park facts for qualification, read from the site's own build output
 * (dist/data/parks.json, published for partners too), so the function never
 * keeps a second hand-written list of parks. netlify.toml ships the file with
 * the function (`included_files`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ParkFacts } from '../../src/domain/park-facts';

const parkFactsSchema = z.object({
  slug: z.string().min(1),
  name: z.string(),
  // Facts files built before names in Chinese and process labels existed still load.
  nameZh: z.string().default(''),
  targetChains: z.array(z.string()),
  excludedChains: z.array(z.string()),
  excludedProcesses: z.array(z.string()),
  excludedProcessNames: z
    .array(z.object({ id: z.string(), en: z.string(), zh: z.string() }))
    .default([]),
  minInvestmentIntensityCny10kPerMu: z.number(),
  minAnnualTaxCny10kPerMu: z.number(),
  availableMu: z.number(),
  largestPlotMu: z.number().nullable(),
  standardFactoryM2: z.number(),
  spareCapacityMw: z.number(),
  processesWithinReach: z.array(z.string()),
  inquiryResponseHours: z.number(),
}) satisfies z.ZodType<ParkFacts>;

const parksFileSchema = z.object({
  parks: z.array(z.object({ slug: z.string(), facts: parkFactsSchema })),
});

/** Where the facts file is: $PARK_FACTS_PATH, else <cwd>/dist/data/parks.json. */
export function parkFactsPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['PARK_FACTS_PATH'] || join(process.cwd(), 'dist', 'data', 'parks.json');
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
          `Park facts in ${path} do not match the ParkFacts contract: ${parsed.error.message}`,
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

/** Forgets loaded facts (tests switch fixture files). */
export function clearParkFactsCache(): void {
  cache.clear();
}
