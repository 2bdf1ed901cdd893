/**
 * `npm run new` without files: slugs refused, missing answers named, and every kind's
 * skeleton read back and validated with the build's schema (and refused, naming the flag,
 * when an answer breaks it).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTIONS, splitFrontmatter } from '../../../scripts/lib/content/load';
import { questionsFor, type Kind } from '../../../scripts/lib/scaffold/questions';
import {
  missingQuestions,
  planEntry,
  slugProblem,
  typedAnswers,
  type ExistingIds,
} from '../../../scripts/lib/scaffold/scaffold';
import { findStaleFigures } from '../../../src/domain/staleness';

const TODAY = '2026-11-29';
const existing: ExistingIds = {
  parks: new Set(['xiangjiang-auto-parts-zone']),
  suppliers: new Set(['hengrui-precision-stamping']),
  institutions: new Set(['luling-polytechnic']),
  cases: new Set(['jinxiang-seat-frames']),
  chains: new Set(['auto-parts', 'smart-equipment']),
  processes: new Set(['mold-stamping', 'electrophoresis']),
};

const ANSWERS: Record<Kind, Record<string, string>> = {
  park: {
    'name-zh': '云河智造产业园',
    'name-en': 'Yunhe Smart Manufacturing Park',
    'province-zh': '湖北',
    'province-en': 'Hubei',
    'city-zh': '宜昌',
    'city-en': 'Yichang',
    lat: '30.70',
    lng: '111.30',
    level: 'provincial',
    'summary-zh': '宜昌的省级园区，面向汽车零部件和智能装备项目。',
    'summary-en': 'A provincial park in Yichang for auto-parts and smart-equipment projects.',
    chains: 'auto-parts, smart-equipment',
    'contact-role-zh': '招商局局长',
    'contact-role-en': 'Head of investment promotion',
    'contact-name': '王敏',
    'contact-email': 'wangmin@yunhe-park.example.cn',
    'contact-phone': '+86 717 5555 0101',
    'response-hours': '24',
    'body-zh': '云河智造产业园位于宜昌市。',
  },
  supplier: {
    'name-zh': '宜昌云河精密冲压有限公司',
    'name-en': 'Yichang Yunhe Precision Stamping Co., Ltd.',
    lat: '30.71',
    lng: '111.31',
    processes: 'mold-stamping，electrophoresis',
    employees: '1,200',
    'source-zh': '宜昌市经信局2026年企业名录',
    'source-en': 'Yichang Economy Bureau, register 2026',
  },
  institution: {
    'name-zh': '三峡职业技术学院',
    'name-en': 'Three Gorges Polytechnic',
    kind: 'vocational-school',
    lat: '30.69',
    lng: '111.28',
    'source-zh': '学院2026届毕业生就业报告',
    'source-en': 'Polytechnic graduate report, 2026',
    'as-of': '2026-08-15',
  },
  case: {
    'title-zh': '车门冲压件就近配套',
    'title-en': 'Door stampings sourced next door',
    'company-zh': '云峰汽车部件有限公司',
    'company-en': 'Yunfeng Auto Parts Co., Ltd.',
    park: 'xiangjiang-auto-parts-zone',
    chain: 'auto-parts',
    investment: '21000',
    jobs: '310',
    'signed-on': '2025-01-15',
    advantage: 'suppliers',
    'source-zh': '园区项目台账',
    'source-en': 'Zone project ledger',
    'body-zh': '云峰原来从外省采购冲压件。',
  },
};

function plan(kind: Kind, raw: Record<string, string>, slug = 'yunhe-new') {
  const questions = questionsFor(kind, TODAY);
  return planEntry(kind, slug, questions, typedAnswers(questions, raw), existing, TODAY);
}

describe('slugs', () => {
  it('refuses an id that is not kebab-case, or one that exists, naming the folder', () => {
    expect(slugProblem('park', 'Yunhe_Park', existing)).toMatch(/not a valid id/);
    expect(slugProblem('park', 'xiangjiang-auto-parts-zone', existing)).toBe(
      'content/parks/ already has "xiangjiang-auto-parts-zone"; choose another slug or edit that file',
    );
    expect(slugProblem('supplier', 'xiangjiang-auto-parts-zone', existing)).toBeUndefined();
    expect(plan('case', ANSWERS.case, 'jinxiang-seat-frames')).toMatchObject({
      ok: false,
      errors: [{ field: 'slug' }],
    });
  });
});

describe('missing answers', () => {
  it('names every required flag without an answer; defaults and optional ones are not missing', () => {
    const questions = questionsFor('supplier', TODAY);
    const missing = missingQuestions(questions, { 'name-zh': '某公司', lat: ' ' }).map(
      (q) => q.flag,
    );
    expect(missing).toEqual([
      'name-en',
      'lat',
      'lng',
      'processes',
      'employees',
      'source-zh',
      'source-en',
    ]);
    expect(missing).not.toContain('as-of');
    expect(missing).not.toContain('park');
  });

  it('asks for every { zh, en } field in both languages', () => {
    const flags = questionsFor('park', TODAY).map((q) => q.flag);
    for (const field of ['name', 'province', 'city', 'summary', 'contact-role']) {
      expect(flags).toContain(`${field}-zh`);
      expect(flags).toContain(`${field}-en`);
    }
  });
});

describe('skeletons', () => {
  it.each(['park', 'supplier', 'institution', 'case'] as const)(
    'a %s skeleton passes the build schema when read back',
    (kind) => {
      const result = plan(kind, ANSWERS[kind]);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const [main] = result.files;
      const collection = COLLECTIONS[`${kind === 'case' ? 'cases' : `${kind}s`}` as 'parks'];
      const text = collection.markdown ? splitFrontmatter(main!.text).frontmatter : main!.text;
      expect(collection.schema.safeParse(parse(text)).success).toBe(true);
      expect(main!.text).toMatch(/# .*\//); // bilingual comments
    },
  );

  it('writes a park as facts plus the Chinese body, leaving the English body to the translator', () => {
    const result = plan('park', ANSWERS.park);
    if (!result.ok) throw new Error('plan failed');
    expect(result.files.map((f) => f.path)).toEqual(['parks/yunhe-new.md']);
    const { frontmatter, body } = splitFrontmatter(result.files[0]!.text);
    expect(body.trim()).toBe('云河智造产业园位于宜昌市。');
    const data = COLLECTIONS.parks.schema.parse(parse(frontmatter));
    expect(data.slug).toBe('yunhe-new');
    expect(data.targetChains).toEqual(['auto-parts', 'smart-equipment']);
    expect(data.coordinates).toEqual({ lat: 30.7, lon: 111.3 });
    expect(data.contacts[0]?.role).toEqual({
      zh: '招商局局长',
      en: 'Head of investment promotion',
    });
    // The placeholder figures are stale, so the build, the page and the report flag each one.
    expect(findStaleFigures(data, new Date(`${TODAY}T00:00:00Z`)).map((f) => f.field)).toEqual([
      'admission.asOf',
      'land.asOf',
      'utilities.asOf',
      'logistics.asOf',
      'labor.asOf',
      'approvals.asOf',
      'trackRecord.asOf',
    ]);
    const withEnglish = plan('park', { ...ANSWERS.park, 'body-en': 'Yunhe is in Yichang.' });
    expect(withEnglish.ok && withEnglish.files[1]).toEqual({
      path: 'parks/yunhe-new.en.md',
      text: 'Yunhe is in Yichang.\n',
    });
  });

  it('reads numbers with thousands separators and lists with Chinese commas', () => {
    const result = plan('supplier', ANSWERS.supplier);
    if (!result.ok) throw new Error('plan failed');
    const data = parse(result.files[0]!.text) as Record<string, unknown>;
    expect(data['employees']).toBe(1200);
    expect(data['processes']).toEqual(['mold-stamping', 'electrophoresis']);
    expect(data['asOf']).toBe(TODAY);
  });
});

describe('bad answers are refused, naming the flag', () => {
  it.each([
    [
      'park',
      { chains: 'auto-part' },
      'chains',
      /unknown chain id "auto-part" \(did you mean "auto-parts"\?\)/,
    ],
    ['park', { level: 'city' }, 'level', /not one of: national, provincial, municipal, county/],
    ['park', { 'contact-email': 'wangmin at yunhe' }, 'contact-email', /email/i],
    ['park', { lat: '130.7' }, 'lat', /90/],
    ['park', { 'summary-en': 'Too short' }, 'summary-en', /at least 20 characters/],
    ['supplier', { park: 'nowhere-park' }, 'park', /unknown park id "nowhere-park"/],
    ['institution', { 'as-of': '15/08/2026' }, 'as-of', /YYYY-MM-DD/],
    ['case', { jobs: '0' }, 'jobs', /./],
  ] as const)('%s %j → --%s', (kind, change, flag, message) => {
    const result = plan(kind, { ...ANSWERS[kind], ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ flag, message: expect.stringMatching(message) }),
    );
  });
});
