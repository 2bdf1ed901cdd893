import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from '../../../src/i18n/locales';

describe('localeFromAcceptLanguage', () => {
  it('defaults to zh-CN without a header or with neither language', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('zh-CN');
    expect(localeFromAcceptLanguage('')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr-FR,de;q=0.8')).toBe('zh-CN');
  });
  it('takes the highest-weighted Chinese or English tag', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr;q=1,en;q=0.5,zh;q=0.7')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de,en-GB;q=0.3')).toBe('en');
  });
  it('ignores languages refused with q=0', () => {
    expect(localeFromAcceptLanguage('en;q=0,zh;q=0.1')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('zh;q=0, en')).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts only the served codes', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
