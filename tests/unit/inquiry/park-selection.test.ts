import { describe, expect, it } from 'vitest';
import {
  addPark,
  isFull,
  parkQuery,
  parseParkParams,
} from '../../../src/domain/inquiry/park-selection';
import { LIMITS } from '../../../src/domain/inquiry/field-values';

const known = new Set(['a-park', 'b-park', 'c-park', 'd-park']);
const isKnown = (slug: string) => known.has(slug);

describe('parseParkParams', () => {
  it('keeps known parks in first-mention order, once each, commas allowed', () => {
    expect(parseParkParams(['b-park', 'a-park,b-park', ' c-park '], isKnown)).toEqual({
      slugs: ['b-park', 'a-park', 'c-park'],
      unknown: [],
      overMax: [],
    });
  });

  it('reports unknown and malformed values once, without throwing', () => {
    const result = parseParkParams(['a-park', 'no-such', 'no-such', '<script>', ''], isKnown);
    expect(result.slugs).toEqual(['a-park']);
    expect(result.unknown).toEqual(['no-such', '<script>']);
  });

  it('stops at the maximum and says which parks were left out', () => {
    const result = parseParkParams(['a-park', 'b-park', 'c-park', 'd-park'], isKnown, 2);
    expect(result.slugs).toEqual(['a-park', 'b-park']);
    expect(result.overMax).toEqual(['c-park', 'd-park']);
  });

  it('uses the form maximum by default', () => {
    const many = Array.from({ length: LIMITS.parksMax + 3 }, (_, i) => `park-${i}`);
    const result = parseParkParams(many, () => true);
    expect(result.slugs).toHaveLength(LIMITS.parksMax);
    expect(result.overMax).toHaveLength(3);
  });
});

describe('addPark, isFull and parkQuery', () => {
  it('adds at the end unless already chosen or full', () => {
    expect(addPark(['a-park'], 'b-park', 3)).toEqual(['a-park', 'b-park']);
    expect(addPark(['a-park'], 'a-park', 3)).toEqual(['a-park']);
    expect(addPark(['a-park', 'b-park'], 'c-park', 2)).toEqual(['a-park', 'b-park']);
    expect(isFull(['a-park', 'b-park'], 2)).toBe(true);
    expect(isFull(['a-park'], 2)).toBe(false);
  });

  it('carries only park slugs and the extra keys given, encoded', () => {
    expect(parkQuery([])).toBe('');
    expect(parkQuery(['a-park', 'b-park'], { page: 2, chain: undefined })).toBe(
      '?park=a-park&park=b-park&page=2',
    );
    expect(parkQuery([], { page: '2&x=1' })).toBe('?page=2%26x%3D1');
  });
});
