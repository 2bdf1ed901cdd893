import { describe, expect, it } from 'vitest';
import {
  fill,
  groupResults,
  matchTerms,
  matchedLabels,
  reasonText,
  type ResultData,
  type WhyStrings,
} from '../../../src/scripts/search-results';

const zh: WhyStrings = {
  supplier: '配套企业：{name} · {processes} · {distance}',
  supplierInPark: '园区内配套企业：{name} · {processes} · {distance}',
  institution: '{kind}：{name} · {distance}',
  listSeparator: '、',
};
const en: WhyStrings = {
  supplier: 'Supplier: {name} · {processes} · {distance}',
  supplierInPark: 'Supplier in the park: {name} · {processes} · {distance}',
  institution: '{kind}: {name} · {distance}',
  listSeparator: ', ',
};

const park = { slug: 'xiangjiang', title: '湘江汽车零部件与新材料产业园', place: '湖南 · 湘潭' };
const hengrui = (overrides: Partial<ResultData['meta']> = {}): ResultData => ({
  url: '/parks/xiangjiang/#suppliers:~:text=x',
  excerpt: '衡瑞精密冲压有限公司 冲压 <mark>电泳</mark>涂装 注塑',
  meta: {
    ...park,
    name: '衡瑞精密冲压',
    processes: '冲压|电泳涂装|注塑',
    distance: '5.0\u00a0公里',
    ...overrides,
  },
  filters: { type: ['supplier'] },
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
    const data = hengrui();
    expect(reasonText(data, matchTerms('电泳', data.excerpt), zh)).toBe(
      '配套企业：衡瑞精密冲压 · 电泳涂装 · 5.0\u00a0公里',
    );
  });
  it('marks a supplier inside the park, and lists all its processes when its name matched', () => {
    const data = hengrui({ inPark: 'true' });
    expect(reasonText(data, ['衡瑞'], zh)).toBe(
      '园区内配套企业：衡瑞精密冲压 · 冲压、电泳涂装、注塑 · 5.0\u00a0公里',
    );
  });
  it('writes English with English separators', () => {
    const data: ResultData = {
      url: '/en/parks/x/#suppliers',
      excerpt: '',
      meta: {
        ...park,
        name: 'Hengrui Precision Stamping',
        processes: 'Mold stamping|Electrophoretic coating (e-coating)',
        distance: '5.0\u00a0km',
      },
      filters: { type: ['supplier'] },
    };
    expect(reasonText(data, ['stamping'], en)).toBe(
      'Supplier: Hengrui Precision Stamping · Mold stamping · 5.0\u00a0km',
    );
  });
  it('names an institution with its kind and distance', () => {
    const data: ResultData = {
      url: '/parks/x/#talent',
      excerpt: '',
      meta: { ...park, name: '湘江汽车职业技术学院', kind: '职业院校', distance: '9.0\u00a0公里' },
      filters: { type: ['institution'] },
    };
    expect(reasonText(data, [], zh)).toBe('职业院校：湘江汽车职业技术学院 · 9.0\u00a0公里');
  });
  it('has no reason line for parks and processes', () => {
    expect(reasonText({ ...hengrui(), filters: { type: ['park'] } }, [], zh)).toBeNull();
  });
});

describe('groupResults', () => {
  it('folds records into one entry per park, in the order parks first appear, keeping processes apart', () => {
    const results: ResultData[] = [
      {
        url: '/processes/electrophoresis/',
        excerpt: '<mark>电泳</mark>涂装',
        meta: { title: '电泳涂装', parks: '1 个园区周边有配套' },
        filters: { type: ['process'] },
      },
      hengrui(),
      {
        url: '/parks/lingxi/',
        excerpt: '…',
        meta: { slug: 'lingxi', title: '灵溪县工业园', place: '江西 · 吉安' },
        filters: { type: ['park'] },
      },
      {
        url: '/parks/xiangjiang/',
        excerpt: '冲压、<mark>电泳</mark>',
        meta: park,
        filters: { type: ['park'] },
      },
    ];
    const groups = groupResults(results, '电泳', zh);
    expect(groups.map((g) => (g.kind === 'park' ? g.slug : g.title))).toEqual([
      '电泳涂装',
      'xiangjiang',
      'lingxi',
    ]);
    const xiangjiang = groups[1];
    expect(xiangjiang).toMatchObject({
      kind: 'park',
      title: park.title,
      place: '湖南 · 湘潭',
      url: '/parks/xiangjiang/',
    });
    if (xiangjiang?.kind !== 'park') throw new Error('expected a park');
    expect(xiangjiang.reasons.map((r) => r.kind)).toEqual(['supplier', 'park']);
    expect(xiangjiang.reasons[0]?.text).toBe('配套企业：衡瑞精密冲压 · 电泳涂装 · 5.0\u00a0公里');
    expect(xiangjiang.reasons[0]?.url).toBe('/parks/xiangjiang/#suppliers:~:text=x');
  });

  it('skips records that name no park', () => {
    const orphan = { ...hengrui(), meta: { name: 'x' } };
    expect(groupResults([orphan], 'x', zh)).toEqual([]);
  });
});
