import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import { costsDocument, costsParkDocument } from '../../../src/data/cost-data';
import { estimateProject } from '../../../src/domain/cost';
import { EXAMPLE_PROJECT } from '../../../src/domain/cost/project';
import { NOW, fixtureInput } from './fixtures';

const doc = () =>
  JSON.parse(
    JSON.stringify(costsDocument(buildCatalog(fixtureInput(), { now: NOW }))),
  ) as ReturnType<typeof costsDocument>;

describe('/data/costs.json', () => {
  it('publishes each park’s prices with their blocks’ source and date, and nulls for what is not published', () => {
    const { version, parks } = doc();
    expect(version).toBe(4);
    const park = parks.find((p) => p.slug === 'zeta-zone')!;
    expect(park.profilePath).toBe('/parks/zeta-zone/');
    expect(park.dataPath).toBe('/data/parks/zeta-zone.json');
    expect(park.land).toMatchObject({
      pricePerMuCny10k: 18,
      rentCnyPerM2Month: null,
      salePriceCnyPerM2: null,
    });
    expect(park.land.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(park.utilities).toMatchObject({ powerPriceCnyPerKwh: 0.63, gasPriceCnyPerM3: null });
    expect(park.admission.minAnnualOutputCny10kPerMu).toBeNull();
    expect(park.limits).toEqual({
      availableMu: 1850,
      largestPlotMu: 420,
      standardFactoryM2: 86000,
      spareCapacityMw: 120,
    });
  });

  it('is what the estimate reads: the example project prices from it as in the domain tests', () => {
    const park = doc().parks.find((p) => p.slug === 'zeta-zone')!;
    // Same prices as the Xiangjiang fixture: land 9,000,000 + annual 24,371,400
    const { totals } = estimateProject(EXAMPLE_PROJECT, park, NOW);
    expect(totals.yearOneCny).toBe(33_371_400);
  });

  it('gives each park its own /data/costs/<slug>.json: the same record as its entry, with version', () => {
    const catalog = buildCatalog(fixtureInput(), { now: NOW });
    const whole = doc();
    expect(catalog.parks.length).toBeGreaterThan(1);
    for (const park of catalog.parks) {
      const own = JSON.parse(JSON.stringify(costsParkDocument(park))) as ReturnType<
        typeof costsParkDocument
      >;
      const { version, ...record } = own;
      expect(version).toBe(whole.version);
      expect(record).toEqual(whole.parks.find((p) => p.slug === park.slug));
    }
  });
});
