/**
 * The records of the site search (Pagefind, one index per language), built from the
 * catalog's joins: one record per park and one per process. A park's record holds its
 * own text and, as sections with their own headings, every supplier within reach, every
 * process they offer and every institution within talent reach (suppliers and
 * institutions have no pages of their own). Pagefind returns the sections that matched as
 * the result's `sub_results`, which is how the search page says why a park matched; the
 * facts it shows for each (name, processes, distance) are the record's `reasons`, keyed by
 * the section's anchor, which the build writes to a file of their own per park and
 * language (`reasonsPath`). They are not Pagefind metadata: Pagefind indexes metadata
 * values as words too, and the facts' JSON filled the word index with names, distances
 * and glued-together tokens ("castingdistance15") that every query loaded.
 *
 * One record per park, not one per park and supplier: Pagefind's per-page metadata
 * (`pagefind.*.pf_meta`, which every query loads) grows with the record count; with a
 * record per supplier it was 344 KB at 1,000 parks.
 *
 * A process's name is written once per park, in a section of its own (`proc-<id>`) whose
 * facts list the suppliers offering it, not once per supplier: a query loads the whole
 * posting list of each word it contains, and a process most parks have nearby was in
 * most records many times over (docs/PERFORMANCE.md, "A search query at N = 5,000").
 *
 * CONTRACT (the inquiry form's park picker searches the same index): every park has
 * exactly one record per language with `filters.type = ['park']` and
 * `meta.slug` / `meta.title` (the park's name in that language). Processes carry
 * `type` `process`. Keep these keys stable.
 */
import { htmlLang, localize, translator, type Locale } from '../i18n';
import { formatKm } from '../i18n/format';
import { localizePath } from '../i18n/routing';
import type {
  CatalogModel,
  InstitutionReach,
  LabelledProcessGroup,
  ParkModel,
  ProcessView,
  ReachEntry,
} from './types';
import { shortName } from './reach-rows';

export { reasonsPath } from '../scripts/search-results';

export const SEARCH_RECORD_TYPES = ['park', 'process'] as const;
export type SearchRecordType = (typeof SEARCH_RECORD_TYPES)[number];

/** Why a park matched, for one section of its record: a supplier or an institution near it. */
export type SearchReason =
  | {
      kind: 'supplier';
      /** Where the reason leads: the supplier's one description on the profile. */
      url: string;
      name: string;
      /** The supplier's processes in the record's language; the page shows those searched for. */
      processes: string[];
      distance: string;
      inPark?: true;
    }
  | {
      kind: 'institution';
      url: string;
      name: string;
      /** "高职院校" / "Vocational college". */
      type: string;
      distance: string;
    }
  | {
      kind: 'process';
      /** The process's name in the record's language. */
      label: string;
      /** The suppliers within reach that offer it, in the profile's order: their sections' ids. */
      suppliers: string[];
    };

/** One section of a park's record: a heading with an anchor id, and the text under it. */
export interface SearchSection {
  id: string;
  title: string;
  text: string;
}

/** One record: a custom record for a process, an HTML document (with sections) for a park. */
export interface SearchRecord {
  /** The page the result opens: a profile or a process page. */
  url: string;
  /** The text Pagefind indexes and excerpts (a park's own text, before its sections). */
  content: string;
  /** Pagefind's language of the index the record goes to (the page's `<html lang>`, lower case). */
  language: string;
  meta: Record<string, string>;
  filters: { type: [SearchRecordType] };
  /** Parks: one section per supplier, process and institution within reach. */
  sections?: SearchSection[];
  /** Parks: the facts behind each section, by its id (written to `reasonsPath`, not indexed). */
  reasons?: Record<string, SearchReason>;
}

/** The Pagefind index language of a locale: its `<html lang>` in lower case ("zh-cn", "en"). */
export function searchLanguage(locale: Locale): string {
  return htmlLang[locale].toLowerCase();
}

/**
 * A link to a profile section that lands on one name in it: `#talent:~:text=湘潭技师学院`
 * (a text fragment; browsers without them still open the section).
 */
export function sectionLink(pageUrl: string, section: string, name: string): string {
  const text = encodeURIComponent(name).replace(
    /[-,&]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${pageUrl}#${section}:~:text=${text}`;
}

/**
 * Where an institution's reason leads: its card in the research section (`lab-<id>`), its
 * row in the schools table (`school-<id>`, schools with graduates), else the talent section
 * at its name.
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

/** The anchor of a supplier's section in a park's record, as on the profile: `sup-<id>`. */
const supplierSectionId = (id: string) => `sup-${id}`;

/** A supplier within reach of the park: its section (anchor `sup-<id>`) and its reason. */
function supplierSection(
  pageUrl: string,
  entry: ReachEntry,
  labels: CatalogModel['labels'],
  locale: Locale,
): [SearchSection, SearchReason] {
  const { supplier } = entry;
  const fullName = localize(supplier.name, locale);
  const processes = supplier.processes.map((id) =>
    localize(labels.processes.get(id)?.label ?? { en: id, zh: id }, locale),
  );
  const id = supplierSectionId(supplier.id);
  return [
    {
      id,
      title: shortName(fullName),
      // Its processes are named in their own sections (processSection), once per park.
      text: text([fullName, supplier.note && localize(supplier.note, locale)]),
    },
    {
      kind: 'supplier',
      // The supplier's one description on the profile (SupplierChain.astro's `sup-<id>`).
      url: `${pageUrl}#${id}`,
      name: shortName(fullName),
      processes,
      distance: formatKm(entry.distanceKm, locale),
      ...(entry.inPark ? { inPark: true as const } : {}),
    },
  ];
}

/**
 * A process offered within reach: its section (anchor `proc-<id>`, the process's name) and
 * its reason, the suppliers offering it by their sections' ids.
 */
function processSection(
  group: LabelledProcessGroup,
  locale: Locale,
): [SearchSection, SearchReason] {
  const label = localize(group.label, locale);
  return [
    { id: `proc-${group.processId}`, title: label, text: '' },
    {
      kind: 'process',
      label,
      suppliers: group.entries.map((entry) => supplierSectionId(entry.supplier.id)),
    },
  ];
}

/** An institution within talent reach: its section (anchor `inst-<id>`) and its reason. */
function institutionSection(
  pageUrl: string,
  entry: InstitutionReach,
  anchor: 'talent' | 'research',
  locale: Locale,
): [SearchSection, SearchReason] {
  const { t } = translator(locale);
  const { institution } = entry;
  const fullName = localize(institution.name, locale);
  const type = t(`kind.institution.${institution.kind}`);
  return [
    {
      id: `inst-${institution.id}`,
      title: shortName(fullName),
      text: text([
        fullName,
        type,
        ...institution.majors.map((m) => localize(m.name, locale)),
        ...institution.cooperation.map((c) => localize(c, locale)),
      ]),
    },
    {
      kind: 'institution',
      url: institutionLink(pageUrl, entry, anchor, fullName),
      name: shortName(fullName),
      type,
      distance: formatKm(entry.distanceKm, locale),
    },
  ];
}

/** A park's record in one language: its own text, and a section per supplier, process and institution within reach. */
export function parkRecord(park: ParkModel, catalog: CatalogModel, locale: Locale): SearchRecord {
  const { t } = translator(locale);
  const { data } = park;
  const url = localizePath(park.summary.url, locale);
  const place = placeOf(park, locale);
  const researchIds = new Set(park.research.map((i) => i.institution.id));
  const parts = [
    ...park.suppliersWithinReach.map((entry) =>
      supplierSection(url, entry, catalog.labels, locale),
    ),
    ...park.suppliersByProcess.map((group) => processSection(group, locale)),
    ...park.talent.institutions.map((entry) =>
      institutionSection(
        url,
        entry,
        researchIds.has(entry.institution.id) ? 'research' : 'talent',
        locale,
      ),
    ),
  ];
  return {
    url,
    content: text([
      localize(data.name, locale),
      place,
      t(`common.level.${data.level}`),
      ...park.summary.targetChains.map((c) => localize(c.label, locale)),
      localize(data.summary, locale),
    ]),
    language: searchLanguage(locale),
    meta: {
      slug: park.slug,
      title: localize(data.name, locale),
      place,
      level: t(`common.level.${data.level}`),
    },
    filters: { type: ['park'] },
    sections: parts.map(([section]) => section),
    reasons: Object.fromEntries(parts.map(([section, reason]) => [section.id, reason])),
  };
}

/** A process's record in one language, leading to its page. */
export function processRecord(process: ProcessView, locale: Locale): SearchRecord {
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
 * Every search record of one language: one per park (its suppliers within reach, the
 * profile's list and distances, and its institutions within talent reach as sections;
 * research partners lead to the research section, schools to the talent section), then
 * one per process.
 */
export function searchRecords(catalog: CatalogModel, locale: Locale): SearchRecord[] {
  return [
    ...catalog.parks.map((park) => parkRecord(park, catalog, locale)),
    ...catalog.processes.map((process) => processRecord(process, locale)),
  ];
}
