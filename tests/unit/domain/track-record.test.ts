import { describe, expect, it } from 'vitest';
import {
  caseMilestones,
  casesTotals,
  fulfilmentRatePct,
  trackRecordSummary,
} from '../../../src/domain/track-record';

describe('fulfilmentRatePct', () => {
  it('is landed over signed, in percent, unrounded', () => {
    expect(fulfilmentRatePct(10, 8)).toBe(80);
    expect(fulfilmentRatePct(3, 1)).toBeCloseTo(33.3333, 4);
    expect(fulfilmentRatePct(5, 0)).toBe(0);
    expect(fulfilmentRatePct(5, 5)).toBe(100);
  });

  it('is null when nothing was signed', () => {
    expect(fulfilmentRatePct(0, 0)).toBeNull();
  });

  it('rejects impossible counts', () => {
    expect(() => fulfilmentRatePct(4, 5)).toThrow(/landed projects \(5\) cannot exceed signed/);
    expect(() => fulfilmentRatePct(-1, 0)).toThrow(/signed/);
    expect(() => fulfilmentRatePct(4, 1.5)).toThrow(/landed/);
  });
});

describe('trackRecordSummary', () => {
  it('derives the figures a page shows', () => {
    expect(
      trackRecordSummary({
        year: 2025,
        signedProjects: 24,
        landedProjects: 18,
        fundsInPlaceRatePct: 71.5,
      }),
    ).toEqual({
      year: 2025,
      signedProjects: 24,
      landedProjects: 18,
      notLandedProjects: 6,
      fulfilmentRatePct: 75,
      fundsInPlaceRatePct: 71.5,
    });
    expect(
      trackRecordSummary({
        year: 2025,
        signedProjects: 0,
        landedProjects: 0,
        fundsInPlaceRatePct: 0,
      }).fulfilmentRatePct,
    ).toBeNull();
  });
});

describe('caseMilestones', () => {
  it('gives whole months from signing to each milestone reached', () => {
    expect(
      caseMilestones({
        signedOn: new Date('2023-03-15'),
        constructionStartOn: new Date('2023-06-01'),
        productionOn: new Date('2024-05-20'),
      }),
    ).toEqual({ monthsToConstructionStart: 2, monthsToProduction: 14 });
  });

  it('is null for milestones not reached', () => {
    expect(caseMilestones({ signedOn: new Date('2025-01-01') })).toEqual({
      monthsToConstructionStart: null,
      monthsToProduction: null,
    });
    expect(
      caseMilestones({
        signedOn: new Date('2025-01-01'),
        constructionStartOn: new Date('2025-01-01'),
      }),
    ).toEqual({ monthsToConstructionStart: 0, monthsToProduction: null });
  });
});

describe('casesTotals', () => {
  it('sums investment, jobs and land over cases', () => {
    expect(
      casesTotals([
        { investmentCny10k: 15_000, jobs: 320, landMu: 50 },
        { investmentCny10k: 2_800, jobs: 90, landMu: 0 },
        { investmentCny10k: 600, jobs: 25 },
      ]),
    ).toEqual({ count: 3, investmentCny10k: 18_400, jobs: 435, landMu: 50 });
    expect(casesTotals([])).toEqual({ count: 0, investmentCny10k: 0, jobs: 0, landMu: 0 });
  });
});
