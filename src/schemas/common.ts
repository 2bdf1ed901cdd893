/**
 * Building blocks shared by every collection schema.
 *
 * Conventions: units live in field names (`distanceKm`, `landAvailableMu`), ids are
 * kebab-case strings that reference another collection's file name, and every prose
 * string is `Localized` ({ zh, en }), so either language is added without touching
 * any number or id.
 */
import { z } from 'astro/zod';

/** A kebab-case identifier, the file name (without extension) of the entry it names. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a lowercase kebab-case id such as "mold-stamping"');

const bothMissing = 'Write the text in Chinese (zh:) or English (en:); both are missing';

/**
 * A short text in Simplified Chinese and English with length limits per language
 * (Chinese says the same in about half the characters). Either side may be missing
 * while a translation is pending (the page shows the other language, marked, and the
 * build lists it), but not both.
 */
export function localizedText(
  limits: { en: [number, number]; zh: [number, number] },
  /** The error when both sides are missing, naming what the field holds. */
  whenMissing = bothMissing,
) {
  const side = ([min, max]: [number, number], name: string) =>
    z
      .string()
      .trim()
      .min(min, `Write at least ${min} characters, or remove the empty \`${name}:\` line`)
      .max(max, `Keep it under ${max} characters`)
      .optional();
  return z
    .strictObject({
      /** English text. */
      en: side(limits.en, 'en'),
      /** Simplified Chinese text. */
      zh: side(limits.zh, 'zh'),
    })
    .refine((text) => text.en !== undefined || text.zh !== undefined, { error: whenMissing });
}

/** A short text in Chinese and/or English (see `localizedText`). */
export const localized = localizedText({ en: [1, 10_000], zh: [1, 10_000] });

/** A short text with either side possibly pending (see `localized`). */
export interface Localized {
  en?: string | undefined;
  zh?: string | undefined;
}

/** WGS-84 coordinates in decimal degrees. */
export const coordinates = z.strictObject({
  /** Latitude, -90 to 90 (north positive). */
  lat: z.number().min(-90).max(90),
  /** Longitude, -180 to 180 (east positive). */
  lon: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof coordinates>;

/** A calendar date; YAML dates (2026-03-01) and ISO strings are both accepted. */
export const date = z.coerce.date({ error: 'Write a date as YYYY-MM-DD' });

/**
 * Where a block of figures comes from and when it was true. Pages print both; the
 * build warns (without failing) when `asOf` is older than 18 months.
 */
export const provenance = {
  /**
   * Who published the figures, in each language as that reader would cite it, e.g.
   * zh "湘江园区管委会《2026年投资指南》", en "Xiangjiang Zone Administrative Committee,
   * 2026 investment guide". Either side may be pending (see `localizedText`).
   */
  source: localizedText(
    { en: [3, 200], zh: [2, 120] },
    'Name the source of these figures in Chinese (zh:) or English (en:); both are missing',
  ),
  /** The date the figures describe. */
  asOf: date,
};

/** Non-negative number helpers, so every unit field rejects negatives the same way. */
export const nonNegative = () => z.number().nonnegative();
export const positiveInt = () => z.number().int().positive();
export const nonNegativeInt = () => z.number().int().nonnegative();

/**
 * Talent fields used to group institutions' majors, so "graduates per year by
 * field" can be summed across schools. Labels live in src/i18n.
 */
export const talentFields = [
  'mechanical',
  'electrical',
  'automotive',
  'materials',
  'chemical',
  'electronics',
  'software',
  'biomedical',
  'energy',
  'logistics',
  'business',
] as const;
export const talentField = z.enum(talentFields);
export type TalentField = z.infer<typeof talentField>;
