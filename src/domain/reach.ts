/**
 * The supplier chain within reach of a park: the "enterprise B, 5 km away, does mold
 * stamping" fact that parks fail to publicise (see shared/DOMAIN.md).
 */
import { bearingDeg, type LatLon } from './geo';
import { compareIds } from './compare';
import type { SpatialIndex } from './spatial-index';

/** Default radius for "within reach": a short truck run for semi-finished parts. */
export const DEFAULT_REACH_KM = 30;

/** What reach needs from a supplier; any extra fields pass through untouched. */
export interface ReachSupplier {
  /** Supplier id (its file name). */
  id: string;
  /** Park id when the supplier sits inside a park. */
  park?: string | undefined;
  /** Process ids the supplier offers. */
  processes: readonly string[];
  coordinates: LatLon;
}

/** What reach needs from a park. */
export interface ReachPark {
  slug: string;
  coordinates: LatLon;
}

/** One supplier seen from one park. */
export interface SupplierInReach<S extends ReachSupplier = ReachSupplier> {
  supplier: S;
  /** Great-circle distance from the park's administrative centre, in km (unrounded). */
  distanceKm: number;
  /** Initial bearing from the park to the supplier, degrees clockwise from north. */
  bearingDeg: number;
  /** The supplier declares this park as its home. */
  inPark: boolean;
}

/** Suppliers offering one process, as `groupByProcess` returns them. */
export interface ProcessGroup<S extends ReachSupplier = ReachSupplier> {
  processId: string;
  entries: SupplierInReach<S>[];
}

/**
 * Suppliers within `radiusKm` of the park's coordinates: in-park suppliers first, then by
 * distance, then by id. An in-park supplier farther than the radius is left out, so
 * "within N km" on a page is always true.
 * @param index a spatial index over all suppliers, built once per build, not per park.
 */
export function suppliersWithinReach<S extends ReachSupplier>(
  park: ReachPark,
  index: SpatialIndex<S>,
  radiusKm: number = DEFAULT_REACH_KM,
): SupplierInReach<S>[] {
  return index
    .within(park.coordinates, radiusKm)
    .map(({ item, distanceKm }) => ({
      supplier: item,
      distanceKm,
      bearingDeg: bearingDeg(park.coordinates, item.coordinates),
      inPark: item.park === park.slug,
    }))
    .sort(
      (a, b) =>
        Number(b.inPark) - Number(a.inPark) ||
        a.distanceKm - b.distanceKm ||
        compareIds(a.supplier.id, b.supplier.id),
    );
}

/**
 * Groups entries by process id. An entry appears under each process it offers, in the
 * order it has in `entries`; groups are ordered by their nearest supplier's distance,
 * then by process id, so the closest capability leads the page.
 */
export function groupByProcess<S extends ReachSupplier>(
  entries: readonly SupplierInReach<S>[],
): ProcessGroup<S>[] {
  const groups = new Map<string, { entries: SupplierInReach<S>[]; nearestKm: number }>();
  for (const entry of entries) {
    // A supplier that lists a process twice must still appear once under it.
    for (const processId of new Set(entry.supplier.processes)) {
      const group = groups.get(processId);
      if (group) {
        group.entries.push(entry);
        group.nearestKm = Math.min(group.nearestKm, entry.distanceKm);
      } else {
        groups.set(processId, { entries: [entry], nearestKm: entry.distanceKm });
      }
    }
  }
  return [...groups]
    .sort(([idA, a], [idB, b]) => a.nearestKm - b.nearestKm || compareIds(idA, idB))
    .map(([processId, group]) => ({ processId, entries: group.entries }));
}

/**
 * Process ids offered by at least one of the entries, sorted by id: the set that
 * coverage and inquiry qualification (`ParkFacts.processesWithinReach`) compare against.
 */
export function processesInReach(entries: readonly SupplierInReach[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) for (const id of entry.supplier.processes) ids.add(id);
  return [...ids].sort(compareIds);
}
