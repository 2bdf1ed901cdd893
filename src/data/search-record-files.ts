/**
 * The search records as the build writes them: in files of a slice of the catalog's parks
 * (`/search-records/<n>.json`, src/pages/search-records/), which scripts/build-search.ts
 * reads back (`readSearchRecords`) and indexes.
 */
import type { Locale } from '../i18n';
import { parkRecord, processRecord, type SearchRecord } from './search-records';
import type { CatalogModel } from './types';

/** Parks per file of search records the build writes (`/search-records/<n>.json`). */
export const SEARCH_RECORDS_PARKS_PER_FILE = 250;

/** How many files of search records a catalog of `parks` parks is written in (at least one). */
export function searchRecordFiles(parks: number, size = SEARCH_RECORDS_PARKS_PER_FILE): number {
  return Math.max(1, Math.ceil(parks / size));
}

/**
 * The records of file `n` in every locale: the park records of its slice of the catalog,
 * and in file 0 the process records too. Together the files hold `searchRecords` of every
 * locale; a file at a time keeps the build from holding all of them as one string (at
 * 5,000 parks they were one 290 MB document).
 */
export function searchRecordsFile(
  catalog: CatalogModel,
  locales: readonly Locale[],
  n: number,
  size = SEARCH_RECORDS_PARKS_PER_FILE,
): { files: number; parks: string[]; records: SearchRecord[] } {
  const parks = catalog.parks.slice(n * size, (n + 1) * size);
  return {
    // Every file says how many there are, so the search step can tell when one is missing.
    files: searchRecordFiles(catalog.parks.length, size),
    parks: parks.map((park) => park.slug),
    records: locales.flatMap((locale) => [
      ...parks.map((park) => parkRecord(park, catalog, locale)),
      ...(n === 0 ? catalog.processes.map((process) => processRecord(process, locale)) : []),
    ]),
  };
}
