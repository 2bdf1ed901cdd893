/**
 * Build-scale benchmark: cold `astro build` of the site on synthetic content at
 * N = 100 and 1000 parks (5000 with --large), and of a bare Astro project
 * (scripts/bench/bare/) from the same Markdown, to separate our data work from
 * Astro's floor. Every build gets fresh ASTRO_CACHE_DIR and ASTRO_OUT_DIR folders
 * (the content data store and incremental cache live there), so none is warm.
 *
 *   npx tsx scripts/bench/build-scale.ts [--large] [--sizes 20,50] [--keep]
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './generate-content';
import { routeTimings, type RouteTiming } from './lib/astro-log';
import { runMeasured, type Measured } from './lib/measure';
import { arg, childEnv, inRepoWorkDir, mb, repoRoot, table } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, goalsAndFailures, runIfMain, startRun } from './lib/run';

export interface BuildRun {
  project: 'ours' | 'bare';
  parks: number;
  pages: number;
  wallMs: number;
  /** Astro's own "N page(s) built in X" figure (its build without process start-up), in ms. */
  astroPagesMs: number | null;
  pagesPerSec: number;
  peakTreeRssBytes: number;
  maxRssTimeBytes: number | null;
  /** The costliest route shapes by Astro's per-page times: where the build spends its time. */
  routes: RouteTiming[];
}

const astroBin = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

function astroReportedMs(output: string): number | null {
  // Astro prints "812ms", "3.56s" or "1m 27s".
  const m = /page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)/.exec(output);
  if (!m) return null;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000);
}

/** One cold build of `project` over the content in `contentDir`. */
async function coldBuild(
  project: 'ours' | 'bare',
  contentDir: string,
  parks: number,
  keep = false,
): Promise<BuildRun> {
  const work = await inRepoWorkDir(`build-${project}-${parks}`);
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  const args = [
    astroBin,
    'build',
    ...(project === 'bare' ? ['--root', join(repoRoot, 'scripts/bench/bare')] : []),
  ];
  const env = childEnv({
    CONTENT_DIR: contentDir,
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  let m: Measured;
  let pages = 0;
  try {
    m = await runMeasured(process.execPath, args, { cwd: repoRoot, env });
    if (m.exitCode !== 0)
      throw new Error(
        `${project} build at N=${parks} failed (exit ${m.exitCode}):\n${m.outputTail}`,
      );
    pages = await countHtml(outDir);
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
    // Astro writes generated types into the bare project's root; they are build output, not source.
    if (project === 'bare')
      await rm(join(repoRoot, 'scripts/bench/bare/.astro'), { recursive: true, force: true });
  }
  return {
    project,
    parks,
    pages,
    wallMs: Math.round(m.wallMs),
    astroPagesMs: astroReportedMs(m.outputTail),
    pagesPerSec: Math.round((pages / (m.wallMs / 1000)) * 10) / 10,
    peakTreeRssBytes: m.peakTreeRssBytes,
    maxRssTimeBytes: m.maxRssTimeBytes,
    routes: routeTimings(m.output).slice(0, 6),
  };
}

/** Evaluates the goals on the runs; goals whose N was not run are n/a. */
function buildGoals(runs: BuildRun[], small = 100, big = 1000, huge = 5000): GoalResult[] {
  const find = (p: 'ours' | 'bare', n: number) =>
    runs.find((r) => r.project === p && r.parks === n);
  const oursBig = find('ours', big);
  const oursSmall = find('ours', small);
  const bareBig = find('bare', big);
  const oursHuge = find('ours', huge);
  const ratio = oursBig && oursSmall ? oursBig.wallMs / oursSmall.wallMs : null;
  const vsBare = oursBig && bareBig ? oursBig.wallMs / bareBig.wallMs : null;
  const peak = (r: BuildRun) => Math.max(r.peakTreeRssBytes, r.maxRssTimeBytes ?? 0);
  return [
    {
      goal: `>= 300 pages/s at N=${big}`,
      actual: oursBig ? `${oursBig.pagesPerSec} pages/s` : 'not run',
      met: oursBig ? oursBig.pagesPerSec >= 300 : null,
    },
    {
      goal: `t(${big})/t(${small}) <= 11`,
      actual: ratio === null ? 'not run' : ratio.toFixed(2),
      met: ratio === null ? null : ratio <= 11,
    },
    {
      goal: `ours/bare <= 1.5 at N=${big}`,
      actual: vsBare === null ? 'not run' : vsBare.toFixed(2),
      met: vsBare === null ? null : vsBare <= 1.5,
    },
    {
      goal: `peak RSS < 1 GB at N=${huge}`,
      actual: oursHuge ? mb(peak(oursHuge)) : 'not run (use --large)',
      met: oursHuge ? peak(oursHuge) < 1024 ** 3 : null,
    },
  ];
}

/** Runs the benchmark and writes bench/results/build-scale.json. */
export async function benchBuildScale(
  opts: { large?: boolean; sizes?: number[]; keep?: boolean } = {},
): Promise<BenchResult> {
  const started = startRun();
  const sizes = opts.sizes ?? (opts.large ? [100, 1000, 5000] : [100, 1000]);
  const runs: BuildRun[] = [];
  const failures: string[] = [];
  // One failed build (content error, machine trouble) is reported without losing the others.
  const attempt = async (project: 'ours' | 'bare', contentDir: string, parks: number) => {
    try {
      runs.push(await coldBuild(project, contentDir, parks, opts.keep));
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      console.error(`build-scale: ${project} at N=${parks} failed`);
    }
  };
  for (const parks of sizes) {
    const contentDir = await mkdtemp(join(tmpdir(), `bench-content-${parks}-`));
    const gen = await generateContent({ parks, out: contentDir });
    console.error(
      `build-scale: N=${parks}: ${gen.files} content files (taxonomy: ${gen.taxonomy}); building ours…`,
    );
    await attempt('ours', contentDir, parks);
    console.error(`build-scale: N=${parks}: building bare…`);
    await attempt('bare', contentDir, parks);
    if (!opts.keep) await rm(contentDir, { recursive: true, force: true });
  }
  const [small, big, huge] = [sizes[0] ?? 100, sizes[1] ?? 1000, sizes[2] ?? 5000];
  const goals = buildGoals(runs, small, big, huge);
  const rows = runs.map((r) => {
    const bare = runs.find((b) => b.project === 'bare' && b.parks === r.parks);
    return [
      r.project,
      r.parks,
      r.pages,
      `${(r.wallMs / 1000).toFixed(2)} s`,
      r.astroPagesMs === null ? '?' : `${(r.astroPagesMs / 1000).toFixed(2)} s`,
      r.pagesPerSec,
      mb(r.peakTreeRssBytes),
      r.maxRssTimeBytes === null ? '?' : mb(r.maxRssTimeBytes),
      r.project === 'ours' && bare ? (r.wallMs / bare.wallMs).toFixed(2) : '',
    ];
  });
  const text = [
    table(
      [
        'project',
        'N parks',
        'pages',
        'wall',
        'astro-reported',
        'pages/s',
        'peak RSS tree',
        'max RSS 1 proc',
        'ours/bare',
      ],
      rows,
    ),
    '',
    ...runs
      .filter((r) => r.project === 'ours')
      .map(
        (r) =>
          `ours at N=${r.parks}, costliest pages: ` +
          r.routes
            .slice(0, 4)
            .map(
              (t) => `${t.route} ${t.pages} × ${t.meanMs} ms = ${(t.totalMs / 1000).toFixed(1)} s`,
            )
            .join('; '),
      ),
    ...goalsAndFailures(
      goals,
      failures.map((f) => f.split('\n')[0] ?? f),
    ),
  ].join('\n');
  return finishResult(started, 'build-scale', {
    goals,
    failures,
    data: { sizes, runs },
    table: text,
  });
}

await runIfMain(import.meta.url, () => {
  const sizes = arg('sizes')?.split(',').map(Number);
  return benchBuildScale({
    large: process.argv.includes('--large'),
    keep: process.argv.includes('--keep'),
    ...(sizes ? { sizes } : {}),
  });
});
