/**
 * robots.txt, generated so the Sitemap line follows the configured `site`
 * (SITE_URL per deployment) instead of a hard-coded origin.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  const body = [
    'User-agent: *',
    'Allow: /',
    // The API takes POSTs only, and the thanks page is a per-submission dead end.
    'Disallow: /api/',
    'Disallow: /inquire/thanks/',
    'Disallow: /en/inquire/thanks/',
    '',
    `Sitemap: ${sitemap}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
