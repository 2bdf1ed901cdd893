/**
 * Cold start of the inquiry function at scale (issue 13): the function bundled with
 * esbuild as Netlify bundles it, then run in a fresh Node process per sample
 * (lib/cold-start-sample.ts): process start and module load (schemas built), the first
 * inquiry (reading the named parks' facts, validation, qualification; 201), the second.
 * Median of the samples, for the facts read one file per named park
 * (dist/data/facts/<slug>.json, what the function does) and, for comparison, from one
 * file of all parks (dist/data/parks.json, what it did before), and the floor: a function
 * that parses the request and answers without other work (lib/cold-start-floor.ts).
 *
 * Facts for N parks come from synthetic content through the same schemas and catalog
 * builder as the build (no `astro build` needed); `--dist` takes them from a built site.
 *
 *   npx tsx scripts/bench/cold-start.ts [--parks 5000] [--samples 7] [--dist <dist>]
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildCatalog } from '../../src/data/build';
import { parksDocument } from '../../src/data/open-data';
import type { CatalogInput, RawEntry } from '../../src/data/types';
import { caseSchema } from '../../src/schemas/cases';
import { institutionSchema } from '../../src/schemas/institutions';
import { parkSchema } from '../../src/schemas/parks';
import { supplierSchema } from '../../src/schemas/suppliers';
import { chainSchema, processSchema } from '../../src/schemas/taxonomy';
import { generateSynthetic, type SyntheticEntry } from './lib/synthetic';
import { arg, childEnv, inRepoWorkDir, kb, repoRoot, table } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, goalsAndFailures, runIfMain, startRun } from './lib/run';

interface Sample {
  status: number[];
  body?: string;
  loadedMs: number;
  firstRequestMs: number;
  readyMs: number;
  secondRequestMs: number;
  loadedCpuMs: number;
  readyCpuMs: number;
  rssBytes: number;
}

const GOAL_MS = 300;

/** Writes dist/data/facts/<slug>.json and dist/data/parks.json for N synthetic parks. */
async function syntheticFacts(parks: number, dataDir: string): Promise<string[]> {
  const content = generateSynthetic({ parks });
  const raw = <D>(entries: SyntheticEntry[], schema: { parse(d: unknown): D }, folder: string) =>
    entries.map((e): RawEntry<D, null> => ({
      id: e.id,
      filePath: `${folder}/${e.id}`,
      data: schema.parse(e.data),
      entry: null,
    }));
  const catalog = buildCatalog(
    {
      parks: raw(content.parks, parkSchema, 'parks'),
      suppliers: raw(content.suppliers, supplierSchema, 'suppliers'),
      institutions: raw(content.institutions, institutionSchema, 'institutions'),
      cases: raw(content.cases, caseSchema, 'cases'),
      chains: raw(content.chains, chainSchema, 'taxonomy/chains'),
      processes: raw(content.processes, processSchema, 'taxonomy/processes'),
    } as CatalogInput<null, null>,
    { now: new Date() },
  );
  await mkdir(join(dataDir, 'facts'), { recursive: true });
  for (const park of catalog.parks)
    await writeFile(join(dataDir, 'facts', `${park.slug}.json`), JSON.stringify(park.facts));
  await writeFile(
    join(dataDir, 'parks.json'),
    JSON.stringify(parksDocument(catalog, new URL('https://parks.example.org'))),
  );
  return catalog.parks.map((p) => p.slug);
}

/** The function and the sample driver in one ESM file, as Netlify's esbuild bundler makes it. */
async function bundle(outfile: string, entry = 'cold-start-sample.ts'): Promise<void> {
  await build({
    entryPoints: [join(repoRoot, 'scripts/bench/lib', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'error',
    // CommonJS dependencies inside an ESM bundle need `require`.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
}

function runSample(file: string, env: Record<string, string>): Promise<Sample> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [file], {
      env: childEnv({ LOG_LEVEL: 'silent', NODE_ENV: 'production', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`exit ${code}: ${err.slice(-2000)}`);
        resolvePromise(JSON.parse(out.trim().split('\n').pop() ?? '') as Sample);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

export async function benchColdStart(
  opts: { parks?: number; samples?: number; dist?: string } = {},
): Promise<BenchResult> {
  const started = startRun();
  const samples = Math.max(5, opts.samples ?? 7);
  const work = await inRepoWorkDir('cold-start');
  const failures: string[] = [];
  try {
    let dataDir: string;
    let slugs: string[];
    if (opts.dist) {
      dataDir = join(resolve(opts.dist), 'data');
      slugs = (await readdir(join(dataDir, 'facts'))).map((f) => f.replace(/\.json$/, '')).sort();
    } else {
      dataDir = join(work, 'data');
      console.error(`cold-start: computing facts for ${opts.parks ?? 5000} synthetic parks…`);
      slugs = await syntheticFacts(opts.parks ?? 5000, dataDir);
    }
    const file = join(work, 'inquiry.mjs');
    await bundle(file);
    const floorFile = join(work, 'floor.mjs');
    await bundle(floorFile, 'cold-start-floor.ts');
    // Two parks far apart in the list, as an inquiry naming two parks.
    const named = [slugs[0]!, slugs[Math.floor(slugs.length / 2)]!].join(',');
    const modes = [
      {
        mode: 'one file per named park',
        env: { PARK_FACTS_DIR: join(dataDir, 'facts') },
      },
      {
        mode: 'one file of all parks (before)',
        env: { PARK_FACTS_PATH: join(dataDir, 'parks.json') },
      },
      { mode: 'floor: Node + fetch classes, no work', env: {} },
    ];
    const rows: (string | number)[][] = [];
    const data: Record<string, unknown>[] = [];
    for (const { mode, env } of modes) {
      const runs: Sample[] = [];
      // Alternating would mix page caches; each mode runs its samples back to back.
      for (let i = 0; i < samples; i++) {
        const s = await runSample(mode.startsWith('floor') ? floorFile : file, {
          ...env,
          COLD_START_PARKS: named,
        });
        if (s.status[0] !== 201 || s.status[1] !== 201)
          failures.push(`${mode}: answered ${s.status.join(', ')} ${s.body ?? ''}`.slice(0, 400));
        runs.push(s);
      }
      const m = {
        mode,
        loadedMs: median(runs.map((r) => r.loadedMs)),
        firstRequestMs: median(runs.map((r) => r.firstRequestMs)),
        readyMs: median(runs.map((r) => r.readyMs)),
        secondRequestMs: median(runs.map((r) => r.secondRequestMs)),
        readyMsAll: runs.map((r) => Math.round(r.readyMs)),
        loadedCpuMs: median(runs.map((r) => r.loadedCpuMs)),
        readyCpuMs: median(runs.map((r) => r.readyCpuMs)),
        rssMb: median(runs.map((r) => r.rssBytes)) / 1024 / 1024,
      };
      data.push(m);
      rows.push([
        mode,
        ms(m.loadedMs),
        ms(m.firstRequestMs),
        ms(m.readyMs),
        m.readyMsAll.join(' '),
        `${ms(m.loadedCpuMs)} / ${ms(m.readyCpuMs)}`,
        ms(m.secondRequestMs),
        `${m.rssMb.toFixed(0)} MB`,
      ]);
    }
    const perPark = data[0]!;
    const sizes = {
      bundle: (await stat(file)).size,
      parksJson: (await stat(join(dataDir, 'parks.json'))).size,
      oneFacts: (await stat(join(dataDir, 'facts', `${slugs[0]}.json`))).size,
    };
    // Wall time is the goal; CPU time is reported beside it because on a shared machine
    // the wall clock mostly measures the queue for a core.
    const goals: GoalResult[] = [
      {
        goal: `cold start (process start to first answer) < ${GOAL_MS} ms at N=${slugs.length}`,
        actual: `${ms(perPark['readyMs'] as number)} wall, ${ms(perPark['readyCpuMs'] as number)} CPU`,
        met: (perPark['readyMs'] as number) < GOAL_MS,
      },
    ];
    const text = [
      `N = ${slugs.length} parks, ${samples} fresh processes per row, medians; bundle ${kb(sizes.bundle)}, ` +
        `parks.json ${kb(sizes.parksJson)}, one facts file ${kb(sizes.oneFacts)}`,
      table(
        [
          'facts read from',
          'module loaded',
          'first inquiry',
          'ready (total)',
          'each sample',
          'CPU loaded / ready',
          'second inquiry',
          'RSS',
        ],
        rows,
      ),
      ...goalsAndFailures(goals, failures),
    ].join('\n');
    return finishResult(started, 'cold-start', {
      goals,
      failures,
      data: { parks: slugs.length, samples, named, sizes, modes: data },
      table: text,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, () => {
  const parks = arg('parks');
  const samples = arg('samples');
  const dist = arg('dist');
  return benchColdStart({
    ...(parks ? { parks: Number(parks) } : {}),
    ...(samples ? { samples: Number(samples) } : {}),
    ...(dist ? { dist } : {}),
  });
});
