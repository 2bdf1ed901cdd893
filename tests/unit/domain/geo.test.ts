import { describe, expect, it } from 'vitest';
import {
  EARTH_MEAN_RADIUS_KM,
  bearingDeg,
  compassPoint,
  distanceKm,
} from '../../../src/domain/geo';
import { KM_PER_DEGREE } from './fixtures';

const beijing = { lat: 39.9042, lon: 116.4074 };
const shanghai = { lat: 31.2304, lon: 121.4737 };
const wuhan = { lat: 30.5928, lon: 114.3055 };
const chongqing = { lat: 29.563, lon: 106.5516 };

describe('distanceKm', () => {
  it('matches the published Beijing–Shanghai great-circle distance within 1%', () => {
    const d = distanceKm(beijing, shanghai);
    expect(Math.abs(d - 1067) / 1067).toBeLessThan(0.01);
    // Tighter check against an independent haversine computation with the same radius.
    expect(d).toBeCloseTo(1067.3116, 3);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(wuhan, chongqing)).toBeCloseTo(distanceKm(chongqing, wuhan), 9);
    expect(distanceKm(wuhan, wuhan)).toBe(0);
    expect(distanceKm({ lat: 90, lon: 10 }, { lat: 90, lon: -170 })).toBeCloseTo(0, 9);
  });

  it('gives one degree on the equator and half the circumference for antipodes', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(KM_PER_DEGREE, 9);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(
      Math.PI * EARTH_MEAN_RADIUS_KM,
      6,
    );
    expect(distanceKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(
      Math.PI * EARTH_MEAN_RADIUS_KM,
      6,
    );
  });

  it('stays accurate for a few hundred metres (haversine, not the law of cosines)', () => {
    const gate = { lat: 28.2, lon: 112.9 };
    const supplier = { lat: 28.2027, lon: 112.9 };
    expect(distanceKm(gate, supplier)).toBeCloseTo(0.0027 * KM_PER_DEGREE, 9);
  });

  it('takes the short way across the antimeridian', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(
      KM_PER_DEGREE,
      6,
    );
  });

  it('rejects coordinates that are not numbers or out of range', () => {
    expect(() => distanceKm({ lat: Number.NaN, lon: 0 }, beijing)).toThrow(RangeError);
    expect(() => distanceKm(beijing, { lat: 91, lon: 0 })).toThrow(/b is not a valid coordinate/);
  });
});

describe('bearingDeg', () => {
  it('gives the four cardinal directions', () => {
    const origin = { lat: 0, lon: 0 };
    expect(bearingDeg(origin, { lat: 1, lon: 0 })).toBeCloseTo(0, 9);
    expect(bearingDeg(origin, { lat: 0, lon: 1 })).toBeCloseTo(90, 9);
    expect(bearingDeg(origin, { lat: -1, lon: 0 })).toBeCloseTo(180, 9);
    expect(bearingDeg(origin, { lat: 0, lon: -1 })).toBeCloseTo(270, 9);
  });

  it('gives initial bearings between real cities', () => {
    expect(bearingDeg(beijing, shanghai)).toBeCloseTo(153.07, 1);
    expect(bearingDeg(shanghai, beijing)).toBeCloseTo(336.03, 1);
    expect(bearingDeg(wuhan, chongqing)).toBeCloseTo(263.23, 1);
  });

  it('is 0 for the same point', () => {
    expect(bearingDeg(wuhan, wuhan)).toBe(0);
  });

  it('turns a bearing a hair west of north into one just under 360, not a negative one', () => {
    const b = bearingDeg({ lat: 0, lon: 0 }, { lat: 1, lon: -1e-12 });
    expect(b).toBeCloseTo(360, 6);
    expect(b).toBeLessThan(360);
  });

  it('heads east across the antimeridian', () => {
    expect(bearingDeg({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(90, 6);
  });
});

describe('compassPoint', () => {
  it.each([
    [0, 'N'],
    [22.4, 'N'],
    [22.5, 'NE'],
    [45, 'NE'],
    [90, 'E'],
    [135, 'SE'],
    [153.07, 'SE'],
    [180, 'S'],
    [225, 'SW'],
    [263.2, 'W'],
    [315, 'NW'],
    [337.4, 'NW'],
    [337.5, 'N'],
    [359.9, 'N'],
    [360, 'N'],
    [-10, 'N'],
    [-90, 'W'],
    [450, 'E'],
  ] as const)('%s° is %s', (deg, point) => {
    expect(compassPoint(deg)).toBe(point);
  });

  it('rejects non-finite angles', () => {
    expect(() => compassPoint(Number.NaN)).toThrow(RangeError);
    expect(() => compassPoint(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
