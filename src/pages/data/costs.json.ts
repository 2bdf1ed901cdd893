/**
 * /data/costs.json — every park's published prices with sources and dates, its
 * admission thresholds and spare capacity: what the cost estimate and the compare
 * page price a project with (docs/OPEN-DATA.md).
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { costsDocument } from '../../data/cost-data';

export const prerender = true;

export const GET: APIRoute = async () => {
  const body = JSON.stringify(costsDocument(await getCatalog()));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
