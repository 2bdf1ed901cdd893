import { describe, expect, it } from 'vitest';
import { PARKS_PER_PAGE } from '../../../src/domain/paging';
import {
  estimateDefault,
  MAX_COMPARED_PARKS,
  MAX_ESTIMATED_PARKS,
  mergeShortlist,
  parseSlugs,
  splitKnown,
} from '../../../src/domain/shortlist';

describe('the compare shortlist', () => {
  it('reads a comma-separated list once per slug', () => {
    expect(parseSlugs(' a, b,,A ,c ')).toEqual(['a', 'b', 'c']);
    expect(parseSlugs(null)).toEqual([]);
  });

  it('prefers the shared list over the stored one and appends an added park', () => {
    expect(mergeShortlist({ fromUrl: ['a', 'b'], stored: ['c'], add: null })).toEqual({
      slugs: ['a', 'b'],
      overflow: [],
    });
    expect(mergeShortlist({ fromUrl: null, stored: ['c'], add: 'd' }).slugs).toEqual(['c', 'd']);
    expect(mergeShortlist({ fromUrl: null, stored: ['c'], add: 'c' }).slugs).toEqual(['c']);
  });

  it('keeps at most four and names the ones left out', () => {
    expect(MAX_COMPARED_PARKS).toBe(4);
    expect(mergeShortlist({ fromUrl: null, stored: ['a', 'b', 'c', 'd'], add: 'e' })).toEqual({
      slugs: ['a', 'b', 'c', 'd'],
      overflow: ['e'],
    });
    expect(
      mergeShortlist({ fromUrl: ['a', 'b', 'c', 'd', 'e', 'f'], stored: [], add: null }),
    ).toEqual({
      slugs: ['a', 'b', 'c', 'd'],
      overflow: ['e', 'f'],
    });
  });

  it('splits parks that exist from unknown slugs', () => {
    expect(splitKnown(['a', 'x', 'b'], new Set(['a', 'b']))).toEqual({
      known: ['a', 'b'],
      unknown: ['x'],
    });
  });

  it('prices every park by default only up to one page of parks, else asks to choose', () => {
    expect(MAX_ESTIMATED_PARKS).toBe(PARKS_PER_PAGE);
    const slugs = (n: number) => Array.from({ length: n }, (_, i) => `park-${i}`);
    expect(estimateDefault(slugs(MAX_ESTIMATED_PARKS))).toEqual(slugs(MAX_ESTIMATED_PARKS));
    expect(estimateDefault([])).toEqual([]);
    expect(estimateDefault(slugs(MAX_ESTIMATED_PARKS + 1))).toBeNull();
    expect(estimateDefault(slugs(5000))).toBeNull();
  });
});
