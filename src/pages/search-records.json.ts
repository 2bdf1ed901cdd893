/**
 * /search-records.json — the site search's records in every language (src/data/search-records.ts),
 * written by `astro build` for scripts/build-search.ts, which indexes them with Pagefind into
 * dist/pagefind/ and then deletes this file: it is build input, not a published document.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { searchRecords } from '../data/search-records';
import { LOCALES } from '../i18n/locales';

export const prerender = true;

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const body = JSON.stringify({
    parks: catalog.parks.map((p) => p.slug),
    records: LOCALES.flatMap((locale) => searchRecords(catalog, locale)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
