/**
 * Page-weight budgets (issue 4): 0 bytes of JavaScript on content pages, at most
 * 15 KB gzip of JavaScript on the inquiry page, 30 KB on the compare and estimate
 * pages (issue 11), at most 20 KB gzip of CSS and
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
  /** Compare and estimate (issue 11) run the cost rules in the browser: 30 KB gzip each. */
  tools: { jsGzipBytes: 30 * KB, cssGzipBytes: 20 * KB, transferBytes: 150 * KB },
  toolPages: ['/compare/', '/en/compare/', '/estimate/', '/en/estimate/'],
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
  if (budgets.toolPages.some((p) => path === p)) return budgets.tools;
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
