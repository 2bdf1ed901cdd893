/**
 * The suppliers and institutions around a park as one list, numbered nearest
 * first: the rows of the profile's reach table and the dots of its diagram, plus
 * the one-sentence summary the diagram's accessible name states.
 */
import { compassPoint } from '../domain/geo';
import { formatKm, midSentence, plural } from '../lib/format';
import type { InstitutionKind } from '../schemas/institutions';
import type { InstitutionReach, ReachEntry } from './types';

/** One shared collator: `localeCompare(…, 'en')` looks the locale up on every call of a sort. */
const english = new Intl.Collator('en');

export type DotCategory = 'supplier' | 'education' | 'research';

/** One supplier or institution around a park, numbered nearest first (the table and the diagram share the numbers). */
export interface ReachRow {
  /** 1-based position, nearest first; printed in the table and on dots that have no room for a name. */
  number: number;
  key: string;
  category: DotCategory;
  name: string;
  distanceKm: number;
  bearingDeg: number;
  inPark: boolean;
  supplier?: ReachEntry['supplier'];
  institution?: InstitutionReach['institution'];
}

/** Suppliers and institutions merged and numbered by distance (ties: suppliers first, then name). */
export function reachRows(
  suppliers: readonly ReachEntry[],
  institutions: readonly InstitutionReach[],
): ReachRow[] {
  const rows: Omit<ReachRow, 'number'>[] = [
    ...suppliers.map((s) => ({
      key: `s-${s.supplier.id}`,
      category: 'supplier' as const,
      name: shortName(s.supplier.name.en),
      distanceKm: s.distanceKm,
      bearingDeg: s.bearingDeg,
      inPark: s.inPark,
      supplier: s.supplier,
    })),
    ...institutions.map((i) => ({
      key: `i-${i.institution.id}`,
      category: categoryOfInstitution(i.institution.kind),
      name: shortName(i.institution.name.en),
      distanceKm: i.distanceKm,
      bearingDeg: i.bearingDeg,
      inPark: false,
      institution: i.institution,
    })),
  ];
  return rows
    .sort(
      (a, b) => a.distanceKm - b.distanceKm || rank(a) - rank(b) || english.compare(a.name, b.name),
    )
    .map((row, index) => ({ ...row, number: index + 1 }));
}

/** Schools feed the talent pool; the rest are research partners. */
function categoryOfInstitution(kind: InstitutionKind): DotCategory {
  return kind === 'university' || kind === 'vocational-school' ? 'education' : 'research';
}

const COMPANY_SUFFIX =
  /[,\s]*(co\.?,?\s*ltd\.?|company limited|ltd\.?|inc\.?|llc|corp\.?|gmbh)\s*$/i;

/** A company or institution name without its legal suffix ("Hengrui Precision Stamping Co., Ltd." → "Hengrui Precision Stamping"). */
export function shortName(name: string): string {
  return name.replace(COMPANY_SUFFIX, '').trim();
}

/** Suppliers rank before institutions: they are the profile's point. */
export const rank = (d: { category: DotCategory }) => (d.category === 'supplier' ? 0 : 1);

/**
 * "Hengrui Precision Stamping, mold stamping, 5.0 km N, in the park": the nearest
 * supplier with what it does, distance and direction; undefined without suppliers.
 */
export function nearestSupplierPhrase(
  suppliers: readonly ReachEntry[],
  processLabel: (id: string) => string,
): string | undefined {
  const nearest = suppliers.reduce<ReachEntry | undefined>(
    (best, e) => (best === undefined || e.distanceKm < best.distanceKm ? e : best),
    undefined,
  );
  if (!nearest) return undefined;
  const process = nearest.supplier.processes[0];
  const what = process === undefined ? '' : `, ${midSentence(processLabel(process))}`;
  const where = `${formatKm(nearest.distanceKm)} ${compassPoint(nearest.bearingDeg)}${nearest.inPark ? ', in the park' : ''}`;
  return `${shortName(nearest.supplier.name.en)}${what}, ${where}`;
}

/**
 * The fact the diagram shows, as one sentence for its accessible name:
 * "14 suppliers within 30 km and 6 institutions within 50 km; nearest supplier:
 * Hengrui Precision Stamping, mold stamping, 5.0 km N, in the park".
 */
export function describeReach(
  suppliers: readonly ReachEntry[],
  institutions: readonly InstitutionReach[],
  reachKm: number,
  talentKm: number,
  processLabel: (id: string) => string,
): string {
  const counts = `${plural(suppliers.length, 'supplier')} within ${reachKm} km and ${plural(institutions.length, 'institution')} within ${talentKm} km`;
  const nearest = nearestSupplierPhrase(suppliers, processLabel);
  return nearest === undefined ? counts : `${counts}; nearest supplier: ${nearest}`;
}
