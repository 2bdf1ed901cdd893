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
export { roundUpKm } from './round';

const builders: Record<Locale, { parkHeadings: (park: ParkModel) => ParkHeadings }> = {
  'zh-CN': zh,
  en,
};

/** Every section heading of a profile in `locale`. */
export function parkHeadings(park: ParkModel, locale: Locale): ParkHeadings {
  const headings = builders[locale].parkHeadings(park);
  return Object.fromEntries(
    Object.entries(headings).map(([key, text]) => [key, keepUnits(text)]),
  ) as unknown as ParkHeadings;
}
