/**
 * Lighthouse benchmark: the npm `lighthouse` package (mobile preset: Moto G
 * emulation, simulated slow 4G) on Debian's Chromium, against scripts/serve.ts
 * on loopback, for each page type; the four category scores, and the audits
 * that cost points.
 *
 * Every page is audited `--runs N` times (default 3) in a fresh Chromium each, and the
 * median per category is reported with the range and each run's benchmark index:
 * single runs on a shared machine differ by more than the pages do. With
 * `--calibrate-cpu`, each page is audited again at the CPU slowdown that Lighthouse's
 * throttling docs derive from the host's benchmark index, reported beside (never
 * instead of) the default 4× figures.
 *
 *   npx tsx scripts/bench/lighthouse.ts [--dist dist] [--runs 3] [--only home,profile] [--calibrate-cpu]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { representativePages } from './lib/weigh';
import { startServe } from './lib/server';
import { arg, goalsTable, repoRoot } from './lib/results';
import {
  DEFAULT_CPU_SLOWDOWN,
  calibratedCpuSlowdown,
  formatSpread,
  medianIndex,
  spread,
  type Spread,
} from './lib/lighthouse-stats';
import { lighthouseTables } from './lib/lighthouse-report';
import { CATEGORIES, CHROMIUM, auditWithRetries, type RunResult } from './lib/lighthouse-run';

import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, runIfMain, startRun } from './lib/run';

export type { RunResult } from './lib/lighthouse-run';

/** Several runs of one page under one CPU setting, and their medians. */
export interface Series {
  cpuSlowdown: number;
  runs: RunResult[];
  /** Runs that failed after every retry. */
  errors: string[];
  scores: Record<(typeof CATEGORIES)[number], Spread | null>;
  tbtMs: Spread | null;
  lcpMs: Spread | null;
  benchmarkIndex: number[];
  /** The run with the median performance score: its lost points and long tasks are shown. */
  typical: RunResult | null;
}

export interface PageScores {
  type: string;
  path: string;
  /** Lighthouse's default mobile settings (4× CPU slowdown). */
  standard: Series;
  /** With `--calibrate-cpu`: the slowdown Lighthouse's calculator gives for this host's median benchmark index. */
  calibrated?: Series & { range: [number, number] };
}

/** `runs` audits of one page under one CPU setting, summarised by median and range. */
async function series(
  url: string,
  profileBase: string,
  runs: number,
  cpuSlowdown?: number,
): Promise<Series> {
  const done: RunResult[] = [];
  const errors: string[] = [];
  for (let i = 1; i <= runs; i++) {
    console.error(`  run ${i}/${runs}${cpuSlowdown ? ` (CPU ${cpuSlowdown}×)` : ''}`);
    const r = await auditWithRetries(
      url,
      `${profileBase}-${cpuSlowdown ?? 'std'}-${i}`,
      cpuSlowdown,
    );
    if ('error' in r) errors.push(r.error);
    else done.push(r);
  }
  const perf = done.map((r) => r.scores.performance);
  return {
    cpuSlowdown: cpuSlowdown ?? DEFAULT_CPU_SLOWDOWN,
    runs: done,
    errors,
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, spread(done.map((r) => r.scores[c]))]),
    ) as Series['scores'],
    tbtMs: spread(done.map((r) => r.metrics.tbtMs)),
    lcpMs: spread(done.map((r) => r.metrics.lcpMs)),
    benchmarkIndex: done.map((r) => r.benchmarkIndex).filter((b): b is number => b !== null),
    typical: done[medianIndex(perf)] ?? null,
  };
}

export interface LighthouseOptions {
  dist?: string;
  /** Runs per page and setting (median reported); default 3. */
  runs?: number;
  /** Also run each page at the CPU slowdown calibrated from this host's benchmark index. */
  calibrateCpu?: boolean;
  /** Page types to audit (e.g. ["home", "profile"] also takes their "(en)" twins); default all. */
  only?: string[];
}

/** Runs Lighthouse on each page type of `dist` (served by serve.ts) and writes bench/results/lighthouse.json. */
export async function benchLighthouse(opts: LighthouseOptions = {}): Promise<BenchResult> {
  const started = startRun();
  const runs = Math.max(1, Math.floor(opts.runs ?? 3));
  const dist = resolve(repoRoot, opts.dist ?? process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(dist))
    throw new Error(`lighthouse: ${dist} does not exist; build first or pass --dist`);
  if (!existsSync(CHROMIUM))
    throw new Error(
      `lighthouse: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
    );
  const pages = representativePages(dist).filter(
    ({ type }) => !opts.only || opts.only.includes(type.replace(/ \(en\)$/, '')),
  );
  const work = await mkdtemp(join(tmpdir(), 'bench-lh-'));
  const server = await startServe({ distDir: dist, dataDir: join(work, 'data') });
  const results: PageScores[] = [];
  try {
    for (const { type, path } of pages) {
      console.error(`lighthouse: ${type} ${path}`);
      const url = `${server.origin}${path}`;
      const base = join(work, type.replace(/\W+/g, '-'));
      const standard = await series(url, base, runs);
      const index = spread(standard.benchmarkIndex)?.median;
      const cal = opts.calibrateCpu && index ? calibratedCpuSlowdown(index) : undefined;
      results.push({
        type,
        path,
        standard,
        ...(cal
          ? { calibrated: { ...(await series(url, base, runs, cal.multiplier)), range: cal.range } }
          : {}),
      });
    }
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
  const goals: GoalResult[] = results.flatMap((r) =>
    CATEGORIES.map((c) => {
      const s = r.standard.scores[c];
      return {
        goal: `${r.type}: ${c} = 100 (median of ${runs}, default 4× CPU)`,
        actual: formatSpread(s),
        met: s === null ? null : s.median === 100,
      };
    }),
  );
  return finishResult(started, 'lighthouse', {
    goals,
    failures: results.flatMap((r) =>
      [...r.standard.errors, ...(r.calibrated?.errors ?? [])].map(
        (e) => `${r.path} could not be audited: ${e}`,
      ),
    ),
    data: {
      chromium: CHROMIUM,
      preset: 'mobile (default config)',
      runsPerPage: runs,
      calibrateCpu: opts.calibrateCpu === true,
      pages: results,
    },
    table: [...lighthouseTables(results), '', goalsTable(goals)].join('\n'),
  });
}

// An audit that could not run is reported, not failed: Lighthouse is advisory here.
await runIfMain(
  import.meta.url,
  () => {
    const dist = arg('dist');
    const runs = arg('runs');
    const only = arg('only');
    return benchLighthouse({
      ...(dist ? { dist } : {}),
      ...(runs ? { runs: Number(runs) } : {}),
      ...(only ? { only: only.split(',') } : {}),
      calibrateCpu: process.argv.includes('--calibrate-cpu'),
    });
  },
  false,
);
