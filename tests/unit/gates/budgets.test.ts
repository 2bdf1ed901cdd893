import { describe, expect, it } from 'vitest';
import {
  KB,
  budgetFor,
  checkBudgets,
  checkParkListings,
  parksNamedIn,
  type PageWeight,
} from '../../gates/budgets';

const page = (path: string, over: Partial<PageWeight> = {}): PageWeight => ({
  path,
  type: 't',
  html: { rawBytes: 20 * KB, gzipBytes: 5 * KB },
  css: { rawBytes: 40 * KB, gzipBytes: 8 * KB },
  js: { rawBytes: 0, gzipBytes: 0 },
  images: { rawBytes: 0, gzipBytes: 0 },
  other: { rawBytes: 0, gzipBytes: 0 },
  transferBytes: 13 * KB,
  ...over,
});

describe('page-weight budgets', () => {
  it('passes pages within budget', () => {
    expect(
      checkBudgets([
        page('/'),
        page('/inquire/', { js: { rawBytes: 30 * KB, gzipBytes: 10 * KB } }),
      ]),
    ).toEqual([]);
  });

  it('fails any JavaScript on a content page, with the byte count', () => {
    const [v, ...rest] = checkBudgets([page('/parks/x/', { js: { rawBytes: 1, gzipBytes: 21 } })]);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ what: 'js', actualBytes: 1, limitBytes: 0 });
    expect(v?.message).toMatch(/ships 1 bytes of JavaScript/);
  });

  it('fails more than 15 KB gzip of JavaScript on /inquire/', () => {
    const [v] = checkBudgets([
      page('/inquire/', { js: { rawBytes: 60 * KB, gzipBytes: 15 * KB + 1 } }),
    ]);
    expect(v).toMatchObject({ what: 'js', limitBytes: 15 * KB });
    expect(v?.message).toMatch(/JavaScript 15\.0 KB gzip exceeds 15\.0 KB/);
    expect(
      checkBudgets([page('/inquire/', { js: { rawBytes: 60 * KB, gzipBytes: 15 * KB } })]),
    ).toEqual([]);
  });

  it('allows the search page 30 KB gzip of JavaScript (its script and Pagefind), no more', () => {
    expect(budgetFor('/search/').jsGzipBytes).toBe(30 * KB);
    expect(budgetFor('/en/search/').jsGzipBytes).toBe(30 * KB);
    const js = (gzipBytes: number) => ({ js: { rawBytes: 90 * KB, gzipBytes } });
    expect(checkBudgets([page('/search/', js(30 * KB))])).toEqual([]);
    const [v] = checkBudgets([page('/en/search/', js(30 * KB + 1))]);
    expect(v).toMatchObject({ what: 'js', limitBytes: 30 * KB });
    // The allowance is the search page's alone: content pages stay at zero.
    expect(budgetFor('/parks/search/').jsGzipBytes).toBe(0);
  });

  it('holds the inquiry page to 15 KB of its own script; Pagefind on demand is reported apart', () => {
    const js = (gzipBytes: number, onDemand: number) => ({
      js: { rawBytes: 90 * KB, gzipBytes },
      onDemandJs: { rawBytes: 40 * KB, gzipBytes: onDemand },
    });
    expect(checkBudgets([page('/inquire/', js(28 * KB, 13 * KB))])).toEqual([]);
    const [v] = checkBudgets([page('/en/inquire/', js(29 * KB, 13 * KB))]);
    expect(v).toMatchObject({ what: 'js', actualBytes: 16 * KB, limitBytes: 15 * KB });
    // The search page's budget still counts what it loads on demand.
    expect(checkBudgets([page('/search/', js(31 * KB, 13 * KB))])).toHaveLength(1);
  });

  it('fails CSS over 20 KB gzip and transfer over 150 KB, reporting both', () => {
    const v = checkBudgets([
      page('/', { css: { rawBytes: 100 * KB, gzipBytes: 21 * KB }, transferBytes: 151 * KB }),
    ]);
    expect(v.map((x) => x.what)).toEqual(['css', 'transfer']);
    expect(v[1]?.message).toMatch(/total transfer 151\.0 KB exceeds 150\.0 KB/);
  });

  it('gives /inquire/ and its sub-pages the interactive budget, others the content one', () => {
    expect(budgetFor('/inquire/').jsGzipBytes).toBe(15 * KB);
    expect(budgetFor('/inquire/thanks/').jsGzipBytes).toBe(15 * KB);
    expect(budgetFor('/parks/').jsGzipBytes).toBe(0);
  });

  it('gives the filter page the 30 KB tool budget in both languages, and nothing below it', () => {
    expect(budgetFor('/parks/filter/').jsGzipBytes).toBe(30 * KB);
    expect(budgetFor('/en/parks/filter/').jsGzipBytes).toBe(30 * KB);
    expect(budgetFor('/parks/filter/x/').jsGzipBytes).toBe(0);
    expect(
      checkBudgets([page('/parks/filter/', { js: { rawBytes: 90 * KB, gzipBytes: 30 * KB + 1 } })]),
    ).toHaveLength(1);
  });

  it('gives the compare and estimate pages 30 KB gzip of JavaScript, in both languages', () => {
    for (const path of ['/compare/', '/en/compare/', '/estimate/', '/en/estimate/'])
      expect(budgetFor(path).jsGzipBytes).toBe(30 * KB);
    const heavy = page('/en/estimate/', { js: { rawBytes: 90 * KB, gzipBytes: 31 * KB } });
    expect(checkBudgets([heavy]).map((v) => v.what)).toEqual(['js']);
    expect(
      checkBudgets([page('/compare/', { js: { rawBytes: 40 * KB, gzipBytes: 15 * KB } })]),
    ).toEqual([]);
  });
});

describe('park listings (issue 13: no page lists every park)', () => {
  const slugs = new Set(['a-park-0001', 'b-zone-0002', 'c-park-0003']);

  it('finds park slugs in links, form values and JSON, each once', () => {
    const html =
      '<a href="/parks/a-park-0001/">A</a><a href="/en/parks/a-park-0001/">A</a>' +
      '<input type="checkbox" value="b-zone-0002">' +
      '<script type="application/json">{"parks":["c-park-0003x","not-a-park"]}</script>';
    expect([...parksNamedIn(html, slugs)].sort()).toEqual(['a-park-0001', 'b-zone-0002']);
  });

  it('fails a page naming every park of a large site, by path', () => {
    const v = checkParkListings([
      { path: '/parks/', parksNamed: 1000, totalParks: 1000 },
      { path: '/parks/2/', parksNamed: 24, totalParks: 1000 },
      { path: '/inquire/', parksNamed: 999, totalParks: 1000 },
    ]);
    expect(v.map((x) => x.path)).toEqual(['/parks/']);
    expect(v[0]?.message).toMatch(/lists all 1000 parks/);
  });

  it('lets a small site list all its parks', () => {
    expect(checkParkListings([{ path: '/parks/', parksNamed: 12, totalParks: 12 }])).toEqual([]);
  });
});
