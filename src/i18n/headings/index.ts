/**
 * Profile section headings per language. The grammar differs (word order, plurals,
 * measure words), so each locale has its own builders with the same names.
 */
import type { ParkModel } from '../../data/types';
import { keepUnits } from '../format';
import type { Locale } from '../locales';
import * as en from './en';
import * as zh from './zh-CN';
import type { ParkHeadings } from './types';

export type { ParkHeadings };
export { roundUpKm } from './shared';

/** Each language's builders, one per section (en.ts also exports helpers its tests use). */
type Builders = Omit<typeof en, 'plural' | 'roundUpKm'>;
const builders: Record<Locale, Builders> = { 'zh-CN': zh, en };

/** Every section heading of a profile in `locale`, figures joined to their units. */
export function parkHeadings(park: ParkModel, locale: Locale): ParkHeadings {
  const b = builders[locale];
  const headings: ParkHeadings = {
    reach: b.reachHeading(park),
    suppliers: b.suppliersHeading(park),
    coverage: b.coverageHeading(park),
    talent: b.talentHeading(park),
    research: b.researchHeading(park),
    land: b.landHeading(park),
    logistics: b.logisticsHeading(park),
    approvals: b.approvalsHeading(park),
    cases: b.casesHeading(park),
    admission: b.admissionHeading(park),
    trackRecord: b.trackRecordHeading(park),
    contacts: b.contactsHeading(park),
  };
  return Object.fromEntries(
    Object.entries(headings).map(([key, text]) => [key, keepUnits(text)]),
  ) as unknown as ParkHeadings;
}
