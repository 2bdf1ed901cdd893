/**
 * A missing translation never breaks the build and never leaves a blank: on a copy of
 * content/ with one Chinese summary, one Chinese source of figures and one English body
 * removed, the build succeeds, prints what is missing by file and field, and each page
 * shows the other language, marked with its `lang` and a visible note.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteFrom } from '../support/build-site';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'site-fallback-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const slug = 'xiangjiang-auto-parts-zone';
const parkFile = join(contentDir, 'parks', `${slug}.md`);

let log = '';
let zhPage = '';
let enPage = '';
let englishSummary = '';
const landSourceZh = '    zh: 湘潭市自然资源和规划局2026年土地供应计划\n';
const landSourceEn = 'Xiangtan Natural Resources Bureau, land supply plan 2026';

beforeAll(() => {
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  const md = readFileSync(parkFile, 'utf8');
  englishSummary = /^summary:\n {2}en: (.+)$/m.exec(md)?.[1] ?? '';
  expect(englishSummary.length).toBeGreaterThan(20);
  expect(md).toContain(landSourceZh);
  // Drop the Chinese summary, the Chinese source of the land figures and the English body.
  writeFileSync(
    parkFile,
    md.replace(/^(summary:\n {2}en: .+\n) {2}zh: .+\n/m, '$1').replace(landSourceZh, ''),
  );
  rmSync(join(contentDir, 'parks', `${slug}.en.md`));
  const build = buildSiteFrom(work);
  log = build.log;
  expect(build.status, log.slice(-2000)).toBe(0);
  zhPage = readFileSync(join(outDir, 'parks', slug, 'index.html'), 'utf8');
  enPage = readFileSync(join(outDir, 'en/parks', slug, 'index.html'), 'utf8');
});

afterAll(() => {
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
});

describe('a missing translation', () => {
  it('is listed once by the build, by file and field', () => {
    expect(log.match(/\[i18n\] \d+ missing translation/g)).toHaveLength(1);
    expect(log).toMatch(
      new RegExp(
        `content/parks/${slug}\\.md: summary\\.zh, land\\.source\\.zh, body \\(en: no \\.en\\.md file\\)`,
      ),
    );
  });

  it('shows the English summary on the Chinese page, marked as English and untranslated', () => {
    const escaped = englishSummary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, '&#39;');
    expect(zhPage).toMatch(
      new RegExp(`<span lang="en">${escaped}</span>\\s*<small[^>]*>\\s*\\(暂无中文版本\\)`),
    );
  });

  it('shows the English source of figures on the Chinese page, marked, inside the source note', () => {
    expect(zhPage).toMatch(
      new RegExp(
        `来源：<span lang="en">${landSourceEn}</span>\\s*<small[^>]*>\\s*\\(暂无中文版本\\)\\s*</small>，截至`,
      ),
    );
    expect(enPage).toContain(`Source: ${landSourceEn}, as of`);
  });

  it('shows the Chinese introduction on the English page, marked as Chinese', () => {
    const about = /<section[^>]*aria-labelledby="about"[\s\S]*?<\/section>/.exec(enPage)?.[0] ?? '';
    expect(about).toContain('This introduction is not yet translated');
    expect(about).toMatch(/<div lang="zh-CN"[^>]*>[\s\S]*[\u4e00-\u9fff]{10}/);
  });
});
