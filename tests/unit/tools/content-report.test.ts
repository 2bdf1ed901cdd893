/**
 * The content report's checks on plain fixtures (no files): each kind of finding is
 * produced by the content that should produce it, names file, field and park, and only
 * the strict kinds fail `--strict`.
 */
import { describe, expect, it } from 'vitest';
import { runChecks, type ReportInput } from '../../../scripts/lib/report/checks';
import { inChina } from '../../../scripts/lib/report/china';
import { exitCode, STRICT_KINDS, type Finding } from '../../../scripts/lib/report/findings';
import {
  displayWidth,
  formatJson,
  formatTable,
  reportLanguage,
} from '../../../scripts/lib/report/format';
import { fixtureInput, NOW, offset } from '../data/fixtures';

/** The fixture catalog as the report takes it: every entry with a Chinese body and an English one. */
function report(change: (input: ReturnType<typeof fixtureInput>) => void = () => {}): ReportInput {
  const input = fixtureInput();
  change(input);
  const withBody = <T extends { entry: unknown }>(e: T) => ({ ...e, entry: { body: '正文' } });
  return {
    input: { ...input, parks: input.parks.map(withBody), cases: input.cases.map(withBody) },
    englishBodies: {
      parks: new Set(input.parks.map((p) => p.id)),
      cases: new Set(input.cases.map((c) => c.id)),
    },
    problems: [],
  };
}

const of = (findings: Finding[], kind: Finding['kind']) => findings.filter((f) => f.kind === kind);

describe('content report checks', () => {
  it('finds nothing strict in the fixture catalog', () => {
    const findings = runChecks(report(), { now: NOW });
    expect(findings.filter((f) => STRICT_KINDS.has(f.kind))).toEqual([]);
    expect(exitCode(findings, true)).toBe(0);
  });

  it('lists a park block older than 18 months by file, field and park, and fails --strict', () => {
    const findings = runChecks(
      report((input) => {
        const park = input.parks[0]!;
        park.data = {
          ...park.data,
          utilities: { ...park.data.utilities, asOf: new Date('2025-05-23') },
        };
      }),
      { now: NOW },
    );
    expect(of(findings, 'stale')).toEqual([
      {
        file: 'content/parks/zeta-zone.md',
        park: 'zeta-zone',
        field: 'utilities.asOf',
        kind: 'stale',
        message: expect.stringContaining('2025-05-23 are 18 months old'),
      },
    ]);
    expect(exitCode(findings, true)).toBe(1);
    expect(exitCode(findings, false)).toBe(0);
  });

  it('keeps a block dated exactly 18 months back fresh (the build’s rule)', () => {
    const findings = runChecks(
      report((input) => {
        const s = input.suppliers[0]!;
        s.data = { ...s.data, asOf: new Date('2025-05-24') };
      }),
      { now: NOW },
    );
    expect(of(findings, 'stale')).toEqual([]);
  });

  it('names unknown ids with the park they concern', () => {
    const findings = runChecks(
      report((input) => {
        const c = input.cases[0]!;
        c.data = { ...c.data, suppliers: ['hengrul'] };
      }),
      { now: NOW },
    );
    expect(of(findings, 'unknown-id')).toEqual([
      expect.objectContaining({
        file: 'content/cases/door-rings.md',
        park: 'zeta-zone',
        field: 'suppliers[0]',
        message: expect.stringContaining('did you mean "hengrui"'),
      }),
    ]);
  });

  it('flags suppliers and institutions no park reaches (30 km and 50 km), but not for --strict', () => {
    const findings = runChecks(report(), { now: NOW });
    expect(of(findings, 'out-of-reach').map((f) => f.file)).toEqual([
      'content/suppliers/too-far.yaml',
      'content/institutions/far-uni.yaml',
    ]);
    expect(exitCode(of(findings, 'out-of-reach'), true)).toBe(0);
    const wider = runChecks(report(), { now: NOW, reachKm: 50, talentKm: 90 });
    expect(of(wider, 'out-of-reach')).toEqual([]);
  });

  it('flags a second file with the same name, ignoring case and spacing', () => {
    const findings = runChecks(
      report((input) => {
        const s = input.suppliers[1]!;
        s.data = { ...s.data, name: { en: '  HENGRUI  co., ltd. ' } };
      }),
      { now: NOW },
    );
    expect(of(findings, 'duplicate-name')).toEqual([
      expect.objectContaining({
        file: 'content/suppliers/inside.yaml',
        park: 'zeta-zone',
        field: 'name.en',
        message: expect.stringContaining('content/suppliers/hengrui.yaml'),
      }),
    ]);
  });

  it('flags coordinates outside China, such as a longitude with a minus sign', () => {
    const findings = runChecks(
      report((input) => {
        const i = input.institutions[0]!;
        const { lat, lon } = offset(-9, -3);
        i.data = { ...i.data, coordinates: { lat, lon: -lon } };
      }),
      { now: NOW },
    );
    expect(of(findings, 'outside-china')).toEqual([
      expect.objectContaining({ file: 'content/institutions/voc.yaml', field: 'coordinates' }),
    ]);
  });

  it('lists missing translations by field and body, without failing --strict', () => {
    const r = report();
    r.englishBodies = { ...r.englishBodies, parks: new Set(['zeta-zone']) };
    const findings = of(runChecks(r, { now: NOW }), 'missing-translation');
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'content/parks/alpha-park.md',
        park: 'alpha-park',
        field: 'body (en: no .en.md file)',
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ file: 'content/parks/zeta-zone.md', field: 'summary.zh' }),
    );
    expect(exitCode(findings, true)).toBe(0);
  });

  it('gives a park without contacts or response time their own kinds; other schema errors are "invalid"', () => {
    const r = report();
    r.problems = [
      {
        filePath: 'content/parks/beta.md',
        field: 'contacts',
        message: 'List at least one contact',
      },
      {
        filePath: 'content/parks/beta.md',
        field: 'service.inquiryResponseHours',
        message: 'expected number',
      },
      { filePath: 'content/parks/beta.md', field: 'contacts[0].email', message: 'Invalid email' },
    ];
    const kinds = runChecks(r, { now: NOW })
      .filter((f) => f.file === 'content/parks/beta.md')
      .map((f) => [f.kind, f.park]);
    expect(kinds).toEqual([
      ['no-contact', 'beta'],
      ['no-response-time', 'beta'],
      ['invalid', 'beta'],
    ]);
  });
});

describe('inChina (coarse outline)', () => {
  const inside = {
    Beijing: [39.9, 116.4],
    Harbin: [45.8, 126.6],
    Mohe: [52.9, 122.5],
    Urumqi: [43.8, 87.6],
    Kashgar: [39.5, 76.0],
    Lhasa: [29.65, 91.1],
    Kunming: [25.0, 102.7],
    Haikou: [20.0, 110.3],
    Sanya: [18.25, 109.5],
    Taipei: [25.03, 121.56],
    Shanghai: [31.2, 121.5],
    Xiamen: [24.48, 118.09],
    Hunchun: [42.87, 130.36],
    Dandong: [40.13, 124.38],
    Yichang: [30.7, 111.3],
  };
  const outside = {
    Ulaanbaatar: [47.9, 106.9],
    Pyongyang: [39.0, 125.75],
    Seoul: [37.57, 126.98],
    Tokyo: [35.68, 139.7],
    Fukuoka: [33.6, 130.4],
    Hanoi: [21.03, 105.85],
    Almaty: [43.24, 76.9],
    Vladivostok: [43.1, 131.9],
    Kathmandu: [27.7, 85.3],
    Manila: [14.6, 121.0],
    'Xiangtan with lat and lon swapped': [112.9, 27.9],
    'Xiangtan with a minus sign': [27.9, -112.9],
  };
  it.each(Object.entries(inside))('%s is inside', (_, [lat, lon]) => {
    expect(inChina({ lat: lat!, lon: lon! })).toBe(true);
  });
  it.each(Object.entries(outside))('%s is outside', (_, [lat, lon]) => {
    expect(inChina({ lat: lat!, lon: lon! })).toBe(false);
  });
});

describe('report output', () => {
  const findings: Finding[] = [
    {
      file: 'content/suppliers/a.yaml',
      field: 'coordinates',
      kind: 'out-of-reach',
      message: 'far',
    },
    { file: 'content/parks/b.md', park: 'b', field: 'land.asOf', kind: 'stale', message: 'old' },
    {
      file: 'content/cases/c.md',
      park: 'b',
      field: 'body (en: no .en.md file)',
      kind: 'missing-translation',
      message: 'en',
    },
  ];

  it('groups by park, then file, parks first, and marks strict findings with "!"', () => {
    const lines = formatTable(findings, 'en', new Map([['b', 'Beta Park']])).split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Beta Park  [b]',
      '  content/cases/c.md',
      expect.stringMatching(/^ {5}missing translation +body \(en: no \.en\.md file\) +en$/),
      '  content/parks/b.md',
      expect.stringMatching(/^ {3}! stale figures +land\.asOf +old$/),
      '',
      '(no park)',
      '  content/suppliers/a.yaml',
    ]);
    expect(lines.at(-1)).toBe(
      '3 findings, 1 of which fail --strict: stale figures 1, out of reach 1, missing translation 1',
    );
  });

  it('labels kinds in Chinese when LANG is Chinese, aligned by display width', () => {
    expect(reportLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(reportLanguage({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
    expect(reportLanguage({})).toBe('en');
    const table = formatTable(findings, 'zh');
    expect(table).toContain('（不属于某个园区）');
    expect(table).toMatch(/共 3 项问题，其中 1 项会使 --strict 失败/);
    expect(displayWidth('数据过期')).toBe(8);
    expect(formatTable([], 'zh')).toBe('内容检查：未发现问题。');
  });

  it('prints JSON as { file, park?, field, kind, message } in table order', () => {
    const parsed = JSON.parse(formatJson(findings)) as Finding[];
    expect(parsed.map((f) => f.file)).toEqual([
      'content/cases/c.md',
      'content/parks/b.md',
      'content/suppliers/a.yaml',
    ]);
    expect(Object.keys(parsed[2]!)).toEqual(['file', 'field', 'kind', 'message']);
  });
});
