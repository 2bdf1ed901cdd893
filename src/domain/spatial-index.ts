/**
 * A latitude/longitude grid index for "everything within R km of this point" queries.
 *
 * Why: the site joins thousands of parks with tens of thousands of suppliers and
 * institutions. Checking every pair is O(parks × suppliers) distance computations; the
 * grid only checks items in the few cells a query circle can touch.
 *
 * How: rows are bands of equal latitude height; each row is split into as many longitude
 * cells as fit at the row's poleward edge, so a cell is never narrower (in km) than it is
 * tall, even far north. The cell size follows the query radius (the next power of two in
 * km, 1 km to 4096 km); one grid per size is built on first use and kept. A query visits
 * the rows its circle spans and, in each, the cells within the circle's exact longitude
 * half-width, wrapping across the antimeridian; a circle that contains a pole visits whole
 * rows. Every candidate is then checked with the exact great-circle distance, so results
 * equal a brute-force scan.
 */
import { EARTH_MEAN_RADIUS_KM, distanceKm, type LatLon } from './geo';

/** An indexed item with its distance from the query centre. */
export interface SpatialHit<T> {
  item: T;
  distanceKm: number;
}

/** A read-only index over items that have coordinates. */
export interface SpatialIndex<T> {
  /** Number of indexed items. */
  readonly size: number;
  /**
   * Items whose great-circle distance from `center` is at most `radiusKm`, nearest first
   * (ties keep the order the items were given in).
   */
  within(center: LatLon, radiusKm: number): SpatialHit<T>[];
  /**
   * How many items a `within` query would check exactly. For tests and benchmarks that
   * prove the index prunes instead of scanning everything.
   */
  candidateCount(center: LatLon, radiusKm: number): number;
}

const MIN_CELL_KM = 1;
const MAX_CELL_KM = 4096;
// Widens the pruning bounds by a hair so floating-point error never drops an item that
// lies exactly on the circle; the exact distance check still decides membership.
const BOUND_SLACK = 1 + 1e-9;

interface Row {
  /** Number of longitude cells in this row. */
  lonCells: number;
  cells: Map<number, number[]>;
}

interface Grid {
  cellLatDeg: number;
  rowCount: number;
  rows: Map<number, Row>;
}

const toRad = (deg: number): number => (deg * Math.PI) / 180;
const toDeg = (rad: number): number => (rad * 180) / Math.PI;

/** Longitude wrapped into [-180, 180). */
function wrapLon(lon: number): number {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped >= 180 ? -180 : wrapped;
}

function cellKmFor(radiusKm: number): number {
  let cellKm = MIN_CELL_KM;
  while (cellKm < radiusKm && cellKm < MAX_CELL_KM) cellKm *= 2;
  return cellKm;
}

function rowOf(grid: Grid, lat: number): number {
  return Math.min(grid.rowCount - 1, Math.max(0, Math.floor((lat + 90) / grid.cellLatDeg)));
}

function lonCellsForRow(cellLatDeg: number, row: number): number {
  const south = -90 + row * cellLatDeg;
  const north = Math.min(90, south + cellLatDeg);
  const poleward = Math.max(Math.abs(south), Math.abs(north));
  const cosEdge = Math.max(0, Math.cos(toRad(poleward)));
  return Math.max(1, Math.floor((360 * cosEdge) / cellLatDeg));
}

/** Unwrapped column index; the same formula for items and queries so edges agree. */
function rawCol(lonCells: number, lon: number): number {
  return Math.floor(((lon + 180) * lonCells) / 360);
}

/** Column of a raw index, wrapping across the antimeridian (raw -1 is the last column). */
function wrapCol(lonCells: number, raw: number): number {
  return ((raw % lonCells) + lonCells) % lonCells;
}

/**
 * Builds a spatial index over `items`. Coordinates are read once, here, so later changes
 * to the items do not move them in the index.
 * @param getCoords returns an item's WGS-84 position.
 * @throws RangeError naming the item's position in `items` when its coordinates are invalid.
 */
export function createSpatialIndex<T>(
  items: readonly T[],
  getCoords: (item: T) => LatLon,
): SpatialIndex<T> {
  const stored = [...items];
  const points: LatLon[] = stored.map((item, i) => {
    const { lat, lon } = getCoords(item);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90) {
      throw new RangeError(`item ${i} has invalid coordinates: lat ${lat}, lon ${lon}`);
    }
    return { lat, lon };
  });
  const grids = new Map<number, Grid>();

  function gridFor(radiusKm: number): Grid {
    const cellKm = cellKmFor(radiusKm);
    const cached = grids.get(cellKm);
    if (cached) return cached;
    const cellLatDeg = toDeg(cellKm / EARTH_MEAN_RADIUS_KM);
    const grid: Grid = { cellLatDeg, rowCount: Math.ceil(180 / cellLatDeg), rows: new Map() };
    points.forEach((p, i) => {
      const r = rowOf(grid, p.lat);
      let row = grid.rows.get(r);
      if (!row) {
        row = { lonCells: lonCellsForRow(cellLatDeg, r), cells: new Map() };
        grid.rows.set(r, row);
      }
      const c = wrapCol(row.lonCells, rawCol(row.lonCells, wrapLon(p.lon)));
      const cell = row.cells.get(c);
      if (cell) cell.push(i);
      else row.cells.set(c, [i]);
    });
    grids.set(cellKm, grid);
    return grid;
  }

  /** Calls `visit` with every candidate's position in `stored`, each at most once. */
  function forEachCandidate(center: LatLon, radiusKm: number, visit: (i: number) => void): void {
    if (!Number.isFinite(center.lat) || !Number.isFinite(center.lon) || Math.abs(center.lat) > 90) {
      throw new RangeError(`invalid centre: lat ${center.lat}, lon ${center.lon}`);
    }
    if (Number.isNaN(radiusKm) || radiusKm < 0) {
      throw new RangeError(`radiusKm must be zero or more, got ${radiusKm}`);
    }
    const angular = (radiusKm / EARTH_MEAN_RADIUS_KM) * BOUND_SLACK;
    if (angular >= Math.PI) {
      stored.forEach((_, i) => visit(i));
      return;
    }
    const grid = gridFor(radiusKm);
    const centerLon = wrapLon(center.lon);
    const latMin = center.lat - toDeg(angular);
    const latMax = center.lat + toDeg(angular);
    // Widest longitude offset any point of the cap reaches; a cap over a pole spans all.
    const ratio = Math.sin(angular) / Math.cos(toRad(center.lat));
    const coversPole = latMax >= 90 || latMin <= -90 || !(ratio < 1);
    const dLonDeg = coversPole ? 180 : toDeg(Math.asin(ratio)) * BOUND_SLACK;

    for (let r = rowOf(grid, latMin); r <= rowOf(grid, latMax); r++) {
      const row = grid.rows.get(r);
      if (!row) continue;
      const first = rawCol(row.lonCells, centerLon - dLonDeg);
      const last = rawCol(row.lonCells, centerLon + dLonDeg);
      if (dLonDeg >= 180 || last - first + 1 >= row.lonCells) {
        for (const cell of row.cells.values()) cell.forEach(visit);
        continue;
      }
      for (let c = first; c <= last; c++) {
        const cell = row.cells.get(wrapCol(row.lonCells, c));
        cell?.forEach(visit);
      }
    }
  }

  return {
    size: stored.length,
    within(center, radiusKm) {
      const hits: { index: number; distanceKm: number }[] = [];
      forEachCandidate(center, radiusKm, (i) => {
        const d = distanceKm(center, points[i] as LatLon);
        if (d <= radiusKm) hits.push({ index: i, distanceKm: d });
      });
      hits.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
      return hits.map((h) => ({ item: stored[h.index] as T, distanceKm: h.distanceKm }));
    },
    candidateCount(center, radiusKm) {
      let count = 0;
      forEachCandidate(center, radiusKm, () => count++);
      return count;
    },
  };
}
