import { describe, expect, it } from 'vitest';
import {
  CNY_PER_CNY10K,
  MU_IN_M2,
  MU_PER_HA,
  cny10kToCny,
  cnyToCny10k,
  m2ToMu,
  muToHa,
  muToM2,
} from '../../../src/domain/units';

describe('mu conversions', () => {
  it('uses the exact definition 1 mu = 1/15 ha, which prints as 666.67 m²', () => {
    expect(MU_IN_M2).toBe(10_000 / 15);
    expect(MU_IN_M2.toFixed(2)).toBe('666.67');
    expect(MU_PER_HA).toBe(15);
  });

  it('converts mu to m² and hectares', () => {
    expect(muToM2(1)).toBeCloseTo(666.6667, 4);
    expect(muToM2(15)).toBeCloseTo(10_000, 9);
    expect(muToM2(0)).toBe(0);
    expect(muToHa(15)).toBe(1);
    expect(muToHa(50)).toBeCloseTo(3.3333, 4);
    expect(muToHa(1)).toBeCloseTo(0.0667, 4);
  });

  it('converts m² to mu, exactly for whole hectares', () => {
    expect(m2ToMu(10_000)).toBe(15);
    expect(m2ToMu(666.67)).toBeCloseTo(1, 4);
    expect(m2ToMu(0)).toBe(0);
  });

  it('round-trips mu → m² → mu', () => {
    for (const mu of [0.5, 1, 7, 50, 123.4, 3000]) expect(m2ToMu(muToM2(mu))).toBeCloseTo(mu, 9);
  });
});

describe('10k CNY conversions', () => {
  it('converts between CNY and 10k CNY', () => {
    expect(CNY_PER_CNY10K).toBe(10_000);
    expect(cnyToCny10k(150_000_000)).toBe(15_000);
    expect(cny10kToCny(250)).toBe(2_500_000);
    expect(cnyToCny10k(0)).toBe(0);
  });
});
