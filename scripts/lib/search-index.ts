/**
 * Checks and measures for the search step (scripts/build-search.ts): that every park has
 * exactly its one `park` record in each language (the contract the inquiry form's park
 * picker relies on), and how many bytes the written Pagefind bundle takes.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SEARCH_RECORD_TYPES,
  searchLanguage,
  type SearchRecord,
} from '../../src/data/search-records';
import { LOCALES } from '../../src/i18n/locales';

/** The search records of the whole catalog: every file `astro build` wrote to <dist>/search-records/. */
export interface RecordsDocument {
  /** Every park slug of the catalog. */
  parks: string[];
  records: SearchRecord[];
}

/** One file of <dist>/search-records/ (`searchRecordsFile`). */
export interface RecordsFile extends RecordsDocument {
  /** How many files the build wrote. */
  files: number;
}

/**
 * The files of <dist>/search-records/ as one document, in order; throws with a sentence
 * that says what is wrong when the folder is missing, a file cannot be read, or files are
 * missing.
 */
export async function readSearchRecords(folder: string): Promise<RecordsDocument> {
  const names = (await readdir(folder))
    .filter((name) => /^\d+\.json$/.test(name))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const document: RecordsDocument = { parks: [], records: [] };
  let expected = 0;
  for (const name of names) {
    const file = JSON.parse(await readFile(join(folder, name), 'utf8')) as RecordsFile;
    expected = file.files;
    document.parks.push(...file.parks);
    document.records.push(...file.records);
  }
  if (names.length === 0 || names.length !== expected)
    throw new Error(
      `${folder} holds ${names.length} file(s) of search records, the build wrote ${expected || 'at least 1'}`,
    );
  return document;
}

/** Problems that make the index unusable, one sentence each; empty when the records are sound. */
export function checkSearchRecords(document: RecordsDocument): string[] {
  const problems: string[] = [];
  const types = new Set<string>(SEARCH_RECORD_TYPES);
  const languages = LOCALES.map(searchLanguage);
  for (const record of document.records) {
    const type = record.filters.type[0];
    if (!types.has(type)) problems.push(`${record.url}: unknown record type "${type}"`);
    if (!languages.includes(record.language))
      problems.push(
        `${record.url}: language "${record.language}" is not one of ${languages.join(', ')}`,
      );
    if (!record.meta['title']) problems.push(`${record.url}: meta.title is empty`);
  }
  for (const language of languages) {
    const parkRecords = document.records.filter(
      (r) => r.language === language && r.filters.type[0] === 'park',
    );
    for (const slug of document.parks) {
      const count = parkRecords.filter((r) => r.meta['slug'] === slug).length;
      if (count !== 1)
        problems.push(
          `park "${slug}" has ${count} park records in the ${language} index (needs exactly 1)`,
        );
    }
    for (const record of parkRecords) {
      if (!document.parks.includes(record.meta['slug'] ?? ''))
        problems.push(
          `${record.url}: park record names unknown slug "${record.meta['slug'] ?? ''}"`,
        );
    }
  }
  return problems;
}

/** Files and bytes under a folder, recursively. */
export async function folderSizes(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
