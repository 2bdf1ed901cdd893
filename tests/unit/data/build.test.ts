import { describe, expect, it } from 'vitest';
import { buildCatalog, ContentReferenceError } from '../../../src/data/build';
import { findStaleBlocks, staleWarning } from '../../../src/data/stale';
import { DEFAULT_REACH_KM } from '../../../src/domain/reach';
import { NOW, fixtureInput, parkData, supplier, offset } from './fixtures';

const catalog = () => buildCatalog(fixtureInput(), { now: NOW });
const zeta = () => {
  const park = catalog().park('zeta-zone');
  if (!park) throw new Error('zeta-zone missing');
  return park;
};

describe('buildCatalog: references', () => {
  it('throws naming the file, the field and the expected ids for an unknown process', () => {
    const input = fixtureInput();
    input.suppliers.push(supplier('typo', offset(1), ['mold-stampin']));
    expect(() => buildCatalog(input, { now: NOW })).toThrow(ContentReferenceError);
    try {
      buildCatalog(input, { now: NOW });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('content/suppliers/typo.yaml');
      expect(message).toContain('processes[0]');
      expect(message).toContain('mold-stamping');
    }
  });

  it('throws for a case naming an unknown park', () => {
    const input = fixtureInput();
    const first = input.cases[0];
    if (!first) throw new Error('fixture has a case');
    input.cases.push({
      ...first,
      id: 'orphan',
      filePath: 'content/cases/orphan.md',
      data: { ...first.data, park: 'nowhere' },
    });
    expect(() => buildCatalog(input, { now: NOW })).toThrow(
      /content\/cases\/orphan\.md[\s\S]*park: unknown park id "nowhere"/,
    );
  });
});

describe('buildCatalog: a park and what lies around it', () => {
  it('tells pages the one reach radius its parks were built with', () => {
    expect(catalog().reachKm).toBe(DEFAULT_REACH_KM);
    const near = buildCatalog(fixtureInput(), { now: NOW, reachKm: 6 });
    expect(near.reachKm).toBe(6);
    expect(near.park('zeta-zone')?.suppliersWithinReach.map((e) => e.supplier.id)).toEqual([
      'inside',
      'hengrui',
    ]);
  });

  it('lists suppliers within 30 km, in-park first, then by distance; far ones are left out', () => {
    const park = zeta();
    expect(park.suppliersWithinReach.map((e) => e.supplier.id)).toEqual([
      'inside',
      'hengrui',
      'east-forge',
    ]);
    const hengrui = park.suppliersWithinReach[1];
    expect(hengrui?.distanceKm).toBeCloseTo(5, 1);
    expect(hengrui?.inPark).toBe(false);
    expect(park.suppliersWithinReach[0]?.inPark).toBe(true);
  });

  it('groups suppliers by process, nearest capability first, with labels', () => {
    const groups = zeta().suppliersByProcess;
    expect(groups.map((g) => g.processId)).toEqual([
      'injection-molding',
      'electrophoresis',
      'mold-stamping',
      'forging',
    ]);
    expect(groups[0]?.entries.map((e) => e.supplier.id)).toEqual(['inside', 'hengrui']);
    expect(groups[0]?.label.en).toBe('injection molding');
  });

  it('splits target-chain processes into covered and gaps', () => {
    const { coverage } = zeta();
    expect(coverage.chains[0]?.covered.map((p) => p.id)).toEqual([
      'mold-stamping',
      'electrophoresis',
      'forging',
    ]);
    expect(coverage.gaps.map((p) => p.id)).toEqual(['electroplating']);
    expect(coverage.chains[0]?.coveredShare).toBeCloseTo(0.75);
  });

  it('sums talent within 50 km and keeps research partners apart from schools', () => {
    const park = zeta();
    expect(park.talent.totalGraduatesPerYear).toBe(1420);
    expect(park.talent.vocationalGraduatesPerYear).toBe(1000);
    expect(park.talent.institutions.map((i) => i.institution.id)).toEqual(['lab', 'voc', 'uni']);
    expect(park.research.map((i) => i.institution.id)).toEqual(['lab', 'uni']);
  });

  it('builds six key figures with units, sources and staleness', () => {
    const figures = Object.fromEntries(zeta().keyFigures.en.map((f) => [f.id, f]));
    expect(figures['available-land']).toMatchObject({
      value: 1850,
      unit: 'mu',
      source: { en: 'Test survey', zh: '测试调查' },
      stale: false,
    });
    expect(figures['intensity-threshold']?.value).toBe(300);
    expect(figures['suppliers-within-reach']).toMatchObject({
      value: 3,
      note: '1 inside the park',
    });
    expect(figures['graduates-within-reach']?.value).toBe(1420);
    expect(figures['approval-days']).toMatchObject({ value: 36, unit: 'working days' });
    expect(figures['landed-projects']).toMatchObject({ value: 31, note: 'of 38 signed' });
    expect(zeta().keyFigures.en).toHaveLength(6);
    const zh = Object.fromEntries(zeta().keyFigures['zh-CN'].map((f) => [f.id, f]));
    expect(zh['available-land']).toMatchObject({ value: 1850, unit: '亩', label: '可供工业用地' });
    expect(zh['suppliers-within-reach']?.label).toBe('30\u00a0公里内配套企业');
  });

  it('derives the timeline, the 50-mu example, the track record and the facts', () => {
    const park = zeta();
    expect(park.approvalTimeline.steps.map((s) => s.cumulativeWorkingDays)).toEqual([1, 21, 36]);
    expect(park.admissionExample).toMatchObject({
      plotMu: 50,
      minInvestmentCny10k: 15000,
      landCostCny10k: 900,
    });
    expect(park.trackRecord.fulfilmentRatePct).toBeCloseTo(81.58, 1);
    expect(park.facts).toEqual({
      slug: 'zeta-zone',
      name: 'Zeta Zone',
      nameZh: 'Zeta Zone',
      targetChains: ['auto-parts'],
      excludedChains: [],
      excludedProcesses: ['electroplating'],
      excludedProcessNames: [{ id: 'electroplating', en: 'electroplating', zh: '工艺' }],
      minInvestmentIntensityCny10kPerMu: 300,
      minAnnualTaxCny10kPerMu: 15,
      availableMu: 1850,
      largestPlotMu: 420,
      standardFactoryM2: 86000,
      spareCapacityMw: 120,
      processesWithinReach: ['electrophoresis', 'forging', 'injection-molding', 'mold-stamping'],
      inquiryResponseHours: 8,
    });
    expect(park.restrictions.excludedProcesses[0]?.label.en).toBe('electroplating');
  });

  it('joins cases to their park with supplier names and chain labels', () => {
    const [c] = zeta().cases;
    expect(c?.id).toBe('door-rings');
    expect(c?.suppliers).toEqual([{ id: 'hengrui', name: { en: 'hengrui Co., Ltd.' } }]);
    expect(c?.chain.label.en).toBe('Auto parts');
    expect(catalog().park('alpha-park')?.cases).toEqual([]);
  });
});

describe('buildCatalog: site-wide views', () => {
  it('sorts parks by English name and lists featured ones', () => {
    const c = catalog();
    expect(c.parks.map((p) => p.slug)).toEqual(['alpha-park', 'zeta-zone']);
    expect(c.featuredParks.map((p) => p.slug)).toEqual(['zeta-zone']);
    expect(c.park('nope')).toBeUndefined();
  });

  it('lists every process with the parks that reach it, nearest supplier first', () => {
    const processes = Object.fromEntries(catalog().processes.map((p) => [p.id, p]));
    expect(Object.keys(processes)).toHaveLength(5);
    expect(processes['mold-stamping']?.parks.map((p) => p.park.slug)).toEqual([
      'alpha-park',
      'zeta-zone',
    ]);
    expect(processes['electroplating']?.parks).toEqual([]);
    const zetaMolding = processes['injection-molding']?.parks[0]?.suppliers.map(
      (e) => e.supplier.id,
    );
    expect(zetaMolding).toEqual(['inside', 'hengrui']);
  });

  it('counts totals and links chains to the parks that target them', () => {
    const c = catalog();
    expect(c.totals).toEqual({
      parks: 2,
      suppliers: 5,
      institutions: 4,
      processes: 5,
      landedCases: 1,
    });
    const materials = c.chains.find((ch) => ch.id === 'new-materials');
    expect(materials?.parks.map((p) => p.slug)).toEqual(['alpha-park']);
    expect(c.labels.processes.get('forging')?.label.en).toBe('forging');
  });
});

describe('stale figures', () => {
  it('reports each stale park block with file and field, and marks it on the profile', () => {
    const input = fixtureInput();
    const park = input.parks[0];
    if (!park) throw new Error('fixture has parks');
    park.data = parkData('zeta-zone', { labor: { ...park.data.labor, asOf: '2024-03-31' } });
    const stale = findStaleBlocks(input, NOW);
    expect(stale).toEqual([
      { filePath: 'content/parks/zeta-zone.md', block: 'labor.asOf', asOf: new Date('2024-03-31') },
    ]);
    expect(staleWarning(stale[0]!)).toContain(
      'content/parks/zeta-zone.md › labor.asOf (asOf 2024-03-31',
    );
    const built = buildCatalog(input, { now: NOW });
    expect(built.staleBlocks).toHaveLength(1);
    expect(built.park('zeta-zone')?.provenance.labor.stale).toBe(true);
    expect(built.park('zeta-zone')?.provenance.land.stale).toBe(false);
  });

  it('marks a computed figure stale when one file it counts is stale', () => {
    const input = fixtureInput();
    input.suppliers.push(supplier('old', offset(3), ['forging'], { asOf: '2024-01-01' }));
    const figure = buildCatalog(input, { now: NOW })
      .park('zeta-zone')
      ?.keyFigures.en.find((f) => f.id === 'suppliers-within-reach');
    expect(figure).toMatchObject({ value: 4, stale: true, asOf: new Date('2024-01-01') });
  });
});
