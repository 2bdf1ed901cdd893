/**
 * Search-query benchmark (issue 13): builds the synthetic site at N parks in both
 * languages with its Pagefind index (as `npm run build:large` does), serves it with
 * scripts/serve.ts, and measures in Chromium what each query loads from /pagefind/
 * (lib/search-query.ts). Goal: at most 100 KB of index per query at N = 5,000.
 *
 *   npx tsx scripts/bench/search-query.ts [--parks 5000] [--dist <built site with pagefind/>]
 *
 * With --dist alone, the park count is read from the site (its reasons files).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildLargeSite, largeDist } from './large-site';
import { folderSizes } from '../lib/search-index';
import { startServe } from './lib/server';
import { arg, inRepoWorkDir, kb, table } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, goalsAndFailures, runIfMain, startRun } from './lib/run';
import {
  SEARCH_INDEX_BUDGET_BYTES,
  measureSearchQuery,
  type SearchQueryCost,
} from './lib/search-query';
import { CHROMIUM } from './lib/lighthouse-run';

/** A common process, a rarer one, a place, in each language. */
const QUERIES: readonly (readonly ['' | '/en', string])[] = [
  ['', '电泳'],
  ['', '冲压'],
  ['', '压铸'],
  ['/en', 'e-coating'],
  ['/en', 'stamping'],
  ['/en', 'die casting'],
];

export async function benchSearchQuery(
  opts: { parks?: number; dist?: string } = {},
): Promise<BenchResult> {
  const started = startRun();
  let dist = opts.dist;
  // A built site says how many parks it has: one reasons file per park and language.
  const parks =
    opts.parks ??
    (dist ? (await readdir(join(dist, 'search-reasons', 'en')).catch(() => [])).length : 1000);
  let work: string | undefined;
  let buildSeconds: number | null = null;
  if (!dist) {
    work = await inRepoWorkDir(`search-${parks}`);
    console.error(`search-query: building ${parks} parks with their search index…`);
    const site = await buildLargeSite(parks, work);
    buildSeconds = site.buildSeconds;
    dist = largeDist(work);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-search-'));
  const server = await startServe({ distDir: dist, dataDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const costs: (SearchQueryCost & { lang: string })[] = [];
  const failures: string[] = [];
  try {
    for (const [prefix, query] of QUERIES) {
      // A fresh context per query: nothing cached from the one before, as for a new visitor.
      const context = await browser.newContext();
      try {
        const cost = await measureSearchQuery(
          await context.newPage(),
          server.origin,
          prefix,
          query,
        );
        costs.push({ ...cost, lang: prefix ? 'en' : 'zh-CN' });
      } catch (error) {
        failures.push(`"${query}": ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const index = await folderSizes(join(dist, 'pagefind'));
  if (work) await rm(work, { recursive: true, force: true });
  const worst = Math.max(0, ...costs.map((c) => c.indexBytes));
  const goals: GoalResult[] = [
    {
      goal: `a search query loads <= 100 KB of index at N=${parks}`,
      actual: costs.length ? `${kb(worst)} (largest of ${costs.length} queries)` : 'not run',
      met: costs.length ? worst <= SEARCH_INDEX_BUDGET_BYTES : null,
    },
  ];
  const rows = costs.map((c) => [
    c.lang,
    c.query,
    c.results,
    kb(c.indexBytes),
    c.indexFiles,
    kb(c.byKind['meta'] ?? 0),
    kb(c.byKind['index'] ?? 0),
    kb(c.byKind['fragment'] ?? 0),
    kb(c.byKind['reasons'] ?? 0),
    kb(c.libraryBytes),
  ]);
  return finishResult(started, 'search-query', {
    goals,
    failures,
    data: { parks, buildSeconds, indexFiles: index.files, indexBytes: index.bytes, costs },
    table: [
      `N = ${parks} parks, both languages; whole index ${index.files} files, ${kb(index.bytes)}` +
        (buildSeconds === null ? '' : `; built with its index in ${buildSeconds} s`),
      table(
        [
          'lang',
          'query',
          'results shown',
          'index loaded',
          'files',
          'meta',
          'word index',
          'fragments',
          'reasons',
          "Pagefind's code",
        ],
        rows,
      ),
      ...goalsAndFailures(goals, failures),
    ].join('\n'),
  });
}

await runIfMain(import.meta.url, () => {
  const dist = arg('dist');
  const parks = arg('parks');
  return benchSearchQuery({
    ...(parks || !dist ? { parks: Number(parks ?? 1000) } : {}),
    ...(dist ? { dist } : {}),
  });
});
