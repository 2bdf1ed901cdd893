/**
 * Page-weight budgets (issue 4): 0 bytes of JavaScript on content pages, at most
 * 15 KB gzip of JavaScript on the inquiry page, 30 KB on tool pages (the directory's
 * filter page, search, compare and estimate; issue 11), at most 20 KB gzip of CSS and
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
  /**
   * Part of `js` a script loads on demand by site path (Pagefind on the inquiry form's park
   * search, after the visitor focuses it); absent when the weigher did not separate it.
   */
  onDemandJs?: Size;
  images: Size;
  other: Size;
  transferBytes: number;
}

export interface Budget {
  /** Maximum gzip bytes of JavaScript; 0 means none at all (raw bytes checked). */
  jsGzipBytes: number;
  /** The limit is for the page's own script; on-demand modules are reported, not counted. */
  excludeOnDemand?: boolean;
  cssGzipBytes: number;
  transferBytes: number;
}

export const KB = 1024;

/**
 * The issues' budgets; pages whose path starts with an entry of `jsAllowed` may ship JS,
 * the tool pages listed in `toolPages` up to 30 KB gzip (the search page counts pagefind.js).
 */
export const DEFAULT_BUDGETS = {
  content: { jsGzipBytes: 0, cssGzipBytes: 20 * KB, transferBytes: 150 * KB },
  // The inquiry form: 15 KB for its own script; Pagefind, loaded when the park search box
  // gets focus, is reported separately (issue 13).
  interactive: {
    jsGzipBytes: 15 * KB,
    excludeOnDemand: true,
    cssGzipBytes: 20 * KB,
    transferBytes: 150 * KB,
  },
  jsAllowed: ['/inquire/', '/en/inquire/'],
  /** Tool pages whose script is the point of the page (exact paths): up to 30 KB gzip of JS. */
  tool: { jsGzipBytes: 30 * KB, cssGzipBytes: 20 * KB, transferBytes: 150 * KB },
  toolPages: [
    '/parks/filter/',
    '/en/parks/filter/',
    '/search/',
    '/en/search/',
    '/compare/',
    '/en/compare/',
    '/estimate/',
    '/en/estimate/',
  ],
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
  if ((budgets.toolPages as readonly string[]).includes(path)) return budgets.tool;
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
    const b: Budget = budgetFor(page.path, budgets);
    const jsGzip = page.js.gzipBytes - (b.excludeOnDemand ? (page.onDemandJs?.gzipBytes ?? 0) : 0);
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
    } else if (jsGzip > b.jsGzipBytes) {
      v(
        'js',
        jsGzip,
        b.jsGzipBytes,
        `JavaScript ${fmt(jsGzip)} gzip exceeds ${fmt(b.jsGzipBytes)}`,
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
