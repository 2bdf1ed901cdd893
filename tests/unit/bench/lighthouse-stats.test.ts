import { describe, expect, it } from 'vitest';
import {
  calibratedCpuSlowdown,
  formatSpread,
  medianIndex,
  spread,
} from '../../../scripts/bench/lib/lighthouse-stats';

describe('spread of repeated Lighthouse runs', () => {
  it('gives the median, minimum and maximum, leaving out runs without a value', () => {
    expect(spread([97, null, 88, 100])).toEqual({ median: 97, min: 88, max: 100, n: 3 });
    expect(spread([90, 100])).toEqual({ median: 95, min: 90, max: 100, n: 2 });
    expect(spread([null, undefined])).toBeNull();
  });

  it('points at the run with the lower median score', () => {
    expect(medianIndex([99, 86, 93])).toBe(2);
    expect(medianIndex([100, 90, null, 95, 80])).toBe(1);
    expect(medianIndex([])).toBe(0);
  });

  it('prints a range only when the runs differ', () => {
    expect(formatSpread(spread([97, 93, 99]))).toBe('97 (93–99)');
    expect(formatSpread(spread([100, 100, 100]))).toBe('100');
    expect(formatSpread(spread([180.4, 240]), ' ms')).toBe('210 ms (180 ms–240 ms)');
    expect(formatSpread(null)).toBe('n/a');
  });
});

describe('CPU slowdown calibrated from the benchmark index (Lighthouse docs/throttling.md calculator)', () => {
  it('matches the calculator at its anchor points', () => {
    expect(calibratedCpuSlowdown(150)?.multiplier).toBe(1);
    expect(calibratedCpuSlowdown(800)?.multiplier).toBe(2);
    expect(calibratedCpuSlowdown(1300)?.multiplier).toBe(3);
    expect(calibratedCpuSlowdown(1533)?.multiplier).toBe(4);
    expect(calibratedCpuSlowdown(2000)?.multiplier).toBe(6);
  });

  it('interpolates in between, with the calculator confidence range', () => {
    expect(calibratedCpuSlowdown(1050)).toEqual({ multiplier: 2.5, range: [1.75, 3.25] });
    expect(calibratedCpuSlowdown(475)).toEqual({ multiplier: 1.5, range: [1.25, 1.75] });
  });

  it('gives no multiplier for a host too slow to emulate a phone', () => {
    expect(calibratedCpuSlowdown(120)).toBeUndefined();
    expect(calibratedCpuSlowdown(Number.NaN)).toBeUndefined();
  });
});
