/**
 * The suppliers and institutions around a park as one list, numbered nearest
 * first: the rows of the profile's reach table and the dots of its diagram, plus
 * the one-sentence summary the diagram's accessible name states.
 */
import { localize, translator } from '../i18n';
import { formatCompass, formatKm, midSentence } from '../i18n/format';
import type { Locale } from '../i18n/locales';
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
  locale: Locale,
): ReachRow[] {
  const rows: Omit<ReachRow, 'number'>[] = [
    ...suppliers.map((s) => ({
      key: `s-${s.supplier.id}`,
      category: 'supplier' as const,
      name: shortName(localize(s.supplier.name, locale)),
      distanceKm: s.distanceKm,
      bearingDeg: s.bearingDeg,
      inPark: s.inPark,
      supplier: s.supplier,
    })),
    ...institutions.map((i) => ({
      key: `i-${i.institution.id}`,
      category: categoryOfInstitution(i.institution.kind),
      name: shortName(localize(i.institution.name, locale)),
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
export function categoryOfInstitution(kind: InstitutionKind): DotCategory {
  return kind === 'university' || kind === 'vocational-school' ? 'education' : 'research';
}

const COMPANY_SUFFIX =
  /[,\s]*(co\.?,?\s*ltd\.?|company limited|ltd\.?|inc\.?|llc|corp\.?|gmbh|(股份)?有限(责任)?公司)\s*$/i;

/**
 * A company or institution name without its legal suffix ("Hengrui Precision Stamping
 * Co., Ltd." → "Hengrui Precision Stamping", "衡瑞精密冲压有限公司" → "衡瑞精密冲压").
 */
export function shortName(name: string): string {
  return name.replace(COMPANY_SUFFIX, '').trim();
}

/** Suppliers rank before institutions: they are the profile's point. */
export const rank = (d: { category: DotCategory }) => (d.category === 'supplier' ? 0 : 1);

/**
 * "Hengrui Precision Stamping, mold stamping, 5.0 km N, in the park" / "衡瑞精密冲压（模具
 * 冲压），北 5.0 公里，位于园区内": the nearest supplier with what it does, distance and
 * direction; undefined without suppliers.
 */
export function nearestSupplierPhrase(
  suppliers: readonly ReachEntry[],
  processLabel: (id: string) => string,
  locale: Locale,
): string | undefined {
  const nearest = suppliers.reduce<ReachEntry | undefined>(
    (best, e) => (best === undefined || e.distanceKm < best.distanceKm ? e : best),
    undefined,
  );
  if (!nearest) return undefined;
  const { t } = translator(locale);
  const process = nearest.supplier.processes[0];
  const vars = {
    name: shortName(localize(nearest.supplier.name, locale)),
    distance: formatKm(nearest.distanceKm, locale),
    direction: formatCompass(nearest.bearingDeg, locale),
  };
  const phrase =
    process === undefined
      ? t('reach.nearestBare', vars)
      : t('reach.nearest', { ...vars, process: midSentence(processLabel(process), locale) });
  return nearest.inPark ? t('reach.nearestInPark', { phrase }) : phrase;
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
  locale: Locale,
): string {
  const { t, tn } = translator(locale);
  const counts = t('reach.summary', {
    suppliers: tn('reach.suppliers', suppliers.length),
    institutions: tn('reach.institutions', institutions.length),
    km: reachKm,
    talentKm,
  });
  const nearest = nearestSupplierPhrase(suppliers, processLabel, locale);
  return nearest === undefined ? counts : t('reach.summaryNearest', { counts, nearest });
}
