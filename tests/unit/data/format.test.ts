import { describe, expect, it } from 'vitest';
import {
  capitalize,
  formatCny10k,
  formatDate,
  formatHours,
  formatKm,
  formatMonth,
  formatNumber,
  formatPct,
  isoDate,
  listJoin,
  midSentence,
  plural,
} from '../../../src/lib/format';

describe('format', () => {
  it('groups digits and caps decimals', () => {
    expect(formatNumber(12400)).toBe('12,400');
    expect(formatNumber(0.634, 2)).toBe('0.63');
    expect(formatNumber(5)).toBe('5');
  });

  it('prints one decimal for distances under 10 km and whole km beyond', () => {
    expect(formatKm(5)).toBe('5.0 km');
    expect(formatKm(0.84)).toBe('0.8 km');
    expect(formatKm(9.96)).toBe('10 km');
    expect(formatKm(23.4)).toBe('23 km');
    expect(formatKm(1234.5)).toBe('1,235 km');
  });

  it('turns 10k CNY into plain amounts', () => {
    expect(formatCny10k(15000)).toBe('CNY 150 million');
    expect(formatCny10k(750)).toBe('CNY 7.5 million');
    expect(formatCny10k(250000)).toBe('CNY 2.5 billion');
    expect(formatCny10k(80)).toBe('CNY 800,000');
  });

  it('formats hours and percentages', () => {
    expect(formatHours(0.15)).toBe('0.2 h');
    expect(formatHours(8.5)).toBe('8.5 h');
    expect(formatPct(81.58)).toBe('82%');
    expect(formatPct(4.25)).toBe('4.3%');
  });

  it('formats calendar dates in UTC whatever the machine zone', () => {
    const d = new Date('2026-03-31');
    expect(formatDate(d)).toBe('31 Mar 2026');
    expect(formatMonth(d)).toBe('Mar 2026');
    expect(isoDate(d)).toBe('2026-03-31');
  });

  it('joins lists and words for headings', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b'])).toBe('a and b');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
    expect(plural(1, 'supplier')).toBe('1 supplier');
    expect(plural(1200, 'graduate')).toBe('1,200 graduates');
    expect(plural(2, 'school or lab', 'schools and labs')).toBe('2 schools and labs');
    expect(midSentence('Mold stamping')).toBe('mold stamping');
    expect(midSentence('CNC machining')).toBe('CNC machining');
    expect(capitalize('mold stamping')).toBe('Mold stamping');
  });
});
