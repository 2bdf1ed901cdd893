import { describe, expect, it } from 'vitest';
import {
  decodeFilterTable,
  encodeFilterTable,
  type NamedFilterPark,
} from '../../../src/domain/filter-table';

const parks: NamedFilterPark[] = [
  {
    slug: 'xiangjiang-auto-parts-zone',
    name: '湘江汽车零部件与新材料产业园',
    province: 'hunan',
    level: 'provincial',
    chains: ['auto-parts', 'new-materials'],
    processes: ['stamping', 'electrophoresis'],
    landMu: 1850,
    intensityCny10kPerMu: 300,
    spareMw: 120,
    approvalDays: 39,
  },
  {
    slug: 'taige-electronics-park',
    name: '泰格电子信息产业园',
    province: 'jiangsu',
    level: 'national',
    chains: ['electronics-manufacturing'],
    processes: [],
    landMu: 620,
    intensityCny10kPerMu: 500,
    spareMw: 95,
    approvalDays: 26.5,
  },
];

describe('filter table', () => {
  it('round-trips parks in their order', () => {
    expect(decodeFilterTable(JSON.parse(JSON.stringify(encodeFilterTable(parks))))).toEqual(parks);
  });
  it('stores each id once and rows as indexes', () => {
    const table = encodeFilterTable(parks);
    expect(table.provinces).toEqual(['hunan', 'jiangsu']);
    expect(table.processes).toEqual(['electrophoresis', 'stamping']);
    expect(table.parks[0]?.slice(2, 6)).toEqual([0, 1, [0, 2], [1, 0]]);
  });
  it('names the row that is broken', () => {
    const table = encodeFilterTable(parks);
    const broken = {
      ...table,
      parks: [table.parks[0], [...table.parks[1]!.slice(0, 6), 'x', 1, 1, 1]],
    };
    expect(() => decodeFilterTable(broken)).toThrow(/row 1 \(taige-electronics-park\)/);
    expect(() => decodeFilterTable({ ...table, version: 99 })).toThrow(/version/);
    const badIndex = {
      ...table,
      parks: [[...table.parks[0]!.slice(0, 2), 7, ...table.parks[0]!.slice(3)]],
    };
    expect(() => decodeFilterTable(badIndex)).toThrow(/row 0 has a bad index 7/);
  });
});
