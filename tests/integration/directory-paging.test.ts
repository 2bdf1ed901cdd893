/**
 * Pagination on a build of generated content (the sample has 6 parks, one page): 60
 * synthetic parks make three directory pages and several pages per process. Each page
 * lists at most its page size, together they list every park exactly once, each has
 * its own canonical URL and hreflang pair, plain page links with aria-current, and the
 * sitemap lists them in both languages.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate-content';
import { PARKS_PER_PAGE } from '../../src/domain/paging';
import { buildSiteFrom } from '../support/build-site';

const PARKS = 60;
const work = mkdtempSync(join(tmpdir(), 'directory-paging-'));
const dist = join(work, 'dist');
const site = 'https://parks.example.org';
let slugs: string[] = [];

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const exists = (path: string) => existsSync(join(dist, path, 'index.html'));
/** Park slugs of the cards on a directory page (their heading links). */
const cardSlugs = (page: string) =>
  [...page.matchAll(/<h3[^>]*>\s*<a href="(?:\/en)?\/parks\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
const canonical = (page: string) => /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
/** The page-links nav of a page. */
const pager = (page: string) =>
  /<nav aria-label="(?:分页|Pages)"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';

beforeAll(async () => {
  const { content } = await generateContent({ parks: PARKS, out: join(work, 'content') });
  slugs = content.parks.map((p) => p.id).sort();
  const build = buildSiteFrom(work);
  expect(build.status, build.log.slice(-3000)).toBe(0);
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('directory pagination at 60 parks', () => {
  for (const prefix of ['', '/en']) {
    it(`${prefix || 'zh-CN'}: splits /parks/ into pages of 24 that list every park once`, () => {
      expect(exists(`${prefix}/parks`)).toBe(true);
      expect(exists(`${prefix}/parks/2`)).toBe(true);
      expect(exists(`${prefix}/parks/3`)).toBe(true);
      expect(exists(`${prefix}/parks/4`)).toBe(false);
      const pages = [`${prefix}/parks`, `${prefix}/parks/2`, `${prefix}/parks/3`].map((p) =>
        cardSlugs(html(p)),
      );
      expect(pages.map((p) => p.length)).toEqual([
        PARKS_PER_PAGE,
        PARKS_PER_PAGE,
        PARKS - 2 * PARKS_PER_PAGE,
      ]);
      expect(pages.flat().sort()).toEqual(slugs);
    });

    it(`${prefix || 'zh-CN'}: gives each page its own canonical URL and language alternates`, () => {
      const page2 = html(`${prefix}/parks/2`);
      expect(canonical(page2)).toBe(`${site}${prefix}/parks/2/`);
      expect(page2).toContain(`hreflang="zh-CN" href="${site}/parks/2/"`);
      expect(page2).toContain(`hreflang="en" href="${site}/en/parks/2/"`);
      expect(canonical(html(`${prefix}/parks`))).toBe(`${site}${prefix}/parks/`);
      const title = (p: string) => /<title>([^<]+)<\/title>/.exec(html(p))?.[1];
      expect(title(`${prefix}/parks/2`)).not.toBe(title(`${prefix}/parks`));
    });

    it(`${prefix || 'zh-CN'}: links the pages plainly, marking the current one`, () => {
      const nav = pager(html(`${prefix}/parks/2`));
      expect(nav).toMatch(new RegExp(`href="${prefix}/parks/2/" aria-current="page"`));
      expect(nav).toContain(`href="${prefix}/parks/"`);
      expect(nav).toContain(`href="${prefix}/parks/3/"`);
      expect(pager(html(`${prefix}/parks`))).not.toContain(`href="${prefix}/parks/1/"`);
      expect(html(`${prefix}/parks/2`)).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/);
    });
  }

  it('paginates process and category pages at the same page size', () => {
    const taxonomy = JSON.parse(readFileSync(join(dist, 'data/taxonomy.json'), 'utf8')) as {
      processes: { id: string; withinReachOfParks: unknown[] }[];
      chains: { id: string; targetedByParks: string[] }[];
    };
    const busiest = [...taxonomy.processes].sort(
      (a, b) => b.withinReachOfParks.length - a.withinReachOfParks.length,
    )[0]!;
    const pages = Math.ceil(busiest.withinReachOfParks.length / PARKS_PER_PAGE);
    expect(pages).toBeGreaterThan(1);
    for (const prefix of ['', '/en']) {
      expect(exists(`${prefix}/processes/${busiest.id}/${pages}`)).toBe(true);
      expect(exists(`${prefix}/processes/${busiest.id}/${pages + 1}`)).toBe(false);
      expect(canonical(html(`${prefix}/processes/${busiest.id}/2`))).toBe(
        `${site}${prefix}/processes/${busiest.id}/2/`,
      );
    }
    const chain = [...taxonomy.chains].sort(
      (a, b) => b.targetedByParks.length - a.targetedByParks.length,
    )[0]!;
    const chainPages = Math.ceil(chain.targetedByParks.length / PARKS_PER_PAGE);
    const listed = Array.from({ length: chainPages }, (_, i) =>
      cardSlugs(html(`/parks/chain/${chain.id}${i === 0 ? '' : `/${i + 1}`}`)),
    ).flat();
    expect(listed.sort()).toEqual([...chain.targetedByParks].sort());
  });

  it('lists every page in the sitemap in both languages, and the filter table every park', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/parks/2/', '/parks/3/', '/en/parks/2/', '/en/parks/3/'])
      expect(sitemap).toContain(`<loc>${site}${path}</loc>`);
    const table = JSON.parse(readFileSync(join(dist, 'data/park-filter/en.json'), 'utf8')) as {
      parks: [string][];
    };
    expect(table.parks.map((row) => row[0]).sort()).toEqual(slugs);
  });
});
