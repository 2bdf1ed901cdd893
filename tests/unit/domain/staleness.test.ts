import { describe, expect, it } from 'vitest';
import {
  STALE_AFTER_MONTHS,
  addMonthsUtc,
  findStaleFigures,
  isStale,
  monthsBetween,
} from '../../../src/domain/staleness';

const d = (iso: string) => new Date(iso);

describe('addMonthsUtc', () => {
  it('adds calendar months, clamping to the last day of short months', () => {
    expect(addMonthsUtc(d('2024-01-31'), 1)).toEqual(d('2024-02-29'));
    expect(addMonthsUtc(d('2023-01-31'), 1)).toEqual(d('2023-02-28'));
    expect(addMonthsUtc(d('2024-01-10'), 18)).toEqual(d('2025-07-10'));
    expect(addMonthsUtc(d('2024-03-31'), -1)).toEqual(d('2024-02-29'));
    expect(addMonthsUtc(d('2024-01-10T15:30:00Z'), 0)).toEqual(d('2024-01-10T15:30:00Z'));
  });

  it('rejects invalid dates and fractional months', () => {
    expect(() => addMonthsUtc(new Date('nope'), 1)).toThrow(RangeError);
    expect(() => addMonthsUtc(d('2024-01-01'), 1.5)).toThrow(/integer/);
  });
});

describe('monthsBetween', () => {
  it.each([
    ['2024-01-15', '2024-01-15', 0],
    ['2024-01-15', '2024-02-14', 0],
    ['2024-01-15', '2024-02-15', 1],
    ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-03-30', 1],
    ['2024-01-31', '2024-03-31', 2],
    ['2023-12-01', '2025-06-01', 18],
    ['2024-02-15', '2024-01-15', -1],
    ['2025-06-01', '2023-12-02', -17],
  ] as const)('%s → %s is %d', (a, b, months) => {
    expect(monthsBetween(d(a), d(b))).toBe(months);
  });

  it('counts time of day', () => {
    expect(monthsBetween(d('2024-01-15T12:00:00Z'), d('2024-02-15T11:59:59Z'))).toBe(0);
  });

  it('rejects invalid dates', () => {
    expect(() => monthsBetween(d('2024-01-01'), new Date(Number.NaN))).toThrow(/b must be/);
  });
});

describe('isStale', () => {
  it('defaults to the named limit STALE_AFTER_MONTHS', () => {
    const asOf = d('2024-01-10');
    const limit = addMonthsUtc(asOf, STALE_AFTER_MONTHS);
    expect(isStale(asOf, limit)).toBe(false);
    expect(isStale(asOf, new Date(limit.getTime() + 1))).toBe(true);
  });

  it('flags figures more than 18 months old', () => {
    const asOf = d('2024-01-10');
    expect(isStale(asOf, d('2025-07-09'))).toBe(false);
    expect(isStale(asOf, d('2025-07-10'))).toBe(false);
    expect(isStale(asOf, d('2025-07-10T00:00:01Z'))).toBe(true);
    expect(isStale(asOf, d('2026-01-01'))).toBe(true);
  });

  it('treats future dates as fresh and honours a custom limit', () => {
    expect(isStale(d('2027-01-01'), d('2026-01-01'))).toBe(false);
    expect(isStale(d('2025-01-01'), d('2025-07-02'), 6)).toBe(true);
    expect(isStale(d('2025-01-01'), d('2025-07-01'), 6)).toBe(false);
  });
});

describe('findStaleFigures', () => {
  const now = d('2026-06-01');
  const park = {
    slug: 'demo',
    admission: {
      minInvestmentIntensityCny10kPerMu: 300,
      source: { zh: '2024年投资指南', en: 'Guide 2024' },
      asOf: d('2024-06-01'),
    },
    utilities: { powerPriceCnyPerKwh: 0.62, source: { en: 'Grid tariff' }, asOf: d('2025-12-01') },
    logistics: {
      destinations: [{ name: { en: 'Port' }, distanceKm: 80 }],
      source: { zh: '2023年调查' },
      asOf: d('2023-05-20'),
    },
    nested: [{ source: { en: 'Old list' }, asOf: d('2020-01-01') }],
    notProvenance: { asOf: d('2020-01-01') },
    emptySource: { source: {}, asOf: d('2020-01-01') },
  };

  it('finds every stale provenance block with the path of its asOf field', () => {
    expect(findStaleFigures(park, now)).toEqual([
      {
        field: 'admission.asOf',
        asOf: d('2024-06-01'),
        source: { zh: '2024年投资指南', en: 'Guide 2024' },
        monthsOld: 24,
      },
      {
        field: 'logistics.asOf',
        asOf: d('2023-05-20'),
        source: { zh: '2023年调查' },
        monthsOld: 36,
      },
      { field: 'nested[0].asOf', asOf: d('2020-01-01'), source: { en: 'Old list' }, monthsOld: 77 },
    ]);
  });

  it('reports provenance on the entry itself as "asOf" and honours a custom limit', () => {
    const supplier = {
      processes: ['x'],
      source: { en: 'Visit', zh: '走访' },
      asOf: d('2026-01-01'),
    };
    expect(findStaleFigures(supplier, now)).toEqual([]);
    expect(findStaleFigures(supplier, now, 3)).toEqual([
      { field: 'asOf', asOf: d('2026-01-01'), source: { en: 'Visit', zh: '走访' }, monthsOld: 5 },
    ]);
  });

  it('ignores plain values', () => {
    expect(findStaleFigures(null, now)).toEqual([]);
    expect(findStaleFigures('2020-01-01', now)).toEqual([]);
    expect(findStaleFigures(d('2020-01-01'), now)).toEqual([]);
  });
});
