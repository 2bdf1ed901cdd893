/**
 * Great-circle geometry on a spherical Earth.
 *
 * A sphere with the IUGG mean radius is within ~0.5% of the WGS-84 ellipsoid for any
 * distance, which is far better than the precision park staff give coordinates with,
 * and keeps the maths small enough to run for every park × supplier pair at build time.
 * Nothing here rounds: pages round when they print.
 */

/** A point in WGS-84 decimal degrees (north and east positive). */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** IUGG mean Earth radius R1, in km. */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

/** The eight compass points, clockwise from north. */
const compassPoints = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassPoint = (typeof compassPoints)[number];

const toRad = (deg: number): number => (deg * Math.PI) / 180;
const toDeg = (rad: number): number => (rad * 180) / Math.PI;

function assertPoint(p: LatLon, name: string): void {
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon) || Math.abs(p.lat) > 90) {
    throw new RangeError(`${name} is not a valid coordinate: lat ${p.lat}, lon ${p.lon}`);
  }
}

/**
 * Great-circle distance between two points, in km (haversine formula).
 *
 * Haversine rather than the spherical law of cosines because it stays accurate for the
 * very short distances that matter most here (a supplier 300 m from the park gate).
 * @throws RangeError when a coordinate is not finite or a latitude is outside ±90.
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  assertPoint(a, 'a');
  assertPoint(b, 'b');
  const phi1 = toRad(a.lat);
  const phi2 = toRad(b.lat);
  const dPhi = phi2 - phi1;
  const dLambda = toRad(b.lon - a.lon);
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points; asin would then be NaN.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Initial bearing (forward azimuth) from `a` towards `b`, in degrees clockwise from
 * true north, in [0, 360). Returns 0 when the points coincide, where no direction exists.
 * @throws RangeError when a coordinate is not finite or a latitude is outside ±90.
 */
export function bearingDeg(a: LatLon, b: LatLon): number {
  assertPoint(a, 'a');
  assertPoint(b, 'b');
  const phi1 = toRad(a.lat);
  const phi2 = toRad(b.lat);
  const dLambda = toRad(b.lon - a.lon);
  const y = Math.sin(dLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
  if (y === 0 && x === 0) return 0;
  return normalizeDeg(toDeg(Math.atan2(y, x)));
}

/**
 * The nearest of the eight compass points for a bearing in degrees; any finite angle is
 * accepted and wrapped (e.g. -10 → 'N', 370 → 'N'). Sector edges round clockwise
 * (22.5 → 'NE').
 * @throws RangeError when `deg` is not finite.
 */
export function compassPoint(deg: number): CompassPoint {
  if (!Number.isFinite(deg)) throw new RangeError(`bearing must be a finite number, got ${deg}`);
  const index = Math.round(normalizeDeg(deg) / 45) % compassPoints.length;
  // The modulo keeps index in 0..7, so the lookup cannot miss.
  return compassPoints[index] as CompassPoint;
}

/** Wraps an angle into [0, 360), mapping -0 and values that round up to 360 onto 0. */
function normalizeDeg(deg: number): number {
  const wrapped = ((deg % 360) + 360) % 360;
  return wrapped === 360 || Object.is(wrapped, -0) ? 0 : wrapped;
}
