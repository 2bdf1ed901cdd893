/**
 * A missing translation never breaks the build and never leaves a blank: on a copy of
 * content/ with one Chinese summary, one Chinese source of figures and one English body
 * removed, the build succeeds, prints what is missing by file and field, and each page
 * shows the other language, marked with its `lang` and a visible note. The same build
 * carries a park scaffolded by `npm run new` (flags, no terminal): it builds, has a page in
 * both languages, and its missing English introduction is reported until it is written.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteFrom } from '../support/build-site';
import { runTool } from '../support/run-tool';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'site-fallback-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const slug = 'xiangjiang-auto-parts-zone';
const parkFile = join(contentDir, 'parks', `${slug}.md`);

const newSlug = 'yunhe-smart-manufacturing-park';
/** `npm run new -- park <newSlug> …`: every required answer as a flag, no English body. */
const newParkAnswers = {
  'name-zh': '云河智造产业园',
  'name-en': 'Yunhe Smart Manufacturing Park',
  'province-zh': '湖北',
  'province-en': 'Hubei',
  'city-zh': '宜昌',
  'city-en': 'Yichang',
  lat: '30.70',
  lng: '111.30',
  level: 'provincial',
  'summary-zh': '宜昌的省级园区，面向汽车零部件和智能装备项目，紧邻长江港口。',
  'summary-en':
    'A provincial park in Yichang for auto-parts and smart-equipment projects, by a Yangtze port.',
  chains: 'auto-parts,smart-equipment',
  'contact-role-zh': '招商局局长',
  'contact-role-en': 'Head of investment promotion',
  'contact-name': '王敏',
  'contact-email': 'wangmin@yunhe-park.example.cn',
  'contact-phone': '+86 717 5555 0101',
  'response-hours': '24',
  'body-zh': '云河智造产业园位于湖北省宜昌市，是省级开发区。',
};
const newPark = [
  'park',
  newSlug,
  ...Object.entries(newParkAnswers).flatMap(([k, v]) => [`--${k}`, v]),
];

let log = '';
let scaffold = { code: -1, stdout: '', stderr: '' };
let zhPage = '';
let enPage = '';
let englishSummary = '';
const landSourceZh = '    zh: 湘潭市自然资源和规划局2026年土地供应计划\n';
const landSourceEn = 'Xiangtan Natural Resources Bureau, land supply plan 2026';

beforeAll(async () => {
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  scaffold = await runTool('new', contentDir, newPark);
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

describe('a park scaffolded by npm run new', () => {
  it('is written as facts plus the Chinese body, with no English body', () => {
    expect(scaffold.code, scaffold.stderr).toBe(0);
    expect(scaffold.stdout).toContain(`wrote ${join(contentDir, 'parks', `${newSlug}.md`)}`);
    expect(existsSync(join(contentDir, 'parks', `${newSlug}.en.md`))).toBe(false);
  });

  it('builds and has a page in both languages', () => {
    const zh = readFileSync(join(outDir, 'parks', newSlug, 'index.html'), 'utf8');
    const en = readFileSync(join(outDir, 'en/parks', newSlug, 'index.html'), 'utf8');
    expect(zh).toMatch(/<h1[^>]*>[^<]*云河智造产业园/);
    expect(en).toMatch(/<h1[^>]*>[^<]*Yunhe Smart Manufacturing Park/);
    // Until the translator writes <slug>.en.md, the English page shows the Chinese introduction, marked.
    expect(en).toContain('This introduction is not yet translated');
    expect(en).toContain('云河智造产业园位于湖北省宜昌市');
  });

  it('has its missing English introduction reported by file and field', () => {
    expect(log).toContain(`content/parks/${newSlug}.md: body (en: no .en.md file)`);
  });

  it('has its placeholder figures reported as stale until they are filled in', () => {
    expect(log).toMatch(
      new RegExp(
        `stale figures: \\S*content/parks/${newSlug}\\.md › utilities\\.asOf \\(asOf 2000-01-01`,
      ),
    );
  });
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
