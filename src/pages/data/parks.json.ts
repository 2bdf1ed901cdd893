/**
 * /data/parks.json — every park's public facts, derived figures and `facts`
 * (ParkFacts), prerendered at build time. The inquiry function reads the built
 * file to qualify leads, so its shape is covered by tests/unit/data.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { parksDocument } from '../../data/open-data';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const body = JSON.stringify(
    parksDocument(catalog, site ?? new URL('https://parks.example.org')),
    null,
    2,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
