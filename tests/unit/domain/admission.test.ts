import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXAMPLE_PLOT_MU,
  admissionExample,
  impliedInvestmentCny10k,
  investmentIntensityCny10kPerMu,
} from '../../../src/domain/admission';

const thresholds = { minInvestmentIntensityCny10kPerMu: 300, minAnnualTaxCny10kPerMu: 20 };

describe('impliedInvestmentCny10k', () => {
  it('multiplies plot size by the minimum intensity', () => {
    expect(impliedInvestmentCny10k(50, 300)).toBe(15_000);
    expect(impliedInvestmentCny10k(12.5, 280)).toBe(3_500);
    expect(impliedInvestmentCny10k(0, 300)).toBe(0);
  });

  it('rejects negative and non-finite inputs', () => {
    expect(() => impliedInvestmentCny10k(-1, 300)).toThrow(/plotMu/);
    expect(() => impliedInvestmentCny10k(50, Number.NaN)).toThrow(/minIntensityCny10kPerMu/);
  });
});

describe('investmentIntensityCny10kPerMu', () => {
  it('divides investment by land', () => {
    expect(investmentIntensityCny10kPerMu(15_000, 50)).toBe(300);
    expect(investmentIntensityCny10kPerMu(0, 10)).toBe(0);
  });

  it('is null when the project takes no land', () => {
    expect(investmentIntensityCny10kPerMu(8_000, 0)).toBeNull();
  });

  it('rejects negative and non-finite inputs', () => {
    expect(() => investmentIntensityCny10kPerMu(-5, 10)).toThrow(RangeError);
    expect(() => investmentIntensityCny10kPerMu(5, Number.POSITIVE_INFINITY)).toThrow(/landMu/);
  });
});

describe('admissionExample', () => {
  it('defaults to the named plot DEFAULT_EXAMPLE_PLOT_MU', () => {
    expect(admissionExample(thresholds)).toEqual(
      admissionExample(thresholds, DEFAULT_EXAMPLE_PLOT_MU),
    );
  });

  it('works the thresholds out for a 50-mu plot by default', () => {
    expect(admissionExample(thresholds)).toEqual({
      plotMu: 50,
      minInvestmentCny10k: 15_000,
      minAnnualTaxCny10k: 1_000,
    });
  });

  it('adds output and land cost only when they are known', () => {
    const example = admissionExample({ ...thresholds, minAnnualOutputCny10kPerMu: 500 }, 30, 18);
    expect(example).toEqual({
      plotMu: 30,
      minInvestmentCny10k: 9_000,
      minAnnualTaxCny10k: 600,
      minAnnualOutputCny10k: 15_000,
      landCostCny10k: 540,
    });
    const withoutOutput = admissionExample({
      ...thresholds,
      minAnnualOutputCny10kPerMu: undefined,
    });
    expect('minAnnualOutputCny10k' in withoutOutput).toBe(false);
    expect('landCostCny10k' in withoutOutput).toBe(false);
    expect(admissionExample(thresholds, 10, 0).landCostCny10k).toBe(0);
  });

  it('rejects invalid thresholds, plot sizes and prices', () => {
    expect(() => admissionExample(thresholds, -10)).toThrow(/plotMu/);
    expect(() => admissionExample({ ...thresholds, minAnnualTaxCny10kPerMu: -1 })).toThrow(
      /minAnnualTaxCny10kPerMu/,
    );
    expect(() => admissionExample(thresholds, 50, -2)).toThrow(/landPricePerMuCny10k/);
  });
});
