/**
 * /data/parks/<slug>.json — one park's full open-data record: its published
 * facts, every supplier, institution and landed case the site derives around
 * it, and `facts`. Split from /data/parks.json so that index stays bounded per
 * park however many suppliers a park has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ParkView } from '../../../data/catalog';
import { cacheKey } from '../../../data/cache-key';
import { parkCacheKeys } from '../../../data/page-keys';
import { parkRecord } from '../../../data/open-data';

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

export const GET: APIRoute<{ park: ParkView }> = ({ props, site }) => {
  const body = JSON.stringify(parkRecord(props.park, site ?? new URL('https://parks.example.org')));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
