/**
 * The shapes of a cost estimate: what a park publishes (its prices with their source
 * and date, as in /data/costs.json), what the visitor describes (the project) and
 * what comes out (lines, totals, warnings, the admission check).
 */
import type { ThresholdFacts } from '../inquiry/admissibility';
import type { SourceText } from '../staleness';

/** Where a block of prices comes from and when it was true (YYYY-MM-DD). */
export interface PriceSource {
  source: SourceText;
  asOf: string;
}

/** A park's published prices and limits, as the estimate reads them. */
export interface ParkPrices {
  slug: string;
  name: SourceText;
  land: PriceSource & {
    /** Land transfer price, 10k CNY per mu. */
    pricePerMuCny10k: number;
    /** Standard factory rent, CNY per m² per month; null when not published. */
    rentCnyPerM2Month: number | null;
    /** Standard factory sale price, CNY per m²; null when not published. */
    salePriceCnyPerM2: number | null;
  };
  utilities: PriceSource & {
    powerPriceCnyPerKwh: number;
    waterPriceCnyPerM3: number;
    /** Null when the park has no pipeline gas (or does not publish its price). */
    gasPriceCnyPerM3: number | null;
  };
  labor: PriceSource & {
    monthlyWageCny: Record<WorkerRole, number>;
  };
  admission: PriceSource & {
    minInvestmentIntensityCny10kPerMu: number;
    minAnnualTaxCny10kPerMu: number;
    minAnnualOutputCny10kPerMu: number | null;
  };
  /** What the park can still offer, for the admission check (the inquiry's park facts). */
  limits: Omit<ThresholdFacts, 'slug' | 'minInvestmentIntensityCny10kPerMu'>;
}

export const WORKER_ROLES = ['operator', 'technician', 'engineer'] as const;
export type WorkerRole = (typeof WORKER_ROLES)[number];

/** How the project gets its floor space. */
export const SITE_KINDS = ['land', 'factory-rent', 'factory-buy'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** The visitor's project. */
export interface Project {
  site: SiteKind;
  /** Land to buy, in mu (site "land"). */
  landMu: number;
  /** Standard factory floor to rent or buy, in m² (site "factory-*"). */
  floorM2: number;
  /** Average electrical load while running, in kW. */
  powerKw: number;
  hoursPerDay: number;
  daysPerYear: number;
  waterM3PerDay: number;
  /** Natural gas, m³ per day; 0 when the project uses none. */
  gasM3PerDay: number;
  workers: Record<WorkerRole, number>;
  /** Planned fixed-asset investment, in 10k CNY; null when not given (no intensity check). */
  investmentCny10k: number | null;
}

export type LineId =
  | 'land'
  | 'factory-buy'
  | 'factory-rent'
  | 'power'
  | 'water'
  | 'gas'
  | `wages-${WorkerRole}`
  | 'social';

/** Which of the park's dated blocks a price comes from. */
export type PriceBlock = 'land' | 'utilities' | 'labor';

/** One line of an estimate. */
export interface CostLine {
  id: LineId;
  /** One-off (paid once, in year one) or annual (every year, including year one). */
  kind: 'one-off' | 'annual';
  /** The amount the price applies to, in `LineId`'s unit (mu, m², kWh/year, m³/year, people…). */
  quantity: number;
  /** The price used; null when the park does not publish it (never invented). */
  price: number | null;
  /** CNY, rounded to whole yuan; null when the price is missing. */
  amountCny: number | null;
  block: PriceBlock;
  source: SourceText;
  asOf: string;
  /** The price's block is older than the staleness limit. */
  stale: boolean;
}

export interface CostTotals {
  /** Sum of one-off lines with a price, CNY. */
  oneOffCny: number;
  /** Sum of annual lines with a price, CNY. */
  annualCny: number;
  /** One-off plus the first year's running costs, CNY. */
  yearOneCny: number;
  /** Lines left out of the totals because their price is missing. */
  excludes: LineId[];
}
