/**
 * Shared plumbing for the benchmarks: machine description, result files under
 * bench/results/ (gitignored), a plain-text table, and small CLI helpers.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (scripts/bench/lib → ../../..). */
export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface Machine {
  cpus: number;
  cpuModel: string;
  totalMemBytes: number;
  platform: string;
  node: string;
  /** 1-minute load average when the benchmark started: other work on the machine skews figures. */
  loadAvg1mAtStart: number;
}

/** Describes the machine the figures come from. */
export function machine(): Machine {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAvg1mAtStart: os.loadavg()[0] ?? 0,
  };
}

/** One goal and whether the run met it; `met: null` when not measured in this run. */
export interface GoalResult {
  goal: string;
  actual: string;
  met: boolean | null;
}

export interface BenchResult {
  name: string;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  /** 1-minute load average when the benchmark finished. */
  loadAvg1mAtEnd: number;
  goals: GoalResult[];
  /** Hard failures (over budget, lost leads): these make the benchmark exit non-zero. */
  failures: string[];
  /** Benchmark-specific figures. */
  data: unknown;
  /** Human-readable table printed to the console. */
  table: string;
}

/** Writes bench/results/<name>.json and returns its path. */
export async function writeResult(result: BenchResult): Promise<string> {
  const dir = join(repoRoot, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${result.name}.json`);
  await writeFile(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

/** Fixed-width text table; numbers right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        /^[-+]?[\d.,]+( ?[a-zA-Z/%×]+)?$/.test(c) && c !== ''
          ? c.padStart(widths[i]!)
          : c.padEnd(widths[i]!),
      )
      .join('  ');
  return [
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** Formats goals as a table with PASS / FAIL / n/a. */
export function goalsTable(goals: GoalResult[]): string {
  return table(
    ['goal', 'actual', 'status'],
    goals.map((g) => [g.goal, g.actual, g.met === null ? 'n/a' : g.met ? 'PASS' : 'FAIL']),
  );
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Value of `--name value` on the command line. */
export function arg(name: string, argv = process.argv): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** True when this module is the script node was started with. */
export function isMain(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(importMetaUrl);
}

/**
 * A fresh build folder inside the repository (bench/results/.tmp/, gitignored).
 * Astro 7 puts its prerender chunks in <cwd>/.astro/.prerender/ whenever outDir
 * lies outside the working directory, so parallel builds into /tmp overwrite
 * each other's chunks; an outDir inside the repo keeps them in <outDir>/.prerender/.
 */
export async function inRepoWorkDir(prefix: string): Promise<string> {
  const base = join(repoRoot, 'bench', 'results', '.tmp');
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, `${prefix}-`));
}

/** Environment for child tools: the repo's Node 24 and binaries first on PATH. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(repoRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ...extra,
  };
}
