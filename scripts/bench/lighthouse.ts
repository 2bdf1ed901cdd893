/**
 * Lighthouse benchmark: the npm `lighthouse` package (mobile preset: Moto G
 * emulation, simulated slow 4G) on Debian's Chromium, against scripts/serve.ts
 * on loopback, for each page type; the four category scores, and the audits
 * that cost points.
 *
 *   npx tsx scripts/bench/lighthouse.ts [--dist dist]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { representativePages } from './lib/weigh';
import { startServe } from './lib/server';
import { arg, goalsTable, repoRoot, table } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, runIfMain, startRun } from './lib/run';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface PageScores {
  type: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits below full score that carry weight in a category: why a score is not 100. */
  lostPoints: {
    category: string;
    audit: string;
    title: string;
    score: number | null;
    displayValue?: string;
    items: string[];
  }[];
  metrics: {
    lcpMs: number | null;
    clsScore: number | null;
    tbtMs: number | null;
    fcpMs: number | null;
  };
  /** Lighthouse's CPU benchmark of this machine at run time; low values mean a slow or busy host. */
  benchmarkIndex: number | null;
  /** Runs it took (Lighthouse trace failures are retried). */
  attempts: number;
  /** Why the page could not be audited, after every attempt failed. */
  error?: string;
}

/** Starts Chromium with a DevTools port chosen by the OS and returns that port. */
async function launchChromium(profileDir: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    CHROMIUM,
    [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolvePort, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not report a DevTools port:\n${buffer.slice(-2000)}`)),
      30_000,
    );
    child.stderr?.on('data', (b: Buffer) => {
      buffer += b.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(buffer);
      if (m) {
        clearTimeout(timer);
        resolvePort({ port: Number(m[1]), child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}:\n${buffer.slice(-2000)}`));
    });
  });
}

async function audit(
  url: string,
  port: number,
): Promise<Omit<PageScores, 'type' | 'path' | 'attempts'>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError)
    throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      lhr.categories[c]?.score == null ? null : Math.round((lhr.categories[c]?.score ?? 0) * 100),
    ]),
  ) as PageScores['scores'];
  const lostPoints = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, a: lhr.audits[ref.id] }))
      .filter(({ a }) => a && a.score !== null && a.score < 1)
      .map(({ ref, a }) => ({
        category: c,
        audit: ref.id,
        title: a!.title,
        score: a!.score,
        ...(a!.displayValue ? { displayValue: a!.displayValue } : {}),
        // The first few offending items say what to fix (which request, which issue).
        items: ((a!.details as { items?: unknown[] } | undefined)?.items ?? [])
          .slice(0, 3)
          .map((i) => JSON.stringify(i).slice(0, 300)),
      })),
  );
  const num = (id: string) =>
    typeof lhr.audits[id]?.numericValue === 'number'
      ? Math.round(lhr.audits[id].numericValue * 1000) / 1000
      : null;
  return {
    scores,
    lostPoints,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    metrics: {
      lcpMs: num('largest-contentful-paint'),
      clsScore: num('cumulative-layout-shift'),
      tbtMs: num('total-blocking-time'),
      fcpMs: num('first-contentful-paint'),
    },
  };
}

const ATTEMPTS = 3;

/**
 * Audits `url` in a fresh Chromium (new profile: no cache carries over). Lighthouse
 * itself asks to "run again" after trace failures such as NO_NAVSTART, which a busy
 * machine provokes, so a failed attempt is retried before the page is given up.
 */
async function auditWithRetries(
  url: string,
  profileBase: string,
): Promise<Omit<PageScores, 'type' | 'path'>> {
  let lastError = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const chrome = await launchChromium(`${profileBase}-${attempt}`);
    try {
      return { ...(await audit(url, chrome.port)), attempts: attempt };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      console.error(`  attempt ${attempt} failed: ${lastError}`);
    } finally {
      chrome.child.kill('SIGTERM');
      await new Promise((r) =>
        chrome.child.exitCode !== null ? r(null) : chrome.child.once('exit', r),
      );
    }
  }
  const none = { performance: null, accessibility: null, 'best-practices': null, seo: null };
  return {
    scores: none,
    lostPoints: [],
    metrics: { lcpMs: null, clsScore: null, tbtMs: null, fcpMs: null },
    benchmarkIndex: null,
    attempts: ATTEMPTS,
    error: lastError,
  };
}

/** Runs Lighthouse on each page type of `dist` (served by serve.ts) and writes bench/results/lighthouse.json. */
export async function benchLighthouse(opts: { dist?: string } = {}): Promise<BenchResult> {
  const started = startRun();
  const dist = resolve(repoRoot, opts.dist ?? process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(dist))
    throw new Error(`lighthouse: ${dist} does not exist; build first or pass --dist`);
  if (!existsSync(CHROMIUM))
    throw new Error(
      `lighthouse: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
    );
  const work = await mkdtemp(join(tmpdir(), 'bench-lh-'));
  const server = await startServe({ distDir: dist, dataDir: join(work, 'data') });
  const results: PageScores[] = [];
  try {
    for (const { type, path } of representativePages(dist)) {
      console.error(`lighthouse: ${type} ${path}`);
      results.push({
        type,
        path,
        ...(await auditWithRetries(`${server.origin}${path}`, join(work, type))),
      });
    }
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
  const goals: GoalResult[] = results.flatMap((r) =>
    CATEGORIES.map((c) => ({
      goal: `${r.type}: ${c} = 100`,
      actual: String(r.scores[c] ?? 'n/a'),
      met: r.scores[c] === null ? null : r.scores[c] === 100,
    })),
  );
  const rows = results.map((r) => [
    r.type,
    r.path.length > 34 ? `${r.path.slice(0, 31)}…` : r.path,
    ...CATEGORIES.map((c) => String(r.scores[c] ?? 'n/a')),
    r.metrics.lcpMs === null ? '?' : `${(r.metrics.lcpMs / 1000).toFixed(2)} s`,
    String(r.metrics.clsScore ?? '?'),
    r.metrics.tbtMs === null ? '?' : `${Math.round(r.metrics.tbtMs)} ms`,
    String(r.benchmarkIndex ?? '?'),
  ]);
  const lost = results.flatMap((r) =>
    r.lostPoints.map(
      (l) =>
        `  ${r.type}: [${l.category}] ${l.audit} (${l.score})${l.displayValue ? ` ${l.displayValue}` : ''}`,
    ),
  );
  const text = [
    table(
      ['type', 'path', 'perf', 'a11y', 'best-pr.', 'SEO', 'LCP (sim.)', 'CLS', 'TBT', 'CPU index'],
      rows,
    ),
    ...(lost.length ? ['', 'Audits below full score:', ...lost] : []),
    '',
    goalsTable(goals),
  ].join('\n');
  return finishResult(started, 'lighthouse', {
    goals,
    failures: results
      .filter((r) => r.error)
      .map((r) => `${r.path} could not be audited: ${r.error}`),
    data: { chromium: CHROMIUM, preset: 'mobile (default config)', pages: results },
    table: text,
  });
}

// An audit that could not run is reported, not failed: Lighthouse is advisory here.
await runIfMain(
  import.meta.url,
  () => {
    const dist = arg('dist');
    return benchLighthouse(dist ? { dist } : {});
  },
  false,
);
