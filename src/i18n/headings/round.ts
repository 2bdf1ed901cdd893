/** Distances people quote: a heading says "within 5 km", not "within 4.3 km". */
const ROUND_KM = [1, 2, 5, 10, 15, 20, 30, 50, 100] as const;

/** The smallest round distance at or above `km` ("within 5 km" for 4.3 km). */
export function roundUpKm(km: number): number {
  // Round to the 0.1 km the page prints first, so 5.02 km (shown "5.0 km") reads "within 5 km".
  const shown = Math.round(km * 10) / 10;
  return ROUND_KM.find((r) => r >= shown) ?? Math.ceil(shown / 50) * 50;
}
