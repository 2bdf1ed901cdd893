/**
 * What one site search costs a visitor in bytes: opens the search page with a query in
 * a browser page, waits for the first page of results (each park with why it matched),
 * and sums what came from /pagefind/ and /search-reasons/ — Pagefind's index (entry, page
 * metadata, word index chunks, filters, result fragments) and each shown park's reasons
 * file, apart from Pagefind's code (module, WebAssembly),
 * which a visitor fetches once. Used by the large-site browser test (≤ 100 KB of index at
 * N = 1,000) and by `npm run bench` (scripts/bench/search-query.ts, N = 5,000 with --large).
 */
import type { Page } from '@playwright/test';
import { kb } from './results';

/** Issue 13: a search query loads at most this much index. */
export const SEARCH_INDEX_BUDGET_BYTES = 100 * 1024;

export interface SearchQueryCost {
  query: string;
  /** Index bytes (response bodies as sent) and files. */
  indexBytes: number;
  indexFiles: number;
  /** Index bytes by kind: meta, index, filter, fragment, reasons, pagefind-entry.json. */
  byKind: Record<string, number>;
  /** Pagefind's own code: pagefind*.js and its WebAssembly. */
  libraryBytes: number;
  /** Results shown on the first page. */
  results: number;
  files: { path: string; bytes: number }[];
}

const isLibrary = (path: string) => /^\/pagefind\/(pagefind[^/]*\.js|wasm\.[^/]+)$/.test(path);

/** Searches `query` on `<origin><prefix>/search/` in `page` and returns what it loaded. */
export async function measureSearchQuery(
  page: Page,
  origin: string,
  prefix: '' | '/en',
  query: string,
): Promise<SearchQueryCost> {
  const loaded: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    // The index, and each shown park's reasons (why it matched, fetched beside its fragment).
    if (path.startsWith('/pagefind/') || path.startsWith('/search-reasons/'))
      loaded.push(request.sizes().then((sizes) => ({ path, bytes: sizes.responseBodySize })));
  });
  await page.goto(`${origin}${prefix}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-list li li').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(loaded);
  const index = files.filter((f) => !isLibrary(f.path));
  const byKind: Record<string, number> = {};
  for (const f of index) {
    const kind = f.path.startsWith('/search-reasons/')
      ? 'reasons'
      : (/\.pf_(\w+)$/.exec(f.path)?.[1] ?? f.path.split('/').pop() ?? f.path);
    byKind[kind] = (byKind[kind] ?? 0) + f.bytes;
  }
  const sum = (list: { bytes: number }[]) => list.reduce((n, f) => n + f.bytes, 0);
  return {
    query,
    indexBytes: sum(index),
    indexFiles: index.length,
    byKind,
    libraryBytes: sum(files.filter((f) => isLibrary(f.path))),
    results: await page.locator('#search-list > li').count(),
    files,
  };
}

/** One line: `index 71.7 KB in 13 files (meta 10.9 KB, …); Pagefind's code 65.9 KB`. */
export function describeSearchCost(cost: SearchQueryCost): string {
  const kinds = Object.entries(cost.byKind)
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');
  return `index ${kb(cost.indexBytes)} in ${cost.indexFiles} files (${kinds}); Pagefind's code ${kb(cost.libraryBytes)}`;
}
