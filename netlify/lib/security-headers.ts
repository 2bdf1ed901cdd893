/**
 * The one list of security headers. netlify.toml repeats it for static files
 * (TOML cannot import TypeScript; a test fails if the two drift apart) and every
 * function response carries it, because Netlify applies netlify.toml headers to
 * static files only.
 */

/** Content-Security-Policy directives, in the order they are sent. No 'unsafe-inline' anywhere. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
];

/**
 * Header name → value, as sent on every function answer and (with COOP only where
 * COOP_PATHS say, see STATIC_HEADERS) on every static page.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_DIRECTIVES.join('; '),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), interest-cohort=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Where static pages send `Cross-Origin-Opener-Policy: same-origin`: the inquiry pages,
 * where a visitor types personal data (the function's answers to them carry it too).
 * Content pages do not: COOP makes the browser switch browsing-context group on arrival,
 * which Lighthouse measured as 4–10 points of mobile performance (total blocking time,
 * docs/PERFORMANCE.md), and a public page has nothing for an opener window to read;
 * `frame-ancestors 'none'` and X-Frame-Options still forbid framing everywhere.
 * netlify.toml repeats these; tests/integration/inquiry-config.test.ts fails on drift.
 */
export const COOP_PATHS: readonly string[] = ['/inquire/*', '/en/inquire/*'];

/** What netlify.toml's `/*` rule sends with every static file: the list without COOP. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SECURITY_HEADERS).filter(([name]) => name !== 'Cross-Origin-Opener-Policy'),
);

/**
 * Paths that load Pagefind (site search and the inquiry form's park picker) and Pagefind's
 * own files: its search runs WebAssembly, so these, and only these, are sent PAGEFIND_CSP.
 * netlify.toml repeats them; tests/integration/gates-headers.test.ts fails on drift.
 */
export const PAGEFIND_PATHS: readonly string[] = [
  '/search/*',
  '/en/search/*',
  '/inquire/*',
  '/en/inquire/*',
  '/pagefind/*',
];

/** The site's policy with WebAssembly allowed to compile ('wasm-unsafe-eval', not 'unsafe-eval'). */
export const PAGEFIND_CSP = CSP_DIRECTIVES.map((d) =>
  d === "script-src 'self'" ? "script-src 'self' 'wasm-unsafe-eval'" : d,
).join('; ');
