/**
 * Gate (issue 13): the same page budgets as gates-budgets.test.ts, on the large synthetic
 * site — 1,000 parks in both languages, built by `npm run build:large` (scripts/bench/
 * large-site.ts) before the integration tests — plus the rule that no page lists every
 * park. Every page, not a sample.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBudgets, checkParkListings, parksNamedIn } from '../gates/budgets';
import { allPages, fileForPath, weighPage } from '../../scripts/bench/lib/weigh';
import { largeDist, readLargeSite } from '../../scripts/bench/large-site';

const site = await readLargeSite();
const dist = largeDist();

/** Thousands of pages are read and compressed: minutes on a loaded machine. */
const LONG = 600_000;

describe(`budget gate at scale (${site?.parks ?? '?'} parks, both languages)`, () => {
  const pages = site ? allPages(dist) : [];

  it('has the large site to check', () => {
    expect(site, `no large site in ${dist}; run npm run build:large first`).not.toBeNull();
    expect(site!.parks).toBeGreaterThanOrEqual(100);
    // Every park has a profile in each language.
    expect(pages.filter((p) => /^\/(en\/)?parks\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(
      2 * site!.parks,
    );
  });

  it(
    'every page is within its JavaScript, CSS and transfer budget',
    () => {
      const weights = pages.map((path) => weighPage(dist, path, 'page'));
      expect(
        checkBudgets(weights)
          .map((v) => v.message)
          .join('\n'),
      ).toBe('');
    },
    LONG,
  );

  it(
    'no page lists every park',
    () => {
      const slugs = new Set(site?.slugs ?? []);
      const listings = pages.map((path) => ({
        path,
        parksNamed: parksNamedIn(readFileSync(fileForPath(dist, path), 'utf8'), slugs).size,
        totalParks: slugs.size,
      }));
      expect(
        checkParkListings(listings)
          .map((v) => v.message)
          .join('\n'),
      ).toBe('');
    },
    LONG,
  );
});
