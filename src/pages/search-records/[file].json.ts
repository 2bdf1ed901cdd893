/**
 * /search-records/<n>.json — the site search's records in every language, a slice of the
 * catalog's parks per file (src/data/search-records.ts, `searchRecordsFile`), written by
 * `astro build` for scripts/build-search.ts, which indexes them with Pagefind into
 * dist/pagefind/ and then deletes the folder: it is build input, not a published document.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog';
import { searchRecordFiles, searchRecordsFile } from '../../data/search-record-files';
import { LOCALES } from '../../i18n/locales';

export const prerender = true;

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return Array.from({ length: searchRecordFiles(catalog.parks.length) }, (_, n) => ({
    params: { file: String(n) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalog = await getCatalog();
  const body = JSON.stringify(searchRecordsFile(catalog, LOCALES, Number(params['file'])));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
