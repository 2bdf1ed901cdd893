/**
 * /data/costs.json: per park, only what the cost estimate reads — its published prices
 * (land, standard factory, power, water, gas, wages) with each block's source and date,
 * its admission thresholds and what it can still offer (land, factory floor, spare
 * power). Bounded per park (about 1.4 KB): the estimate and compare pages fetch one
 * /data/costs/<slug>.json per park they show and run the same domain rules in the
 * browser; /data/costs.json keeps every park as open data.
 */
import type { ParkPrices } from '../domain/cost/types';
import { isoDate } from '../i18n/format';
import { localizePath } from '../i18n/routing';
import { OPEN_DATA_VERSION } from './open-data';
import type { CatalogModel, ParkModel } from './types';

/** One park's prices and limits in the estimate's shape (dates as YYYY-MM-DD). */
export function parkPrices(park: ParkModel): ParkPrices {
  const { data } = park;
  const { land, utilities, labor, admission } = data;
  const dated = (block: { source: ParkPrices['land']['source']; asOf: Date }) => ({
    source: block.source,
    asOf: isoDate(block.asOf),
  });
  return {
    slug: park.slug,
    name: data.name,
    land: {
      ...dated(land),
      pricePerMuCny10k: land.pricePerMuCny10k,
      rentCnyPerM2Month: land.standardFactory?.rentCnyPerM2Month ?? null,
      salePriceCnyPerM2: land.standardFactory?.salePriceCnyPerM2 ?? null,
    },
    utilities: {
      ...dated(utilities),
      powerPriceCnyPerKwh: utilities.powerPriceCnyPerKwh,
      waterPriceCnyPerM3: utilities.waterPriceCnyPerM3,
      gasPriceCnyPerM3: utilities.gasPriceCnyPerM3 ?? null,
    },
    labor: { ...dated(labor), monthlyWageCny: { ...labor.monthlyWageCny } },
    admission: {
      ...dated(admission),
      minInvestmentIntensityCny10kPerMu: admission.minInvestmentIntensityCny10kPerMu,
      minAnnualTaxCny10kPerMu: admission.minAnnualTaxCny10kPerMu,
      minAnnualOutputCny10kPerMu: admission.minAnnualOutputCny10kPerMu ?? null,
    },
    limits: {
      availableMu: park.facts.availableMu,
      largestPlotMu: park.facts.largestPlotMu,
      standardFactoryM2: park.facts.standardFactoryM2,
      spareCapacityMw: park.facts.spareCapacityMw,
    },
  };
}

/** A park in /data/costs.json: its prices plus where its profile and full record are. */
export type CostsParkRecord = ParkPrices & { profilePath: string; dataPath: string };

/** One park's entry of /data/costs.json. Paths are site-relative so the pages fetch them as they are. */
export function costsParkRecord(park: ParkModel): CostsParkRecord {
  return {
    ...parkPrices(park),
    profilePath: localizePath(park.summary.url, 'zh-CN'),
    dataPath: `/data/parks/${park.slug}.json`,
  };
}

/** The /data/costs.json document: every park (open data; the pages read the per-park files). */
export function costsDocument(catalog: CatalogModel) {
  return {
    version: OPEN_DATA_VERSION,
    generatedAt: catalog.generatedAt.toISOString(),
    parks: catalog.parks.map(costsParkRecord),
  };
}

/**
 * /data/costs/<slug>.json: one park's entry of /data/costs.json with `version`, what the
 * compare and estimate pages fetch, so a page loads only the parks it shows.
 */
export function costsParkDocument(park: ParkModel): CostsParkRecord & { version: number } {
  return { version: OPEN_DATA_VERSION, ...costsParkRecord(park) };
}
