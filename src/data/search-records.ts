/**
 * The records of the site search (Pagefind custom records, one index per language),
 * built from the catalog's joins: a park, a supplier within reach of a park, an
 * institution within talent reach of a park, a process. Suppliers and institutions
 * have no pages of their own, so each one near a park is a record of that park,
 * pointing at the profile section that lists it, with the facts that say why it
 * matched (name, processes, distance) in `meta`.
 *
 * CONTRACT (the inquiry form's park picker searches the same index): every park has
 * exactly one record per language with `filters.type = ['park']` and
 * `meta.slug` / `meta.title` (the park's name in that language). The other kinds
 * carry `type` `supplier`, `institution` or `process`. Keep these keys stable.
 */
import { htmlLang, localize, translator, type Locale } from '../i18n';
import { formatKm } from '../i18n/format';
import { localizePath } from '../i18n/routing';
import type { CatalogModel, InstitutionReach, ParkModel, ProcessView, ReachEntry } from './types';
import { shortName } from './reach-rows';

export const SEARCH_RECORD_TYPES = ['park', 'supplier', 'institution', 'process'] as const;
export type SearchRecordType = (typeof SEARCH_RECORD_TYPES)[number];

/** Joins several process labels in one meta field (the page picks the ones that matched). */
export const META_LIST_SEPARATOR = '|';

/** One Pagefind custom record (the shape `index.addCustomRecord` takes). */
export interface SearchRecord {
  /** The page the result opens: a profile (with a section anchor) or a process page. */
  url: string;
  /** The text Pagefind indexes and excerpts. */
  content: string;
  /** Pagefind's language of the index the record goes to (the page's `<html lang>`, lower case). */
  language: string;
  meta: Record<string, string>;
  filters: { type: [SearchRecordType] };
}

/** The Pagefind index language of a locale: its `<html lang>` in lower case ("zh-cn", "en"). */
export function searchLanguage(locale: Locale): string {
  return htmlLang[locale].toLowerCase();
}

/**
 * A link to a profile section that lands on one name in it: `#suppliers:~:text=衡瑞精密冲压`
 * (a text fragment; browsers without them still open the section). Pagefind keeps one
 * record per URL, so the name also keeps each supplier's record of a park apart.
 */
export function sectionLink(pageUrl: string, section: string, name: string): string {
  const text = encodeURIComponent(name).replace(
    /[-,&]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${pageUrl}#${section}:~:text=${text}`;
}

/**
 * Where an institution's record leads: its card in the research section (`lab-<id>`), its
 * row in the schools table (`school-<id>`, schools with graduates), else the talent section
 * at its name. Ids keep the records of two institutions with the same name apart.
 */
function institutionLink(
  pageUrl: string,
  entry: InstitutionReach,
  anchor: 'talent' | 'research',
  fullName: string,
): string {
  const { id } = entry.institution;
  if (anchor === 'research') return `${pageUrl}#lab-${id}`;
  if (entry.graduatesPerYear > 0) return `${pageUrl}#school-${id}`;
  return sectionLink(pageUrl, 'talent', shortName(fullName));
}

/** The text of a record: its parts, without empty ones, one per line. */
function text(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n');
}

/** Where a park is, as results show it: "湖南 · 湘潭". */
function placeOf(park: ParkModel, locale: Locale): string {
  return [localize(park.data.province, locale), localize(park.data.city, locale)].join(' · ');
}

/** What every record of a park shares: the park's slug, name (the result's heading) and place. */
function parkMeta(park: ParkModel, locale: Locale) {
  return {
    slug: park.slug,
    title: localize(park.data.name, locale),
    place: placeOf(park, locale),
  };
}

function parkRecord(park: ParkModel, locale: Locale): SearchRecord {
  const { t } = translator(locale);
  const { data } = park;
  const place = placeOf(park, locale);
  return {
    url: localizePath(park.summary.url, locale),
    content: text([
      localize(data.name, locale),
      place,
      t(`common.level.${data.level}`),
      ...park.summary.targetChains.map((c) => localize(c.label, locale)),
      localize(data.summary, locale),
    ]),
    language: searchLanguage(locale),
    meta: { ...parkMeta(park, locale), level: t(`common.level.${data.level}`) },
    filters: { type: ['park'] },
  };
}

function supplierRecord(
  park: ParkModel,
  entry: ReachEntry,
  labels: CatalogModel['labels'],
  locale: Locale,
): SearchRecord {
  const { supplier } = entry;
  const fullName = localize(supplier.name, locale);
  const processes = supplier.processes.map((id) =>
    localize(labels.processes.get(id)?.label ?? { en: id, zh: id }, locale),
  );
  return {
    // The supplier's one description on the profile (SupplierChain.astro's `sup-<id>`).
    url: `${localizePath(park.summary.url, locale)}#sup-${supplier.id}`,
    content: text([fullName, ...processes, supplier.note && localize(supplier.note, locale)]),
    language: searchLanguage(locale),
    meta: {
      ...parkMeta(park, locale),
      name: shortName(fullName),
      processes: processes.join(META_LIST_SEPARATOR),
      distance: formatKm(entry.distanceKm, locale),
      ...(entry.inPark ? { inPark: 'true' } : {}),
    },
    filters: { type: ['supplier'] },
  };
}

function institutionRecord(
  park: ParkModel,
  entry: InstitutionReach,
  anchor: 'talent' | 'research',
  locale: Locale,
): SearchRecord {
  const { t } = translator(locale);
  const { institution } = entry;
  const fullName = localize(institution.name, locale);
  const kind = t(`kind.institution.${institution.kind}`);
  return {
    url: institutionLink(localizePath(park.summary.url, locale), entry, anchor, fullName),
    content: text([
      fullName,
      kind,
      ...institution.majors.map((m) => localize(m.name, locale)),
      ...institution.cooperation.map((c) => localize(c, locale)),
    ]),
    language: searchLanguage(locale),
    meta: {
      ...parkMeta(park, locale),
      name: shortName(fullName),
      kind,
      distance: formatKm(entry.distanceKm, locale),
    },
    filters: { type: ['institution'] },
  };
}

function processRecord(process: ProcessView, locale: Locale): SearchRecord {
  const { tn } = translator(locale);
  return {
    url: localizePath(`/processes/${process.id}/`, locale),
    content: text([localize(process.label, locale), localize(process.description, locale)]),
    language: searchLanguage(locale),
    meta: {
      title: localize(process.label, locale),
      process: process.id,
      parks: tn('search.record.processParks', process.parks.length),
    },
    filters: { type: ['process'] },
  };
}

/**
 * Every search record of one language: per park its own record, one per supplier within
 * reach (`suppliersWithinReach`, the profile's list and distances) and one per institution
 * within talent reach (`talent.institutions`; research partners point at the research
 * section, schools at the talent section); then one per process.
 */
export function searchRecords(catalog: CatalogModel, locale: Locale): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const park of catalog.parks) {
    records.push(parkRecord(park, locale));
    for (const entry of park.suppliersWithinReach) {
      records.push(supplierRecord(park, entry, catalog.labels, locale));
    }
    const researchIds = new Set(park.research.map((i) => i.institution.id));
    for (const entry of park.talent.institutions) {
      const anchor = researchIds.has(entry.institution.id) ? 'research' : 'talent';
      records.push(institutionRecord(park, entry, anchor, locale));
    }
  }
  for (const process of catalog.processes) records.push(processRecord(process, locale));
  return records;
}
