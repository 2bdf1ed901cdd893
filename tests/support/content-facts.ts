/**
 * Park facts computed from the real content/ folder, the way the build computes
 * them (same zod schemas, same catalog builder), for tests that qualify inquiries
 * against the sample parks without running `astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog } from '../../src/data/build';
import type { CatalogInput, RawEntry } from '../../src/data/types';
import type { ParkFacts } from '../../src/domain/park-facts';
import { caseSchema } from '../../src/schemas/cases';
import { institutionSchema } from '../../src/schemas/institutions';
import { parkSchema } from '../../src/schemas/parks';
import { supplierSchema } from '../../src/schemas/suppliers';
import { chainSchema, processSchema } from '../../src/schemas/taxonomy';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

interface Parser<D> {
  parse(data: unknown): D;
}

function load<D>(folder: string, schema: Parser<D>): RawEntry<D, null>[] {
  const dir = join(CONTENT, folder);
  return (
    readdirSync(dir)
      // `<id>.en.md` holds only an English body; the facts are in `<id>.md`.
      .filter((file) => /\.(ya?ml|md)$/.test(file) && !file.endsWith('.en.md'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        const front = file.endsWith('.md') ? (text.split(/^---$/m)[1] ?? '') : text;
        return {
          id: file.replace(/\.(ya?ml|md)$/, ''),
          filePath: `content/${folder}/${file}`,
          data: schema.parse(parse(front)),
          entry: null,
        };
      })
  );
}

let cached: ParkFacts[] | undefined;

/** The ParkFacts of every sample park in content/, as /data/parks.json publishes them. */
export function contentParkFacts(): ParkFacts[] {
  cached ??= buildCatalog(
    {
      parks: load('parks', parkSchema),
      suppliers: load('suppliers', supplierSchema),
      institutions: load('institutions', institutionSchema),
      cases: load('cases', caseSchema),
      chains: load('taxonomy/chains', chainSchema),
      processes: load('taxonomy/processes', processSchema),
    } as CatalogInput<null, null>,
    { now: new Date('2026-11-24T00:00:00Z') },
  ).parks.map((park) => park.facts);
  return cached;
}
