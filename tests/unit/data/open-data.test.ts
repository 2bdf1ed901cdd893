import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import { parkJsonLd } from '../../../src/data/json-ld';
import {
  parkRecord,
  parksDocument,
  taxonomyDocument,
  withIsoDates,
} from '../../../src/data/open-data';
import { NOW, fixtureInput } from './fixtures';

const site = new URL('https://parks.example.org');
const catalog = () => buildCatalog(fixtureInput(), { now: NOW });
/** What a consumer sees: the document after a JSON round trip. */
const roundTrip = <T>(value: T) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('/data/parks.json', () => {
  it('publishes every park with facts for the inquiry function, in a stable shape', () => {
    const doc = roundTrip(parksDocument(catalog(), site)) as unknown as {
      version: number;
      generatedAt: string;
      parks: {
        slug: string;
        url: string;
        dataUrl: string;
        facts: Record<string, unknown>;
        keyFigures: Record<string, unknown>;
        derived: Record<string, unknown>;
      }[];
    };
    expect(doc.version).toBe(4);
    expect(doc.generatedAt).toBe('2026-11-24T00:00:00.000Z');
    expect(doc.parks.map((p) => p.slug)).toEqual(['alpha-park', 'zeta-zone']);
    const zeta = doc.parks[1]!;
    expect(zeta.url).toBe('https://parks.example.org/parks/zeta-zone/');
    expect(zeta.dataUrl).toBe('https://parks.example.org/data/parks/zeta-zone.json');
    expect(Object.keys(zeta.facts).sort()).toEqual(
      [
        'availableMu',
        'excludedChains',
        'excludedProcesses',
        'excludedProcessNames',
        'inquiryResponseHours',
        'largestPlotMu',
        'minAnnualTaxCny10kPerMu',
        'minInvestmentIntensityCny10kPerMu',
        'name',
        'nameZh',
        'processesWithinReach',
        'slug',
        'spareCapacityMw',
        'standardFactoryM2',
        'targetChains',
      ].sort(),
    );
    expect(zeta.facts['processesWithinReach']).toEqual([
      'electrophoresis',
      'forging',
      'injection-molding',
      'mold-stamping',
    ]);
  });

  it('keeps each park bounded: counts and summaries, not lists of suppliers or institutions', () => {
    const model = catalog();
    const zetaModel = model.park('zeta-zone')!;
    const zeta = (
      roundTrip(parksDocument(model, site)) as unknown as {
        parks: {
          slug: string;
          keyFigures: Record<string, unknown>;
          derived: Record<string, unknown>;
        }[];
      }
    ).parks.find((p) => p.slug === 'zeta-zone')!;
    expect(zeta.derived['suppliersWithinReachCount']).toBe(zetaModel.suppliersWithinReach.length);
    expect(zeta.derived['institutionsWithinReachCount']).toBe(zetaModel.talent.institutions.length);
    expect(zeta.derived['nearestSupplierKm']).toBe(2.5);
    expect(zeta.keyFigures['approvalTotalWorkingDays']).toBe(36);
    expect(zeta.keyFigures['availableMu']).toBe(zetaModel.data.land.availableMu);
    expect(JSON.stringify(zeta)).not.toContain('hengrui');
    expect(zeta.derived).not.toHaveProperty('suppliersWithinReach');
  });

  it('publishes each park in full at /data/parks/<slug>.json, dates as YYYY-MM-DD, distances rounded', () => {
    const zeta = roundTrip(parkRecord(catalog().park('zeta-zone')!, site)) as unknown as {
      slug: string;
      facts: { slug: string };
      profile: { land: { asOf: string } };
      derived: {
        suppliersWithinReach: { id: string; distanceKm: number; compass: string }[];
        approvalTotalWorkingDays: number;
      };
    };
    expect(zeta.facts.slug).toBe('zeta-zone');
    expect(zeta.profile.land.asOf).toBe('2026-06-30');
    const hengrui = zeta.derived.suppliersWithinReach.find((s) => s.id === 'hengrui');
    expect(hengrui).toMatchObject({ distanceKm: 5, compass: 'N' });
    expect(zeta.derived.approvalTotalWorkingDays).toBe(36);
    expect(withIsoDates({ a: [new Date('2025-01-02')], b: null })).toEqual({
      a: ['2025-01-02'],
      b: null,
    });
  });
});

describe('/data/taxonomy.json', () => {
  it('lists chains and processes with labels and the parks they relate to', () => {
    const doc = taxonomyDocument(catalog());
    const stamping = doc.processes.find((p) => p.id === 'mold-stamping');
    expect(stamping?.label).toEqual({ en: 'mold stamping', zh: '工艺' });
    expect(stamping?.withinReachOfParks.map((p) => p.slug)).toEqual(['alpha-park', 'zeta-zone']);
    const auto = doc.chains.find((c) => c.id === 'auto-parts');
    expect(auto?.targetedByParks).toEqual(['alpha-park', 'zeta-zone']);
    expect(auto?.processes).toContain('forging');
  });
});

describe('park JSON-LD', () => {
  it('describes the park as a place with geo, address, url and contact points', () => {
    const park = catalog().park('zeta-zone')!;
    const ld = parkJsonLd(park, site, 'en');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      inLanguage: 'en',
      name: 'Zeta Zone',
      url: 'https://parks.example.org/en/parks/zeta-zone/',
      geo: { '@type': 'GeoCoordinates', latitude: 27.865, longitude: 112.862 },
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Xiangtan',
        addressRegion: 'Hunan',
        addressCountry: 'CN',
      },
    });
    expect(ld['contactPoint']).toEqual([
      {
        '@type': 'ContactPoint',
        contactType: 'Head of investment',
        email: 'tan@example.org',
        telephone: '+86 731 5555 0101',
      },
    ]);
  });
});
