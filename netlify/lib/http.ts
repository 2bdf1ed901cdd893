/**
 * Response helpers for the functions: every answer carries the security headers
 * (netlify.toml does not reach function responses) and is never cached. Pages and
 * messages are in the inquirer's language (`answerLocale`).
 */
import { formMessages } from '../../src/forms/messages';
import {
  DEFAULT_LOCALE,
  isLocale,
  localeFromAcceptLanguage,
  type Locale,
} from '../../src/i18n/locales';
import { localizePath } from '../../src/i18n/routing';
import { SECURITY_HEADERS } from './security-headers';

/**
 * The language to answer in: the body's `locale` field when it names a served locale,
 * else the request's Accept-Language, else zh-CN.
 */
export function answerLocale(body: unknown, req: Request): Locale {
  const field =
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    Object.hasOwn(body, 'locale')
      ? (body as Record<string, unknown>)['locale']
      : undefined;
  return isLocale(field) ? field : localeFromAcceptLanguage(req.headers.get('accept-language'));
}

/** Headers every function response starts from. */
export function baseHeaders(extra: Record<string, string> = {}): Headers {
  const headers = new Headers(SECURITY_HEADERS);
  headers.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return headers;
}

/**
 * Methods the fetch standard will not put into a Request (the local server answers
 * these itself, with the function's Allow list, because they never reach a handler).
 */
export const UNREPRESENTABLE_METHODS: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A 405 for a method the function does not serve, naming the ones it does. */
export function methodNotAllowed(req: Request, allow: readonly string[]): Response {
  return errorResponse(req, 405, `Use ${allow.join(' or ')}.`, { Allow: allow.join(', ') });
}

/**
 * Whether the client wants JSON back. An explicit Accept decides; without one
 * (curl's default *\/*), a JSON body gets a JSON answer and a form post gets HTML.
 */
export function wantsJson(req: Request): boolean {
  const accept = (req.headers.get('accept') ?? '').toLowerCase();
  if (/application\/json|\+json/.test(accept)) return true;
  if (accept.includes('text/html')) return false;
  return (req.headers.get('content-type') ?? '').toLowerCase().includes('json');
}

/** A JSON answer. */
export function jsonResponse(
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): Response {
  const headers = baseHeaders({ 'Content-Type': 'application/json; charset=utf-8', ...extra });
  return new Response(JSON.stringify(body), { status, headers });
}

/** An HTML answer. */
export function htmlResponse(
  status: number,
  html: string,
  extra: Record<string, string> = {},
): Response {
  const headers = baseHeaders({ 'Content-Type': 'text/html; charset=utf-8', ...extra });
  return new Response(html, { status, headers });
}

/** A 303 See Other, so a browser turns the form POST into a GET of `location`. */
export function redirectResponse(location: string): Response {
  return new Response(null, { status: 303, headers: baseHeaders({ Location: location }) });
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * A plain page in `locale` for errors a browser without JavaScript may meet (429, 413,
 * 503 …), linking back to that language's form. `detailsHtml` must already be escaped.
 */
export function errorPage(
  status: number,
  message: string,
  locale: Locale = DEFAULT_LOCALE,
  detailsHtml = '',
): string {
  const text = escapeHtml(message);
  const { server } = formMessages(locale);
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${status}: ${text}</title></head>
<body><main><h1>${escapeHtml(server.notSent)}</h1><p>${text}</p>${detailsHtml}
<p><a href="${localizePath('/inquire/', locale)}">${escapeHtml(server.backToForm)}</a></p></main></body>
</html>
`;
}

/** A plain page listing validation errors, for when the form page itself is unavailable. */
export function errorListPage(
  errors: Readonly<Record<string, string>>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const items = Object.entries(errors)
    .map(
      ([field, message]) =>
        `<li><strong>${escapeHtml(field)}</strong>: ${escapeHtml(message)}</li>`,
    )
    .join('');
  return errorPage(422, formMessages(locale).server.fixAndResend, locale, `<ul>${items}</ul>`);
}

/**
 * An error answer in the client's format: `{ "error": message }` for JSON
 * clients, a short HTML page in `locale` otherwise.
 */
export function errorResponse(
  req: Request,
  status: number,
  message: string,
  extra: Record<string, string> = {},
  locale: Locale = DEFAULT_LOCALE,
): Response {
  return wantsJson(req)
    ? jsonResponse(status, { error: message }, extra)
    : htmlResponse(status, errorPage(status, message, locale), extra);
}
