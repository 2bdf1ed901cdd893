/**
 * Gate: lighter profiles (issue 11, item 5) on the built site (npm test builds first;
 * DIST_DIR points elsewhere). Every park profile, in both languages, describes each
 * supplier once; the Xiangjiang zone's profile stays at most two-thirds of its
 * recorded old size. Rules in tests/gates/profile-weight.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  PROFILE_HTML_BEFORE,
  checkProfileSizes,
  repeatedDescriptions,
  type SupplierTexts,
} from '../gates/profile-weight';

const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const content = resolve(process.env['CONTENT_DIR'] ?? 'content');

interface SupplierDoc {
  note?: { en?: string; zh?: string };
  replaces?: { en?: string; zh?: string };
}

const ids = (folder: string, ext: RegExp) =>
  readdirSync(join(content, folder))
    .filter((f) => ext.test(f) && !f.endsWith('.en.md'))
    .map((f) => f.replace(ext, ''));

const suppliers = ids('suppliers', /\.ya?ml$/).map((id) => ({
  id,
  doc: parse(readFileSync(join(content, 'suppliers', `${id}.yaml`), 'utf8')) as SupplierDoc,
}));
const textsIn = (lang: 'en' | 'zh'): SupplierTexts[] =>
  suppliers.map(({ id, doc }) => ({
    id,
    texts: [doc.note?.[lang], doc.replaces?.[lang]].filter((t): t is string => !!t),
  }));
const profiles = ids('parks', /\.md$/).flatMap((slug) => [
  { path: `/parks/${slug}/`, lang: 'zh' as const },
  { path: `/en/parks/${slug}/`, lang: 'en' as const },
]);
const htmlFile = (path: string) => join(dist, path, 'index.html');

describe('profile gate', () => {
  it('has built profiles to check', () => {
    expect(profiles.length).toBeGreaterThan(0);
    const missing = profiles.filter((p) => !existsSync(htmlFile(p.path))).map((p) => p.path);
    expect(missing, `profiles missing from ${dist}; run npm run build first`).toEqual([]);
  });

  it('every profile describes each supplier once, in both languages', () => {
    const repeats = profiles.flatMap(({ path, lang }) =>
      repeatedDescriptions(readFileSync(htmlFile(path), 'utf8'), textsIn(lang), path),
    );
    expect(repeats.map((r) => r.message).join('\n')).toBe('');
  });

  it(`the Xiangjiang zone's profile is at most two-thirds of its size on ${PROFILE_HTML_BEFORE.date}`, () => {
    const sizes = Object.fromEntries(
      Object.keys(PROFILE_HTML_BEFORE.bytes)
        .filter((path) => existsSync(htmlFile(path)))
        .map((path) => [path, statSync(htmlFile(path)).size]),
    );
    expect(
      checkProfileSizes(sizes)
        .map((v) => v.message)
        .join('\n'),
    ).toBe('');
  });
});
