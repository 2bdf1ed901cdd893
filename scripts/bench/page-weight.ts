/**
 * Page-weight benchmark: per page type (home, directory, profile, process page,
 * inquiry page) the HTML, CSS, JS, images and other files a page loads, raw and
 * gzip, and total transfer, checked against the budgets in tests/gates/budgets.ts.
 * Over budget fails (exit 1) with the numbers.
 *
 *   npx tsx scripts/bench/page-weight.ts [--dist dist]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { budgetFor, checkBudgets, type PageWeight } from '../../tests/gates/budgets';
import { representativePages, weighPage } from './lib/weigh';
import { arg, kb, repoRoot, table } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, goalsAndFailures, runIfMain, startRun } from './lib/run';

/** Weighs the representative pages of `dist` and checks the budgets. */
export async function benchPageWeight(opts: { dist?: string } = {}): Promise<BenchResult> {
  const started = startRun();
  const dist = resolve(repoRoot, opts.dist ?? process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(dist))
    throw new Error(
      `page-weight: ${dist} does not exist; build first (npm run build) or pass --dist`,
    );
  const pages = representativePages(dist).map(({ type, path }) => weighPage(dist, path, type));
  const weights: PageWeight[] = pages.map(({ resources: _r, missing: _m, ...w }) => w);
  const violations = checkBudgets(weights);
  const expected = ['home', 'directory', 'profile', 'process', 'inquiry'];
  const absent = expected.filter((t) => !pages.some((p) => p.type === t));
  const rows = pages.map((p) => [
    p.type,
    p.path.length > 34 ? `${p.path.slice(0, 31)}…` : p.path,
    `${kb(p.html.rawBytes)} / ${kb(p.html.gzipBytes)}`,
    `${kb(p.css.rawBytes)} / ${kb(p.css.gzipBytes)}`,
    `${kb(p.js.rawBytes)} / ${kb(p.js.gzipBytes)}`,
    `${kb(p.images.rawBytes)} / ${kb(p.images.gzipBytes)}`,
    kb(p.transferBytes),
  ]);
  const goals: GoalResult[] = pages.flatMap((p) => {
    const b = budgetFor(p.path);
    const bad = (what: string) => violations.some((v) => v.path === p.path && v.what === what);
    return [
      {
        goal: `${p.type}: JS ${b.jsGzipBytes === 0 ? '= 0 B' : `<= ${kb(b.jsGzipBytes)} gzip`}`,
        actual: b.jsGzipBytes === 0 ? `${p.js.rawBytes} B` : kb(p.js.gzipBytes),
        met: !bad('js'),
      },
      {
        goal: `${p.type}: CSS <= ${kb(b.cssGzipBytes)} gzip`,
        actual: kb(p.css.gzipBytes),
        met: !bad('css'),
      },
      {
        goal: `${p.type}: transfer <= ${kb(b.transferBytes)}`,
        actual: kb(p.transferBytes),
        met: !bad('transfer'),
      },
    ];
  });
  const failures = [
    ...violations.map((v) => v.message),
    ...pages.flatMap((p) =>
      p.missing.map((m) => `${p.path}: references ${m}, which is not in dist`),
    ),
    ...absent.map((t) => `no ${t} page in ${dist}`),
  ];
  const text = [
    table(
      [
        'type',
        'path',
        'HTML raw/gzip',
        'CSS raw/gzip',
        'JS raw/gzip',
        'images raw/gzip',
        'transfer',
      ],
      rows,
    ),
    ...goalsAndFailures(goals, failures),
  ].join('\n');
  return finishResult(started, 'page-weight', {
    goals,
    failures,
    data: { dist, pages },
    table: text,
  });
}

await runIfMain(import.meta.url, () => {
  const dist = arg('dist');
  return benchPageWeight(dist ? { dist } : {});
});
