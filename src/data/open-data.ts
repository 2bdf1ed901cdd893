/**
 * The open-data documents published at /data/parks.json and /data/taxonomy.json:
 * the public facts of every park, the figures the site derives from them, and
 * `facts` (ParkFacts), which the inquiry function reads to qualify leads — keep
 * that key and its shape stable. Units live in key names; dates are YYYY-MM-DD.
 */
import { compassPoint } from '../domain/geo';
import { isoDate } from '../i18n/format';
import { LOCALES, type Locale } from '../i18n/locales';
import { localizePath } from '../i18n/routing';
import type { CatalogModel, ParkModel } from './types';

/**
 * Bumped when a key is renamed or removed (adding keys keeps the version).
 * 2: parks.json holds bounded per-park summaries; full records moved to /data/parks/<slug>.json.
 * 3: `city` and `province` are `{ zh, en }` like `name` (were English strings); `urls` gives
 *    the profile in each language (`url` stays the Chinese, default-language page).
 * 4: every figure block's `source` in /data/parks/<slug>.json (`profile.*.source`) is
 *    `{ zh, en }` (was an English string); so all documents share the new version.
 */
export const OPEN_DATA_VERSION = 4;

/** The page at `path` in every language, as absolute URLs keyed by locale. */
function urlsByLocale(path: string, site: URL): Record<Locale, string> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, new URL(localizePath(path, locale), site).href]),
  ) as Record<Locale, string>;
}

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

/** Where a park's full open-data record is published (lists of suppliers, institutions, cases). */
function parkDataPath(slug: string): string {
  return `/data/parks/${slug}.json`;
}

/**
 * One park in /data/parks.json: identity, key figures with units in their names,
 * counts and derived summaries, and `facts` for the inquiry function. Bounded per
 * park (about 2 KB whatever the number of suppliers around it), so the index of
 * thousands of parks stays one small file; the lists live in `dataUrl`.
 */
function parkIndexRecord(park: ParkModel, site: URL) {
  const { data, talent } = park;
  return {
    slug: park.slug,
    name: data.name,
    url: new URL(park.summary.url, site).href,
    urls: urlsByLocale(park.summary.url, site),
    inquireUrl: new URL(park.summary.inquireUrl, site).href,
    dataUrl: new URL(parkDataPath(park.slug), site).href,
    city: data.city,
    province: data.province,
    level: data.level,
    coordinates: data.coordinates,
    keyFigures: {
      availableMu: data.land.availableMu,
      largestPlotMu: data.land.largestPlotMu ?? null,
      landPricePerMuCny10k: data.land.pricePerMuCny10k,
      standardFactoryAvailableM2: data.land.standardFactory?.availableM2 ?? 0,
      spareCapacityMw: data.utilities.spareCapacityMw,
      powerPriceCnyPerKwh: data.utilities.powerPriceCnyPerKwh,
      minInvestmentIntensityCny10kPerMu: data.admission.minInvestmentIntensityCny10kPerMu,
      minAnnualTaxCny10kPerMu: data.admission.minAnnualTaxCny10kPerMu,
      skilledWorkerPool: data.labor.skilledWorkerPool,
      approvalTotalWorkingDays: park.approvalTimeline.totalWorkingDays,
      inquiryResponseHours: data.service.inquiryResponseHours,
      landedProjects: data.trackRecord.landedProjects,
      fulfilmentRatePct:
        park.trackRecord.fulfilmentRatePct === null
          ? null
          : round(park.trackRecord.fulfilmentRatePct, 1),
    },
    derived: {
      reachKm: park.reachKm,
      suppliersWithinReachCount: park.suppliersWithinReach.length,
      nearestSupplierKm:
        park.suppliersWithinReach.length === 0
          ? null
          : round(Math.min(...park.suppliersWithinReach.map((e) => e.distanceKm))),
      talentRadiusKm: talent.radiusKm,
      institutionsWithinReachCount: talent.institutions.length,
      totalGraduatesPerYear: talent.totalGraduatesPerYear,
      vocationalGraduatesPerYear: talent.vocationalGraduatesPerYear,
      coverage: park.coverage.chains.map((c) => ({
        chainId: c.chainId,
        coveredSharePct: round(c.coveredShare * 100, 1),
        gaps: c.gaps.map((p) => p.id),
      })),
      landedCasesCount: park.cases.length,
      staleBlocks: staleBlocks(park),
    },
    facts: park.facts,
  };
}

function staleBlocks(park: ParkModel): string[] {
  return Object.entries(park.provenance)
    .filter(([, p]) => p.stale)
    .map(([block]) => block);
}

/**
 * One park's full open-data record, published at /data/parks/<slug>.json: its
 * published facts (`profile`), every supplier, institution and landed case the
 * site derives around it, and `facts`. Its size grows with what lies within reach.
 */
export function parkRecord(park: ParkModel, site: URL) {
  const { data } = park;
  return {
    version: OPEN_DATA_VERSION,
    slug: park.slug,
    name: data.name,
    url: new URL(park.summary.url, site).href,
    urls: urlsByLocale(park.summary.url, site),
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
      staleBlocks: staleBlocks(park),
    },
    facts: park.facts,
  };
}

/**
 * The /data/parks.json document: one bounded record per park (see
 * `parkIndexRecord`); each park's lists are in its `dataUrl` file.
 */
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
    parks: catalog.parks.map((p) => parkIndexRecord(p, site)),
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
