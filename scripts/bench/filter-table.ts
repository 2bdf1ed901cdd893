/**
 * Size of what the directory's filter page fetches at scale: generates N synthetic parks
 * (generate-content.ts, written to a temp folder), builds the catalog the way the site
 * does, and weighs /data/park-filter/<locale>.json against /data/parks.json.
 *
 *   npx tsx scripts/bench/filter-table.ts --parks 1000 [--parks 5000]
 */
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { buildCatalog } from '../../src/data/build';
import { filterTable } from '../../src/data/directory';
import { parksDocument } from '../../src/data/open-data';
import type { CatalogInput, RawEntry } from '../../src/data/types';
import { LOCALES } from '../../src/i18n/locales';
import { caseSchema } from '../../src/schemas/cases';
import { institutionSchema } from '../../src/schemas/institutions';
import { parkSchema } from '../../src/schemas/parks';
import { supplierSchema } from '../../src/schemas/suppliers';
import { chainSchema, processSchema } from '../../src/schemas/taxonomy';
import { generateContent } from './generate-content';

interface Parser<D> {
  parse(data: unknown): D;
}

const raw = <D>(
  entries: { id: string; data: unknown }[],
  folder: string,
  schema: Parser<D>,
): RawEntry<D, null>[] =>
  entries.map((e) => ({
    id: e.id,
    filePath: `${folder}/${e.id}`,
    data: schema.parse(e.data),
    entry: null,
  }));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const weigh = (value: unknown) => {
  const text = Buffer.from(JSON.stringify(value));
  return { raw: text.length, gzip: gzipSync(text).length };
};

const sizes = process.argv.flatMap((a, i) =>
  process.argv[i - 1] === '--parks' ? [Number(a)] : [],
);
for (const parks of sizes.length > 0 ? sizes : [1000]) {
  const out = join(tmpdir(), `filter-table-${parks}-${process.pid}`);
  const { content } = await generateContent({ parks, out });
  await rm(out, { recursive: true, force: true });
  const input: CatalogInput<null, null> = {
    parks: raw(content.parks, 'parks', parkSchema),
    suppliers: raw(content.suppliers, 'suppliers', supplierSchema),
    institutions: raw(content.institutions, 'institutions', institutionSchema),
    cases: raw(content.cases, 'cases', caseSchema),
    chains: raw(content.chains, 'taxonomy/chains', chainSchema),
    processes: raw(content.processes, 'taxonomy/processes', processSchema),
  };
  const catalog = buildCatalog(input, { now: new Date('2026-06-01T00:00:00Z') });
  const all = weigh(parksDocument(catalog, new URL('https://parks.example.org')));
  console.info(`N = ${parks}: /data/parks.json ${kb(all.raw)} raw, ${kb(all.gzip)} gzip`);
  for (const locale of LOCALES) {
    const table = weigh(filterTable(catalog, locale));
    console.info(
      `N = ${parks}: /data/park-filter/${locale}.json ${kb(table.raw)} raw, ${kb(table.gzip)} gzip` +
        ` (${(table.gzip / parks).toFixed(1)} B gzip a park)`,
    );
  }
}
