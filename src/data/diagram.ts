/**
 * Geometry for the build-time distance diagram on a park profile: concentric
 * distance rings around the park, suppliers and institutions placed by bearing
 * and distance, labelled where a label fits without overlapping anything.
 *
 * The radial scale is square-root, not linear: the facts that matter most sit
 * close (an in-park supplier at 0.8 km, a stamping plant at 5 km) and a linear
 * 50 km scale would pile them onto the centre. Rings are labelled in km, so the
 * reader still reads true distances.
 */
import { rank, type ReachRow } from './reach-rows';

export interface DiagramDot extends ReachRow {
  x: number;
  y: number;
  /** The dot's name where it fits, else its number. */
  label?: {
    text: string;
    x: number;
    y: number;
    anchor: 'start' | 'end' | 'middle';
    isNumber: boolean;
  };
}

export interface DiagramRing {
  km: number;
  r: number;
  /** Where the ring's "10 km" label sits (just inside the ring, straight up). */
  labelX: number;
  labelY: number;
}

export interface DiagramLayout {
  size: number;
  center: number;
  maxKm: number;
  rings: DiagramRing[];
  dots: DiagramDot[];
}

export interface DiagramOptions {
  /** Width and height of the square viewBox. */
  size?: number;
  /** Distance of the outer ring, in km. */
  maxKm?: number;
  ringsKm?: readonly number[];
  fontSize?: number;
  /** The ring labels' unit ("km", "公里"), for measuring them. */
  kmUnit?: string;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** SVG coordinates to 0.1 units: invisible at any zoom, and keeps the HTML small. */
const round1 = (v: number) => Math.round(v * 10) / 10;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Places the rows (from `reachRows`) on the diagram by bearing and distance and
 * labels them: first names, suppliers before institutions and nearest first,
 * wherever a name fits without overlapping; then the number of every dot left
 * over, so each dot can be found in the table. Rows beyond `maxKm` are left out.
 */
export function layoutDistanceDiagram(
  rows: readonly ReachRow[],
  options: DiagramOptions = {},
): DiagramLayout {
  const size = options.size ?? 440;
  const maxKm = options.maxKm ?? 50;
  const fontSize = options.fontSize ?? 13;
  const center = size / 2;
  const outerR = center - fontSize * 1.6;
  const radius = (km: number) => outerR * Math.sqrt(Math.min(Math.max(km, 0), maxKm) / maxKm);

  const dots: DiagramDot[] = rows
    .filter((row) => row.distanceKm <= maxKm)
    .map((row) => {
      const theta = (row.bearingDeg * Math.PI) / 180;
      const r = radius(row.distanceKm);
      return {
        ...row,
        x: round1(center + r * Math.sin(theta)),
        y: round1(center - r * Math.cos(theta)),
      };
    });

  // Ring labels go where the fewest dots are, so "5 km" never hides a supplier due north.
  const ringAngle = quietestBearing(dots);
  const sin = Math.sin((ringAngle * Math.PI) / 180);
  const cos = Math.cos((ringAngle * Math.PI) / 180);
  const rings: DiagramRing[] = (options.ringsKm ?? [5, 10, 20, 30, 50])
    .filter((km) => km <= maxKm)
    .map((km) => {
      const r = radius(km);
      return {
        km,
        r: round1(r),
        labelX: round1(center + r * sin),
        labelY: round1(center - r * cos + fontSize * 0.35),
      };
    });

  // Obstacles: the park marker, the north mark, every dot, every ring label.
  const dotHalf = 6;
  const taken: Box[] = [
    { x1: center - 10, y1: center - 10, x2: center + 10, y2: center + 10 },
    { x1: center - fontSize, y1: 0, x2: center + fontSize, y2: fontSize * 1.3 },
    ...dots.map((d) => ({
      x1: d.x - dotHalf,
      y1: d.y - dotHalf,
      x2: d.x + dotHalf,
      y2: d.y + dotHalf,
    })),
    ...rings.map((r) => ringLabelBox(r, fontSize, options.kmUnit ?? 'km')),
  ];
  const order = [...dots].sort((a, b) => rank(a) - rank(b) || a.distanceKm - b.distanceKm);
  const tryLabel = (d: DiagramDot, text: string, isNumber: boolean) => {
    const label = firstFree(d, textWidth(text, fontSize), fontSize, size, taken);
    if (!label) return false;
    const { x, y, anchor } = label.anchorPoint;
    d.label = { text, x: round1(x), y: round1(y), anchor, isNumber };
    taken.push(label.box);
    return true;
  };
  for (const d of order) tryLabel(d, d.name, false);
  for (const d of order) if (!d.label) tryLabel(d, String(d.number), true);
  return { size, center, maxKm, rings, dots };
}

/**
 * Estimated rendered width of a label: a Latin character is about 0.56 em wide, a
 * Chinese character (and full-width punctuation) a full em.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[\u2E80-\uFFEF]/.test(char) ? 1 : 0.56;
  return em * fontSize;
}

/** Of the eight diagonal-first compass bearings, the one with the fewest dots within 22.5°. */
function quietestBearing(dots: readonly { bearingDeg: number }[]): number {
  const candidates = [135, 45, 225, 315, 90, 270, 180, 0];
  const crowd = (deg: number) =>
    dots.filter((d) => {
      const diff = Math.abs(((d.bearingDeg - deg + 540) % 360) - 180);
      return diff < 22.5;
    }).length;
  return candidates.reduce((best, deg) => (crowd(deg) < crowd(best) ? deg : best));
}

function ringLabelBox(ring: DiagramRing, fontSize: number, unit: string): Box {
  // Ring labels are drawn one size smaller than dot labels.
  const width = textWidth(`${ring.km} ${unit}`, fontSize - 2);
  return {
    x1: ring.labelX - width / 2,
    y1: ring.labelY - fontSize,
    x2: ring.labelX + width / 2,
    y2: ring.labelY + 2,
  };
}

function firstFree(
  d: DiagramDot,
  width: number,
  fontSize: number,
  size: number,
  taken: Box[],
):
  | { box: Box; anchorPoint: { x: number; y: number; anchor: 'start' | 'end' | 'middle' } }
  | undefined {
  const gap = 8;
  const baseline = d.y + fontSize * 0.35;
  const candidates = [
    { x: d.x + gap, y: baseline, anchor: 'start' as const, x1: d.x + gap, y1: d.y - fontSize / 2 },
    {
      x: d.x - gap,
      y: baseline,
      anchor: 'end' as const,
      x1: d.x - gap - width,
      y1: d.y - fontSize / 2,
    },
    {
      x: d.x,
      y: d.y - gap - 2,
      anchor: 'middle' as const,
      x1: d.x - width / 2,
      y1: d.y - gap - 2 - fontSize,
    },
    {
      x: d.x,
      y: d.y + gap + fontSize,
      anchor: 'middle' as const,
      x1: d.x - width / 2,
      y1: d.y + gap,
    },
    // Diagonals, for crowded spots.
    {
      x: d.x + gap - 2,
      y: d.y - gap + 2,
      anchor: 'start' as const,
      x1: d.x + gap - 2,
      y1: d.y - gap + 2 - fontSize,
    },
    {
      x: d.x + gap - 2,
      y: d.y + gap - 2 + fontSize,
      anchor: 'start' as const,
      x1: d.x + gap - 2,
      y1: d.y + gap - 2,
    },
    {
      x: d.x - gap + 2,
      y: d.y - gap + 2,
      anchor: 'end' as const,
      x1: d.x - gap + 2 - width,
      y1: d.y - gap + 2 - fontSize,
    },
    {
      x: d.x - gap + 2,
      y: d.y + gap - 2 + fontSize,
      anchor: 'end' as const,
      x1: d.x - gap + 2 - width,
      y1: d.y + gap - 2,
    },
  ];
  for (const c of candidates) {
    const box = { x1: c.x1, y1: c.y1, x2: c.x1 + width, y2: c.y1 + fontSize + 2 };
    const inside = box.x1 >= 2 && box.y1 >= 2 && box.x2 <= size - 2 && box.y2 <= size - 2;
    if (inside && !taken.some((t) => overlaps(t, box))) {
      return { box, anchorPoint: { x: c.x, y: c.y, anchor: c.anchor } };
    }
  }
  return undefined;
}
