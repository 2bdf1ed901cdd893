/**
 * The assumptions behind every cost estimate, named once so the pages can print them
 * and the tests can compute by hand with the same figures. Change one here and the
 * estimate, its printed assumptions and the worked examples in the tests move together.
 */

/**
 * Employer's share of social insurance and housing fund on top of gross wages
 * (pension 16%, medical about 8%, unemployment, work injury and maternity about 1.5%,
 * housing fund 5% at the lower end of 5–12%): about 30% of the gross wage. Cities set
 * their own rates and contribution bases; this is a round national figure.
 */
export const EMPLOYER_SOCIAL_SHARE = 0.3;

/** Months of wages paid per year (no 13th-month pay or bonus is assumed). */
export const WAGE_MONTHS_PER_YEAR = 12;

/** Months of factory rent per year. */
export const RENT_MONTHS_PER_YEAR = 12;

/** Operating days per year when the project does not say: six days a week, minus holidays. */
export const DEFAULT_OPERATING_DAYS_PER_YEAR = 300;

/** Operating hours per day when the project does not say: two eight-hour shifts. */
export const DEFAULT_OPERATING_HOURS_PER_DAY = 16;

/** Largest plausible values, so a typo (an extra zero) is caught instead of priced. */
export const LIMITS = {
  landMu: 100_000,
  floorM2: 10_000_000,
  powerKw: 10_000_000,
  hoursPerDay: 24,
  daysPerYear: 366,
  waterM3PerDay: 10_000_000,
  gasM3PerDay: 10_000_000,
  workers: 1_000_000,
  investmentCny10k: 100_000_000,
} as const;
