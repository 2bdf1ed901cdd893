/**
 * /data/facts/<slug>.json — one park's `facts` (ParkFacts, about 1 KB), the same object as
 * in /data/parks.json. The inquiry function reads only the files of the parks an inquiry
 * names (netlify/lib/park-facts.ts), so its cold start stays the same at any number of parks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { cacheKey } from '../../../data/cache-key';
import type { ParkFacts } from '../../../domain/park-facts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.parks.map((park) => ({
    params: { slug: park.slug },
    props: { facts: park.facts },
    cacheKey: cacheKey(park.facts),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ facts: ParkFacts }> = ({ props }) =>
  new Response(JSON.stringify(props.facts), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
