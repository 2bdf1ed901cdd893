import { describe, expect, it } from 'vitest';
import { admissionCheck, projectFigures } from '../../../../src/domain/cost/admission-check';
import { EXAMPLE_PROJECT } from '../../../../src/domain/cost/project';
import type { Project } from '../../../../src/domain/cost/types';
import {
  INTENSITY_SOFT_MARGIN,
  POWER_SOFT_MARGIN,
} from '../../../../src/domain/inquiry/admissibility';
import { LINGXI, XIANGJIANG } from './fixtures';

const codes = (project: Project, park = XIANGJIANG) =>
  admissionCheck(project, park).reasons.map((r) => r.code);

describe('admission check of an estimate', () => {
  it('admits the acceptance project at both parks', () => {
    // intensity 20,000 (10k CNY) ÷ 50 mu = 400 ≥ 300 (Xiangjiang) and ≥ 200 (Lingxi);
    // 50 mu ≤ 1,850 and ≤ 420 (largest plot); 2 MW ≤ 120 MW spare.
    const x = admissionCheck(EXAMPLE_PROJECT, XIANGJIANG);
    expect(x.verdict).toBe('admissible');
    expect(x.reasons.map((r) => r.code)).toEqual(['intensity-met', 'land-ok', 'power-ok']);
    expect(x.intensityChecked).toBe(true);
    // 50 mu commits to 50 × 300 = 15,000 invested, 50 × 15 = 750 tax, 50 × 400 = 20,000 output
    expect(x.commitments).toEqual({
      plotMu: 50,
      minInvestmentCny10k: 15_000,
      minAnnualTaxCny10k: 750,
      minAnnualOutputCny10k: 20_000,
    });
    const l = admissionCheck(EXAMPLE_PROJECT, LINGXI);
    expect(l.verdict).toBe('admissible');
    // 50 × 200 = 10,000 invested, 50 × 10 = 500 tax; Lingxi states no output minimum
    expect(l.commitments).toEqual({
      plotMu: 50,
      minInvestmentCny10k: 10_000,
      minAnnualTaxCny10k: 500,
    });
  });

  it('uses the lead qualification margins: a near miss is negotiable, a far one is not', () => {
    expect(INTENSITY_SOFT_MARGIN).toBe(0.2);
    // 13,000 ÷ 50 = 260 ≥ 300 × (1 − 0.2) = 240: near
    const near = { ...EXAMPLE_PROJECT, investmentCny10k: 13_000 };
    expect(codes(near)[0]).toBe('intensity-near');
    expect(admissionCheck(near, XIANGJIANG).verdict).toBe('soft-miss');
    // 10,000 ÷ 50 = 200 < 240: below, a hard limit
    const below = { ...EXAMPLE_PROJECT, investmentCny10k: 10_000 };
    expect(codes(below)[0]).toBe('intensity-below');
    expect(admissionCheck(below, XIANGJIANG).verdict).toBe('inadmissible');
    // …which meets Lingxi's 200 exactly
    expect(codes(below, LINGXI)[0]).toBe('intensity-met');

    expect(POWER_SOFT_MARGIN).toBe(0.1);
    // 130 MW > 120 spare but ≤ 120 × 1.1 = 132: near; 140 MW: short
    expect(codes({ ...EXAMPLE_PROJECT, powerKw: 130_000 })).toContain('power-near');
    expect(codes({ ...EXAMPLE_PROJECT, powerKw: 140_000 })).toContain('power-short');
    // 500 mu fits the 1,850 available but not the largest plot of 420
    expect(codes({ ...EXAMPLE_PROJECT, landMu: 500, investmentCny10k: 200_000 })).toContain(
      'plot-too-small',
    );
  });

  it('skips the intensity check without an investment, and checks factory floor without land', () => {
    const noInvestment = admissionCheck({ ...EXAMPLE_PROJECT, investmentCny10k: null }, XIANGJIANG);
    expect(noInvestment.intensityChecked).toBe(false);
    expect(noInvestment.reasons.map((r) => r.code)).toEqual(['land-ok', 'power-ok']);

    const rent: Project = { ...EXAMPLE_PROJECT, site: 'factory-rent', floorM2: 90_000 };
    expect(projectFigures(rent)).toEqual({
      floorM2: 90_000,
      powerKw: 2000,
      investmentCny: 200_000_000,
    });
    // 90,000 m² > 86,000 m² of standard factories: negotiable (soft)
    const check = admissionCheck(rent, XIANGJIANG);
    expect(check.reasons.map((r) => r.code)).toEqual(['floor-short', 'power-ok']);
    expect(check.verdict).toBe('soft-miss');
    expect(check.commitments).toBeNull();
  });
});
