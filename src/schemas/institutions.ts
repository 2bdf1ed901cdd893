/** Universities, schools and research platforms. File: content/institutions/<id>.yaml */
import { z } from 'astro/zod';
import { coordinates, localized, nonNegativeInt, provenance, talentField } from './common';

export const institutionKinds = [
  'university',
  'vocational-school',
  'research-institute',
  'pilot-platform',
  'shared-lab',
] as const;

export const institutionSchema = z.strictObject({
  /** Official name (fictional in sample content). */
  name: localized,
  /** What kind of institution it is. */
  kind: z.enum(institutionKinds),
  /** Campus or site location; distances to parks are computed from it. */
  coordinates,
  /** Majors or research fields with the graduates they produce each year. */
  majors: z
    .array(
      z.strictObject({
        /** Name of the major or research field. */
        name: localized,
        /** Talent field it feeds, for summing across institutions. */
        field: talentField,
        /** Graduates per year (0 for research-only fields). */
        graduatesPerYear: nonNegativeInt(),
      }),
    )
    .default([]),
  /** Cooperation programmes open to companies (order classes, joint labs, pilot runs...). */
  cooperation: z.array(localized).default([]),
  ...provenance,
});
export type InstitutionData = z.infer<typeof institutionSchema>;
export type InstitutionKind = (typeof institutionKinds)[number];
