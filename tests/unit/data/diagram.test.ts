import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import { layoutDistanceDiagram } from '../../../src/data/diagram';
import { describeReach, reachRows, shortName } from '../../../src/data/reach-rows';
import { NOW, fixtureInput } from './fixtures';

/** The text with no-break spaces (figure + unit) read as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const park = () => {
  const p = buildCatalog(fixtureInput(), { now: NOW }).park('zeta-zone');
  if (!p) throw new Error('fixture park missing');
  return p;
};
const rows = () => reachRows(park().suppliersWithinReach, park().talent.institutions, 'en');

describe('reachRows', () => {
  it('merges suppliers and institutions, numbered nearest first', () => {
    const r = rows();
    expect(r.map((x) => x.key)).toEqual([
      'i-lab',
      's-inside',
      's-hengrui',
      'i-voc',
      'i-uni',
      's-east-forge',
    ]);
    expect(r.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.map((x) => x.category)).toEqual([
      'research',
      'supplier',
      'supplier',
      'education',
      'education',
      'supplier',
    ]);
    expect(r[1]?.inPark).toBe(true);
  });

  it('strips legal suffixes from names', () => {
    expect(shortName('Hengrui Precision Stamping Co., Ltd.')).toBe('Hengrui Precision Stamping');
    expect(shortName('衡瑞精密冲压有限公司')).toBe('衡瑞精密冲压');
    expect(shortName('湘中汽车零部件股份有限公司')).toBe('湘中汽车零部件');
    expect(shortName('Xiangzhong University of Technology')).toBe(
      'Xiangzhong University of Technology',
    );
  });
});

describe('layoutDistanceDiagram', () => {
  const layout = layoutDistanceDiagram(rows(), { size: 400, maxKm: 50, fontSize: 12 });
  const dot = (key: string) => {
    const d = layout.dots.find((x) => x.key === key);
    if (!d) throw new Error(`no dot ${key}`);
    return d;
  };

  it('places dots by bearing: north above, east to the right, south below', () => {
    const c = layout.center;
    expect(dot('s-hengrui').y).toBeLessThan(c);
    expect(Math.abs(dot('s-hengrui').x - c)).toBeLessThan(0.5);
    expect(dot('s-east-forge').x).toBeGreaterThan(c);
    expect(Math.abs(dot('s-east-forge').y - c)).toBeLessThan(0.5);
    expect(dot('i-lab').y).toBeGreaterThan(c);
  });

  it('places farther dots farther out, on the same scale as the rings', () => {
    const r = (key: string) => Math.hypot(dot(key).x - layout.center, dot(key).y - layout.center);
    expect(r('s-inside')).toBeLessThan(r('s-hengrui'));
    expect(r('s-hengrui')).toBeLessThan(r('s-east-forge'));
    const ring5 = layout.rings.find((ring) => ring.km === 5);
    expect(r('s-hengrui')).toBeCloseTo(ring5?.r ?? 0, 0);
    expect(layout.rings.map((ring) => ring.km)).toEqual([5, 10, 20, 30, 50]);
  });

  it('labels every dot with its name or number, and no two labels overlap', () => {
    expect(layout.dots.every((d) => d.label !== undefined)).toBe(true);
    const boxes = layout.dots.map((d) => {
      const l = d.label!;
      const w = l.text.length * 12 * 0.56;
      const x1 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x1, x2: x1 + w, y1: l.y - 12, y2: l.y };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap).toBe(false);
      }
    }
  });

  it('falls back to numbers when names do not fit, and leaves out what lies beyond the outer ring', () => {
    const crowded = Array.from({ length: 40 }, (_, i) => ({
      ...rows()[1]!,
      key: `s-${i}`,
      number: i + 1,
      name: `A very long supplier name number ${i}`,
      distanceKm: 3 + (i % 5) * 0.1,
      bearingDeg: (i * 9) % 360,
    }));
    const tight = layoutDistanceDiagram(
      [...crowded, { ...crowded[0]!, key: 'far', distanceKm: 80 }],
      { size: 300 },
    );
    expect(tight.dots.some((d) => d.label?.isNumber)).toBe(true);
    expect(tight.dots.some((d) => d.key === 'far')).toBe(false);
  });
});

describe('describeReach', () => {
  it('states the counts and the nearest supplier with km and direction', () => {
    const p = park();
    const label = (id: string) => id.replace('-', ' ');
    const text = describeReach(p.suppliersWithinReach, p.talent.institutions, 30, 50, label, 'en');
    expect(plain(text)).toBe(
      '3 suppliers within 30 km and 3 institutions within 50 km; nearest supplier: inside, injection molding, 2.5 km E, in the park',
    );
    expect(plain(describeReach([], [], 30, 50, (id) => id, 'en'))).toBe(
      '0 suppliers within 30 km and 0 institutions within 50 km',
    );
    const zh = describeReach(p.suppliersWithinReach, p.talent.institutions, 30, 50, label, 'zh-CN');
    expect(plain(zh)).toBe(
      '30 公里内有 3 家供应商，50 公里内有 3 所院校和机构；最近的供应商：inside（injection molding），东 2.5 公里，位于园区内',
    );
  });
});
