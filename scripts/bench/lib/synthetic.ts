/**
 * Synthetic content for the build-scale benchmark: N parks, 10·N suppliers, 3·N
 * institutions and a few landed cases, shaped like staff-written content (every park
 * block filled, 2–4 paragraph Markdown bodies). Pure: same options, same output.
 */
import { createRng, type Rng } from './rng';
import {
  bodySentences,
  builtinChains,
  builtinProcesses,
  certifications,
  familyNames,
  firmSuffixes,
  firmWords,
  givenNames,
  parkKinds,
  parkThemes,
  provinces,
  type TaxonomyEntry,
} from './pools';

/** One generated content entry: its id (the file name) and its data. */
export interface SyntheticEntry {
  id: string;
  data: Record<string, unknown>;
  /** Markdown body, for the collections stored as .md. */
  body?: string;
}

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

const SOURCE = 'Synthetic benchmark data (fictional)';
const AS_OF = '2026-01-15';

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = (i: number) => String(i).padStart(5, '0');

/** A point `distanceKm` away from `origin` in a random direction (flat-earth is fine at this scale). */
function offset(rng: Rng, origin: { lat: number; lon: number }, maxKm: number) {
  const distanceKm = rng.float(0.5, maxKm, 3);
  const bearing = rng.next() * 2 * Math.PI;
  const lat = origin.lat + (distanceKm * Math.cos(bearing)) / 111;
  const lon = origin.lon + (distanceKm * Math.sin(bearing)) / (111 * Math.cos((origin.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

const personName = (rng: Rng) => `${rng.pick(familyNames)} ${rng.pick(givenNames)}`;

function markdownBody(rng: Rng, fill: Record<string, string>, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = rng.sample(bodySentences, rng.int(3, 5));
    out.push(sentences.map((s) => s.replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? k)).join(' '));
  }
  return out.join('\n\n') + '\n';
}

function park(rng: Rng, i: number, chainLabels: Map<string, string>, processIds: string[]): SyntheticEntry {
  const chainIds = [...chainLabels.keys()];
  const province = provinces[i % provinces.length]!;
  const city = rng.pick(province.cities);
  const theme = rng.pick(parkThemes);
  const kind = rng.pick(parkKinds);
  const name = `${city.en} ${theme} ${kind}`;
  const slug = `${kebab(name)}-${pad(i)}`;
  const coordinates = offset(rng, province, 150);
  const targetChains = rng.sample(chainIds, rng.int(1, 3));
  const others = chainIds.filter((c) => !targetChains.includes(c));
  const year = rng.int(1992, 2015);
  const data = {
    slug,
    name: { en: name, zh: `${city.zh}产业园区 ${pad(i)}` },
    province: { en: province.en, zh: province.zh },
    city: { en: city.en, zh: city.zh },
    coordinates,
    level: rng.pick(['national', 'provincial', 'municipal', 'county'] as const),
    summary: {
      en: `${kind} in ${city.en}, ${province.en}, for ${targetChains.map((c) => chainLabels.get(c)?.toLowerCase()).join(' and ')} projects, with suppliers, schools and fast approvals within reach.`.slice(0, 240),
    },
    featured: i < 6,
    plannedAreaKm2: rng.float(5, 120, 1),
    targetChains,
    restrictions: {
      excludedChains: others.length > 0 && rng.chance(0.5) ? [rng.pick(others)] : [],
      excludedProcesses: rng.chance(0.3) ? [rng.pick(processIds)] : [],
      notes: [{ en: 'No projects in environmental category A (heavy pollution) are admitted.' }],
    },
    admission: {
      minInvestmentIntensityCny10kPerMu: rng.int(150, 600),
      minAnnualTaxCny10kPerMu: rng.int(10, 40),
      minAnnualOutputCny10kPerMu: rng.int(300, 1200),
      source: `${name} Administrative Committee, investment guide`,
      asOf: AS_OF,
    },
    land: {
      availableMu: rng.int(50, 5000),
      pricePerMuCny10k: rng.float(8, 60, 1),
      largestPlotMu: rng.int(30, 800),
      standardFactory: { availableM2: rng.int(0, 200_000), rentCnyPerM2Month: rng.float(8, 25, 1), salePriceCnyPerM2: rng.int(1800, 4500) },
      source: SOURCE,
      asOf: AS_OF,
    },
    utilities: {
      powerPriceCnyPerKwh: rng.float(0.5, 0.8, 3),
      substationCapacityMva: rng.int(100, 1200),
      spareCapacityMw: rng.int(10, 400),
      voltageLevelsKv: [10, 35, 110].slice(0, rng.int(1, 3)),
      waterPriceCnyPerM3: rng.float(2.5, 5, 2),
      waterCapacityM3PerDay: rng.int(5_000, 100_000),
      gasPriceCnyPerM3: rng.float(2.8, 4.2, 2),
      ...(rng.chance(0.5) ? { steamPriceCnyPerTonne: rng.int(180, 280) } : {}),
      source: SOURCE,
      asOf: AS_OF,
    },
    logistics: {
      destinations: (['port', 'rail', 'airport', 'highway', 'city'] as const).slice(0, rng.int(3, 5)).map((k) => {
        const distanceKm = k === 'highway' ? rng.int(1, 15) : rng.int(10, 400);
        return { name: { en: `${city.en} ${k === 'city' ? 'city centre' : k}` }, kind: k, distanceKm, hours: Math.round((distanceKm / 60) * 10) / 10 };
      }),
      source: SOURCE,
      asOf: AS_OF,
    },
    labor: {
      skilledWorkerPool: rng.int(2_000, 120_000),
      monthlyWageCny: { operator: rng.int(3800, 5500), technician: rng.int(5500, 8000), engineer: rng.int(8000, 15000) },
      recruitmentSupport: [{ en: `Job fairs each spring with ${rng.int(4, 15)} schools` }, { en: 'Recruitment subsidy of CNY 1,000 per local hire in the first year' }],
      source: SOURCE,
      asOf: AS_OF,
    },
    approvals: {
      oneStop: rng.chance(0.8),
      certificateOnArrival: rng.chance(0.5),
      steps: ['Business registration', 'Land transfer', 'Planning permit', 'Environmental assessment', 'Construction permit'].map((n) => ({ name: { en: n }, workingDays: rng.int(1, 20) })),
      source: SOURCE,
      asOf: AS_OF,
    },
    service: {
      officerRole: { en: 'Project butler (one per project)' },
      demandList: true,
      followUp: { en: 'Monthly visit in the first year, quarterly after' },
      extras: [{ en: 'Help entering provincial procurement catalogues' }, { en: 'Quarterly meetings with regulators' }],
      inquiryResponseHours: rng.pick([8, 16, 24, 48]),
    },
    contacts: [
      { role: { en: 'Head of investment promotion' }, name: personName(rng), email: `invest-${pad(i)}@example.org`, phone: `+86 731 5555 ${String(1000 + (i % 9000))}` },
      { role: { en: 'Service officer' }, name: personName(rng), email: `service-${pad(i)}@example.org`, phone: `+86 731 5556 ${String(1000 + (i % 9000))}` },
    ],
    trackRecord: (() => {
      const signedProjects = rng.int(5, 60);
      return { year: 2025, signedProjects, landedProjects: rng.int(0, signedProjects), fundsInPlaceRatePct: rng.float(30, 98, 1), source: SOURCE, asOf: AS_OF };
    })(),
  };
  const body = markdownBody(rng, { city: city.en, chain: String(chainLabels.get(targetChains[0]!)).toLowerCase(), n: String(rng.int(5, 30)), year: String(year) }, rng.int(2, 4));
  return { id: slug, data, body };
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
    note: { en: `Runs ${rng.int(2, 30)} lines on two shifts; takes small batches from new customers.` },
    ...(rng.chance(0.4) ? { replaces: { en: 'work previously shipped to a supplier abroad' } } : {}),
    source: SOURCE,
    asOf: AS_OF,
  };
  return { id: `supplier-${pad(i)}`, data };
}

const fields = ['mechanical', 'electrical', 'automotive', 'materials', 'chemical', 'electronics', 'software', 'energy', 'logistics', 'business'] as const;
const kinds = ['university', 'vocational-school', 'research-institute', 'pilot-platform', 'shared-lab'] as const;

function institution(rng: Rng, i: number, host: SyntheticEntry): SyntheticEntry {
  const kind = rng.pick(kinds);
  const city = String((host.data.city as { en: string }).en);
  const title = { university: 'University of Technology', 'vocational-school': 'Vocational and Technical College', 'research-institute': 'Institute of Advanced Manufacturing', 'pilot-platform': 'Pilot Production Platform', 'shared-lab': 'Shared Testing Laboratory' }[kind];
  const teaches = kind === 'university' || kind === 'vocational-school';
  const data = {
    name: { en: `${city} ${title} ${pad(i)}` },
    kind,
    coordinates: offset(rng, host.data.coordinates as { lat: number; lon: number }, 60),
    majors: rng.sample(fields, rng.int(2, 5)).map((field) => ({
      name: { en: `${field[0]!.toUpperCase()}${field.slice(1)} engineering` },
      field,
      graduatesPerYear: teaches ? rng.int(40, 900) : 0,
    })),
    cooperation: [{ en: 'Order classes trained to a company curriculum' }, { en: 'Joint laboratory with shared equipment' }].slice(0, rng.int(0, 2)),
    source: SOURCE,
    asOf: AS_OF,
  };
  return { id: `institution-${pad(i)}`, data };
}

function landedCase(rng: Rng, i: number, host: SyntheticEntry, suppliers: SyntheticEntry[], chainLabels: Map<string, string>): SyntheticEntry {
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
    advantage: viaSuppliers ? 'suppliers' : rng.pick(['labor', 'rnd', 'land', 'utilities', 'logistics', 'approvals'] as const),
    suppliers: viaSuppliers ? rng.sample(suppliers.map((s) => s.id), rng.int(1, 2)) : [],
    source: SOURCE,
    asOf: AS_OF,
  };
  const body = markdownBody(rng, { city: String((host.data.city as { en: string }).en), chain, n: '5', year: '2023' }, 2);
  return { id: `case-${pad(i)}`, data, body };
}

/** Generates the whole synthetic content set for `options.parks` parks. */
export function generateSynthetic(options: SyntheticOptions): SyntheticContent {
  const rng = createRng(options.seed ?? 20260115);
  const processes = options.taxonomy?.processes ?? [...builtinProcesses];
  const chains = options.taxonomy?.chains ?? [...builtinChains];
  const chainLabels = new Map(chains.map((c) => [c.id, (c.data.label as { en: string }).en]));
  const processIds = processes.map((p) => p.id);
  const parks = Array.from({ length: options.parks }, (_, i) => park(rng, i, chainLabels, processIds));
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
