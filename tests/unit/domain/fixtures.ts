/** Shared helpers for domain unit tests (not a test file: vitest only runs *.test.ts). */
import { EARTH_MEAN_RADIUS_KM } from '../../../src/domain/geo';

/** Kilometres per degree of latitude (and of longitude at the equator), to place fixtures. */
export const KM_PER_DEGREE = (Math.PI * EARTH_MEAN_RADIUS_KM) / 180;

/** Deterministic PRNG (mulberry32) so "random" tests fail the same way every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform number in [min, max). */
export const between = (random: () => number, min: number, max: number): number =>
  min + random() * (max - min);
