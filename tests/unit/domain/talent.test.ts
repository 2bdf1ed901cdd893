import { describe, expect, expectTypeOf, it } from 'vitest';
import { KM_PER_DEGREE } from './fixtures';
import { createSpatialIndex } from '../../../src/domain/spatial-index';
import {
  DEFAULT_TALENT_KM,
  talentWithinReach,
  type TalentInstitution,
} from '../../../src/domain/talent';
import type { InstitutionData } from '../../../src/schemas/institutions';

const park = { coordinates: { lat: 30, lon: 114 } };
const north = (km: number) => ({ lat: 30 + km / KM_PER_DEGREE, lon: 114 });

interface Institution extends TalentInstitution {
  id: string;
}

const institutions: Institution[] = [
  {
    id: 'polytechnic',
    kind: 'vocational-school',
    coordinates: north(12),
    majors: [
      { field: 'mechanical', graduatesPerYear: 800 },
      { field: 'automotive', graduatesPerYear: 450 },
    ],
  },
  {
    id: 'university',
    kind: 'university',
    coordinates: north(8),
    majors: [
      { field: 'materials', graduatesPerYear: 300 },
      { field: 'mechanical', graduatesPerYear: 200 },
      { field: 'chemical', graduatesPerYear: 0 },
    ],
  },
  {
    id: 'pilot-line',
    kind: 'pilot-platform',
    coordinates: north(3),
    majors: [],
  },
  {
    id: 'tech-school',
    kind: 'vocational-school',
    coordinates: north(40),
    majors: [{ field: 'electrical', graduatesPerYear: 500 }],
  },
  {
    id: 'far-college',
    kind: 'vocational-school',
    coordinates: north(80),
    majors: [{ field: 'logistics', graduatesPerYear: 900 }],
  },
];
const index = createSpatialIndex(institutions, (i) => i.coordinates);

describe('talentWithinReach', () => {
  it('defaults to the named radius DEFAULT_TALENT_KM', () => {
    expect(talentWithinReach(park, index)).toEqual(
      talentWithinReach(park, index, DEFAULT_TALENT_KM),
    );
  });

  it('lists institutions within 50 km by default, nearest first, with graduates', () => {
    const talent = talentWithinReach(park, index);
    expect(talent.institutions.map((i) => i.institution.id)).toEqual([
      'pilot-line',
      'university',
      'polytechnic',
      'tech-school',
    ]);
    expect(talent.institutions.map((i) => i.graduatesPerYear)).toEqual([0, 500, 1250, 500]);
    expect(talent.institutions[1]?.distanceKm).toBeCloseTo(8, 6);
    expect(talent.institutions[1]?.bearingDeg).toBeCloseTo(0, 6);
  });

  it('sums by field across institutions, largest first, omitting zero fields', () => {
    const talent = talentWithinReach(park, index);
    expect(talent.byField).toEqual([
      { field: 'mechanical', graduatesPerYear: 1000 },
      { field: 'electrical', graduatesPerYear: 500 },
      { field: 'automotive', graduatesPerYear: 450 },
      { field: 'materials', graduatesPerYear: 300 },
    ]);
    expect(talent.byField.some((f) => f.field === 'chemical')).toBe(false);
    expect(talent.totalGraduatesPerYear).toBe(2250);
    expect(talent.vocationalGraduatesPerYear).toBe(1750);
  });

  it('breaks equal field totals by field name', () => {
    const talent = talentWithinReach(park, index, 10);
    expect(talent.byField).toEqual([
      { field: 'materials', graduatesPerYear: 300 },
      { field: 'mechanical', graduatesPerYear: 200 },
    ]);
    const tied = createSpatialIndex(
      [
        {
          kind: 'university',
          coordinates: north(1),
          majors: [{ field: 'software', graduatesPerYear: 50 }],
        },
        {
          kind: 'university',
          coordinates: north(2),
          majors: [{ field: 'energy', graduatesPerYear: 50 }],
        },
      ],
      (i) => i.coordinates,
    );
    expect(talentWithinReach(park, tied).byField.map((f) => f.field)).toEqual([
      'energy',
      'software',
    ]);
  });

  it('honours a custom radius and returns zeros when nothing is in reach', () => {
    expect(talentWithinReach(park, index, 100).totalGraduatesPerYear).toBe(3150);
    expect(talentWithinReach(park, index, 1)).toEqual({
      institutions: [],
      byField: [],
      totalGraduatesPerYear: 0,
      vocationalGraduatesPerYear: 0,
    });
  });

  it('accepts content data directly', () => {
    expectTypeOf<InstitutionData>().toExtend<TalentInstitution>();
  });
});
