import { describe, expect, it } from 'vitest';
import {
  MAX_REASONS,
  fill,
  groupResults,
  matchTerms,
  matchedLabels,
  parkReasons,
  parseReasons,
  reasonText,
  reasonsPath,
  type ItemFacts,
  type ReasonFacts,
  type ResultData,
  type WhyStrings,
} from '../../../src/scripts/search-results';

const zh: WhyStrings = {
  supplier: '配套企业：{name} · {processes} · {distance}',
  supplierInPark: '园区内配套企业：{name} · {processes} · {distance}',
  institution: '{kind}：{name} · {distance}',
  listSeparator: '、',
  more: '还有 {count} 项匹配，见园区页面',
};
const en: WhyStrings = {
  supplier: 'Supplier: {name} · {processes} · {distance}',
  supplierInPark: 'Supplier in the park: {name} · {processes} · {distance}',
  institution: '{kind}: {name} · {distance}',
  listSeparator: ', ',
  more: '…and {count} more on the park’s page',
};

const park = { slug: 'xiangjiang', title: '湘江汽车零部件与新材料产业园', place: '湖南 · 湘潭' };
const hengruiFacts = (overrides: Partial<ItemFacts> = {}): ItemFacts =>
  ({
    kind: 'supplier',
    url: '/parks/xiangjiang/#sup-hengrui',
    name: '衡瑞精密冲压',
    processes: ['冲压', '电泳涂装', '注塑'],
    distance: '5.0\u00a0公里',
    ...overrides,
  }) as ItemFacts;
const schoolFacts: ItemFacts = {
  kind: 'institution',
  url: '/parks/xiangjiang/#school-xjvc',
  name: '湘江汽车职业技术学院',
  type: '职业院校',
  distance: '9.0\u00a0公里',
};

/** A park result as Pagefind returns it: the sections that matched as sub-results. */
const parkResult = (
  subs: { id?: string; excerpt: string }[],
  reasons: Record<string, ReasonFacts> = {
    'sup-hengrui': hengruiFacts(),
    'inst-xjvc': schoolFacts,
  },
): ResultData => ({
  url: '/parks/xiangjiang/',
  excerpt: subs[0]?.excerpt ?? '',
  meta: park,
  reasons,
  filters: { type: ['park'] },
  sub_results: subs.map(({ id, excerpt }) => ({
    url: id ? `/parks/xiangjiang/#${id}` : '/parks/xiangjiang/',
    excerpt,
    ...(id ? { anchor: { id } } : {}),
  })),
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} · {b}', { a: '1', b: '2' })).toBe('1 · 2');
    expect(fill('{a} · {typo}', { a: '1' })).toBe('1 · {typo}');
  });
});

describe('matchTerms', () => {
  it('takes the query words and the words Pagefind marked, lower-cased and once each', () => {
    expect(
      matchTerms('  E-coating  line ', 'a <mark>E-coating</mark> and <mark>lines</mark>'),
    ).toEqual(['e-coating', 'line', 'lines']);
    expect(matchTerms('')).toEqual([]);
  });
});

describe('matchedLabels', () => {
  it('keeps the labels a term is part of, or that are part of a term', () => {
    expect(matchedLabels(['冲压', '电泳涂装', '注塑'], ['电泳'])).toEqual(['电泳涂装']);
    expect(matchedLabels(['冲压', '电泳涂装', '注塑'], ['冲压件'])).toEqual(['冲压']);
    expect(
      matchedLabels(['Mold stamping', 'Electrophoretic coating (e-coating)'], ['e-coating']),
    ).toEqual(['Electrophoretic coating (e-coating)']);
  });
  it('keeps every label when none matched (the name did)', () => {
    expect(matchedLabels(['冲压', '注塑'], ['衡瑞'])).toEqual(['冲压', '注塑']);
  });
});

describe('reasonText', () => {
  it('says which supplier offers the searched process and how far away it is', () => {
    expect(reasonText(hengruiFacts(), matchTerms('电泳', '<mark>电泳</mark>涂装'), zh)).toBe(
      '配套企业：衡瑞精密冲压 · 电泳涂装 · 5.0\u00a0公里',
    );
  });
  it('marks a supplier inside the park, and lists all its processes when its name matched', () => {
    expect(reasonText(hengruiFacts({ inPark: true }), ['衡瑞'], zh)).toBe(
      '园区内配套企业：衡瑞精密冲压 · 冲压、电泳涂装、注塑 · 5.0\u00a0公里',
    );
  });
  it('writes English with English separators', () => {
    const facts = hengruiFacts({
      name: 'Hengrui Precision Stamping',
      processes: ['Mold stamping', 'Electrophoretic coating (e-coating)'],
      distance: '5.0\u00a0km',
    });
    expect(reasonText(facts, ['stamping'], en)).toBe(
      'Supplier: Hengrui Precision Stamping · Mold stamping · 5.0\u00a0km',
    );
  });
  it('names an institution with its kind and distance', () => {
    expect(reasonText(schoolFacts, [], zh)).toBe('职业院校：湘江汽车职业技术学院 · 9.0\u00a0公里');
  });
});

describe('reasonsPath', () => {
  it('puts a park’s reasons in a folder per index language, by slug', () => {
    expect(reasonsPath('zh-cn', 'xiangjiang-auto-parts-zone')).toBe(
      '/search-reasons/zh-cn/xiangjiang-auto-parts-zone.json',
    );
    expect(reasonsPath('en', 'a/../b')).toBe('/search-reasons/en/a%2F..%2Fb.json');
  });
});

describe('parseReasons', () => {
  it('reads the JSON the build wrote, and treats a missing or broken one as no facts', () => {
    expect(parseReasons(JSON.stringify({ 'sup-hengrui': hengruiFacts() }))).toEqual({
      'sup-hengrui': hengruiFacts(),
    });
    expect(parseReasons(undefined)).toEqual({});
    expect(parseReasons('{broken')).toEqual({});
    expect(parseReasons('null')).toEqual({});
  });
});

describe('parkReasons', () => {
  it('turns each matched section into a line with its facts and link, the park text into its excerpt', () => {
    const reasons = parkReasons(
      parkResult([
        { excerpt: '汽车零部件 <mark>电泳</mark>' },
        { id: 'sup-hengrui', excerpt: '冲压 <mark>电泳</mark>涂装' },
      ]),
      '电泳',
      zh,
    );
    expect(reasons).toEqual([
      { kind: 'park', url: '/parks/xiangjiang/', excerptHtml: '汽车零部件 <mark>电泳</mark>' },
      {
        kind: 'supplier',
        url: '/parks/xiangjiang/#sup-hengrui',
        text: '配套企业：衡瑞精密冲压 · 电泳涂装 · 5.0\u00a0公里',
      },
    ]);
  });

  it('turns a matched process into a line per supplier offering it, in its order, each supplier once', () => {
    const reasons = {
      'sup-hengrui': hengruiFacts({ inPark: true }),
      'sup-jinlu': hengruiFacts({
        name: '金路汽车塑料件',
        url: '/parks/xiangjiang/#sup-jinlu',
        processes: ['注塑'],
        distance: '21\u00a0公里',
      }),
      'proc-injection-molding': {
        kind: 'process',
        label: '注塑',
        suppliers: ['sup-hengrui', 'sup-jinlu', 'sup-gone'],
      },
    } satisfies Record<string, ReasonFacts>;
    const lines = parkReasons(
      parkResult(
        [
          { id: 'sup-hengrui', excerpt: '衡瑞精密冲压 <mark>注塑</mark>' },
          { id: 'proc-injection-molding', excerpt: '<mark>注塑</mark>' },
        ],
        reasons,
      ),
      '注塑',
      zh,
    );
    expect(lines).toEqual([
      {
        kind: 'supplier',
        url: '/parks/xiangjiang/#sup-hengrui',
        text: '园区内配套企业：衡瑞精密冲压 · 注塑 · 5.0\u00a0公里',
      },
      {
        kind: 'supplier',
        url: '/parks/xiangjiang/#sup-jinlu',
        text: '配套企业：金路汽车塑料件 · 注塑 · 21\u00a0公里',
      },
    ]);
  });

  it('names the matched process on the line even when the query matched it by another word', () => {
    const reasons = {
      'sup-hengrui': hengruiFacts({
        processes: ['Mold stamping', 'Electrophoretic coating (e-coating)'],
      }),
      'proc-electrophoresis': {
        kind: 'process',
        label: 'Electrophoretic coating (e-coating)',
        suppliers: ['sup-hengrui'],
      },
    } satisfies Record<string, ReasonFacts>;
    const [line] = parkReasons(
      parkResult(
        // A stemmed match ("coated" → coat) whose excerpt marks nothing.
        [{ id: 'proc-electrophoresis', excerpt: '' }],
        reasons,
      ),
      'coated',
      en,
    );
    expect(line?.text).toBe(
      'Supplier: 衡瑞精密冲压 · Electrophoretic coating (e-coating) · 5.0\u00a0公里',
    );
  });

  it('falls back to the park and its excerpt when a section has no facts or there are no sections', () => {
    expect(parkReasons(parkResult([{ id: 'sup-unknown', excerpt: 'x' }]), 'x', zh)).toEqual([
      { kind: 'park', url: '/parks/xiangjiang/', excerptHtml: 'x' },
    ]);
    const bare = { ...parkResult([]), excerpt: '<mark>湘潭</mark>', sub_results: [] };
    expect(parkReasons(bare, '湘潭', zh)).toEqual([
      { kind: 'park', url: '/parks/xiangjiang/', excerptHtml: '<mark>湘潭</mark>' },
    ]);
  });

  it('shows at most MAX_REASONS lines and counts the rest in one line to the profile', () => {
    const facts = Object.fromEntries(
      Array.from({ length: MAX_REASONS + 3 }, (_, i) => [
        `sup-s${i}`,
        hengruiFacts({ name: `供应商${i}`, url: `/parks/xiangjiang/#sup-s${i}` }),
      ]),
    );
    const subs = Object.keys(facts).map((id) => ({ id, excerpt: '<mark>冲压</mark>' }));
    const reasons = parkReasons(parkResult(subs, facts), '冲压', zh);
    expect(reasons).toHaveLength(MAX_REASONS + 1);
    expect(reasons.at(-1)).toEqual({
      kind: 'more',
      url: '/parks/xiangjiang/',
      text: '还有 3 项匹配，见园区页面',
    });
  });
});

describe('groupResults', () => {
  it('keeps Pagefind’s order: one entry per park with its reasons, processes as their own entries', () => {
    const results: ResultData[] = [
      {
        url: '/processes/electrophoresis/',
        excerpt: '<mark>电泳</mark>涂装',
        meta: { title: '电泳涂装', parks: '1 个园区周边有配套' },
        filters: { type: ['process'] },
      },
      parkResult([{ id: 'sup-hengrui', excerpt: '<mark>电泳</mark>涂装' }]),
    ];
    const groups = groupResults(results, '电泳', zh);
    expect(groups.map((g) => (g.kind === 'park' ? g.slug : g.title))).toEqual([
      '电泳涂装',
      'xiangjiang',
    ]);
    expect(groups[1]).toMatchObject({
      kind: 'park',
      title: park.title,
      place: '湖南 · 湘潭',
      url: '/parks/xiangjiang/',
      reasons: [{ kind: 'supplier', url: '/parks/xiangjiang/#sup-hengrui' }],
    });
  });

  it('skips records that name no park', () => {
    const orphan = { ...parkResult([]), meta: { title: 'x' } };
    expect(groupResults([orphan], 'x', zh)).toEqual([]);
  });
});
