import { describe, expect, it } from 'vitest';
import { PARKS_PER_PAGE, pageCount, pageLinks, pagePath } from '../../../src/domain/paging';

/** The links as text: "1 [2] 3 … 9" with the current page in brackets. */
const show = (current: number, last: number) =>
  pageLinks(current, last)
    .map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.page}]` : String(l.page)))
    .join(' ');

describe('pageCount', () => {
  it('needs one page for an empty or short list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(6)).toBe(1);
    expect(pageCount(PARKS_PER_PAGE)).toBe(1);
  });
  it('starts a new page after every full page', () => {
    expect(pageCount(PARKS_PER_PAGE + 1)).toBe(2);
    expect(pageCount(1000, 24)).toBe(42);
    expect(pageCount(5000, 24)).toBe(209);
  });
  it('rejects a page size that is not a positive integer', () => {
    expect(() => pageCount(10, 0)).toThrow(/positive integer/);
    expect(() => pageCount(10, 2.5)).toThrow(/positive integer/);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list URL and puts page n one segment below', () => {
    expect(pagePath('/parks/', 1)).toBe('/parks/');
    expect(pagePath('/parks/', 2)).toBe('/parks/2/');
    expect(pagePath('/en/processes/stamping/', 12)).toBe('/en/processes/stamping/12/');
    expect(pagePath('/parks', 3)).toBe('/parks/3/');
  });
});

describe('pageLinks', () => {
  it('offers no links when everything fits on one page', () => {
    expect(pageLinks(1, 1)).toEqual([]);
  });
  it('lists every page of a short run', () => {
    expect(show(1, 3)).toBe('[1] 2 3');
    expect(show(4, 7)).toBe('1 2 3 [4] 5 6 7');
  });
  it('keeps first, last and two either side of the current page, with gaps between', () => {
    expect(show(1, 209)).toBe('[1] 2 3 … 209');
    expect(show(100, 209)).toBe('1 … 98 99 [100] 101 102 … 209');
    expect(show(209, 209)).toBe('1 … 207 208 [209]');
  });
  it('shows a single left-out page as a link rather than a gap', () => {
    expect(show(5, 10)).toBe('1 2 3 4 [5] 6 7 … 10');
  });
  it('clamps a current page outside the run', () => {
    expect(show(99, 3)).toBe('1 2 [3]');
  });
  it('lets a crawler reach every page by following links from page 1', () => {
    const last = 209;
    const seen = new Set([1]);
    const queue = [1];
    while (queue.length > 0) {
      const at = queue.shift()!;
      for (const link of pageLinks(at, last))
        if (link.kind === 'page' && !seen.has(link.page)) {
          seen.add(link.page);
          queue.push(link.page);
        }
    }
    expect(seen.size).toBe(last);
  });
});
