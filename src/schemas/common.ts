/**
 * Building blocks shared by every collection schema.
 *
 * Conventions: units live in field names (`distanceKm`, `landAvailableMu`), ids are
 * kebab-case strings that reference another collection's file name, and every prose
 * string is `Localized` so a Simplified Chinese version can be added next to the
 * English one without touching any number or id.
 */
import { z } from 'astro/zod';

/** A kebab-case identifier, the file name (without extension) of the entry it names. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a lowercase kebab-case id such as "mold-stamping"');

/** Text in English (required) and Simplified Chinese (optional until the zh site ships). */
export const localized = z.strictObject({
  /** English text. */
  en: z.string().trim().min(1, 'Write the English text'),
  /** Simplified Chinese text. */
  zh: z.string().trim().min(1).optional(),
});
export type Localized = z.infer<typeof localized>;

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
  /** Who published the figures, e.g. "Park Administrative Committee, 2026 investment guide". */
  source: z.string().trim().min(3, 'Name the source of these figures'),
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
