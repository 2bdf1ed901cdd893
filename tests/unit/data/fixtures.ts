/**
 * Small, valid content for catalog tests (not a test file). Every fixture goes
 * through the real zod schemas, so defaults apply exactly as in a build.
 */
import { caseSchema } from '../../../src/schemas/cases';
import { institutionSchema } from '../../../src/schemas/institutions';
import { parkSchema } from '../../../src/schemas/parks';
import { supplierSchema } from '../../../src/schemas/suppliers';
import { chainSchema, processSchema } from '../../../src/schemas/taxonomy';
import type { CatalogInput, RawEntry } from '../../../src/data/types';

/** "Today" for every test, so staleness never depends on the clock. */
export const NOW = new Date('2026-11-24T00:00:00Z');

/** Park centre used by the fixtures. 0.009° of latitude ≈ 1.0 km. */
export const CENTER = { lat: 27.865, lon: 112.862 };
export const KM_PER_DEG_LAT = 111.195;

/** A point `km` north (negative: south) and `eastKm` east of the centre. */
export function offset(northKm: number, eastKm = 0) {
  const lat = CENTER.lat + northKm / KM_PER_DEG_LAT;
  const lon = CENTER.lon + eastKm / (KM_PER_DEG_LAT * Math.cos((CENTER.lat * Math.PI) / 180));
  return { lat, lon };
}

const entry = <D>(collection: string, id: string, data: D, ext = 'yaml'): RawEntry<D, null> => ({
  id,
  filePath: `content/${collection}/${id}.${ext}`,
  data,
  entry: null,
});

const provenance = { source: { en: 'Test survey', zh: '测试调查' }, asOf: '2026-06-30' };

export function parkData(slug: string, overrides: Record<string, unknown> = {}) {
  return parkSchema.parse({
    slug,
    name: { en: `Park ${slug}`, zh: '测试园区' },
    province: { en: 'Hunan' },
    city: { en: 'Xiangtan' },
    coordinates: CENTER,
    level: 'provincial',
    summary: { en: 'A test park with suppliers next door and land ready now.' },
    targetChains: ['auto-parts'],
    restrictions: { excludedProcesses: ['electroplating'] },
    admission: {
      minInvestmentIntensityCny10kPerMu: 300,
      minAnnualTaxCny10kPerMu: 15,
      ...provenance,
    },
    land: {
      availableMu: 1850,
      pricePerMuCny10k: 18,
      largestPlotMu: 420,
      standardFactory: { availableM2: 86000 },
      ...provenance,
    },
    utilities: {
      powerPriceCnyPerKwh: 0.63,
      substationCapacityMva: 460,
      spareCapacityMw: 120,
      voltageLevelsKv: [10, 110],
      waterPriceCnyPerM3: 2.9,
      waterCapacityM3PerDay: 40000,
      ...provenance,
    },
    logistics: {
      destinations: [
        { name: { en: 'River port' }, kind: 'port', distanceKm: 210, hours: 2.8 },
        { name: { en: 'Rail yard' }, kind: 'rail', distanceKm: 14, hours: 0.4 },
      ],
      ...provenance,
    },
    labor: {
      skilledWorkerPool: 42000,
      monthlyWageCny: { operator: 5200, technician: 7400, engineer: 11500 },
      ...provenance,
    },
    approvals: {
      oneStop: true,
      steps: [
        { name: { en: 'Business registration' }, workingDays: 1 },
        { name: { en: 'Land certificate' }, workingDays: 20 },
        { name: { en: 'Environmental approval' }, workingDays: 15 },
      ],
      ...provenance,
    },
    service: {
      officerRole: { en: 'Project butler' },
      demandList: true,
      followUp: { en: 'Monthly visits' },
      inquiryResponseHours: 8,
    },
    contacts: [
      {
        role: { en: 'Head of investment' },
        name: 'Tan Wenjie',
        email: 'tan@example.org',
        phone: '+86 731 5555 0101',
      },
    ],
    trackRecord: {
      year: 2025,
      signedProjects: 38,
      landedProjects: 31,
      fundsInPlaceRatePct: 78.5,
      ...provenance,
    },
    ...overrides,
  });
}

export function supplier(
  id: string,
  at: { lat: number; lon: number },
  processes: string[],
  extra: Record<string, unknown> = {},
) {
  return entry(
    'suppliers',
    id,
    supplierSchema.parse({
      name: { en: `${id} Co., Ltd.` },
      coordinates: at,
      processes,
      employees: 100,
      ...provenance,
      ...extra,
    }),
  );
}

export function institution(
  id: string,
  at: { lat: number; lon: number },
  kind: string,
  graduates: [string, number][],
) {
  return entry(
    'institutions',
    id,
    institutionSchema.parse({
      name: { en: `${id} College` },
      kind,
      coordinates: at,
      majors: graduates.map(([field, graduatesPerYear]) => ({
        name: { en: field },
        field,
        graduatesPerYear,
      })),
      cooperation: [{ en: 'Order classes' }],
      ...provenance,
    }),
  );
}

/** Two parks 300 km apart, suppliers around the first, one far away, taxonomy and cases. */
export function fixtureInput(): CatalogInput<null, null> {
  const processes = [
    'mold-stamping',
    'electrophoresis',
    'injection-molding',
    'forging',
    'electroplating',
  ].map((id) =>
    entry(
      'taxonomy/processes',
      id,
      processSchema.parse({
        label: { en: id.replace('-', ' '), zh: '工艺' },
        description: { en: `${id} process` },
      }),
    ),
  );
  return {
    parks: [
      entry(
        'parks',
        'zeta-zone',
        parkData('zeta-zone', { name: { en: 'Zeta Zone' }, featured: true }),
        'md',
      ),
      entry(
        'parks',
        'alpha-park',
        parkData('alpha-park', {
          name: { en: 'Alpha Park' },
          coordinates: offset(300),
          targetChains: ['auto-parts', 'new-materials'],
        }),
        'md',
      ),
    ],
    suppliers: [
      supplier('hengrui', offset(5), ['mold-stamping', 'electrophoresis', 'injection-molding'], {
        replaces: { en: 'stamping abroad' },
      }),
      supplier('inside', offset(0, 2.5), ['injection-molding'], { park: 'zeta-zone' }),
      supplier('east-forge', offset(0, 20), ['forging']),
      supplier('too-far', offset(-45), ['electroplating']),
      supplier('alpha-stamp', offset(301), ['mold-stamping']),
    ],
    institutions: [
      institution('voc', offset(-9, -3), 'vocational-school', [
        ['automotive', 600],
        ['mechanical', 400],
      ]),
      institution('uni', offset(16, 8), 'university', [['materials', 420]]),
      institution('lab', offset(-1.5), 'shared-lab', []),
      institution('far-uni', offset(80), 'university', [['software', 999]]),
    ],
    cases: [
      entry(
        'cases',
        'door-rings',
        caseSchema.parse({
          title: { en: 'Door rings' },
          company: { en: 'Huaqing' },
          park: 'zeta-zone',
          chain: 'auto-parts',
          investmentCny10k: 38000,
          landMu: 120,
          jobs: 420,
          signedOn: '2024-05-20',
          advantage: 'suppliers',
          suppliers: ['hengrui'],
          ...provenance,
        }),
        'md',
      ),
    ],
    chains: [
      entry(
        'taxonomy/chains',
        'auto-parts',
        chainSchema.parse({
          label: { en: 'Auto parts', zh: '汽车零部件' },
          description: { en: 'Parts' },
          processes: ['mold-stamping', 'electrophoresis', 'forging', 'electroplating'],
        }),
      ),
      entry(
        'taxonomy/chains',
        'new-materials',
        chainSchema.parse({
          label: { en: 'New materials', zh: '新材料' },
          description: { en: 'Materials' },
          processes: ['injection-molding'],
        }),
      ),
    ],
    processes,
  };
}
