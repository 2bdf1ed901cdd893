/**
 * /data/park-filter/<locale>.json — the compact table the filter page fetches: ids and
 * figures per park and its name in one language (src/domain/filter-table.ts): about
 * 22 bytes gzip a park, an eighth of what /data/parks.json carries.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { filterTable } from '../../../data/directory';
import { LOCALES, type Locale } from '../../../i18n/locales';

export const prerender = true;

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const table = filterTable(await getCatalog(), props.locale);
  return new Response(JSON.stringify(table), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
