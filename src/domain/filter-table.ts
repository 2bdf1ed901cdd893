/**
 * The compact table the filter page fetches (/data/park-filter/<locale>.json): one
 * row of ids and figures per park and the park's name in that language, with
 * provinces, levels, chains and processes as indexes into short id lists. About
 * 22 bytes gzip a park (107 KB at 5,000 synthetic parks; scripts/bench/filter-table.ts),
 * where /data/parks.json takes about 170 bytes gzip a park (843 KB). Labels are not in
 * it: the page already prints them in its own <select> and checkbox options.
 */
import type { FilterPark } from './park-filter';

/** Bumped when the row layout changes. */
export const FILTER_TABLE_VERSION = 1;

/**
 * [slug, name, province, level, chains, processes, landMu, intensity, spareMw, approvalDays]
 * with province, level, chains and processes as indexes into the table's id lists.
 */
export type FilterRow = [
  string,
  string,
  number,
  number,
  number[],
  number[],
  number,
  number,
  number,
  number,
];

export interface FilterTable {
  version: number;
  provinces: string[];
  levels: string[];
  chains: string[];
  processes: string[];
  parks: FilterRow[];
}

/** A filterable park with the name the page shows and links to. */
export interface NamedFilterPark extends FilterPark {
  name: string;
}

function indexer(ids: Iterable<string>): { list: string[]; at: (id: string) => number } {
  const list = [...new Set(ids)].sort();
  const index = new Map(list.map((id, i) => [id, i]));
  return { list, at: (id) => index.get(id) ?? -1 };
}

/** Packs parks (in the order given) into the table. */
export function encodeFilterTable(parks: readonly NamedFilterPark[]): FilterTable {
  const provinces = indexer(parks.map((p) => p.province));
  const levels = indexer(parks.map((p) => p.level));
  const chains = indexer(parks.flatMap((p) => p.chains));
  const processes = indexer(parks.flatMap((p) => p.processes));
  return {
    version: FILTER_TABLE_VERSION,
    provinces: provinces.list,
    levels: levels.list,
    chains: chains.list,
    processes: processes.list,
    parks: parks.map((p) => [
      p.slug,
      p.name,
      provinces.at(p.province),
      levels.at(p.level),
      p.chains.map(chains.at),
      p.processes.map(processes.at),
      p.landMu,
      p.intensityCny10kPerMu,
      p.spareMw,
      p.approvalDays,
    ]),
  };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * Unpacks the table fetched by the page.
 * @throws Error naming the row or key when the document does not have the expected shape.
 */
export function decodeFilterTable(json: unknown): NamedFilterPark[] {
  const table = json as Partial<FilterTable> | null;
  if (table === null || typeof table !== 'object' || table.version !== FILTER_TABLE_VERSION)
    throw new Error(`park filter table: expected version ${FILTER_TABLE_VERSION}`);
  const { provinces, levels, chains, processes, parks } = table;
  for (const [key, list] of Object.entries({ provinces, levels, chains, processes }))
    if (!isStrings(list)) throw new Error(`park filter table: ${key} is not a list of ids`);
  if (!Array.isArray(parks)) throw new Error('park filter table: parks is not a list');
  const pick = (list: string[], i: unknown, row: number) => {
    const id = isNumber(i) ? list[i] : undefined;
    if (id === undefined) throw new Error(`park filter table: row ${row} has a bad index ${i}`);
    return id;
  };
  return parks.map((row, r) => {
    if (!Array.isArray(row) || row.length !== 10) throw new Error(`park filter table: row ${r}`);
    const [slug, name, province, level, rowChains, rowProcesses, land, intensity, spare, days] =
      row as unknown[];
    if (typeof slug !== 'string' || typeof name !== 'string')
      throw new Error(`park filter table: row ${r} lacks slug or name`);
    if (![land, intensity, spare, days].every(isNumber) || !Array.isArray(rowChains))
      throw new Error(`park filter table: row ${r} (${slug}) has a bad figure`);
    if (!Array.isArray(rowProcesses))
      throw new Error(`park filter table: row ${r} (${slug}) lacks processes`);
    return {
      slug,
      name,
      province: pick(provinces as string[], province, r),
      level: pick(levels as string[], level, r),
      chains: rowChains.map((i) => pick(chains as string[], i, r)),
      processes: rowProcesses.map((i) => pick(processes as string[], i, r)),
      landMu: land as number,
      intensityCny10kPerMu: intensity as number,
      spareMw: spare as number,
      approvalDays: days as number,
    };
  });
}
