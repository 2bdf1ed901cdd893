/**
 * /search-records/<n>.json — the site search's records in every language, a slice of the
 * catalog's parks per file (src/data/search-records.ts, `searchRecordsFile`), written by
 * `astro build` for scripts/build-search.ts, which indexes them with Pagefind into
 * dist/pagefind/ and then deletes the folder: it is build input, not a published document.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../data/cache-key';
import { getCatalog } from '../../data/catalog';
import { parkCacheKeys, processCacheKey } from '../../data/page-keys';
import {
  SEARCH_RECORDS_PARKS_PER_FILE as SIZE,
  searchRecordFiles,
  searchRecordsFile,
} from '../../data/search-record-files';
import { LOCALES } from '../../i18n/locales';

export const prerender = true;

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const files = searchRecordFiles(catalog.parks.length, SIZE);
  const keys = await parkCacheKeys();
  const processes = catalog.processes.map((p) => processCacheKey(p, p.parks, keys));
  return Array.from({ length: files }, (_, n) => ({
    params: { file: String(n) },
    // A file holds its slice of parks, with the labels and reach they are worded with;
    // file 0 holds the process records too.
    cacheKey: cacheKey(
      files,
      catalog.reachKm,
      catalog.labels,
      ...(n === 0 ? processes : []),
      ...catalog.parks.slice(n * SIZE, (n + 1) * SIZE).map((park) => keys.get(park.slug)),
    ),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalog = await getCatalog();
  const body = JSON.stringify(searchRecordsFile(catalog, LOCALES, Number(params['file'])));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
