import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formPagePath, parseTemplate, renderInquiryFormPage } from '../../../netlify/lib/form-page';
import {
  CHOICES_ELEMENT_ID,
  formChoicesFromCatalog,
  parseChoices,
  serializeChoices,
} from '../../../src/forms/choices';
import { parkChoice } from '../../../src/forms/park-choice';
import {
  FORM_END_MARKER,
  FORM_START_MARKER,
  renderInquiryForm,
  type FormChoices,
} from '../../../src/forms/render-form';
import { en } from '../../../src/forms/messages/en';
import { zhCN } from '../../../src/forms/messages/zh-CN';
import type { Locale } from '../../../src/i18n/locales';
import { byId, where } from './html-tags';

const choices: FormChoices = {
  parks: [
    {
      slug: 'xiangjiang-auto-parts-zone',
      name: 'Xiangjiang </script> Zone',
      place: 'Zhuzhou, Hunan',
      responseHours: 24,
    },
  ],
  industries: [{ value: 'auto-parts', label: 'Auto parts' }],
  processes: [{ value: 'mold-stamping', label: 'Mold stamping' }],
};

/** A page shaped like the built /inquire/ page: head, markers around the form, choices block, script. */
function builtPage(form = renderInquiryForm(choices, en)): string {
  return (
    '<!doctype html><html lang="en"><head><title>Send an inquiry to a park · Park Atlas</title></head><body><main><h1>Send an inquiry</h1>' +
    FORM_START_MARKER +
    form +
    FORM_END_MARKER +
    `<script type="application/json" id="${CHOICES_ELEMENT_ID}">${serializeChoices(choices)}</script>` +
    '<script type="module" src="/_astro/inquiry.js"></script></main></body></html>'
  );
}

let dist: string;
const savedDist = process.env.DIST_DIR;
const savedFacts = process.env.PARK_FACTS_PATH;

/** The published park records the form page names chosen parks from. */
async function writeParkRecords(): Promise<void> {
  const record = {
    slug: 'xiangjiang-auto-parts-zone',
    name: { en: 'Xiangjiang </script> Zone', zh: '湘江</script>产业园' },
    city: { en: 'Zhuzhou', zh: '株洲' },
    province: { en: 'Hunan', zh: '湖南' },
    keyFigures: { inquiryResponseHours: 24 },
    facts: { targetChains: ['auto-parts'] },
  };
  await mkdir(path.join(dist, 'data'), { recursive: true });
  await writeFile(path.join(dist, 'data', 'parks.json'), JSON.stringify({ parks: [record] }));
}

beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'form-page-'));
  process.env.DIST_DIR = dist;
  process.env.PARK_FACTS_PATH = path.join(dist, 'data', 'parks.json');
});
afterEach(async () => {
  if (savedDist === undefined) delete process.env.DIST_DIR;
  else process.env.DIST_DIR = savedDist;
  if (savedFacts === undefined) delete process.env.PARK_FACTS_PATH;
  else process.env.PARK_FACTS_PATH = savedFacts;
  await rm(dist, { recursive: true, force: true });
});

/** Writes the built page of `locale` where the build puts it (/en/inquire/ or /inquire/). */
async function writePage(html: string, locale: Locale = 'en'): Promise<void> {
  const folder = locale === 'en' ? path.join(dist, 'en', 'inquire') : path.join(dist, 'inquire');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.html'), html);
}

describe('renderInquiryFormPage', () => {
  it('re-renders the form with the summary, messages and escaped values, keeping the rest of the page', async () => {
    await writePage(builtPage());
    await writeParkRecords();
    const html = await renderInquiryFormPage({
      values: {
        company: '<b>Acme</b>',
        parks: ['xiangjiang-auto-parts-zone'],
        email: 'not-an-address',
      },
      errors: { email: 'Enter an email address in the correct format, like name@example.com' },
      locale: 'en',
    });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Error: Send an inquiry to a park · Park Atlas</title>');
    expect(html).toContain('<h1>Send an inquiry</h1>');
    expect(html).toContain('<script type="module" src="/_astro/inquiry.js"></script>');
    expect(html.split(FORM_START_MARKER)).toHaveLength(2);
    expect(html.split('<form')).toHaveLength(2);
    expect(byId(html, 'error-summary').attrs.autofocus).toBe('');
    expect(byId(html, 'field-email').attrs).toMatchObject({
      value: 'not-an-address',
      'aria-invalid': 'true',
    });
    expect(byId(html, 'field-company').attrs.value).toBe('<b>Acme</b>');
    expect(html).not.toContain('<b>Acme</b>');
    expect(where(html, (tag) => tag.attrs.name === 'parks' && 'checked' in tag.attrs)).toHaveLength(
      1,
    );
    // The chosen park is named from the published records, escaped, with its place and time.
    expect(html).toContain('Xiangjiang &lt;/script&gt; Zone');
    expect(html).toContain('Zhuzhou, Hunan · answers within 24 business hours');
  });

  it('shows a chosen park by its slug when the park records cannot be read', async () => {
    await writePage(builtPage());
    const html = await renderInquiryFormPage({
      values: { parks: ['xiangjiang-auto-parts-zone'] },
      errors: { company: 'Enter the company name' },
      locale: 'en',
    });
    expect(byId(html, 'field-parks').attrs).toMatchObject({
      value: 'xiangjiang-auto-parts-zone',
      checked: '',
    });
    expect(html).toContain('>xiangjiang-auto-parts-zone<');
  });

  it('reads the built page once and reuses it', async () => {
    await writePage(builtPage());
    const errors = { company: 'Enter the company name' };
    await renderInquiryFormPage({ values: {}, errors, locale: 'en' });
    await writePage('<html>changed without markers</html>');
    const html = await renderInquiryFormPage({ values: {}, errors, locale: 'en' });
    expect(html).toContain('Enter the company name');
  });

  it('fails clearly when the site has not been built, and recovers once it is', async () => {
    const input = {
      values: {},
      errors: { parks: 'Choose at least one park' },
      locale: 'en' as const,
    };
    await expect(renderInquiryFormPage(input)).rejects.toThrow(/ENOENT/);
    await writePage(builtPage());
    await expect(renderInquiryFormPage(input)).resolves.toContain('Choose at least one park');
  });

  it('answers in the Chinese page, with Chinese words around the Chinese messages', async () => {
    const zhPage = builtPage(renderInquiryForm(choices, zhCN))
      .replace('<html lang="en">', '<html lang="zh-CN">')
      .replace(/<title>[^<]*<\/title>/, '<title>投资咨询 · 园区</title>');
    await writePage(zhPage, 'zh-CN');
    await writePage(builtPage(), 'en');
    const html = await renderInquiryFormPage({
      values: {},
      errors: { parks: zhCN.errors['parks.missing'] },
      locale: 'zh-CN',
    });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>错误：投资咨询 · 园区</title>');
    expect(html).toContain('请修改以下内容');
    expect(html).toContain('请至少选择一个园区');
    expect(html).toContain('value="zh-CN"');
    expect(html).not.toContain('There is a problem');
    expect(html).not.toContain('(optional)');
  });

  it('uses the page of the locale under DIST_DIR, defaulting to ./dist', () => {
    expect(formPagePath('zh-CN', { DIST_DIR: '/srv/site' })).toBe(
      path.resolve('/srv/site/inquire/index.html'),
    );
    expect(formPagePath('en', { DIST_DIR: '/srv/site' })).toBe(
      path.resolve('/srv/site/en/inquire/index.html'),
    );
    expect(formPagePath('zh-CN', {})).toBe(path.resolve('dist/inquire/index.html'));
  });
});

describe('parseTemplate', () => {
  it('refuses a page without markers or choices', () => {
    expect(() => parseTemplate('<html><form></form></html>')).toThrow(/markers/);
    expect(() => parseTemplate(`${FORM_START_MARKER}<form></form>${FORM_END_MARKER}`)).toThrow(
      /choices/,
    );
  });
});

describe('choices', () => {
  it('survive the JSON block, even with "</script>" in a name', () => {
    const json = serializeChoices(choices);
    expect(json).not.toContain('</script>');
    expect(parseChoices(json)).toEqual(choices);
    expect(() => parseChoices('{"parks":[]}')).toThrow(/missing/);
  });

  it('come from the catalog: labels sorted, and no parks (the page must not grow with them)', () => {
    const result = formChoicesFromCatalog(
      {
        chains: [
          { id: 'new-materials', label: { en: 'New materials' } },
          { id: 'auto-parts', label: { en: 'Auto parts' } },
        ],
        processes: [
          { id: 'welding', label: { en: 'Welding' } },
          { id: 'anodizing', label: { en: 'Anodizing' } },
        ],
      },
      'en',
    );
    expect(result.parks).toEqual([]);
    expect(result.industries.map((option) => option.value)).toEqual([
      'auto-parts',
      'new-materials',
    ]);
    expect(result.processes.map((option) => option.value)).toEqual(['anodizing', 'welding']);
  });

  it('name a park with its place and response time in each language', () => {
    const park = {
      slug: 'x',
      name: { en: 'Xiangjiang Zone', zh: '湘江汽车零部件产业园' },
      city: { en: 'Xiangtan', zh: '湘潭' },
      province: { en: 'Hunan' },
      responseHours: 24,
    };
    expect(parkChoice(park, 'en')).toEqual({
      slug: 'x',
      name: 'Xiangjiang Zone',
      place: 'Xiangtan, Hunan',
      responseHours: 24,
    });
    // Chinese: province then city; the missing Chinese province falls back to English.
    expect(parkChoice(park, 'zh-CN')).toEqual({
      slug: 'x',
      name: '湘江汽车零部件产业园',
      place: 'Hunan湘潭',
      responseHours: 24,
    });
  });
});

describe('choices in Chinese', () => {
  it('use Chinese labels in pinyin order, English only where Chinese is missing', () => {
    const result = formChoicesFromCatalog(
      {
        chains: [
          { id: 'new-materials', label: { en: 'New materials', zh: '新材料' } },
          { id: 'auto-parts', label: { en: 'Auto parts', zh: '汽车零部件' } },
        ],
        processes: [{ id: 'welding', label: { en: 'Welding' } }],
      },
      'zh-CN',
    );
    // 汽 (qì) before 新 (xīn).
    expect(result.industries.map((option) => option.label)).toEqual(['汽车零部件', '新材料']);
    expect(result.processes).toEqual([{ value: 'welding', label: 'Welding' }]);
  });
});
