/**
 * Admission figures: parks admit projects by output and investment per mu of land
 * ("judge by output per mu"). These turn a park's per-mu thresholds into the totals an
 * enterprise actually plans with, e.g. what a 50-mu plot commits it to.
 */

/** The thresholds a park states, in 10k CNY per mu (the park schema's `admission`). */
export interface AdmissionThresholds {
  minInvestmentIntensityCny10kPerMu: number;
  minAnnualTaxCny10kPerMu: number;
  minAnnualOutputCny10kPerMu?: number | undefined;
}

/** Plot size used for the worked example on park pages, in mu. */
export const DEFAULT_EXAMPLE_PLOT_MU = 50;

/** What a plot of a given size commits a project to at a park's thresholds. */
export interface AdmissionExample {
  plotMu: number;
  /** Minimum fixed-asset investment, in 10k CNY. */
  minInvestmentCny10k: number;
  /** Minimum annual tax once in production, in 10k CNY. */
  minAnnualTaxCny10k: number;
  /** Minimum annual output, in 10k CNY, when the park states a per-mu minimum. */
  minAnnualOutputCny10k?: number;
  /** Land transfer cost, in 10k CNY, when a price per mu is given. */
  landCostCny10k?: number;
}

function assertAmount(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of zero or more, got ${value}`);
  }
}

/**
 * The minimum investment a plot implies at a park's minimum investment intensity, in
 * 10k CNY (plot mu × 10k CNY per mu).
 * @throws RangeError on a negative or non-finite input.
 */
export function impliedInvestmentCny10k(plotMu: number, minIntensityCny10kPerMu: number): number {
  assertAmount(plotMu, 'plotMu');
  assertAmount(minIntensityCny10kPerMu, 'minIntensityCny10kPerMu');
  return plotMu * minIntensityCny10kPerMu;
}

/**
 * A project's investment intensity, in 10k CNY per mu; null when it takes no land
 * (it rents a standard factory), where intensity per mu has no meaning.
 * @throws RangeError on a negative or non-finite input.
 */
export function investmentIntensityCny10kPerMu(
  investmentCny10k: number,
  landMu: number,
): number | null {
  assertAmount(investmentCny10k, 'investmentCny10k');
  assertAmount(landMu, 'landMu');
  return landMu === 0 ? null : investmentCny10k / landMu;
}

/**
 * The worked example for a park page: what `plotMu` of land commits a project to at the
 * park's thresholds, plus the land cost when `landPricePerMuCny10k` is given.
 * @throws RangeError on a negative or non-finite input.
 */
export function admissionExample(
  admission: AdmissionThresholds,
  plotMu: number = DEFAULT_EXAMPLE_PLOT_MU,
  landPricePerMuCny10k?: number,
): AdmissionExample {
  assertAmount(admission.minAnnualTaxCny10kPerMu, 'minAnnualTaxCny10kPerMu');
  const example: AdmissionExample = {
    plotMu,
    minInvestmentCny10k: impliedInvestmentCny10k(
      plotMu,
      admission.minInvestmentIntensityCny10kPerMu,
    ),
    minAnnualTaxCny10k: plotMu * admission.minAnnualTaxCny10kPerMu,
  };
  if (admission.minAnnualOutputCny10kPerMu !== undefined) {
    assertAmount(admission.minAnnualOutputCny10kPerMu, 'minAnnualOutputCny10kPerMu');
    example.minAnnualOutputCny10k = plotMu * admission.minAnnualOutputCny10kPerMu;
  }
  if (landPricePerMuCny10k !== undefined) {
    assertAmount(landPricePerMuCny10k, 'landPricePerMuCny10k');
    example.landCostCny10k = plotMu * landPricePerMuCny10k;
  }
  return example;
}
