import { describe, expect, it } from 'vitest';
import {
  capitalize,
  formatCny10k,
  formatCompass,
  formatDate,
  formatHours,
  formatKm,
  formatMonth,
  formatNumber,
  formatPct,
  isoDate,
  listJoin,
  midSentence,
} from '../../../src/i18n/format';

/** The text with no-break spaces (figure + unit) read as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('format, English', () => {
  it('groups digits and caps decimals', () => {
    expect(plain(formatNumber(12400, 0, 'en'))).toBe('12,400');
    expect(plain(formatNumber(0.634, 2, 'en'))).toBe('0.63');
    expect(plain(formatNumber(5, 0, 'en'))).toBe('5');
  });

  it('prints one decimal for distances under 10 km and whole km beyond', () => {
    expect(plain(formatKm(5, 'en'))).toBe('5.0 km');
    expect(plain(formatKm(0.84, 'en'))).toBe('0.8 km');
    expect(plain(formatKm(9.96, 'en'))).toBe('10 km');
    expect(plain(formatKm(23.4, 'en'))).toBe('23 km');
    expect(plain(formatKm(1234.5, 'en'))).toBe('1,235 km');
  });

  it('turns 10k CNY into plain amounts', () => {
    expect(plain(formatCny10k(15000, 'en'))).toBe('CNY 150 million');
    expect(plain(formatCny10k(750, 'en'))).toBe('CNY 7.5 million');
    expect(plain(formatCny10k(250000, 'en'))).toBe('CNY 2.5 billion');
    expect(plain(formatCny10k(80, 'en'))).toBe('CNY 800,000');
  });

  it('formats hours and percentages', () => {
    expect(plain(formatHours(0.15, 'en'))).toBe('0.2 h');
    expect(plain(formatHours(8.5, 'en'))).toBe('8.5 h');
    expect(plain(formatPct(81.58, 'en'))).toBe('82%');
    expect(plain(formatPct(4.25, 'en'))).toBe('4.3%');
  });

  it('formats calendar dates in UTC whatever the machine zone', () => {
    const d = new Date('2026-03-31');
    expect(plain(formatDate(d, 'en'))).toBe('31 Mar 2026');
    expect(plain(formatMonth(d, 'en'))).toBe('Mar 2026');
    expect(isoDate(d)).toBe('2026-03-31');
  });

  it('joins lists and words for headings', () => {
    expect(plain(listJoin([], 'en'))).toBe('');
    expect(plain(listJoin(['a'], 'en'))).toBe('a');
    expect(plain(listJoin(['a', 'b'], 'en'))).toBe('a and b');
    expect(plain(listJoin(['a', 'b', 'c'], 'en'))).toBe('a, b and c');
    expect(midSentence('Mold stamping', 'en')).toBe('mold stamping');
    expect(midSentence('CNC machining', 'en')).toBe('CNC machining');
    expect(capitalize('mold stamping')).toBe('Mold stamping');
    expect(plain(formatCompass(80, 'en'))).toBe('E');
  });
});

describe('format, Simplified Chinese', () => {
  it('joins a figure to its unit with a no-break space', () => {
    expect(formatKm(5, 'zh-CN')).toBe('5.0\u00a0公里');
    expect(formatKm(5, 'en')).toBe('5.0\u00a0km');
  });

  it('writes units the way Chinese park officers do', () => {
    expect(plain(formatKm(5, 'zh-CN'))).toBe('5.0 公里');
    expect(plain(formatKm(1234.5, 'zh-CN'))).toBe('1,235 公里');
    expect(plain(formatHours(1.5, 'zh-CN'))).toBe('1.5 小时');
    expect(plain(formatCny10k(15000, 'zh-CN'))).toBe('1.5 亿元');
    expect(plain(formatCny10k(800, 'zh-CN'))).toBe('800 万元');
    expect(plain(formatCny10k(250000, 'zh-CN'))).toBe('25 亿元');
  });

  it('writes dates as 2026年3月 and lists with 、 and 和', () => {
    const d = new Date('2026-03-31');
    expect(plain(formatMonth(d, 'zh-CN'))).toBe('2026年3月');
    expect(plain(formatDate(d, 'zh-CN'))).toBe('2026年3月31日');
    expect(plain(listJoin(['模具冲压', '电泳', '注塑'], 'zh-CN'))).toBe('模具冲压、电泳和注塑');
    expect(midSentence('Mold stamping', 'zh-CN')).toBe('Mold stamping');
    expect(plain(formatCompass(45, 'zh-CN'))).toBe('东北');
  });
});
