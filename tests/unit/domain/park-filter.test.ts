import { describe, expect, it } from 'vitest';
import {
  filterEntries,
  filterParks,
  isEmptyFilter,
  matchesFilters,
  parseFigure,
  parseFilters,
  type FilterPark,
  type ParkFilters,
} from '../../../src/domain/park-filter';

const park = (over: Partial<FilterPark> & { slug: string }): FilterPark => ({
  province: 'hunan',
  level: 'provincial',
  chains: ['auto-parts'],
  processes: ['stamping', 'electrophoresis'],
  landMu: 1000,
  intensityCny10kPerMu: 300,
  spareMw: 100,
  approvalDays: 40,
  ...over,
});
const none: ParkFilters = { processes: [] };
const query = (text: string) => new URLSearchParams(text).entries();

describe('matchesFilters', () => {
  it('lets every park through when no filter is set', () => {
    expect(matchesFilters(park({ slug: 'a' }), none)).toBe(true);
  });
  it('treats thresholds as inclusive', () => {
    const p = park({ slug: 'a' });
    expect(matchesFilters(p, { ...none, landMinMu: 1000, approvalMaxDays: 40 })).toBe(true);
    expect(matchesFilters(p, { ...none, intensityMaxCny10kPerMu: 300, spareMinMw: 100 })).toBe(
      true,
    );
  });
  it('drops a park that misses any one number', () => {
    const p = park({ slug: 'a' });
    expect(matchesFilters(p, { ...none, landMinMu: 1000.5 })).toBe(false);
    expect(matchesFilters(p, { ...none, approvalMaxDays: 39.5 })).toBe(false);
    expect(matchesFilters(p, { ...none, intensityMaxCny10kPerMu: 299 })).toBe(false);
    expect(matchesFilters(p, { ...none, spareMinMw: 101 })).toBe(false);
  });
  it('matches chain, province and level by id', () => {
    const p = park({ slug: 'a', chains: ['auto-parts', 'new-materials'] });
    expect(matchesFilters(p, { ...none, chain: 'new-materials' })).toBe(true);
    expect(matchesFilters(p, { ...none, chain: 'biopharma' })).toBe(false);
    expect(matchesFilters(p, { ...none, province: 'sichuan' })).toBe(false);
    expect(matchesFilters(p, { ...none, level: 'provincial', province: 'hunan' })).toBe(true);
    expect(matchesFilters(p, { ...none, level: 'national' })).toBe(false);
  });
  it('needs every chosen process within reach', () => {
    const p = park({ slug: 'a' });
    expect(matchesFilters(p, { processes: ['stamping'] })).toBe(true);
    expect(matchesFilters(p, { processes: ['stamping', 'electrophoresis'] })).toBe(true);
    expect(matchesFilters(p, { processes: ['stamping', 'die-casting'] })).toBe(false);
  });
});

describe('filterParks', () => {
  it('keeps the given order and only the parks that match', () => {
    const parks = [
      park({ slug: 'big-slow', landMu: 5200, approvalDays: 51 }),
      park({ slug: 'big-fast', landMu: 3400, approvalDays: 23 }),
      park({ slug: 'small-fast', landMu: 280, approvalDays: 20 }),
      park({ slug: 'edge', landMu: 1000, approvalDays: 40 }),
    ];
    const found = filterParks(parks, { ...none, landMinMu: 1000, approvalMaxDays: 40 });
    expect(found.map((p) => p.slug)).toEqual(['big-fast', 'edge']);
  });
});

describe('parseFigure', () => {
  it('reads figures as people type them', () => {
    expect(parseFigure('1,000')).toBe(1000);
    expect(parseFigure(' 1 000 ')).toBe(1000);
    expect(parseFigure('１０００')).toBe(1000);
    expect(parseFigure('26.5')).toBe(26.5);
  });
  it('takes an empty box as no filter and anything else as not a number', () => {
    expect(parseFigure('  ')).toBeUndefined();
    expect(Number.isNaN(parseFigure('-5'))).toBe(true);
    expect(Number.isNaN(parseFigure('ten'))).toBe(true);
  });
});

describe('parseFilters and filterEntries', () => {
  it('reads every filter from a shared URL', () => {
    const { filters, invalid } = parseFilters(
      query(
        'chain=auto-parts&province=hunan&level=national&land=1000&intensity=300&power=50&approval=40&process=stamping&process=electrophoresis',
      ),
    );
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      chain: 'auto-parts',
      province: 'hunan',
      level: 'national',
      landMinMu: 1000,
      intensityMaxCny10kPerMu: 300,
      spareMinMw: 50,
      approvalMaxDays: 40,
      processes: ['stamping', 'electrophoresis'],
    });
  });
  it('ignores empty fields (a submitted form sends them all) and unknown parameters', () => {
    const { filters, invalid } = parseFilters(query('chain=&land=&approval=40&utm_source=x'));
    expect(filters).toEqual({ approvalMaxDays: 40, processes: [] });
    expect(invalid).toEqual([]);
  });
  it('lists unusable values by parameter and does not apply them', () => {
    const { filters, invalid } = parseFilters(query('land=lots&power=-3&chain=Auto%20Parts'));
    expect(filters).toEqual({ processes: [] });
    expect(invalid.sort()).toEqual(['chain', 'land', 'power']);
  });
  it('round-trips through the query in a fixed order', () => {
    const filters: ParkFilters = {
      approvalMaxDays: 40,
      landMinMu: 1000,
      processes: ['stamping', 'die-casting'],
      chain: 'auto-parts',
    };
    const entries = filterEntries(filters);
    expect(new URLSearchParams(entries).toString()).toBe(
      'chain=auto-parts&land=1000&approval=40&process=die-casting&process=stamping',
    );
    expect(parseFilters(entries).filters).toEqual({
      ...filters,
      processes: ['die-casting', 'stamping'],
    });
  });
  it('knows an empty filter', () => {
    expect(isEmptyFilter(none)).toBe(true);
    expect(isEmptyFilter({ ...none, landMinMu: 0 })).toBe(false);
  });
});
