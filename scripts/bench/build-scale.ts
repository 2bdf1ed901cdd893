/**
 * Build-scale benchmark (issues 4 and 13): `astro build` of the site on synthetic content
 * in both languages at N = 100 and 1000 parks (5000 with --large), and of a bare Astro
 * project (scripts/bench/bare/) over the SAME content files, so ours / bare measures our
 * own work. Each N gets a cold build of each project (empty cacheDir), then one park file
 * is edited and each project builds again warm (its cacheDir, i.e. Astro's content data
 * store, kept; a fresh outDir): see lib/astro-build.ts for what Netlify keeps.
 *
 *   npx tsx scripts/bench/build-scale.ts [--large] [--sizes 20,50] [--keep] [--cold-only]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './generate-content';
import {
  editOnePark,
  measuredBuild,
  peakRss,
  type BuildRun,
  type Project,
  type Temperature,
} from './lib/astro-build';
import { arg, inRepoWorkDir, mb, table } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, goalsAndFailures, runIfMain, startRun } from './lib/run';

export type { BuildRun } from './lib/astro-build';

const GB = 1024 ** 3;
const find = (runs: BuildRun[], p: Project, t: Temperature, n: number) =>
  runs.find((r) => r.project === p && r.temperature === t && r.parks === n);

/** ours / bare wall time for one N and temperature, or null when either build is missing. */
export function vsBare(runs: BuildRun[], t: Temperature, n: number): number | null {
  const ours = find(runs, 'ours', t, n);
  const bare = find(runs, 'bare', t, n);
  return ours && bare ? ours.wallMs / bare.wallMs : null;
}

/** Evaluates the issues' goals on the runs; goals whose N was not run are n/a. */
export function buildGoals(runs: BuildRun[], sizes: number[]): GoalResult[] {
  const [small, big] = [sizes[0] ?? 100, sizes[1] ?? 1000];
  const oursBig = find(runs, 'ours', 'cold', big);
  const oursSmall = find(runs, 'ours', 'cold', small);
  const growth = oursBig && oursSmall ? oursBig.wallMs / oursSmall.wallMs : null;
  const ratioGoal = (t: Temperature, n: number): GoalResult => {
    const r = vsBare(runs, t, n);
    return {
      goal: `${t} build ours/bare <= 1.5 at N=${n}`,
      actual: r === null ? 'not run' : r.toFixed(2),
      met: r === null ? null : r <= 1.5,
    };
  };
  const huge = Math.max(...sizes);
  const oursHuge = find(runs, 'ours', 'cold', huge);
  const oursHugeWarm = find(runs, 'ours', 'warm', huge);
  const hugePeak = Math.max(...[oursHuge, oursHugeWarm].map((r) => (r ? peakRss(r) : 0)));
  return [
    {
      goal: `>= 300 pages/s at N=${big} (issue 4)`,
      actual: oursBig ? `${oursBig.pagesPerSec} pages/s` : 'not run',
      met: oursBig ? oursBig.pagesPerSec >= 300 : null,
    },
    {
      goal: `t(${big})/t(${small}) <= 11`,
      actual: growth === null ? 'not run' : growth.toFixed(2),
      met: growth === null ? null : growth <= 11,
    },
    ...sizes.filter((n) => n >= 1000).flatMap((n) => [ratioGoal('cold', n), ratioGoal('warm', n)]),
    {
      goal: `peak RSS <= 2 GB at N=5000`,
      actual: huge >= 5000 && oursHuge ? mb(hugePeak) : 'not run (use --large)',
      met: huge >= 5000 && oursHuge ? hugePeak <= 2 * GB : null,
    },
  ];
}

function resultTable(runs: BuildRun[]): string {
  const rows = runs.map((r) => {
    const ratio = r.project === 'ours' ? vsBare(runs, r.temperature, r.parks) : null;
    const secs = (ms: number | null) => (ms === null ? '?' : `${(ms / 1000).toFixed(2)} s`);
    return [
      r.project,
      r.temperature,
      r.parks,
      r.pages,
      secs(r.wallMs),
      secs(r.contentSyncMs),
      secs(r.astroPagesMs),
      r.pagesPerSec,
      mb(r.peakTreeRssBytes),
      r.maxRssTimeBytes === null ? '?' : mb(r.maxRssTimeBytes),
      ratio === null ? '' : ratio.toFixed(2),
    ];
  });
  return table(
    [
      'project',
      'build',
      'N parks',
      'pages',
      'wall',
      'content sync',
      'pages built in',
      'pages/s',
      'peak RSS tree',
      'max RSS 1 proc',
      'ours/bare',
    ],
    rows,
  );
}

/** Runs the benchmark and writes bench/results/build-scale.json. */
export async function benchBuildScale(
  opts: { large?: boolean; sizes?: number[]; keep?: boolean; coldOnly?: boolean } = {},
): Promise<BenchResult> {
  const started = startRun();
  const sizes = opts.sizes ?? (opts.large ? [100, 1000, 5000] : [100, 1000]);
  const runs: BuildRun[] = [];
  const failures: string[] = [];
  for (const parks of sizes) {
    const contentDir = await mkdtemp(join(tmpdir(), `bench-content-${parks}-`));
    const gen = await generateContent({ parks, out: contentDir });
    const work = Object.fromEntries(
      await Promise.all(
        (['ours', 'bare'] as const).map(
          async (p) => [p, await inRepoWorkDir(`build-${p}-${parks}`)] as const,
        ),
      ),
    ) as Record<Project, string>;
    // One failed build (content error, machine trouble) is reported without losing the others.
    const attempt = async (project: Project, temperature: Temperature) => {
      console.error(`build-scale: N=${parks}: ${project} ${temperature}…`);
      const outDir = join(work[project], `dist-${temperature}`);
      try {
        const run = await measuredBuild({
          project,
          temperature,
          parks,
          contentDir,
          outDir,
          cacheDir: join(work[project], 'cache'),
        });
        runs.push(run);
        // Each figure as soon as it exists: a long run cut short still leaves its figures.
        console.error(
          `build-scale: N=${parks}: ${project} ${temperature}: ${(run.wallMs / 1000).toFixed(1)} s, ` +
            `${run.pages} pages, peak RSS ${mb(peakRss(run))}, load ${loadavg()[0]!.toFixed(1)}`,
        );
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
        console.error(`build-scale: ${project} ${temperature} at N=${parks} failed`);
      } finally {
        if (!opts.keep) await rm(outDir, { recursive: true, force: true });
      }
    };
    console.error(
      `build-scale: N=${parks}: ${gen.files} content files (taxonomy: ${gen.taxonomy})`,
    );
    await attempt('ours', 'cold');
    await attempt('bare', 'cold');
    if (!opts.coldOnly) {
      console.error(`build-scale: N=${parks}: edited ${await editOnePark(contentDir)}`);
      await attempt('ours', 'warm');
      await attempt('bare', 'warm');
    }
    if (!opts.keep) {
      await rm(contentDir, { recursive: true, force: true });
      await Promise.all(Object.values(work).map((w) => rm(w, { recursive: true, force: true })));
    }
  }
  const goals = buildGoals(runs, sizes);
  const text = [
    resultTable(runs),
    '',
    ...runs
      .filter((r) => r.project === 'ours')
      .map(
        (r) =>
          `ours ${r.temperature} at N=${r.parks}, costliest pages: ` +
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
    coldOnly: process.argv.includes('--cold-only'),
    ...(sizes ? { sizes } : {}),
  });
});
