/**
 * Pure helpers for the Lighthouse benchmark: the median and range of repeated runs,
 * and the CPU slowdown Lighthouse's own documentation suggests for a host whose
 * benchmark index differs from the reference machine.
 */

/** Median, minimum and maximum of the numbers given (nulls left out); null when none. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: readonly (number | null | undefined)[]): Spread | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** The index of the run whose value is the (lower) median: the run to show as typical. */
export function medianIndex(values: readonly (number | null)[]): number {
  const ranked = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null)
    .sort((a, b) => a.v - b.v || a.i - b.i);
  return ranked.length === 0 ? 0 : ranked[(ranked.length - 1) >> 1]!.i;
}

/** Lighthouse's default mobile CPU slowdown (docs/throttling.md: "a constant 4x CPU multiplier"). */
export const DEFAULT_CPU_SLOWDOWN = 4;

export interface CpuCalibration {
  /** The suggested `throttling.cpuSlowdownMultiplier`. */
  multiplier: number;
  /** The calculator's confidence range around it. */
  range: [number, number];
}

/**
 * The CPU slowdown multiplier for a host of the given Lighthouse `benchmarkIndex`, by
 * the formula of the "Lighthouse CPU slowdown calculator" that Lighthouse's
 * docs/throttling.md ("Calibrating the CPU slowdown") links to
 * (github.com/patrickhulce/lighthouse-cpu-throttling-calculator): anchored at
 * 150 → 1×, 800 → 2×, 1300 → 3×, 1533 → 4×, 2000 → 6×, linear in between.
 * Undefined below 150, where the calculator says the host is too slow to emulate a
 * mid-tier phone at all.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): CpuCalibration | undefined {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return undefined;
  let multiplier: number;
  let width: number;
  if (benchmarkIndex >= 1300) {
    const excess = (benchmarkIndex - 1300) / 233;
    multiplier = 3 + excess;
    width = Math.max(excess, 1.5, multiplier * 0.3);
  } else if (benchmarkIndex >= 800) {
    multiplier = 2 + (benchmarkIndex - 800) / 500;
    width = 1.5;
  } else {
    multiplier = 1 + (benchmarkIndex - 150) / 650;
    width = 0.5;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    multiplier: round(multiplier),
    range: [round(multiplier - width / 2), round(multiplier + width / 2)],
  };
}

/** "97 (93–99)" for a spread of scores, "97" when every run agreed; "n/a" when none ran. */
export function formatSpread(s: Spread | null, unit = '', digits = 0): string {
  if (!s) return 'n/a';
  const f = (x: number) => `${x.toFixed(digits)}${unit}`;
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}
