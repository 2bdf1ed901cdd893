/**
 * The park list a visitor without JavaScript chooses from: every park once, grouped by
 * its first target chain (chains in label order, parks by name in the page's language:
 * pinyin order for Chinese), cut into pages of PARKS_PER_PAGE. Pure: the function renders
 * it from the published park records; tests run it on plain data.
 */
import type { ParkChoice } from './park-choice';

/** Parks per list page: a page stays small at any number of parks. */
export const PARKS_PER_PAGE = 24;

/** A park as the list shows it, with the chain it is grouped under. */
export interface ListPark extends ParkChoice {
  chainId: string;
  chainLabel: string;
}

/** The parks of one chain on one page; `continued` when the chain began on an earlier page. */
export interface ListGroup {
  chainId: string;
  label: string;
  parks: ListPark[];
  continued: boolean;
}

export interface ListPage {
  /** 1-based, within 1..pages. */
  page: number;
  pages: number;
  total: number;
  groups: ListGroup[];
}

/** Where each chain's parks start, for the index of chains at the top of every page. */
export interface ChainStart {
  chainId: string;
  label: string;
  page: number;
  count: number;
}

/** Parks in list order: by chain label, then by name, with `locale`'s collation. */
export function orderParks(parks: readonly ListPark[], locale: string): ListPark[] {
  const collator = new Intl.Collator(locale);
  return [...parks].sort(
    (a, b) =>
      collator.compare(a.chainLabel, b.chainLabel) ||
      a.chainId.localeCompare(b.chainId) ||
      collator.compare(a.name, b.name) ||
      a.slug.localeCompare(b.slug),
  );
}

/** A page number from a query value: a positive integer, else 1. */
export function parsePage(value: string | null | undefined): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

/** Page `page` (clamped to the pages there are) of parks already in list order. */
export function pageOfParks(
  ordered: readonly ListPark[],
  page: number,
  perPage: number = PARKS_PER_PAGE,
): ListPage {
  const pages = Math.max(1, Math.ceil(ordered.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (current - 1) * perPage;
  const groups: ListGroup[] = [];
  for (const [offset, park] of ordered.slice(start, start + perPage).entries()) {
    const last = groups.at(-1);
    if (last?.chainId === park.chainId) last.parks.push(park);
    else {
      const before = ordered[start + offset - 1];
      groups.push({
        chainId: park.chainId,
        label: park.chainLabel,
        parks: [park],
        continued: offset === 0 && before?.chainId === park.chainId,
      });
    }
  }
  return { page: current, pages, total: ordered.length, groups };
}

/** The page on which each chain's first park appears, with its number of parks. */
export function chainStarts(
  ordered: readonly ListPark[],
  perPage: number = PARKS_PER_PAGE,
): ChainStart[] {
  const starts: ChainStart[] = [];
  for (const [index, park] of ordered.entries()) {
    const last = starts.at(-1);
    if (last?.chainId === park.chainId) last.count += 1;
    else
      starts.push({
        chainId: park.chainId,
        label: park.chainLabel,
        page: Math.floor(index / perPage) + 1,
        count: 1,
      });
  }
  return starts;
}
