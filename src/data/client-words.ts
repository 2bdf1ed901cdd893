/**
 * The words the compare and estimate pages' scripts need, in one language: dictionary
 * keys under given prefixes, process labels from the taxonomy and the supplier reach.
 */
import { DEFAULT_REACH_KM } from '../domain/reach';
import { dictionaries, localize } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { PageWords } from '../scripts/cost/page-data';
import type { CatalogModel } from './types';

export function clientWords(
  catalog: CatalogModel,
  locale: Locale,
  prefixes: readonly string[],
): PageWords {
  const dictionary = dictionaries[locale];
  const words = Object.fromEntries(
    Object.entries(dictionary).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  );
  const processes = Object.fromEntries(
    catalog.processes.map((p) => [p.id, localize(p.label, locale)]),
  );
  return { words, processes, reachKm: DEFAULT_REACH_KM };
}
