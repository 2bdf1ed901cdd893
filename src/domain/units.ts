/**
 * Unit conversions for the figures parks publish: land in mu, money in 10k CNY.
 *
 * Which mu: the market mu (市亩) is defined as 1/15 hectare, so 1 mu = 10,000 / 15 m²
 * = 666.666… m². Content and copy round it to "666.67 m²". We compute with the exact
 * definition, not the rounded 666.67, because the exact value keeps 15 mu = 1 ha and makes
 * mu → m² → mu round-trip; 666.67 is 5 ppm too large, which is invisible on a page but
 * makes 15 mu print as 1.000005 ha. `MU_IN_M2.toFixed(2)` still prints "666.67".
 */

/** Square metres in one mu: exactly 10,000 / 15 (≈ 666.67). */
export const MU_IN_M2 = 10_000 / 15;

/** Mu in one hectare, exactly. */
export const MU_PER_HA = 15;

/** CNY in one "10k CNY" (万元), the unit parks quote investment and tax in. */
export const CNY_PER_CNY10K = 10_000;

/** Converts an area in mu to m². */
export function muToM2(mu: number): number {
  return mu * MU_IN_M2;
}

/** Converts an area in m² to mu. */
export function m2ToMu(m2: number): number {
  // Multiplying by 15 / 10,000 rather than dividing by 666.66… keeps whole-hectare
  // areas exact (10,000 m² → 15 mu, not 14.999999999999998).
  return (m2 * MU_PER_HA) / 10_000;
}

/** Converts an area in mu to hectares. */
export function muToHa(mu: number): number {
  return mu / MU_PER_HA;
}

/** Converts an amount in CNY to 10k CNY. */
export function cnyToCny10k(cny: number): number {
  return cny / CNY_PER_CNY10K;
}

/** Converts an amount in 10k CNY to CNY. */
export function cny10kToCny(cny10k: number): number {
  return cny10k * CNY_PER_CNY10K;
}
