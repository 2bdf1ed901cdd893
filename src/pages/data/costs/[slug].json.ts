/**
 * /data/costs/<slug>.json — one park's entry of /data/costs.json with `version`: what
 * the compare and estimate pages fetch, one small file per park they show, so a page
 * stays light however many parks the site has (docs/OPEN-DATA.md).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ParkView } from '../../../data/catalog';
import { cacheKey } from '../../../data/cache-key';
import { parkCacheKeys } from '../../../data/page-keys';
import { costsParkDocument } from '../../../data/cost-data';

export const prerender = true;

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const keys = await parkCacheKeys();
  return catalog.parks.map((park) => ({
    params: { slug: park.slug },
    props: { park },
    cacheKey: cacheKey(keys.get(park.slug)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ park: ParkView }> = ({ props }) => {
  const body = JSON.stringify(costsParkDocument(props.park));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
