import { describe, expect, it } from 'vitest';
import { distanceKm, type LatLon } from '../../../src/domain/geo';
import { createSpatialIndex } from '../../../src/domain/spatial-index';
import { between, seededRandom } from './fixtures';

interface Point {
  id: number;
  coordinates: LatLon;
}

function makePoints(count: number, seed: number, make: (random: () => number) => LatLon): Point[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, id) => ({ id, coordinates: make(random) }));
}

/** Uniform on the sphere (not uniform in degrees, which would crowd the poles). */
const anywhere = (random: () => number): LatLon => ({
  lat: (Math.asin(2 * random() - 1) * 180) / Math.PI,
  lon: between(random, -180, 180),
});

function bruteForce(points: Point[], center: LatLon, radiusKm: number) {
  return points
    .map((p) => ({ id: p.id, distanceKm: distanceKm(center, p.coordinates) }))
    .filter((h) => h.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || a.id - b.id);
}

function expectSameAsBruteForce(points: Point[], centers: LatLon[], radii: number[]): number {
  const index = createSpatialIndex(points, (p) => p.coordinates);
  let hits = 0;
  for (const center of centers) {
    for (const radiusKm of radii) {
      const got = index.within(center, radiusKm).map((h) => ({
        id: h.item.id,
        distanceKm: h.distanceKm,
      }));
      expect(got, `centre ${center.lat},${center.lon} r=${radiusKm}`).toEqual(
        bruteForce(points, center, radiusKm),
      );
      hits += got.length;
    }
  }
  return hits;
}

describe('createSpatialIndex().within', () => {
  it('equals brute force on clustered points across China', () => {
    const points = makePoints(4000, 1, (r) => ({
      lat: between(r, 18, 50),
      lon: between(r, 75, 135),
    }));
    const random = seededRandom(2);
    const centers = Array.from({ length: 60 }, () => ({
      lat: between(random, 18, 50),
      lon: between(random, 75, 135),
    }));
    const hits = expectSameAsBruteForce(points, centers, [0.5, 5, 30, 50, 200, 900]);
    // Guard against a vacuous pass where every query returns nothing.
    expect(hits).toBeGreaterThan(1000);
  });

  it('equals brute force across the antimeridian, including lon ±180', () => {
    const points = makePoints(3000, 3, (r) => ({
      lat: between(r, -60, 60),
      lon: r() < 0.5 ? between(r, 177, 180) : between(r, -180, -177),
    }));
    points.push({ id: 3000, coordinates: { lat: 0, lon: 180 } });
    points.push({ id: 3001, coordinates: { lat: 0, lon: -180 } });
    const random = seededRandom(4);
    const centers: LatLon[] = [
      { lat: 0, lon: 180 },
      { lat: 0, lon: -180 },
      { lat: 0, lon: 179.99 },
      ...Array.from({ length: 40 }, () => ({
        lat: between(random, -60, 60),
        lon: random() < 0.5 ? between(random, 178, 180) : between(random, -180, -178),
      })),
    ];
    const hits = expectSameAsBruteForce(points, centers, [0, 10, 30, 100, 400]);
    expect(hits).toBeGreaterThan(500);
  });

  it('equals brute force near the poles, where circles wrap all longitudes', () => {
    const points = makePoints(3000, 5, (r) => ({
      lat: (r() < 0.5 ? 1 : -1) * between(r, 80, 90),
      lon: between(r, -180, 180),
    }));
    points.push({ id: 3000, coordinates: { lat: 90, lon: 0 } });
    const random = seededRandom(6);
    const centers: LatLon[] = [
      { lat: 90, lon: 0 },
      { lat: -90, lon: 45 },
      { lat: 89.9, lon: 170 },
      ...Array.from({ length: 30 }, () => ({
        lat: (random() < 0.5 ? 1 : -1) * between(random, 78, 90),
        lon: between(random, -180, 180),
      })),
    ];
    const hits = expectSameAsBruteForce(points, centers, [1, 30, 150, 600, 1500]);
    expect(hits).toBeGreaterThan(1000);
  });

  it('equals brute force for points and radii anywhere on Earth', () => {
    const points = makePoints(2000, 7, anywhere);
    const random = seededRandom(8);
    const centers = Array.from({ length: 30 }, () => anywhere(random));
    expectSameAsBruteForce(points, centers, [50, 1000, 5000, 12000, 20015, 30000]);
  });

  it('finds exact duplicates at radius 0 and keeps ties in input order', () => {
    const here = { lat: 28.19, lon: 112.97 };
    const points: Point[] = [
      { id: 10, coordinates: here },
      { id: 11, coordinates: { lat: 28.2, lon: 112.97 } },
      { id: 12, coordinates: { ...here } },
    ];
    const index = createSpatialIndex(points, (p) => p.coordinates);
    expect(index.within(here, 0).map((h) => h.item.id)).toEqual([10, 12]);
    expect(index.within(here, 5).map((h) => h.item.id)).toEqual([10, 12, 11]);
    expect(index.within(here, 5)[2]?.distanceKm).toBeCloseTo(
      distanceKm(here, points[1]!.coordinates),
      12,
    );
  });

  it('answers empty for an empty index and for a circle with nothing in it', () => {
    const empty = createSpatialIndex<Point>([], (p) => p.coordinates);
    expect(empty.size).toBe(0);
    expect(empty.within({ lat: 0, lon: 0 }, 20000)).toEqual([]);
    const one = createSpatialIndex(
      [{ id: 1, coordinates: { lat: 30, lon: 114 } }],
      (p) => p.coordinates,
    );
    expect(one.within({ lat: 40, lon: 116 }, 30)).toEqual([]);
  });

  it('reads coordinates once, at creation', () => {
    const point = { id: 1, coordinates: { lat: 30, lon: 114 } };
    const index = createSpatialIndex([point], (p) => p.coordinates);
    point.coordinates = { lat: -30, lon: -60 };
    expect(index.within({ lat: 30, lon: 114 }, 1)).toHaveLength(1);
  });

  it('rejects invalid item coordinates, centres and radii', () => {
    expect(() =>
      createSpatialIndex(
        [
          { lat: 0, lon: 0 },
          { lat: 95, lon: 0 },
        ],
        (p) => p,
      ),
    ).toThrow(/item 1 has invalid coordinates/);
    expect(() => createSpatialIndex([{ lat: 0, lon: Number.NaN }], (p) => p)).toThrow(RangeError);
    const index = createSpatialIndex([{ lat: 0, lon: 0 }], (p) => p);
    expect(() => index.within({ lat: 0, lon: 0 }, -1)).toThrow(/radiusKm/);
    expect(() => index.within({ lat: 0, lon: 0 }, Number.NaN)).toThrow(/radiusKm/);
    expect(() => index.within({ lat: -91, lon: 0 }, 1)).toThrow(/invalid centre/);
  });
});

describe('createSpatialIndex().candidateCount', () => {
  it('checks a small fraction of items for a 30 km query among 20,000 points', () => {
    const points = makePoints(20000, 9, (r) => ({
      lat: between(r, 20, 45),
      lon: between(r, 100, 122),
    }));
    const index = createSpatialIndex(points, (p) => p.coordinates);
    const random = seededRandom(10);
    for (let i = 0; i < 20; i++) {
      const center = { lat: between(random, 22, 43), lon: between(random, 102, 120) };
      const candidates = index.candidateCount(center, 30);
      // Region ≈ 6.6 M km²; a 30 km circle ≈ 2,800 km², cells add a few times that.
      expect(candidates).toBeLessThan(points.length * 0.01);
      expect(candidates).toBeGreaterThanOrEqual(index.within(center, 30).length);
    }
  });

  it('counts every item when the circle covers the whole sphere', () => {
    const points = makePoints(100, 11, anywhere);
    const index = createSpatialIndex(points, (p) => p.coordinates);
    expect(index.candidateCount({ lat: 0, lon: 0 }, 21000)).toBe(100);
  });
});
