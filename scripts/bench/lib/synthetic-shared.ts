/** Helpers shared by the synthetic content generators. */
import type { Rng } from './rng';
import { bodySentences, familyNames, givenNames } from './pools';

/** One generated content entry: its id (the file name) and its data. */
export interface SyntheticEntry {
  id: string;
  data: Record<string, unknown>;
  /** Markdown body in Chinese, for the collections stored as .md. */
  body?: string;
  /** Markdown body in English, written beside it as <id>.en.md. */
  bodyEn?: string;
}

export const SOURCE = {
  zh: '基准测试合成数据（虚构）',
  en: 'Synthetic benchmark data (fictional)',
};
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

const ZH_SENTENCES = [
  '园区位于{city}，重点发展{chain}产业，{n}家配套企业在半小时车程之内。',
  '{year}年以来，园区为入园企业梳理需求清单，项目管家全程跟进审批和建设。',
  '周边职业院校每年输送技术工人，园区协助企业组织专场招聘。',
  '园区内标准厂房可租可售，水电气配套齐全，富余电力可满足新项目用电。',
  '通过实地走访，园区把本地的模具冲压、电泳和注塑企业介绍给入园企业，减少外协运输。',
  '一站式审批窗口办理工商、环评和施工许可，交地即可开工。',
];

/**
 * A Chinese body of `paragraphs` paragraphs, filled like `markdownBody` but without
 * drawing from the generator, so adding it left every other generated value unchanged.
 */
export function chineseBody(
  fill: Record<string, string>,
  paragraphs: number,
  seed: number,
): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = [0, 1, 2, 3].map(
      (k) => ZH_SENTENCES[(seed + p * 4 + k) % ZH_SENTENCES.length]!,
    );
    out.push(
      sentences.map((s) => s.replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? k)).join(''),
    );
  }
  return out.join('\n\n') + '\n';
}

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
