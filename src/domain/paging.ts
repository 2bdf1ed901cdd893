/**
 * Paging of park lists (directory, category and process pages): how many parks a page
 * shows, where page n lives, and which page links a page offers. Page 1 stays at the
 * list's own URL ("/parks/"), page n at "<list>/<n>/" ("/parks/2/"), so a list that
 * never grows past one page keeps the URL it always had.
 */

/**
 * Parks per page on every paginated park list: a 3-column grid of 8 rows of cards,
 * or 24 supplier tables on a process page (12 tables were 6.1 KB gzip of HTML at 1,000
 * synthetic parks, so 24 stay far inside the 150 KB page budget).
 */
export const PARKS_PER_PAGE = 24;

/** Number of pages a list of `total` items needs at `pageSize` per page; at least 1. */
export function pageCount(total: number, pageSize = PARKS_PER_PAGE): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  }
  return Math.max(1, Math.ceil(Math.max(0, total) / pageSize));
}

/**
 * Site path of page `page` of the list at `basePath` (which ends in "/"):
 * page 1 is the list itself, page n is "<basePath><n>/".
 */
export function pagePath(basePath: string, page: number): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return page <= 1 ? base : `${base}${page}/`;
}

/** A page link, or a gap standing for pages left out between two links. */
export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * The page links a page shows: the first and last page, the current page and
 * `around` pages either side, with gaps between. Every page stays reachable by
 * following links (crawlers walk the run), while a page of a 200-page list carries
 * a handful of links rather than 200. One page yields no links at all.
 */
export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  if (last <= 1) return [];
  const at = Math.min(Math.max(1, current), last);
  const shown = new Set<number>([1, last]);
  for (let p = at - around; p <= at + around; p += 1) if (p >= 1 && p <= last) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, i) => {
    const previous = pages[i - 1];
    // A gap of one page is shown as that page: a link is no wider than the ellipsis.
    if (previous !== undefined && page - previous === 2) {
      links.push({ kind: 'page', page: page - 1, current: false });
    } else if (previous !== undefined && page - previous > 2) {
      links.push({ kind: 'gap' });
    }
    links.push({ kind: 'page', page, current: page === at });
  });
  return links;
}
