/**
 * The park facts that inquiry qualification needs, derived at build time from
 * content/ (src/data/ builds them; /data/parks.json publishes them as `facts`;
 * the inquiry function reads that file). Nothing here is typed by hand twice.
 */
/** An excluded process with its taxonomy labels, so text naming it can be recognised. */
export interface ExcludedProcessName {
  id: string;
  en: string;
  zh: string;
}

export interface ParkFacts {
  slug: string;
  /** English name, for reasons shown to staff. */
  name: string;
  /** Chinese name, for reasons shown to staff in Chinese. */
  nameZh: string;
  targetChains: string[];
  excludedChains: string[];
  excludedProcesses: string[];
  /** The same processes with their taxonomy labels (en, zh). */
  excludedProcessNames: ExcludedProcessName[];
  /** Minimum fixed-asset investment per mu, in 10k CNY per mu. */
  minInvestmentIntensityCny10kPerMu: number;
  /** Minimum annual tax per mu, in 10k CNY per mu. */
  minAnnualTaxCny10kPerMu: number;
  /** Industrial land ready for transfer, in mu. */
  availableMu: number;
  /** Largest single plot in mu, when the park states it. */
  largestPlotMu: number | null;
  /** Standard factory floor space available, in m². */
  standardFactoryM2: number;
  /** Power new projects can still connect, in MW. */
  spareCapacityMw: number;
  /** Process ids offered by at least one supplier within the default reach (30 km). */
  processesWithinReach: string[];
  /** Committed response time to an inquiry, in business hours. */
  inquiryResponseHours: number;
}
