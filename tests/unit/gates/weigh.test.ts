import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, representativePages, weighPage } from '../../../scripts/bench/lib/weigh';
import { checkBudgets } from '../../gates/budgets';

let dist = '';
const css =
  'body{font-family:x}@font-face{src:url(/_astro/f.woff2)}.a{background:url("../_astro/i.png")}';
const main = 'import{a}from"./chunk.js";a();';
const chunk = 'export const a=()=>1;';
// The search page's script names Pagefind's module by its site path and imports it on demand.
// (esbuild writes the string with backticks.)
const searchScript = 'document.forms[0].onfocus=()=>import(`/pagefind/pagefind.js`);';
const pagefindJs = 'export const search=()=>[];'.repeat(20);
const png = Buffer.alloc(3000, 7);
const woff = Buffer.alloc(500, 1);
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'weigh-'));
  for (const d of ['_astro', 'parks/a', 'parks/bb', 'inquire', 'search', 'pagefind'])
    await mkdir(join(dist, d), { recursive: true });
  await writeFile(join(dist, '_astro/a.css'), css);
  await writeFile(join(dist, '_astro/main.js'), main);
  await writeFile(join(dist, '_astro/chunk.js'), chunk);
  await writeFile(join(dist, '_astro/search.js'), searchScript);
  await writeFile(join(dist, 'pagefind/pagefind.js'), pagefindJs);
  await writeFile(join(dist, '_astro/i.png'), png);
  await writeFile(join(dist, '_astro/f.woff2'), woff);
  await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(
    join(dist, 'index.html'),
    page('<img src="/_astro/i.png" alt=""><img src="https://cdn.example/x.png" alt="">'),
  );
  await writeFile(join(dist, 'parks/index.html'), page('<h1>Parks</h1>'));
  await writeFile(join(dist, 'parks/a/index.html'), page('<h1>A</h1>'));
  await writeFile(
    join(dist, 'parks/bb/index.html'),
    page(`<h1>BB</h1>${'<p>long</p>'.repeat(50)}<script src="/missing.js"></script>`),
  );
  await writeFile(
    join(dist, 'inquire/index.html'),
    page('<script type="module" src="/_astro/main.js"></script>'),
  );
  await writeFile(
    join(dist, 'search/index.html'),
    page('<script type="module" src="/_astro/search.js"></script>'),
  );
});
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('weighing built pages', () => {
  it('follows stylesheets into their url() resources and counts each file once', () => {
    const w = weighPage(dist, '/', 'home');
    expect(w.css.rawBytes).toBe(css.length);
    // i.png is linked by the page and by the CSS: counted once.
    expect(w.images.rawBytes).toBe(png.length + '<svg xmlns="http://www.w3.org/2000/svg"/>'.length);
    expect(w.other.rawBytes).toBe(woff.length);
    expect(w.js.rawBytes).toBe(0);
    expect(w.resources.map((r) => r.path).sort()).toEqual([
      '/_astro/a.css',
      '/_astro/f.woff2',
      '/_astro/i.png',
      '/favicon.svg',
    ]);
  });

  it('counts compressed binaries raw and text gzip in the transfer total', () => {
    const w = weighPage(dist, '/', 'home');
    const expected =
      w.html.gzipBytes +
      w.css.gzipBytes +
      gzipSync('<svg xmlns="http://www.w3.org/2000/svg"/>').length +
      png.length +
      woff.length;
    expect(w.transferBytes).toBe(expected);
  });

  it('follows module scripts into the chunks they import', () => {
    const w = weighPage(dist, '/inquire/', 'inquiry');
    expect(w.js.rawBytes).toBe(main.length + chunk.length);
    expect(checkBudgets([w])).toEqual([]);
    // The same script on a content page breaks the zero-JS budget.
    expect(checkBudgets([{ ...w, path: '/parks/a/' }]).map((v) => v.what)).toEqual(['js']);
  });

  it('counts a module a script loads on demand by its site path (Pagefind on the search page)', () => {
    const w = weighPage(dist, '/search/', 'search');
    expect(w.resources.filter((r) => r.kind === 'js').map((r) => r.path)).toEqual([
      '/_astro/search.js',
      '/pagefind/pagefind.js',
    ]);
    expect(w.js.rawBytes).toBe(searchScript.length + pagefindJs.length);
    expect(w.onDemandJs?.rawBytes).toBe(pagefindJs.length);
    expect(checkBudgets([w])).toEqual([]);
  });

  it('counts a chunk a script imports dynamically, and what that chunk imports, as on demand', async () => {
    // The estimate page's script loads its pricing code on submit; the bundler writes the
    // dynamic import with backticks and a relative path. The shared chunk is counted once.
    const own = await mkdtemp(join(tmpdir(), 'weigh-dyn-'));
    try {
      await mkdir(join(own, '_astro'), { recursive: true });
      await mkdir(join(own, 'estimate'), { recursive: true });
      const entry = 'import{a}from"./chunk.js";onsubmit=()=>import(`./run.js`).then(a);';
      const run = 'import{a}from"./chunk.js";import{b}from"./dep.js";export const r=()=>a(b());';
      const dep = 'export const b=()=>2;'.repeat(10);
      await writeFile(join(own, '_astro/entry.js'), entry);
      await writeFile(join(own, '_astro/run.js'), run);
      await writeFile(join(own, '_astro/dep.js'), dep);
      await writeFile(join(own, '_astro/chunk.js'), chunk);
      await writeFile(
        join(own, 'estimate/index.html'),
        '<!doctype html><html><body><script type="module" src="/_astro/entry.js"></script></body></html>',
      );
      const w = weighPage(own, '/estimate/', 'estimate');
      expect(w.resources.map((r) => r.path)).toEqual([
        '/_astro/entry.js',
        '/_astro/chunk.js',
        '/_astro/run.js',
        '/_astro/dep.js',
      ]);
      expect(w.js.rawBytes).toBe(entry.length + chunk.length + run.length + dep.length);
      expect(w.onDemandJs?.rawBytes).toBe(run.length + dep.length);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('counts the data table a page fetches on load in its transfer (the filter page)', async () => {
    const own = await mkdtemp(join(tmpdir(), 'weigh-table-'));
    try {
      await mkdir(join(own, 'data/park-filter'), { recursive: true });
      await mkdir(join(own, 'filter'), { recursive: true });
      const table = JSON.stringify({ parks: Array.from({ length: 200 }, (_, i) => [`p${i}`, i]) });
      await writeFile(join(own, 'data/park-filter/en.json'), table);
      const html =
        '<!doctype html><html><body><form data-table="/data/park-filter/en.json"></form></body></html>';
      await writeFile(join(own, 'filter/index.html'), html);
      const w = weighPage(own, '/filter/', 'filter');
      expect(w.resources.map((r) => r.path)).toEqual(['/data/park-filter/en.json']);
      expect(w.other.rawBytes).toBe(table.length);
      expect(w.transferBytes).toBe(gzipSync(html).length + gzipSync(table).length);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('reports references missing from dist', () => {
    expect(weighPage(dist, '/parks/bb/', 'profile').missing).toEqual(['/missing.js']);
  });

  it('lists pages and picks the heaviest profile as representative', () => {
    expect(allPages(dist)).toEqual([
      '/',
      '/inquire/',
      '/parks/',
      '/parks/a/',
      '/parks/bb/',
      '/search/',
    ]);
    expect(representativePages(dist)).toEqual([
      { type: 'home', path: '/' },
      { type: 'directory', path: '/parks/' },
      { type: 'profile', path: '/parks/bb/' },
      { type: 'inquiry', path: '/inquire/' },
      { type: 'search', path: '/search/' },
    ]);
  });
});
