import { describe, expect, it } from 'vitest';
import { fulfilmentRatePct, trackRecordSummary } from '../../../src/domain/track-record';

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
