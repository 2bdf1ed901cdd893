/**
 * The directory's filters: which parks match a chain, province, level, the four
 * number thresholds and the processes a project needs within reach. Pure, so the
 * filter page's script (browser) and the tests share one rule. Filters travel in
 * the URL query (`?land=1000&approval=40&process=stamping&process=electrophoresis`),
 * so a filtered list can be shared, bookmarked and restored on back/forward.
 */

/** One park as the filters see it: ids and figures, no prose. */
export interface FilterPark {
  slug: string;
  /** Province URL id (src/domain/provinces.ts). */
  province: string;
  level: string;
  /** Target chain ids. */
  chains: readonly string[];
  /** Process ids with a supplier within reach. */
  processes: readonly string[];
  /** Industrial land ready for transfer, in mu. */
  landMu: number;
  /** Minimum investment intensity the park admits, in 10k CNY per mu. */
  intensityCny10kPerMu: number;
  /** Power new projects can still connect, in MW. */
  spareMw: number;
  /** Committed approval time, all steps end to end, in working days. */
  approvalDays: number;
}

/** What the visitor asks for; an absent field does not filter. */
export interface ParkFilters {
  chain?: string;
  province?: string;
  level?: string;
  /** Available land at least this many mu. */
  landMinMu?: number;
  /** Investment-intensity threshold at most this (the visitor's own intensity), in 10k CNY/mu. */
  intensityMaxCny10kPerMu?: number;
  /** Spare power at least this many MW. */
  spareMinMw?: number;
  /** Approval in at most this many working days. */
  approvalMaxDays?: number;
  /** Every one of these processes within reach. */
  processes: string[];
}

type IdField = 'chain' | 'province' | 'level';
type NumberField = 'landMinMu' | 'intensityMaxCny10kPerMu' | 'spareMinMw' | 'approvalMaxDays';

/** Query parameter of each filter: short, stable, readable in a shared link. */
export const FILTER_PARAMS = {
  chain: 'chain',
  province: 'province',
  level: 'level',
  landMinMu: 'land',
  intensityMaxCny10kPerMu: 'intensity',
  spareMinMw: 'power',
  approvalMaxDays: 'approval',
  processes: 'process',
} as const satisfies Record<keyof ParkFilters, string>;

const ID_FIELDS: readonly IdField[] = ['chain', 'province', 'level'];
const NUMBER_FIELDS: readonly NumberField[] = [
  'landMinMu',
  'intensityMaxCny10kPerMu',
  'spareMinMw',
  'approvalMaxDays',
];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The result of reading a query: the filters, and the parameters whose values were unusable. */
export interface ParsedFilters {
  filters: ParkFilters;
  /** Query parameter names with a value that is not a number ≥ 0 (or not an id). */
  invalid: string[];
}

/**
 * A figure as typed: "1,000", "1 000", "1000.5" and full-width digits are numbers;
 * an empty box is no filter (undefined); anything else is NaN.
 */
export function parseFigure(raw: string): number | undefined {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[,\s_]/g, '');
  if (text === '') return undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** Reads filters from a query string or its entries; unusable values are listed, not applied. */
export function parseFilters(query: Iterable<[string, string]>): ParsedFilters {
  const filters: ParkFilters = { processes: [] };
  const invalid = new Set<string>();
  const entries = [...query];
  const last = (param: string) => entries.filter(([k]) => k === param).at(-1)?.[1];
  for (const field of ID_FIELDS) {
    const value = last(FILTER_PARAMS[field])?.trim();
    if (value === undefined || value === '') continue;
    if (ID.test(value)) filters[field] = value;
    else invalid.add(FILTER_PARAMS[field]);
  }
  for (const field of NUMBER_FIELDS) {
    const raw = last(FILTER_PARAMS[field]);
    const value = raw === undefined ? undefined : parseFigure(raw);
    if (value === undefined) continue;
    if (Number.isFinite(value)) filters[field] = value;
    else invalid.add(FILTER_PARAMS[field]);
  }
  for (const [key, value] of entries) {
    if (key !== FILTER_PARAMS.processes || value.trim() === '') continue;
    if (!ID.test(value.trim())) invalid.add(key);
    else if (!filters.processes.includes(value.trim())) filters.processes.push(value.trim());
  }
  return { filters, invalid: [...invalid] };
}

/** The query entries of `filters`, in a fixed order so equal filters give equal URLs. */
export function filterEntries(filters: ParkFilters): [string, string][] {
  const out: [string, string][] = [];
  for (const field of ID_FIELDS) {
    const value = filters[field];
    if (value !== undefined) out.push([FILTER_PARAMS[field], value]);
  }
  for (const field of NUMBER_FIELDS) {
    const value = filters[field];
    if (value !== undefined) out.push([FILTER_PARAMS[field], String(value)]);
  }
  for (const process of [...filters.processes].sort()) out.push([FILTER_PARAMS.processes, process]);
  return out;
}

/** True when no filter is set. */
export function isEmptyFilter(filters: ParkFilters): boolean {
  return filterEntries(filters).length === 0;
}

/** Whether one park meets every filter that is set. Thresholds are inclusive. */
export function matchesFilters(park: FilterPark, filters: ParkFilters): boolean {
  const { landMinMu, intensityMaxCny10kPerMu, spareMinMw, approvalMaxDays } = filters;
  if (filters.chain !== undefined && !park.chains.includes(filters.chain)) return false;
  if (filters.province !== undefined && park.province !== filters.province) return false;
  if (filters.level !== undefined && park.level !== filters.level) return false;
  if (landMinMu !== undefined && park.landMu < landMinMu) return false;
  if (intensityMaxCny10kPerMu !== undefined && park.intensityCny10kPerMu > intensityMaxCny10kPerMu)
    return false;
  if (spareMinMw !== undefined && park.spareMw < spareMinMw) return false;
  if (approvalMaxDays !== undefined && park.approvalDays > approvalMaxDays) return false;
  return filters.processes.every((process) => park.processes.includes(process));
}

/** The parks that meet every filter, in their given order. */
export function filterParks<P extends FilterPark>(parks: readonly P[], filters: ParkFilters): P[] {
  return parks.filter((park) => matchesFilters(park, filters));
}
