/** Helpers shared by the synthetic content generators. */
import type { Rng } from './rng';
import { bodySentences, familyNames, givenNames } from './pools';

/** One generated content entry: its id (the file name) and its data. */
export interface SyntheticEntry {
  id: string;
  data: Record<string, unknown>;
  /** Markdown body, for the collections stored as .md. */
  body?: string;
}

export const SOURCE = 'Synthetic benchmark data (fictional)';
export const AS_OF = '2026-01-15';

export const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
export const pad = (i: number) => String(i).padStart(5, '0');

/** A point `distanceKm` away from `origin` in a random direction (flat-earth is fine at this scale). */
export function offset(
  rng: Rng,
  origin: { lat: number; lon: number },
  maxKm: number,
  /** Spread evenly over the disc's area (parks); otherwise clustered towards the centre (suppliers around a park). */
  evenArea = false,
) {
  const distanceKm = evenArea ? maxKm * Math.sqrt(rng.next()) : rng.float(0.5, maxKm, 3);
  const bearing = rng.next() * 2 * Math.PI;
  const lat = origin.lat + (distanceKm * Math.cos(bearing)) / 111;
  const lon =
    origin.lon + (distanceKm * Math.sin(bearing)) / (111 * Math.cos((origin.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

export const personName = (rng: Rng) => `${rng.pick(familyNames)} ${rng.pick(givenNames)}`;

export function markdownBody(rng: Rng, fill: Record<string, string>, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = rng.sample(bodySentences, rng.int(3, 5));
    out.push(
      sentences.map((s) => s.replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? k)).join(' '),
    );
  }
  return out.join('\n\n') + '\n';
}
