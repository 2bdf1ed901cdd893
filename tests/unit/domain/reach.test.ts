import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LatLon } from '../../../src/domain/geo';
import { KM_PER_DEGREE } from './fixtures';
import {
  DEFAULT_REACH_KM,
  groupByProcess,
  processesInReach,
  suppliersWithinReach,
  type ReachSupplier,
} from '../../../src/domain/reach';
import { createSpatialIndex } from '../../../src/domain/spatial-index';
import type { SupplierData } from '../../../src/schemas/suppliers';

const park = { slug: 'xiangjiang-auto-parts-zone', coordinates: { lat: 28, lon: 112.9 } };

/** A point `northKm` north and `eastKm` east of the park (good to metres at these sizes). */
function offset(northKm: number, eastKm: number): LatLon {
  const lat = park.coordinates.lat + northKm / KM_PER_DEGREE;
  const lon =
    park.coordinates.lon +
    eastKm / (KM_PER_DEGREE * Math.cos((park.coordinates.lat * Math.PI) / 180));
  return { lat, lon };
}

interface Supplier extends ReachSupplier {
  name: string;
}

const suppliers: Supplier[] = [
  {
    id: 'hengda-stamping',
    name: 'Enterprise B',
    park: park.slug,
    processes: ['mold-stamping', 'electrophoresis', 'injection-molding'],
    coordinates: offset(5, 0),
  },
  { id: 'lianfa-cnc', name: 'CNC', processes: ['cnc-machining'], coordinates: offset(0, 2) },
  {
    id: 'other-park-stamping',
    name: 'Other park',
    park: 'another-zone',
    processes: ['mold-stamping', 'mold-stamping'],
    coordinates: offset(-8, 0),
  },
  {
    id: 'ruiguang-coating',
    name: 'Coating',
    processes: ['surface-coating', 'electrophoresis'],
    coordinates: offset(-12, 0),
  },
  { id: 'far-heat', name: 'Far', processes: ['heat-treatment'], coordinates: offset(0, -45) },
  {
    id: 'in-park-but-far',
    name: 'Mislocated',
    park: park.slug,
    processes: ['die-casting'],
    coordinates: offset(35, 0),
  },
];
const index = createSpatialIndex(suppliers, (s) => s.coordinates);

describe('suppliersWithinReach', () => {
  it('defaults to the named radius DEFAULT_REACH_KM', () => {
    expect(suppliersWithinReach(park, index)).toEqual(
      suppliersWithinReach(park, index, DEFAULT_REACH_KM),
    );
  });

  it('lists in-park suppliers first, then the rest by distance, within 30 km by default', () => {
    const entries = suppliersWithinReach(park, index);
    expect(entries.map((e) => e.supplier.id)).toEqual([
      'hengda-stamping',
      'lianfa-cnc',
      'other-park-stamping',
      'ruiguang-coating',
    ]);
    expect(entries.map((e) => e.inPark)).toEqual([true, false, false, false]);
    expect(entries[0]?.distanceKm).toBeCloseTo(5, 2);
    expect(entries[1]?.distanceKm).toBeCloseTo(2, 2);
  });

  it('passes extra supplier fields through and gives the bearing from the park', () => {
    const [stamping, cnc, other] = suppliersWithinReach(park, index);
    expect(stamping?.supplier.name).toBe('Enterprise B');
    expect(stamping?.bearingDeg).toBeCloseTo(0, 1);
    expect(cnc?.bearingDeg).toBeCloseTo(90, 1);
    expect(other?.bearingDeg).toBeCloseTo(180, 1);
  });

  it('honours a custom radius, including in-park suppliers only when within it', () => {
    expect(suppliersWithinReach(park, index, 50).map((e) => e.supplier.id)).toEqual([
      'hengda-stamping',
      'in-park-but-far',
      'lianfa-cnc',
      'other-park-stamping',
      'ruiguang-coating',
      'far-heat',
    ]);
    expect(suppliersWithinReach(park, index, 3).map((e) => e.supplier.id)).toEqual(['lianfa-cnc']);
    expect(suppliersWithinReach(park, index, 0)).toEqual([]);
  });

  it('breaks distance ties by supplier id', () => {
    const twins: ReachSupplier[] = [
      { id: 'twin-b', processes: ['x'], coordinates: offset(3, 0) },
      { id: 'twin-a', processes: ['y'], coordinates: offset(3, 0) },
    ];
    const ids = suppliersWithinReach(
      park,
      createSpatialIndex(twins, (s) => s.coordinates),
    ).map((e) => e.supplier.id);
    expect(ids).toEqual(['twin-a', 'twin-b']);
  });

  it('accepts content data with an id', () => {
    expectTypeOf<SupplierData & { id: string }>().toExtend<ReachSupplier>();
  });
});

describe('groupByProcess', () => {
  it('lists each entry under every process it offers, groups nearest first then by id', () => {
    const groups = groupByProcess(suppliersWithinReach(park, index));
    expect(groups.map((g) => g.processId)).toEqual([
      'cnc-machining', // 2 km
      'electrophoresis', // 5 km, ties broken by id
      'injection-molding',
      'mold-stamping',
      'surface-coating', // 12 km
    ]);
    const ids = (processId: string) =>
      groups.find((g) => g.processId === processId)?.entries.map((e) => e.supplier.id);
    expect(ids('electrophoresis')).toEqual(['hengda-stamping', 'ruiguang-coating']);
    // The other park's supplier lists mold-stamping twice but appears once.
    expect(ids('mold-stamping')).toEqual(['hengda-stamping', 'other-park-stamping']);
  });

  it('orders groups by their nearest supplier even when an in-park one comes first', () => {
    const groups = groupByProcess(suppliersWithinReach(park, index, 50));
    // die-casting's only supplier is in the park but 35 km out: it sorts after 12 km.
    expect(groups.map((g) => g.processId).slice(-2)).toEqual(['die-casting', 'heat-treatment']);
  });

  it('returns nothing for no entries', () => {
    expect(groupByProcess([])).toEqual([]);
  });
});

describe('processesInReach', () => {
  it('returns the sorted set of offered process ids', () => {
    expect(processesInReach(suppliersWithinReach(park, index))).toEqual([
      'cnc-machining',
      'electrophoresis',
      'injection-molding',
      'mold-stamping',
      'surface-coating',
    ]);
    expect(processesInReach([])).toEqual([]);
  });
});
