import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import { searchRecordFiles, searchRecordsFile } from '../../../src/data/search-record-files';
import { readSearchRecords } from '../../../scripts/lib/search-index';
import { NOW, fixtureInput } from '../data/fixtures';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-records-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes the catalog's records as `astro build` does, one park a file; returns the file count. */
async function writeFiles(): Promise<number> {
  const catalog = buildCatalog(fixtureInput(), { now: NOW });
  const files = searchRecordFiles(catalog.parks.length, 1);
  for (let n = 0; n < files; n++)
    await writeFile(
      join(dir, `${n}.json`),
      JSON.stringify(searchRecordsFile(catalog, ['zh-CN', 'en'], n, 1)),
    );
  return files;
}

describe('readSearchRecords (the search step reads what astro build wrote)', () => {
  it('joins the files in numeric order into one document of every park and record', async () => {
    const files = await writeFiles();
    expect(files).toBeGreaterThan(1);
    const catalog = buildCatalog(fixtureInput(), { now: NOW });
    const document = await readSearchRecords(dir);
    expect(document.parks).toEqual(catalog.parks.map((p) => p.slug));
    expect(document.records.filter((r) => r.filters.type[0] === 'park')).toHaveLength(
      catalog.parks.length * 2,
    );
  });

  it('says how many files it found against how many the build wrote when one is missing', async () => {
    const files = await writeFiles();
    await rm(join(dir, `${files - 1}.json`));
    await expect(readSearchRecords(dir)).rejects.toThrow(
      `holds ${files - 1} file(s) of search records, the build wrote ${files}`,
    );
  });

  it('fails on an empty or missing folder', async () => {
    await expect(readSearchRecords(dir)).rejects.toThrow(
      'holds 0 file(s) of search records, the build wrote at least 1',
    );
    await expect(readSearchRecords(join(dir, 'none'))).rejects.toThrow(/ENOENT/);
  });
});
