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
import { certifications, firmSuffixes, firmSuffixesZh, firmWords, firmWordsZh } from './pools';
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

type Bilingual = { en: string; zh: string };
const cityOf = (host: SyntheticEntry) => host.data.city as Bilingual;

/** A fictional firm name in both languages, e.g. "Zhuzhou Hengtai Machinery Co., Ltd." / 株洲恒泰机械有限公司. */
function firmName(rng: Rng, city?: Bilingual): Bilingual {
  const w = rng.int(0, firmWords.length - 1);
  const s = rng.int(0, firmSuffixes.length - 1);
  return {
    en: `${city ? `${city.en} ` : ''}${firmWords[w]} ${firmSuffixes[s]}`,
    zh: `${city?.zh ?? ''}${firmWordsZh[w]}${firmSuffixesZh[s]}`,
  };
}

function supplier(rng: Rng, i: number, host: SyntheticEntry, processIds: string[]): SyntheticEntry {
  const lines = rng.int(2, 30);
  const data: Record<string, unknown> = {
    name: firmName(rng, cityOf(host)),
    coordinates: offset(rng, host.data.coordinates as { lat: number; lon: number }, 40),
    ...(rng.chance(0.6) ? { park: host.id } : {}),
    processes: rng.sample(processIds, rng.int(1, 3)),
    certifications: rng.sample(certifications, rng.int(0, 2)),
    employees: rng.int(20, 2500),
    note: {
      en: `Runs ${lines} lines on two shifts; takes small batches from new customers.`,
      zh: `${lines}条产线两班生产，新客户小批量订单也接。`,
    },
    ...(rng.chance(0.4)
      ? {
          replaces: {
            en: 'work previously shipped to a supplier abroad',
            zh: '过去发往境外供应商的加工',
          },
        }
      : {}),
    source: SOURCE,
    asOf: AS_OF,
  };
  return { id: `supplier-${pad(i)}`, data };
}

// Every kind needs a name; a kind added to the schema fails type-checking here until named.
const institutionTitles = {
  university: { en: 'University of Technology', zh: '理工大学' },
  'vocational-school': { en: 'Vocational and Technical College', zh: '职业技术学院' },
  'research-institute': { en: 'Institute of Advanced Manufacturing', zh: '先进制造研究院' },
  'pilot-platform': { en: 'Pilot Production Platform', zh: '中试平台' },
  'shared-lab': { en: 'Shared Testing Laboratory', zh: '公共检测实验室' },
} satisfies Record<InstitutionKind, Bilingual>;
const fieldNamesZh: Record<(typeof talentFields)[number], string> = {
  mechanical: '机械工程',
  electrical: '电气工程',
  automotive: '车辆工程',
  materials: '材料工程',
  chemical: '化学工程',
  electronics: '电子工程',
  software: '软件工程',
  biomedical: '生物医学工程',
  energy: '能源工程',
  logistics: '物流工程',
  business: '工商管理',
};
const advantagesBesideSuppliers = advantages.filter((a) => a !== 'suppliers');

function institution(rng: Rng, i: number, host: SyntheticEntry): SyntheticEntry {
  const kind = rng.pick(institutionKinds);
  const city = cityOf(host);
  const title = institutionTitles[kind];
  const teaches = kind === 'university' || kind === 'vocational-school';
  const data = {
    name: { en: `${city.en} ${title.en} ${pad(i)}`, zh: `${city.zh}${title.zh}${pad(i)}` },
    kind,
    coordinates: offset(rng, host.data.coordinates as { lat: number; lon: number }, 60),
    majors: rng.sample(talentFields, rng.int(2, 5)).map((field) => ({
      name: {
        en: `${field[0]!.toUpperCase()}${field.slice(1)} engineering`,
        zh: fieldNamesZh[field],
      },
      field,
      graduatesPerYear: teaches ? rng.int(40, 900) : 0,
    })),
    cooperation: [
      { en: 'Order classes trained to a company curriculum', zh: '按企业课程开设订单班' },
      { en: 'Joint laboratory with shared equipment', zh: '共建实验室，设备共享' },
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
  chainLabels: Map<string, Bilingual>,
): SyntheticEntry {
  const chain = rng.pick(host.data.targetChains as string[]);
  const viaSuppliers = suppliers.length > 0 && rng.chance(0.5);
  const label = chainLabels.get(chain);
  const data = {
    title: {
      en: `${String(label?.en)} plant landed next to its suppliers`,
      zh: `${String(label?.zh)}项目落地，紧邻配套供应商`,
    },
    company: firmName(rng),
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
  const fill = { city: cityOf(host).en, chain, n: '5', year: '2023' };
  const bodyEn = markdownBody(rng, fill, 2);
  const body = chineseBody(fill, 2, i);
  return { id: `case-${pad(i)}`, data, body, bodyEn };
}

/** Generates the whole synthetic content set for `options.parks` parks. */
export function generateSynthetic(options: SyntheticOptions): SyntheticContent {
  const rng = createRng(options.seed ?? 20260115);
  const processes = options.taxonomy?.processes ?? [...builtinProcesses];
  const chains = options.taxonomy?.chains ?? [...builtinChains];
  const chainNames = new Map(chains.map((c) => [c.id, c.data.label as Bilingual]));
  const chainLabels = new Map([...chainNames].map(([id, label]) => [id, label.en]));
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
    return landedCase(rng, i, host, suppliers.slice(p * 10, p * 10 + 10), chainNames);
  });
  return { parks, suppliers, institutions, cases, processes, chains };
}
