import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import zh from '../../../src/i18n/zh-CN.json';
import {
  dictionaryProblems,
  foreignDictionaryTexts,
  ownLanguageText,
  telltaleFragments,
} from '../../gates/dictionary';

const dictionaries = { 'zh-CN': zh, en };
const page = (lang: string, body: string) => ({
  path: '/x/',
  html: `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`,
});

describe('dictionary gate', () => {
  it('passes the real dictionaries: same keys in both languages', () => {
    expect(dictionaryProblems(dictionaries)).toEqual([]);
  });

  it('names a key missing in either language', () => {
    expect(
      dictionaryProblems({ 'zh-CN': { a: '一', b: '二' }, en: { a: 'one', c: 'three' } }),
    ).toEqual(['en: key "b" is missing', 'zh-CN: key "c" is missing']);
  });

  it('looks only for telling fragments: not identical values, not short ones', () => {
    const fragments = telltaleFragments(
      { same: 'ISO 9001', short: '亩', long: '投资咨询' },
      { same: 'ISO 9001', short: 'mu', long: 'Send an inquiry to {park} today' },
    );
    expect(fragments).toEqual(['Send an inquiry to']);
  });

  it('fails a Chinese page that shows an English dictionary text', () => {
    const bad = page('zh-CN', `<h1>园区名录</h1><p>${en['privacy.why.heading']} now</p>`);
    expect(foreignDictionaryTexts(bad, dictionaries)).toEqual([
      '/x/ (zh-CN) shows "Why we keep it" from the en dictionary',
    ]);
  });

  it('fails an English page that shows a Chinese dictionary text, also in an attribute', () => {
    const bad = page('en', `<img alt="${zh['diagram.legend.research']}" src="a.png">`);
    expect(foreignDictionaryTexts(bad, dictionaries)).toContain(
      `/x/ (en) shows "${zh['diagram.legend.research']}" from the zh-CN dictionary`,
    );
  });

  it('allows text marked with the other language (fallbacks, the language switch)', () => {
    const ok = page(
      'zh-CN',
      `<a lang="en" hreflang="en" href="/en/">${en['lang.invite']}</a><div lang="en"><p>${en['privacy.why.body']}</p><br></div><p>园区</p>`,
    );
    expect(foreignDictionaryTexts(ok, dictionaries)).toEqual([]);
    expect(ownLanguageText(ok.html).text).toContain('园区');
  });
});
