/**
 * Two parks' prices as content/ publishes them today (Xiangjiang zone and Lingxi park),
 * copied by hand so the worked examples below are checked against written-down
 * arithmetic, not against the code's own reading of content. The e2e test
 * (tests/e2e/compare.spec.ts) checks that the built pages show the same totals.
 */
import type { ParkPrices } from '../../../../src/domain/cost/types';

export const XIANGJIANG: ParkPrices = {
  slug: 'xiangjiang-auto-parts-zone',
  name: { zh: '湘江汽车零部件与新材料产业园', en: 'Xiangjiang Auto Parts and New Materials Zone' },
  land: {
    source: { en: 'Xiangtan Natural Resources Bureau, land supply plan 2026' },
    asOf: '2026-06-30',
    pricePerMuCny10k: 18,
    rentCnyPerM2Month: 12,
    salePriceCnyPerM2: 2600,
  },
  utilities: {
    source: { en: 'State Grid Xiangtan Power Supply Company' },
    asOf: '2026-01-01',
    powerPriceCnyPerKwh: 0.63,
    waterPriceCnyPerM3: 2.9,
    gasPriceCnyPerM3: 3.45,
  },
  labor: {
    source: { en: 'Xiangtan HR and Social Security Bureau, wage survey 2026' },
    asOf: '2026-04-30',
    monthlyWageCny: { operator: 5200, technician: 7400, engineer: 11500 },
  },
  admission: {
    source: { en: 'Xiangjiang Zone Administrative Committee, 2026 investment guide' },
    asOf: '2026-03-31',
    minInvestmentIntensityCny10kPerMu: 300,
    minAnnualTaxCny10kPerMu: 15,
    minAnnualOutputCny10kPerMu: 400,
  },
  limits: { availableMu: 1850, largestPlotMu: 420, standardFactoryM2: 86000, spareCapacityMw: 120 },
};

export const LINGXI: ParkPrices = {
  slug: 'lingxi-county-industrial-park',
  name: { zh: '灵溪县工业园', en: 'Lingxi County Industrial Park' },
  land: {
    source: { en: 'Lingxi County Natural Resources Bureau, 2026 land supply list' },
    asOf: '2026-04-30',
    pricePerMuCny10k: 10,
    rentCnyPerM2Month: 6,
    salePriceCnyPerM2: 1500,
  },
  utilities: {
    source: { en: 'State Grid Lingxi County Power Supply Company; county water company' },
    asOf: '2026-01-01',
    powerPriceCnyPerKwh: 0.62,
    waterPriceCnyPerM3: 2.2,
    gasPriceCnyPerM3: 3.1,
  },
  labor: {
    // Published in March 2024: stale (more than 18 months old) from October 2025.
    source: { zh: '灵溪县人社局2023年劳动力调查' },
    asOf: '2024-03-31',
    monthlyWageCny: { operator: 3900, technician: 5200, engineer: 8000 },
  },
  admission: {
    source: { en: "Lingxi County People's Government, admission measures 2025" },
    asOf: '2025-09-30',
    minInvestmentIntensityCny10kPerMu: 200,
    minAnnualTaxCny10kPerMu: 10,
    minAnnualOutputCny10kPerMu: null,
  },
  limits: { availableMu: 3400, largestPlotMu: 900, standardFactoryM2: 60000, spareCapacityMw: 55 },
};

/** The day the examples are judged on (staleness depends on it). */
export const NOW = new Date('2026-11-29T00:00:00Z');
