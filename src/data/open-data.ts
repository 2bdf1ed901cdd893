/**
 * The open-data documents published at /data/parks.json and /data/taxonomy.json:
 * the public facts of every park, the figures the site derives from them, and
 * `facts` (ParkFacts), which the inquiry function reads to qualify leads — keep
 * that key and its shape stable. Units live in key names; dates are YYYY-MM-DD.
 */
import { compassPoint } from '../domain/geo';
import { isoDate } from '../lib/format';
import type { CatalogModel, ParkModel } from './types';

/** Bumped when a key is renamed or removed (adding keys keeps the version). */
export const OPEN_DATA_VERSION = 1;

/** Rounds to `digits` decimals, so JSON shows 5.06 km, not 5.0612873. */
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Replaces every Date with its calendar date, recursively (content dates are days, not instants). */
export function withIsoDates(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(withIsoDates);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIsoDates(v)]));
  }
  return value;
}

/** One park: its published facts (`profile`), what the site derives, and `facts` for the inquiry function. */
export function parkRecord(park: ParkModel, site: URL) {
  const { data } = park;
  return {
    slug: park.slug,
    name: data.name,
    url: new URL(park.summary.url, site).href,
    inquireUrl: new URL(park.summary.inquireUrl, site).href,
    profile: withIsoDates(data),
    derived: {
      reachKm: park.reachKm,
      suppliersWithinReachCount: park.suppliersWithinReach.length,
      suppliersWithinReach: park.suppliersWithinReach.map((e) => ({
        id: e.supplier.id,
        name: e.supplier.name,
        distanceKm: round(e.distanceKm),
        bearingDeg: round(e.bearingDeg, 0),
        compass: compassPoint(e.bearingDeg),
        inPark: e.inPark,
        processes: e.supplier.processes,
      })),
      processesWithinReach: park.facts.processesWithinReach,
      coverage: {
        chains: park.coverage.chains.map((c) => ({
          chainId: c.chainId,
          covered: c.covered.map((p) => p.id),
          gaps: c.gaps.map((p) => p.id),
          coveredSharePct: round(c.coveredShare * 100, 1),
        })),
        gaps: park.coverage.gaps.map((p) => p.id),
      },
      talent: {
        radiusKm: park.talent.radiusKm,
        totalGraduatesPerYear: park.talent.totalGraduatesPerYear,
        vocationalGraduatesPerYear: park.talent.vocationalGraduatesPerYear,
        graduatesPerYearByField: park.talent.byField,
        institutions: park.talent.institutions.map((i) => ({
          id: i.institution.id,
          name: i.institution.name,
          kind: i.institution.kind,
          distanceKm: round(i.distanceKm),
          graduatesPerYear: i.graduatesPerYear,
        })),
      },
      approvalTotalWorkingDays: park.approvalTimeline.totalWorkingDays,
      admissionExample: park.admissionExample,
      fulfilmentRatePct:
        park.trackRecord.fulfilmentRatePct === null
          ? null
          : round(park.trackRecord.fulfilmentRatePct, 1),
      landedCases: park.cases.map((c) => ({
        id: c.id,
        company: c.data.company,
        chain: c.data.chain,
        investmentCny10k: c.data.investmentCny10k,
        jobs: c.data.jobs,
        signedOn: isoDate(c.data.signedOn),
        advantage: c.data.advantage,
      })),
      staleBlocks: Object.entries(park.provenance)
        .filter(([, p]) => p.stale)
        .map(([block]) => block),
    },
    facts: park.facts,
  };
}

/** The /data/parks.json document. */
export function parksDocument(catalog: CatalogModel, site: URL) {
  return {
    version: OPEN_DATA_VERSION,
    generatedAt: catalog.generatedAt.toISOString(),
    license: 'Sample content; all parks, companies and people are fictional.',
    units: {
      mu: '1 mu = 666.67 m²',
      Cny10k: 'amounts in 10,000 CNY',
      Km: 'great-circle distance from the park administrative centre, in km',
      dates: 'YYYY-MM-DD',
    },
    parks: catalog.parks.map((p) => parkRecord(p, site)),
  };
}

/** The /data/taxonomy.json document: chains and processes with labels, and which parks relate to each. */
export function taxonomyDocument(catalog: CatalogModel) {
  return {
    version: OPEN_DATA_VERSION,
    generatedAt: catalog.generatedAt.toISOString(),
    chains: catalog.chains.map((c) => ({
      id: c.id,
      label: c.label,
      description: c.description,
      processes: c.processes.map((p) => p.id),
      targetedByParks: c.parks.map((p) => p.slug),
    })),
    processes: catalog.processes.map((p) => ({
      id: p.id,
      label: p.label,
      description: p.description,
      withinReachOfParks: p.parks.map((entry) => ({
        slug: entry.park.slug,
        nearestSupplierKm: round(entry.suppliers[0]?.distanceKm ?? 0),
        suppliers: entry.suppliers.length,
      })),
    })),
  };
}
