/**
 * "Is this point in China?" for the content report: a coarse outline, not a border.
 *
 * The mainland is a hand-simplified polygon of 64 vertices traced along the land border
 * and the coast (it takes in the Bohai, Yellow and East China Sea shores loosely), plus
 * rectangles round Hainan and Taiwan. Its error is tens of kilometres near the border, so
 * it catches the mistakes staff actually make — latitude and longitude swapped, a minus
 * sign, a digit dropped, a point in Mongolia, Korea or Vietnam by a wrong decimal — and
 * says nothing about a point a few kilometres either side of a border. A park or supplier
 * that really sits within ~50 km of the land border may be flagged; check it on a map.
 */
import type { LatLon } from '../../../src/domain/geo';

type Ring = readonly (readonly [lon: number, lat: number])[];

/** Mainland China, clockwise from Mohe in the far north, [lon, lat] in degrees (WGS-84). */
// prettier-ignore
const MAINLAND: Ring = [
  [122.3, 53.6], [125.5, 53.2], [127.5, 50.6], [130.0, 49.2], [131.4, 47.8],
  [134.8, 48.4], [134.0, 47.3], [133.1, 45.2], [131.9, 45.3], [131.0, 44.9],
  [131.3, 43.4], [130.7, 42.5], [130.2, 42.9], [129.0, 42.0], [128.0, 41.5],
  [126.5, 41.4], [124.3, 39.8], [121.2, 38.7], [121.9, 40.0], [119.5, 39.5],
  [118.0, 38.9], [119.2, 37.1], [122.7, 37.4], [120.3, 35.9], [119.4, 34.8],
  [120.9, 32.6], [122.0, 31.0], [122.2, 29.9], [121.1, 27.8], [119.8, 25.8],
  [118.2, 24.3], [116.8, 23.2], [114.3, 22.1], [112.0, 21.5], [110.3, 20.1],
  [109.4, 21.3], [108.0, 21.4], [106.7, 21.9], [105.5, 23.2], [104.0, 22.4],
  [102.4, 22.3], [101.7, 21.0], [100.1, 21.3], [99.1, 22.0], [98.7, 23.8],
  [97.5, 23.9], [98.2, 25.3], [98.7, 27.5], [97.4, 28.3], [95.8, 28.2],
  [92.0, 27.6], [89.0, 27.6], [86.5, 27.8], [84.0, 28.4], [81.0, 30.1],
  [78.7, 31.3], [78.2, 32.6], [79.6, 35.6], [77.5, 35.8], [74.7, 37.2],
  [73.4, 39.4], [75.5, 40.6], [78.5, 41.5], [80.2, 42.2], [80.3, 45.0],
  [82.5, 45.4], [83.0, 47.2], [85.5, 47.1], [87.4, 49.2], [90.0, 47.8],
  [91.0, 45.6], [93.5, 44.9], [96.4, 42.7], [100.0, 42.6], [105.0, 41.6],
  [107.0, 42.4], [110.4, 42.7], [111.9, 43.7], [113.9, 44.9], [116.6, 46.4],
  [119.9, 46.7], [118.5, 47.9], [117.4, 47.7], [115.6, 47.9], [117.4, 49.6],
  [119.2, 50.3], [120.2, 51.8], [121.5, 53.3],
];

/** Hainan and Taiwan as rectangles round each island ([west, south, east, north]). */
const ISLANDS: readonly (readonly [number, number, number, number])[] = [
  [108.5, 18.0, 111.2, 20.3],
  [119.9, 21.8, 122.1, 25.4],
];

/** Even-odd ray casting: true when (lon, lat) is inside `ring`. */
export function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the coarse outline of China described above. */
export function inChina({ lat, lon }: LatLon): boolean {
  if (ISLANDS.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n)) return true;
  return inRing(MAINLAND, lon, lat);
}
