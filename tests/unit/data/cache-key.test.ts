import { describe, expect, it } from 'vitest';
import { cacheKey, digestOf } from '../../../src/data/cache-key';

describe('incremental-build cache keys', () => {
  it('changes when any nested value changes', () => {
    const park = { slug: 'a', reach: [{ id: 's', km: 5 }] };
    const moved = { slug: 'a', reach: [{ id: 's', km: 5.1 }] };
    expect(cacheKey(park)).not.toBe(cacheKey(moved));
    expect(cacheKey({ slug: 'a', reach: [{ id: 's', km: 5 }] })).toBe(cacheKey(park));
  });

  it('keys Maps and Sets by their contents (plain JSON drops them)', () => {
    const labels = new Map([['stamping', { zh: '冲压' }]]);
    const renamed = new Map([['stamping', { zh: '精密冲压' }]]);
    expect(cacheKey(labels)).not.toBe(cacheKey(renamed));
    expect(cacheKey(new Set(['a']))).not.toBe(cacheKey(new Set(['b'])));
  });

  it('tells parts apart by position and type', () => {
    expect(cacheKey('a', 'b')).not.toBe(cacheKey('b', 'a'));
    expect(cacheKey(1)).not.toBe(cacheKey('1'));
    expect(cacheKey(null)).not.toBe(cacheKey(undefined));
  });

  it('digests an object once, so a view shared by many pages costs one digest', () => {
    const view = { slug: 'a', facts: [1, 2, 3] };
    const first = digestOf(view);
    view.facts.push(4); // views are not changed after the catalog is built
    expect(digestOf(view)).toBe(first);
    expect(digestOf({ slug: 'a', facts: [1, 2, 3, 4] })).not.toBe(first);
  });
});
