/**
 * Page-weight budgets (issue 4): 0 bytes of JavaScript on content pages, at most
 * 15 KB gzip of JavaScript on the inquiry page, at most 20 KB gzip of CSS and
 * 150 KB total transfer on any page. Pure: measured weights in, violations out,
 * so the benchmark and the test gate share one rule set.
 */

/** Raw and gzip sizes of one kind of resource, in bytes. */
export interface Size {
  rawBytes: number;
  gzipBytes: number;
}

/** What one page loads, by kind. `transferBytes` counts gzip for text, raw for binary. */
export interface PageWeight {
  /** URL path, e.g. "/parks/". */
  path: string;
  /** Page type, e.g. "home", "profile". */
  type: string;
  html: Size;
  css: Size;
  js: Size;
  images: Size;
  other: Size;
  transferBytes: number;
}

export interface Budget {
  /** Maximum gzip bytes of JavaScript; 0 means none at all (raw bytes checked). */
  jsGzipBytes: number;
  cssGzipBytes: number;
  transferBytes: number;
}

export const KB = 1024;

/** The budgets; pages whose path starts with an entry of `jsAllowed` may ship JS. */
export const DEFAULT_BUDGETS = {
  content: { jsGzipBytes: 0, cssGzipBytes: 20 * KB, transferBytes: 150 * KB },
  interactive: { jsGzipBytes: 15 * KB, cssGzipBytes: 20 * KB, transferBytes: 150 * KB },
  jsAllowed: ['/inquire/', '/en/inquire/'],
} as const;

export interface BudgetViolation {
  path: string;
  type: string;
  what: 'js' | 'css' | 'transfer';
  actualBytes: number;
  limitBytes: number;
  message: string;
}

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The budget that applies to `path`. */
export function budgetFor(path: string, budgets = DEFAULT_BUDGETS): Budget {
  return budgets.jsAllowed.some((p) => path === p || path.startsWith(p))
    ? budgets.interactive
    : budgets.content;
}

/** Checks each page against its budget; an empty list means every page is within budget. */
export function checkBudgets(
  pages: readonly PageWeight[],
  budgets = DEFAULT_BUDGETS,
): BudgetViolation[] {
  const out: BudgetViolation[] = [];
  for (const page of pages) {
    const b = budgetFor(page.path, budgets);
    const v = (
      what: BudgetViolation['what'],
      actualBytes: number,
      limitBytes: number,
      message: string,
    ) =>
      out.push({
        path: page.path,
        type: page.type,
        what,
        actualBytes,
        limitBytes,
        message: `${page.path} (${page.type}): ${message}`,
      });
    if (b.jsGzipBytes === 0 && page.js.rawBytes > 0) {
      v(
        'js',
        page.js.rawBytes,
        0,
        `ships ${page.js.rawBytes} bytes of JavaScript; content pages must ship none`,
      );
    } else if (page.js.gzipBytes > b.jsGzipBytes) {
      v(
        'js',
        page.js.gzipBytes,
        b.jsGzipBytes,
        `JavaScript ${fmt(page.js.gzipBytes)} gzip exceeds ${fmt(b.jsGzipBytes)}`,
      );
    }
    if (page.css.gzipBytes > b.cssGzipBytes)
      v(
        'css',
        page.css.gzipBytes,
        b.cssGzipBytes,
        `CSS ${fmt(page.css.gzipBytes)} gzip exceeds ${fmt(b.cssGzipBytes)}`,
      );
    if (page.transferBytes > b.transferBytes)
      v(
        'transfer',
        page.transferBytes,
        b.transferBytes,
        `total transfer ${fmt(page.transferBytes)} exceeds ${fmt(b.transferBytes)}`,
      );
  }
  return out;
}

/** How many parks one built page names (links, form values, data), out of how many exist. */
export interface ParkListing {
  path: string;
  parksNamed: number;
  totalParks: number;
}

/**
 * The park slugs named anywhere in `html` (links, checkbox values, JSON data blocks):
 * every hyphenated lower-case token that is one of `slugs`.
 */
export function parksNamedIn(html: string, slugs: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  for (const m of html.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/g)) if (slugs.has(m[0])) named.add(m[0]);
  return named;
}

/**
 * Issue 13: no page may list every park, because such a page grows with N (the directory
 * and the inquiry form at 5,000 parks). Pages must paginate or search instead. With fewer
 * than `minParks` parks the rule does not apply (a small site may list all its parks).
 */
export function checkParkListings(
  pages: readonly ParkListing[],
  minParks = 100,
): { path: string; message: string }[] {
  return pages
    .filter((p) => p.totalParks >= minParks && p.parksNamed >= p.totalParks)
    .map((p) => ({
      path: p.path,
      message: `${p.path}: lists all ${p.totalParks} parks; a page must paginate or search instead`,
    }));
}
