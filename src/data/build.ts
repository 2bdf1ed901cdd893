/**
 * The pure half of the catalog: plain arrays of content entries in, every view
 * model the site renders out. No Astro here, so unit tests feed it fixtures and
 * the benchmarks feed it thousands of generated parks.
 */
import { byId, compareIds } from '../domain/compare';
import { formatContentProblems, findDanglingReferences } from '../domain/references';
import { DEFAULT_REACH_KM } from '../domain/reach';
import { createSpatialIndex } from '../domain/spatial-index';
import { DEFAULT_TALENT_KM } from '../domain/talent';
import { buildParkModel, labelled, type ParkContext } from './park-view';
import { sortKey } from '../i18n/content';
import { findStaleBlocks } from './stale';
import type {
  CaseView,
  CatalogInput,
  CatalogModel,
  ChainView,
  InstitutionView,
  ParkModel,
  ProcessView,
  ReachEntry,
  SupplierView,
} from './types';

export interface BuildOptions {
  /** "Today" for staleness; the build time in production, fixed in tests. */
  now: Date;
  reachKm?: number;
  talentKm?: number;
}

/** Raised when content references ids that do not exist; the message names every file and field. */
export class ContentReferenceError extends Error {
  override name = 'ContentReferenceError';
}

/** One shared collator: `localeCompare(…, 'en')` looks the locale up on every call of a sort. */
const english = new Intl.Collator('en');
const byEnglish = (a: string, b: string) => english.compare(a, b);

/**
 * Validates cross-references, then joins every collection into view models.
 * @throws ContentReferenceError listing each dangling reference (file, field, expected ids).
 */
export function buildCatalog<PE, CE>(
  input: CatalogInput<PE, CE>,
  options: BuildOptions,
): CatalogModel<PE, CE> {
  const problems = findDanglingReferences(input);
  if (problems.length > 0) throw new ContentReferenceError(formatContentProblems(problems));

  const { now } = options;
  const reachKm = options.reachKm ?? DEFAULT_REACH_KM;
  const talentKm = options.talentKm ?? DEFAULT_TALENT_KM;

  const suppliers: SupplierView[] = input.suppliers
    .map((e) => ({ ...e.data, id: e.id }))
    .sort(byId);
  const institutions: InstitutionView[] = input.institutions
    .map((e) => ({ ...e.data, id: e.id }))
    .sort(byId);
  const chains = new Map(input.chains.map((e) => [e.id, e.data]));
  const processes = new Map(input.processes.map((e) => [e.id, e.data]));
  const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));

  const casesByPark = new Map<string, CaseView<CE>[]>();
  for (const c of input.cases) {
    const view: CaseView<CE> = {
      id: c.id,
      entry: c.entry,
      data: c.data,
      chain: labelled(c.data.chain, chains),
      suppliers: c.data.suppliers.map((id) => ({ id, name: supplierNames.get(id) ?? { en: id } })),
    };
    const list = casesByPark.get(c.data.park) ?? [];
    list.push(view);
    casesByPark.set(c.data.park, list);
  }
  for (const list of casesByPark.values()) {
    list.sort((a, b) => b.data.signedOn.getTime() - a.data.signedOn.getTime() || byId(a, b));
  }

  const ctx: ParkContext<CE> = {
    now,
    reachKm,
    talentKm,
    supplierIndex: createSpatialIndex(suppliers, (s) => s.coordinates),
    institutionIndex: createSpatialIndex(institutions, (i) => i.coordinates),
    chains,
    processes,
    casesByPark,
  };
  const parks = input.parks
    .map((raw) => buildParkModel(raw, ctx))
    .sort(
      (a, b) => byEnglish(sortKey(a.data.name), sortKey(b.data.name)) || compareIds(a.slug, b.slug),
    );
  const parkBySlug = new Map(parks.map((p) => [p.slug, p]));

  return {
    parks,
    park: (slug) => parkBySlug.get(slug),
    processes: buildProcessViews(input, parks),
    chains: buildChainViews(input, parks),
    institutions,
    suppliers,
    featuredParks: parks.filter((p) => p.data.featured),
    totals: {
      parks: parks.length,
      suppliers: suppliers.length,
      institutions: institutions.length,
      processes: processes.size,
      landedCases: input.cases.length,
    },
    labels: {
      processes: new Map([...processes.keys()].map((id) => [id, labelled(id, processes)])),
      chains: new Map([...chains.keys()].map((id) => [id, labelled(id, chains)])),
    },
    staleBlocks: findStaleBlocks(input, now),
    generatedAt: now,
    reachKm,
  };
}

/**
 * Every process with the parks that have it within reach. One pass over each
 * park's process groups (already computed), never parks × suppliers.
 */
function buildProcessViews(
  input: CatalogInput,
  parks: readonly ParkModel<unknown, unknown>[],
): ProcessView[] {
  const parksByProcess = new Map<string, ProcessView['parks']>();
  for (const park of parks) {
    for (const group of park.suppliersByProcess) {
      const suppliers: ReachEntry[] = [...group.entries].sort(
        (a, b) => a.distanceKm - b.distanceKm,
      );
      const list = parksByProcess.get(group.processId) ?? [];
      list.push({ park: park.summary, suppliers });
      parksByProcess.set(group.processId, list);
    }
  }
  const nearest = (p: ProcessView['parks'][number]) => p.suppliers[0]?.distanceKm ?? Infinity;
  return input.processes
    .map((e) => ({
      id: e.id,
      label: e.data.label,
      description: e.data.description,
      parks: (parksByProcess.get(e.id) ?? []).sort(
        (a, b) => nearest(a) - nearest(b) || byEnglish(sortKey(a.park.name), sortKey(b.park.name)),
      ),
    }))
    .sort((a, b) => byEnglish(sortKey(a.label), sortKey(b.label)));
}

/** Every chain with its needed processes (labelled) and the parks that target it. */
function buildChainViews(
  input: CatalogInput,
  parks: readonly ParkModel<unknown, unknown>[],
): ChainView[] {
  const processes = new Map(input.processes.map((e) => [e.id, e.data]));
  return input.chains
    .map((e) => ({
      id: e.id,
      label: e.data.label,
      description: e.data.description,
      processes: e.data.processes.map((id) => labelled(id, processes)),
      parks: parks.filter((p) => p.data.targetChains.includes(e.id)).map((p) => p.summary),
    }))
    .sort((a, b) => byEnglish(sortKey(a.label), sortKey(b.label)));
}
