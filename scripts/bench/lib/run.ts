/**
 * The life of one benchmark run: its start, its result with the closing figures, the
 * closing lines of its table, and the command-line entry shared by every benchmark.
 */
import {
  goalsTable,
  isMain,
  machine,
  writeResult,
  type BenchResult,
  type GoalResult,
  type Machine,
} from './results';

/** When a benchmark started and on what: taken first, so the load average is the starting one. */
export interface RunStart {
  startedAt: string;
  machine: Machine;
}

/** Marks the start of a benchmark run. */
export function startRun(): RunStart {
  return { startedAt: new Date().toISOString(), machine: machine() };
}

/** A benchmark's result: its start, `finishedAt` and the closing load average stamped now. */
export function finishResult(
  run: RunStart,
  name: string,
  result: Pick<BenchResult, 'goals' | 'failures' | 'data' | 'table'>,
): BenchResult {
  return {
    name,
    ...run,
    finishedAt: new Date().toISOString(),
    loadAvg1mAtEnd: machine().loadAvg1mAtStart,
    ...result,
  };
}

/** The closing lines of a benchmark's table: its goals, then its failures if any. */
export function goalsAndFailures(goals: GoalResult[], failures: readonly string[]): string[] {
  return [
    '',
    goalsTable(goals),
    ...(failures.length ? ['', 'FAILURES:', ...failures.map((f) => `  ${f}`)] : []),
  ];
}

/**
 * When the calling module is the script node started, runs its benchmark, prints the
 * table, writes the result file and, with `failOnFailures`, exits non-zero on failures.
 */
export async function runIfMain(
  importMetaUrl: string,
  bench: () => Promise<BenchResult>,
  failOnFailures = true,
): Promise<void> {
  if (!isMain(importMetaUrl)) return;
  const result = await bench();
  console.info(result.table);
  console.info(`\nwrote ${await writeResult(result)}`);
  if (failOnFailures && result.failures.length > 0) process.exitCode = 1;
}
