/**
 * Synthetic content for the build-scale benchmark: N parks, 10·N suppliers, 3·N
 * institutions and a few landed cases, shaped like staff-written content (every park
 * block filled, 2–4 paragraph Markdown bodies). Pure: same options, same output.
 */
import { advantages } from '../../../src/schemas/cases';
import { talentFields } from '../../../src/schemas/common';
import { institutionKinds, type InstitutionKind } from '../../../src/schemas/institutions';
import { createRng, type Rng } from './rng';
import { builtinChains, builtinProcesses, type TaxonomyEntry } from './builtin-taxonomy';
import { certifications, firmSuffixes, firmWords } from './pools';
import { park } from './synthetic-park';
import {
  AS_OF,
  SOURCE,
  chineseBody,
  markdownBody,
  offset,
  pad,
  type SyntheticEntry,
} from './synthetic-shared';

export type { SyntheticEntry } from './synthetic-shared';

export interface SyntheticContent {
  parks: SyntheticEntry[];
  suppliers: SyntheticEntry[];
  institutions: SyntheticEntry[];
  cases: SyntheticEntry[];
  processes: TaxonomyEntry[];
  chains: TaxonomyEntry[];
}

export interface SyntheticOptions {
  /** Number of parks. Suppliers = 10·N, institutions = 3·N. */
  parks: number;
  /** Seed for the generator; the same seed gives byte-identical content. */
  seed?: number;
  /** Taxonomy to build on; defaults to the built-in one. */
  taxonomy?: { processes: TaxonomyEntry[]; chains: TaxonomyEntry[] };
}

function supplier(rng: Rng, i: number, host: SyntheticEntry, processIds: string[]): SyntheticEntry {
  const name = `${String((host.data.city as { en: string }).en)} ${rng.pick(firmWords)} ${rng.pick(firmSuffixes)}`;
  const data: Record<string, unknown> = {
    name: { en: name },
    coordinates: offset(rng, host.data.coordinates as { lat: number; lon: number }, 40),
    ...(rng.chance(0.6) ? { park: host.id } : {}),
    processes: rng.sample(processIds, rng.int(1, 3)),
    certifications: rng.sample(certifications, rng.int(0, 2)),
    employees: rng.int(20, 2500),
    note: {
      en: `Runs ${rng.int(2, 30)} lines on two shifts; takes small batches from new customers.`,
    },
    ...(rng.chance(0.4)
      ? { replaces: { en: 'work previously shipped to a supplier abroad' } }
      : {}),
    source: SOURCE,
    asOf: AS_OF,
  };
  return { id: `supplier-${pad(i)}`, data };
}

// Every kind needs a name; a kind added to the schema fails type-checking here until named.
const institutionTitles = {
  university: 'University of Technology',
  'vocational-school': 'Vocational and Technical College',
  'research-institute': 'Institute of Advanced Manufacturing',
  'pilot-platform': 'Pilot Production Platform',
  'shared-lab': 'Shared Testing Laboratory',
} satisfies Record<InstitutionKind, string>;
const advantagesBesideSuppliers = advantages.filter((a) => a !== 'suppliers');

function institution(rng: Rng, i: number, host: SyntheticEntry): SyntheticEntry {
  const kind = rng.pick(institutionKinds);
  const city = String((host.data.city as { en: string }).en);
  const title = institutionTitles[kind];
  const teaches = kind === 'university' || kind === 'vocational-school';
  const data = {
    name: { en: `${city} ${title} ${pad(i)}` },
    kind,
    coordinates: offset(rng, host.data.coordinates as { lat: number; lon: number }, 60),
    majors: rng.sample(talentFields, rng.int(2, 5)).map((field) => ({
      name: { en: `${field[0]!.toUpperCase()}${field.slice(1)} engineering` },
      field,
      graduatesPerYear: teaches ? rng.int(40, 900) : 0,
    })),
    cooperation: [
      { en: 'Order classes trained to a company curriculum' },
      { en: 'Joint laboratory with shared equipment' },
    ].slice(0, rng.int(0, 2)),
    source: SOURCE,
    asOf: AS_OF,
  };
  return { id: `institution-${pad(i)}`, data };
}

function landedCase(
  rng: Rng,
  i: number,
  host: SyntheticEntry,
  suppliers: SyntheticEntry[],
  chainLabels: Map<string, string>,
): SyntheticEntry {
  const chain = rng.pick(host.data.targetChains as string[]);
  const viaSuppliers = suppliers.length > 0 && rng.chance(0.5);
  const data = {
    title: { en: `${String(chainLabels.get(chain))} plant landed next to its suppliers` },
    company: { en: `${rng.pick(firmWords)} ${rng.pick(firmSuffixes)}` },
    park: host.id,
    chain,
    investmentCny10k: rng.int(5_000, 200_000),
    landMu: rng.int(0, 300),
    jobs: rng.int(50, 2000),
    signedOn: `202${rng.int(2, 4)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
    productionOn: `2025-1${rng.int(0, 2)}-0${rng.int(1, 9)}`,
    advantage: viaSuppliers ? 'suppliers' : rng.pick(advantagesBesideSuppliers),
    suppliers: viaSuppliers
      ? rng.sample(
          suppliers.map((s) => s.id),
          rng.int(1, 2),
        )
      : [],
    source: SOURCE,
    asOf: AS_OF,
  };
  const fill = { city: String((host.data.city as { en: string }).en), chain, n: '5', year: '2023' };
  const bodyEn = markdownBody(rng, fill, 2);
  const body = chineseBody(fill, 2, i);
  return { id: `case-${pad(i)}`, data, body, bodyEn };
}

/** Generates the whole synthetic content set for `options.parks` parks. */
export function generateSynthetic(options: SyntheticOptions): SyntheticContent {
  const rng = createRng(options.seed ?? 20260115);
  const processes = options.taxonomy?.processes ?? [...builtinProcesses];
  const chains = options.taxonomy?.chains ?? [...builtinChains];
  const chainLabels = new Map(chains.map((c) => [c.id, (c.data.label as { en: string }).en]));
  const processIds = processes.map((p) => p.id);
  const parks = Array.from({ length: options.parks }, (_, i) =>
    park(rng, i, options.parks, chainLabels, processIds),
  );
  const suppliers: SyntheticEntry[] = [];
  const institutions: SyntheticEntry[] = [];
  parks.forEach((host, p) => {
    for (let k = 0; k < 10; k++) suppliers.push(supplier(rng, p * 10 + k, host, processIds));
    for (let k = 0; k < 3; k++) institutions.push(institution(rng, p * 3 + k, host));
  });
  const caseCount = Math.min(parks.length, Math.max(3, Math.round(parks.length / 5)));
  const cases = Array.from({ length: parks.length === 0 ? 0 : caseCount }, (_, i) => {
    const host = parks[(i * 7) % parks.length]!;
    const p = parks.indexOf(host);
    return landedCase(rng, i, host, suppliers.slice(p * 10, p * 10 + 10), chainLabels);
  });
  return { parks, suppliers, institutions, cases, processes, chains };
}
