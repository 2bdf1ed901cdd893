/**
 * Both languages over the built site (run after `npm run build`; DIST_DIR points
 * elsewhere): every sitemap URL has its counterpart in the other language, each page
 * names both versions with reciprocal hreflang plus x-default and a canonical of its
 * own language; no page shows text from the other language's dictionary; the
 * showcase's acceptance fact reads right in both languages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-CN.json';
import { dictionaryProblems, foreignDictionaryTexts } from '../gates/dictionary';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const site = new URL(process.env.SITE_URL ?? 'https://parks.example.org');
const dictionaries = { 'zh-CN': zh, en };

/** The other language's path of a site path: '/parks/a/' ⇄ '/en/parks/a/'. */
const counterpart = (path: string) =>
  path === '/en/' ? '/' : path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
const langOf = (path: string) => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'zh-CN');

function fileFor(pathname: string): string | null {
  const candidate = pathname.endsWith('/')
    ? join(distDir, pathname, 'index.html')
    : join(distDir, pathname);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}
const html = (path: string) => readFileSync(fileFor(path) ?? '', 'utf8');

function sitemap(): { loc: string; alternates: Map<string, string> }[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
  return files.flatMap((file) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((u) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(u[1] ?? '')?.[1] ?? '',
      alternates: new Map(
        [
          ...(u[1] ?? '').matchAll(
            /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g,
          ),
        ].map((l) => [l[1] ?? '', l[2] ?? '']),
      ),
    })),
  );
}

/** `<link rel="alternate" hreflang>` and canonical of one page. */
function headLinks(page: string) {
  const alternates = new Map(
    [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
  return { alternates, canonical };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

const entries = sitemap();
const abs = (path: string) => new URL(path, site).href;

describe('two languages in the sitemap and in every page head', () => {
  it('lists both languages in equal numbers', () => {
    const paths = entries.map((e) => new URL(e.loc).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/', '/en/', '/parks/', '/en/parks/']));
    expect(paths.filter((p) => langOf(p) === 'en')).toHaveLength(paths.length / 2);
  });

  it.each(entries.map((e) => [new URL(e.loc).pathname, e] as const))(
    '%s has its counterpart, reciprocal hreflang, x-default and its own canonical',
    (path, entry) => {
      const other = counterpart(path);
      expect(
        entries.some((e) => e.loc === abs(other)),
        `${other} in the sitemap`,
      ).toBe(true);
      expect(fileFor(other), `${other} built`).not.toBeNull();
      const zhPath = langOf(path) === 'zh-CN' ? path : other;
      const enPath = langOf(path) === 'en' ? path : other;
      expect(Object.fromEntries(entry.alternates)).toEqual({
        'zh-CN': abs(zhPath),
        en: abs(enPath),
      });
      for (const p of [path, other]) {
        const { alternates, canonical } = headLinks(html(p));
        expect(canonical, `${p} canonical`).toBe(abs(p));
        expect(Object.fromEntries(alternates), `${p} hreflang`).toEqual({
          'zh-CN': abs(zhPath),
          en: abs(enPath),
          'x-default': abs(zhPath),
        });
        expect(html(p)).toMatch(new RegExp(`<html lang="${langOf(p)}"`));
      }
    },
  );

  it('each page links to the same page in the other language with lang and hreflang', () => {
    for (const path of [
      '/',
      '/en/parks/xiangjiang-auto-parts-zone/',
      '/processes/mold-stamping/',
    ]) {
      const other = counterpart(path);
      const lang = langOf(other);
      expect(html(path)).toMatch(
        new RegExp(`<a href="${other}" lang="${lang}" hreflang="${lang}" data-language-switch`),
      );
    }
  });
});

describe('language gate over dist/', () => {
  it('both dictionaries hold the same keys', () => {
    expect(dictionaryProblems(dictionaries)).toEqual([]);
  });

  it('no page shows a text from the other language’s dictionary', () => {
    const problems = htmlFiles(distDir).flatMap((file) =>
      foreignDictionaryTexts(
        {
          path: `/${relative(distDir, file).split(sep).join('/')}`,
          html: readFileSync(file, 'utf8'),
        },
        dictionaries,
      ),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the showcase fact in both languages', () => {
  /** Visible text with tags removed and whitespace collapsed. */
  const text = (page: string) =>
    page
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('the Xiangjiang zone shows 衡瑞精密冲压 at 5.0 公里 and Hengrui Precision Stamping at 5.0 km', () => {
    const zhPage = text(html('/parks/xiangjiang-auto-parts-zone/'));
    const enPage = text(html('/en/parks/xiangjiang-auto-parts-zone/'));
    expect(enPage).toMatch(/Hengrui Precision Stamping [^.]{0,80}?5\.0 km/);
    expect(zhPage).toContain('5.0 公里');
    expect(zhPage).toMatch(/衡瑞精密冲压[^。]{0,80}?5\.0 公里/);
  });
});
