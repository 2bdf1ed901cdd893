import { describe, expect, it } from 'vitest';
import { addBusinessHours, businessHoursBetween } from '../../../netlify/lib/business-hours';

// 2026-11-27 is a Friday; China time is UTC+8.
const cst = (local: string) => new Date(`${local}+08:00`);

describe('business hours (Mon–Fri 09:00–18:00 China time)', () => {
  it('counts only open hours, across a weekend', () => {
    expect(addBusinessHours(cst('2026-11-27T17:00:00'), 2)).toEqual(cst('2026-11-30T10:00:00'));
    expect(addBusinessHours(cst('2026-11-28T12:00:00'), 1)).toEqual(cst('2026-11-30T10:00:00'));
    expect(addBusinessHours(cst('2026-11-27T08:00:00'), 24)).toEqual(cst('2026-12-01T15:00:00'));
  });

  it('measures the open hours between two times, 0 when the end is earlier', () => {
    expect(businessHoursBetween(cst('2026-11-27T17:00:00'), cst('2026-11-30T10:00:00'))).toBe(2);
    expect(businessHoursBetween(cst('2026-11-28T10:00:00'), cst('2026-11-29T20:00:00'))).toBe(0);
    expect(businessHoursBetween(cst('2026-11-30T10:00:00'), cst('2026-11-27T10:00:00'))).toBe(0);
    const start = cst('2026-11-26T11:30:00');
    expect(businessHoursBetween(start, addBusinessHours(start, 24))).toBeCloseTo(24, 6);
  });
});
