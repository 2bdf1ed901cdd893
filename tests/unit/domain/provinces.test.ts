import { describe, expect, it } from 'vitest';
import { provinceId, slugify } from '../../../src/domain/provinces';

describe('provinceId', () => {
  it('takes the official romanisation from the Chinese name', () => {
    expect(provinceId({ zh: '湖南', en: 'Hunan' })).toBe('hunan');
    expect(provinceId({ zh: '陕西', en: 'Shaanxi' })).toBe('shaanxi');
    expect(provinceId({ zh: '山西', en: 'Shanxi' })).toBe('shanxi');
  });
  it('keeps the id when the English label is edited or missing', () => {
    expect(provinceId({ zh: '四川', en: 'Sichuan Province' })).toBe('sichuan');
    expect(provinceId({ zh: '内蒙古' })).toBe('inner-mongolia');
  });
  it('accepts the full official names', () => {
    expect(provinceId({ zh: '江苏省' })).toBe('jiangsu');
    expect(provinceId({ zh: '广西壮族自治区' })).toBe('guangxi');
  });
  it('falls back to the English name made URL-safe', () => {
    expect(provinceId({ en: "Ji'an Special Zone" })).toBe('jian-special-zone');
  });
  it('names the province when no id can be made', () => {
    expect(() => provinceId({ zh: '某地' })).toThrow(/某地/);
  });
});

describe('slugify', () => {
  it('makes lower-case hyphenated ASCII', () => {
    expect(slugify('  Inner Mongolia ')).toBe('inner-mongolia');
    expect(slugify('Shǎnxī')).toBe('shanxi');
  });
});
