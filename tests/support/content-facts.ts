/**
 * Park facts computed from the real content/ folder, the way the build computes
 * them (same zod schemas, same catalog builder, the staff tools' loader), for tests
 * that qualify inquiries against the sample parks without running `astro build`.
 */
import { buildCatalog } from '../../src/data/build';
import type { ParkFacts } from '../../src/domain/park-facts';
import { loadContent } from '../../scripts/lib/content/load';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

let cached: ParkFacts[] | undefined;

/** The ParkFacts of every sample park in content/, as /data/parks.json publishes them. */
export function contentParkFacts(): ParkFacts[] {
  if (cached) return cached;
  const { input, problems } = loadContent(CONTENT);
  if (problems.length > 0) {
    throw new Error(problems.map((p) => `${p.filePath} › ${p.field}: ${p.message}`).join('\n'));
  }
  cached = buildCatalog(input, { now: new Date('2026-11-24T00:00:00Z') }).parks.map(
    (park) => park.facts,
  );
  return cached;
}
