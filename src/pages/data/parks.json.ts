/**
 * /data/parks.json — one bounded record per park (key figures, counts, derived
 * summaries) and `facts` (ParkFacts), prerendered at build time. The inquiry
 * function reads the built file to qualify leads, so its shape is covered by
 * tests/unit/data. Each park's full lists are at /data/parks/<slug>.json.
 * Written without indentation: at thousands of parks the file is read by
 * programs, and whitespace was a third of its bytes.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { parksDocument } from '../../data/open-data';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const body = JSON.stringify(parksDocument(catalog, site ?? new URL('https://parks.example.org')));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
