/** /data/taxonomy.json — industry chains and processes with labels, and the parks each relates to. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { taxonomyDocument } from '../../data/open-data';

export const prerender = true;

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(taxonomyDocument(catalog), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
