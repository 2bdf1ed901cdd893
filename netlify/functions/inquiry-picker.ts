/**
 * GET /inquire/parks/ and /inquire/chosen/ (and /en/…): the park picker without
 * JavaScript — the chain-grouped park list and the form with the chosen parks — built
 * from the pages the site build wrote and the published park records. Not indexed.
 */
import type { Config } from '@netlify/functions';
import { formMessages } from '../../src/forms/messages';
import { errorResponse, htmlResponse, methodNotAllowed } from '../lib/http';
import { log, describeError } from '../lib/log';
import { PAGEFIND_CSP } from '../lib/security-headers';
import { pickerLocale, renderChosenPage, renderListPage } from '../lib/picker-pages';

/** What this function serves; the local server reads it to answer other methods with 405. */
export const methods = ['GET', 'HEAD'] as const;

// The form page's park search runs Pagefind (WebAssembly): the same policy as the static
// /inquire/ pages (netlify.toml), which this function's paths fall under.
const HEADERS = {
  'X-Robots-Tag': 'noindex',
  'Cache-Control': 'public, max-age=0, must-revalidate',
  'Content-Security-Policy': PAGEFIND_CSP,
};

export default async function inquiryPicker(req: Request): Promise<Response> {
  if (!(methods as readonly string[]).includes(req.method)) return methodNotAllowed(req, methods);
  const url = new URL(req.url);
  try {
    const html = url.pathname.endsWith('/parks/')
      ? await renderListPage(url)
      : await renderChosenPage(url);
    return htmlResponse(200, html, HEADERS);
  } catch (error) {
    log({ event: 'inquiry-picker', error: describeError(error) });
    const locale = pickerLocale(url);
    const message = formMessages(locale).parkList.unavailable;
    return errorResponse(req, 503, message, { 'Retry-After': '30' }, locale);
  }
}

export const config: Config = {
  path: ['/inquire/parks/', '/en/inquire/parks/', '/inquire/chosen/', '/en/inquire/chosen/'],
};
