import { describe, expect, it } from 'vitest';
import {
  localeFromParam,
  localeParams,
  localizePath,
  splitLocalePath,
} from '../../../src/i18n/routing';

describe('locale routing', () => {
  it('gives one static path per locale, Chinese unprefixed', () => {
    expect(localeParams()).toEqual([
      { params: { lang: undefined }, props: { locale: 'zh-CN' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
    ]);
  });
  it('reads the locale back from the param and refuses unknown segments', () => {
    expect(localeFromParam(undefined)).toBe('zh-CN');
    expect(localeFromParam('en')).toBe('en');
    expect(() => localeFromParam('fr')).toThrow('/fr/');
  });
  it('maps a page to its counterpart in either direction', () => {
    expect(localizePath('/parks/a/', 'en')).toBe('/en/parks/a/');
    expect(localizePath('/en/parks/a/', 'zh-CN')).toBe('/parks/a/');
    expect(localizePath('/en/', 'zh-CN')).toBe('/');
    expect(localizePath('/', 'en')).toBe('/en/');
    expect(localizePath('/en/parks/a/', 'en')).toBe('/en/parks/a/');
  });
  it('does not mistake a path that merely starts with the letters for a locale', () => {
    expect(splitLocalePath('/energy/')).toEqual({ locale: 'zh-CN', path: '/energy/' });
  });
});
