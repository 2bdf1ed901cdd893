/**
 * Talent within reach of a park: "is there anyone to work here" answered with schools,
 * their distance, and graduates per year by field.
 */
import { bearingDeg, type LatLon } from './geo';
import { compareIds } from './compare';
import type { SpatialIndex } from './spatial-index';

/** Default radius for talent: a daily commute or a short move for graduates. */
export const DEFAULT_TALENT_KM = 50;

/** Institution kind whose graduates count as vocational (skilled workers, technicians). */
const VOCATIONAL_KIND = 'vocational-school';

/** What talent needs from an institution; any extra fields pass through untouched. */
export interface TalentInstitution {
  /** University, vocational-school, research-institute, ... */
  kind: string;
  coordinates: LatLon;
  majors: readonly { field: string; graduatesPerYear: number }[];
}

/** One institution seen from one park. */
export interface InstitutionInReach<I extends TalentInstitution = TalentInstitution> {
  institution: I;
  /** Great-circle distance from the park, in km (unrounded). */
  distanceKm: number;
  /** Initial bearing from the park, degrees clockwise from north. */
  bearingDeg: number;
  /** Sum over the institution's majors. */
  graduatesPerYear: number;
}

export interface TalentSummary<I extends TalentInstitution = TalentInstitution> {
  /** Institutions within reach, nearest first (ties keep the index's order). */
  institutions: InstitutionInReach<I>[];
  /** Graduates per year by talent field, largest first, then by field; zero fields omitted. */
  byField: { field: string; graduatesPerYear: number }[];
  totalGraduatesPerYear: number;
  /** Graduates per year from vocational schools alone. */
  vocationalGraduatesPerYear: number;
}

/**
 * Institutions within `radiusKm` of the park and the graduates they produce each year,
 * summed by field across institutions.
 * @param index a spatial index over all institutions, built once per build.
 */
export function talentWithinReach<I extends TalentInstitution>(
  park: { coordinates: LatLon },
  index: SpatialIndex<I>,
  radiusKm: number = DEFAULT_TALENT_KM,
): TalentSummary<I> {
  const byField = new Map<string, number>();
  let totalGraduatesPerYear = 0;
  let vocationalGraduatesPerYear = 0;

  const institutions = index.within(park.coordinates, radiusKm).map(({ item, distanceKm }) => {
    let graduatesPerYear = 0;
    for (const major of item.majors) {
      graduatesPerYear += major.graduatesPerYear;
      byField.set(major.field, (byField.get(major.field) ?? 0) + major.graduatesPerYear);
    }
    totalGraduatesPerYear += graduatesPerYear;
    if (item.kind === VOCATIONAL_KIND) vocationalGraduatesPerYear += graduatesPerYear;
    return {
      institution: item,
      distanceKm,
      bearingDeg: bearingDeg(park.coordinates, item.coordinates),
      graduatesPerYear,
    };
  });

  return {
    institutions,
    byField: [...byField]
      .filter(([, graduates]) => graduates > 0)
      .sort(([fa, a], [fb, b]) => b - a || compareIds(fa, fb))
      .map(([field, graduatesPerYear]) => ({ field, graduatesPerYear })),
    totalGraduatesPerYear,
    vocationalGraduatesPerYear,
  };
}
