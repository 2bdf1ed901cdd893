/**
 * `npm run bench`: builds the site once as `npm run build` does (cold, with its search
 * index, into a temp folder, never the shared dist/), then runs every benchmark — page weight, Lighthouse, inquiry
 * load, build scale, function cold start — prints their tables and writes bench/results/<name>.json
 * plus bench/results/summary.json. Exits 1 when a hard gate fails (page over
 * budget, a lost lead) or a benchmark cannot run; goals missed are reported.
 *
 *   npm run bench [-- --large] [-- --quick] [-- --only page-weight,lighthouse] [-- --dist dist]
 *   npm run bench -- --leads-only     only the lead-list benchmark (fills 10,000 and 100,000 leads)
 *
 * --large adds N = 5000 to the build-scale run (cold and warm builds, ours and the bare
 * reference) and runs the search-query benchmark (a site with its Pagefind index, what a
 * query loads) and the function's cold start at N = 5000 (1000 otherwise); --quick is for development
 * (N = 20/50, 5 s of load) and its figures are not comparable with a full run.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { benchBuildScale } from './build-scale';
import { benchColdStart } from './cold-start';
import { benchInquiryLoad } from './inquiry-load';
import { benchLeadList } from './lead-list';
import { benchLighthouse } from './lighthouse';
import { benchPageWeight } from './page-weight';
import { benchSearchQuery } from './search-query';
import { runMeasured } from './lib/measure';
import { arg, childEnv, goalsTable, inRepoWorkDir, repoRoot, writeResult } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, startRun } from './lib/run';

const argv = process.argv;
const large = argv.includes('--large');
const quick = argv.includes('--quick');
const only = argv.includes('--leads-only') ? ['lead-list'] : arg('only')?.split(',');
const wanted = (name: string) => !only || only.includes(name);
/** Parks of the synthetic site the search-query and cold-start steps measure. */
const scaleParks = quick ? 200 : large ? 5000 : 1000;

async function buildSite(): Promise<{
  dist: string;
  cleanup: () => Promise<void>;
  seconds: number;
}> {
  const work = await inRepoWorkDir('site');
  const dist = join(work, 'dist');
  const m = await runMeasured(
    process.execPath,
    [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: repoRoot,
      env: childEnv({
        ASTRO_OUT_DIR: dist,
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      }),
    },
  );
  if (m.exitCode !== 0) {
    await rm(work, { recursive: true, force: true });
    throw new Error(`site build failed:\n${m.outputTail}`);
  }
  // The search step of `npm run build`: the search page and the park picker load its index.
  const search = await runMeasured(
    process.execPath,
    [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(repoRoot, 'scripts/build-search.ts')],
    { cwd: repoRoot, env: childEnv({ ASTRO_OUT_DIR: dist }) },
  );
  if (search.exitCode !== 0) {
    await rm(work, { recursive: true, force: true });
    throw new Error(`search index of the site failed:\n${search.outputTail}`);
  }
  return {
    dist,
    cleanup: () => rm(work, { recursive: true, force: true }),
    seconds: (m.wallMs + search.wallMs) / 1000,
  };
}

const results: BenchResult[] = [];
const crashed: string[] = [];
async function step(name: string, fn: () => Promise<BenchResult>): Promise<void> {
  if (!wanted(name)) return;
  console.error(`\n== ${name} ==`);
  try {
    const result = await fn();
    results.push(result);
    console.info(`\n## ${name}\n${result.table}`);
    console.error(`wrote ${await writeResult(result)}`);
  } catch (error) {
    crashed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    console.error(
      `${name} could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const started = startRun();
const given = arg('dist');
const needsSite = ['page-weight', 'lighthouse', 'inquiry-load'].some(wanted);
let site: { dist: string; cleanup: () => Promise<void> } | null = null;
try {
  if (needsSite) {
    if (given) site = { dist: resolve(given), cleanup: async () => undefined };
    else {
      console.error('building the site (cold) into a temporary folder…');
      const built = await buildSite();
      console.error(`site built in ${built.seconds.toFixed(1)} s`);
      site = built;
    }
  }
  const dist = site?.dist ?? '';
  await step('page-weight', () => benchPageWeight({ dist }));
  await step('lighthouse', () => benchLighthouse({ dist }));
  await step('inquiry-load', () => benchInquiryLoad({ dist, ...(quick ? { durationS: 5 } : {}) }));
  await step('build-scale', () =>
    benchBuildScale({ large, ...(quick ? { sizes: [20, 50] } : {}) }),
  );
  await step('search-query', () => benchSearchQuery({ parks: scaleParks }));
  await step('cold-start', () => benchColdStart({ parks: scaleParks, samples: quick ? 5 : 7 }));
  await step('lead-list', () => benchLeadList(quick ? { sizes: [1000, 5000] } : {}));
} catch (error) {
  crashed.push(`site build: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await site?.cleanup();
}

const goals: GoalResult[] = results.flatMap((r) =>
  r.goals.map((g) => ({ ...g, goal: `${r.name}: ${g.goal}` })),
);
const failures = [...results.flatMap((r) => r.failures.map((f) => `${r.name}: ${f}`)), ...crashed];
const summary = finishResult(started, 'summary', {
  goals,
  failures,
  data: {
    mode: quick ? 'quick' : large ? 'large' : 'full',
    benchmarks: results.map((r) => r.name),
  },
  table: goalsTable(goals),
});
console.info(
  `\n## summary (${summary.machine.cpus} CPUs, ${(summary.machine.totalMemBytes / 1024 ** 3).toFixed(1)} GB, load ${summary.machine.loadAvg1mAtStart.toFixed(2)})\n${summary.table}`,
);
if (failures.length) console.info(`\nFAILURES:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.error(`wrote ${await writeResult(summary)}`);
if (failures.length > 0) process.exitCode = 1;
