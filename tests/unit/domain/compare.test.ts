import { describe, expect, it } from 'vitest';
import { byId, compareIds } from '../../../src/domain/compare';

describe('compareIds', () => {
  it('orders by code point, so upper case sorts before lower case whatever the locale', () => {
    expect(['b', 'a', 'B', 'a-b', 'a_b'].sort(compareIds)).toEqual(['B', 'a', 'a-b', 'a_b', 'b']);
  });
  it('is zero for equal ids', () => {
    expect(compareIds('mold-stamping', 'mold-stamping')).toBe(0);
  });
});

describe('byId', () => {
  it('orders entries by their id', () => {
    const sorted = [{ id: 'z' }, { id: 'm' }, { id: 'a' }].sort(byId);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'm', 'z']);
  });
});
