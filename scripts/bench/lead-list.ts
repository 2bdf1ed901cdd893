/**
 * Lead-list benchmark: fills a throwaway local store with synthetic leads at two
 * sizes (10,000 and 100,000 by default) and times the staff CLI as staff run it —
 * `leads list --limit 50`, one park's list, and a full `export --format json`
 * (to /dev/null) with the peak RSS of its process tree. The goal: list under
 * 2 s at 100,000 leads, and export memory flat in the number of leads.
 *
 *   npx tsx scripts/bench/lead-list.ts [--sizes 10000,100000]
 *   npm run bench -- --leads-only
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BlobsLeadStore } from '../../netlify/lib/blobs-lead-store';
import { startLocalBlobs, useBlobsContext } from '../lib/local-blobs';
import { BENCH_PARKS, fillLeads } from './lead-fill';
import { runMeasured } from './lib/measure';
import {
  arg,
  childEnv,
  goalsTable,
  inRepoWorkDir,
  isMain,
  machine,
  mb,
  repoRoot,
  table,
  writeResult,
  type BenchResult,
  type GoalResult,
} from './lib/results';

interface SizeFigures {
  leads: number;
  fillS: number;
  /** CLI start-up alone (`leads --help`), the floor under every command. */
  startS: number;
  /** The newest 50 through the index in this process (what `list` does after start-up). */
  storeListS: number;
  listS: number;
  listCpuS: number | null;
  parkListS: number;
  exportS: number;
  exportCpuS: number | null;
  exportPeakRssBytes: number;
}

/** CPU seconds (user + system) from GNU time's report, null without it. */
function cpuSeconds(output: string): number | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(output);
  const system = /System time \(seconds\): ([\d.]+)/.exec(output);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

async function timeCli(
  dataDir: string,
  args: string,
): Promise<{ s: number; cpuS: number | null; rss: number }> {
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const command = `"${process.execPath}" "${tsx}" scripts/leads.ts ${args} > /dev/null`;
  const m = await runMeasured('sh', ['-c', command], {
    cwd: repoRoot,
    env: childEnv({ LEADS_DATA_DIR: dataDir, NETLIFY_SITE_ID: '', NETLIFY_AUTH_TOKEN: '' }),
  });
  if (m.exitCode !== 0) throw new Error(`leads ${args} failed:\n${m.outputTail}`);
  if (/warning/i.test(m.output)) throw new Error(`leads ${args} warned:\n${m.outputTail}`);
  return {
    s: m.wallMs / 1000,
    cpuS: cpuSeconds(m.output),
    rss: m.maxRssTimeBytes ?? m.peakTreeRssBytes,
  };
}

/** Seconds to read the newest 50 leads through the index, in this process. */
async function listInProcess(): Promise<number> {
  const store = new BlobsLeadStore({ timeoutMs: 120_000 });
  const started = performance.now();
  let count = 0;
  for await (const lead of store.leads()) if (lead && ++count >= 50) break;
  return (performance.now() - started) / 1000;
}

export async function benchLeadList(options: { sizes?: number[] } = {}): Promise<BenchResult> {
  const sizes = (options.sizes ?? [10_000, 100_000]).sort((a, b) => a - b);
  const startedAt = new Date().toISOString();
  const startMachine = machine();
  const work = await inRepoWorkDir('leads');
  const blobs = await startLocalBlobs(work);
  useBlobsContext(blobs.context);
  const figures: SizeFigures[] = [];
  const endMs = Date.now();
  try {
    let filled = 0;
    for (const size of sizes) {
      const started = performance.now();
      await fillLeads(blobs.directory, blobs.context.siteID, filled, size, endMs);
      const fillS = (performance.now() - started) / 1000;
      console.error(`filled ${size} leads (+${size - filled} in ${fillS.toFixed(0)} s)`);
      filled = size;
      const inProcess = await listInProcess();
      const start = await timeCli(work, '--help');
      const list = await timeCli(work, 'list --limit 50');
      const park = await timeCli(work, `list --limit 50 --park ${BENCH_PARKS[0] ?? ''}`);
      const exported = await timeCli(work, 'export --format json');
      const figure: SizeFigures = {
        leads: size,
        fillS,
        startS: start.s,
        storeListS: inProcess,
        listS: list.s,
        listCpuS: list.cpuS,
        parkListS: park.s,
        exportS: exported.s,
        exportCpuS: exported.cpuS,
        exportPeakRssBytes: exported.rss,
      };
      figures.push(figure);
      // Each size's figures as soon as they exist: a 100,000-lead run takes a while.
      console.error(`lead-list ${JSON.stringify(figure)}`);
    }
  } finally {
    await blobs.stop();
    await rm(work, { recursive: true, force: true });
  }
  const largest = figures.at(-1);
  const smallest = figures[0];
  const goals: GoalResult[] = largest
    ? [
        {
          goal: `list --limit 50 < 2 s at ${largest.leads} leads`,
          actual: `${largest.listS.toFixed(2)} s`,
          met: largest.listS < 2,
        },
        {
          goal: 'export peak RSS flat in the number of leads (≤ 1.5× from smallest to largest)',
          actual: `${mb(smallest?.exportPeakRssBytes ?? 0)} → ${mb(largest.exportPeakRssBytes)}`,
          met: largest.exportPeakRssBytes <= 1.5 * (smallest?.exportPeakRssBytes ?? 0),
        },
      ]
    : [];
  const cpu = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)} s`);
  const rows = figures.map((f) => [
    f.leads,
    `${f.storeListS.toFixed(2)} s`,
    `${f.startS.toFixed(2)} s`,
    `${f.listS.toFixed(2)} s`,
    cpu(f.listCpuS),
    `${f.parkListS.toFixed(2)} s`,
    `${f.exportS.toFixed(1)} s`,
    cpu(f.exportCpuS),
    mb(f.exportPeakRssBytes),
    `${f.fillS.toFixed(0)} s`,
  ]);
  return {
    name: 'lead-list',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: startMachine,
    loadAvg1mAtEnd: machine().loadAvg1mAtStart,
    goals,
    failures: [],
    data: { figures },
    table: `${table(
      [
        'leads',
        'index 50',
        'CLI start',
        'list 50',
        'list CPU',
        'park list 50',
        'export json',
        'export CPU',
        'export peak RSS',
        'fill',
      ],
      rows,
    )}\n\n${goalsTable(goals)}`,
  };
}

if (isMain(import.meta.url)) {
  const sizes = arg('sizes')?.split(',').map(Number);
  const result = await benchLeadList(sizes ? { sizes } : {});
  console.info(result.table);
  console.error(`wrote ${await writeResult(result)}`);
}
