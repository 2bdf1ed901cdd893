/** One synthetic park profile: every block of the park schema filled, 2–4 paragraphs of body. */
import { destinationKinds, parkLevels } from '../../../src/schemas/parks';
import type { Rng } from './rng';
import { parkKinds, parkThemes, provinces } from './pools';
import {
  AS_OF,
  SOURCE,
  kebab,
  chineseBody,
  markdownBody,
  offset,
  pad,
  personName,
  type SyntheticEntry,
} from './synthetic-shared';

/** Grid spacing between parks, in km: ~850 km² per park, close to Jiangsu's development zones per km². */
const PARK_SPACING_KM = 29;
const CENTRE = { lat: 30.5, lon: 112.5 };

/**
 * Where park `i` of `total` sits: on a square grid centred in central China with
 * constant spacing, jittered by up to 10 km. The area grows with N, so density
 * (and with it every park's suppliers and schools within reach) does not: what
 * grows with N is the number of pages, not the work per page.
 */
function parkSite(rng: Rng, i: number, total: number): { lat: number; lon: number } {
  const cols = Math.ceil(Math.sqrt(Math.max(total, 1)));
  const half = ((cols - 1) * PARK_SPACING_KM) / 2;
  const northKm = Math.floor(i / cols) * PARK_SPACING_KM - half;
  const eastKm = (i % cols) * PARK_SPACING_KM - half;
  const lat = CENTRE.lat + northKm / 111;
  const lon = CENTRE.lon + eastKm / (111 * Math.cos((lat * Math.PI) / 180));
  return offset(rng, { lat, lon }, 10, true);
}

const nearestProvince = (site: { lat: number; lon: number }) =>
  provinces.reduce((best, p) =>
    Math.hypot(p.lat - site.lat, p.lon - site.lon) <
    Math.hypot(best.lat - site.lat, best.lon - site.lon)
      ? p
      : best,
  );

/** Park number `i` of `total`, targeting some of `chainLabels` (id → English label). */
export function park(
  rng: Rng,
  i: number,
  total: number,
  chainLabels: Map<string, string>,
  processIds: string[],
): SyntheticEntry {
  const chainIds = [...chainLabels.keys()];
  const coordinates = parkSite(rng, i, total);
  const province = nearestProvince(coordinates);
  const city = rng.pick(province.cities);
  const theme = rng.pick(parkThemes);
  const kind = rng.pick(parkKinds);
  const name = `${city.en} ${theme} ${kind}`;
  const slug = `${kebab(name)}-${pad(i)}`;
  const targetChains = rng.sample(chainIds, rng.int(1, 3));
  const others = chainIds.filter((c) => !targetChains.includes(c));
  const year = rng.int(1992, 2015);
  const data = {
    slug,
    name: { en: name, zh: `${city.zh}产业园区 ${pad(i)}` },
    province: { en: province.en, zh: province.zh },
    city: { en: city.en, zh: city.zh },
    coordinates,
    level: rng.pick(parkLevels),
    summary: {
      en: `${kind} in ${city.en}, ${province.en}, for ${targetChains.map((c) => chainLabels.get(c)?.toLowerCase()).join(' and ')} projects, with suppliers, schools and fast approvals within reach.`.slice(
        0,
        240,
      ),
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
      source: {
        zh: `${city.zh}产业园区 ${pad(i)}管委会投资指南`,
        en: `${name} Administrative Committee, investment guide`,
      },
      asOf: AS_OF,
    },
    land: {
      availableMu: rng.int(50, 5000),
      pricePerMuCny10k: rng.float(8, 60, 1),
      largestPlotMu: rng.int(30, 800),
      standardFactory: {
        availableM2: rng.int(0, 200_000),
        rentCnyPerM2Month: rng.float(8, 25, 1),
        salePriceCnyPerM2: rng.int(1800, 4500),
      },
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
      destinations: destinationKinds.slice(0, rng.int(3, 5)).map((k) => {
        const distanceKm = k === 'highway' ? rng.int(1, 15) : rng.int(10, 400);
        return {
          name: { en: `${city.en} ${k === 'city' ? 'city centre' : k}` },
          kind: k,
          distanceKm,
          hours: Math.round((distanceKm / 60) * 10) / 10,
        };
      }),
      source: SOURCE,
      asOf: AS_OF,
    },
    labor: {
      skilledWorkerPool: rng.int(2_000, 120_000),
      monthlyWageCny: {
        operator: rng.int(3800, 5500),
        technician: rng.int(5500, 8000),
        engineer: rng.int(8000, 15000),
      },
      recruitmentSupport: [
        { en: `Job fairs each spring with ${rng.int(4, 15)} schools` },
        { en: 'Recruitment subsidy of CNY 1,000 per local hire in the first year' },
      ],
      source: SOURCE,
      asOf: AS_OF,
    },
    approvals: {
      oneStop: rng.chance(0.8),
      certificateOnArrival: rng.chance(0.5),
      steps: [
        'Business registration',
        'Land transfer',
        'Planning permit',
        'Environmental assessment',
        'Construction permit',
      ].map((n) => ({ name: { en: n }, workingDays: rng.int(1, 20) })),
      source: SOURCE,
      asOf: AS_OF,
    },
    service: {
      officerRole: { en: 'Project butler (one per project)' },
      demandList: true,
      followUp: { en: 'Monthly visit in the first year, quarterly after' },
      extras: [
        { en: 'Help entering provincial procurement catalogues' },
        { en: 'Quarterly meetings with regulators' },
      ],
      inquiryResponseHours: rng.pick([8, 16, 24, 48]),
    },
    contacts: [
      {
        role: { en: 'Head of investment promotion' },
        name: personName(rng),
        email: `invest-${pad(i)}@example.org`,
        phone: `+86 731 5555 ${String(1000 + (i % 9000))}`,
      },
      {
        role: { en: 'Service officer' },
        name: personName(rng),
        email: `service-${pad(i)}@example.org`,
        phone: `+86 731 5556 ${String(1000 + (i % 9000))}`,
      },
    ],
    trackRecord: (() => {
      const signedProjects = rng.int(5, 60);
      return {
        year: 2025,
        signedProjects,
        landedProjects: rng.int(0, signedProjects),
        fundsInPlaceRatePct: rng.float(30, 98, 1),
        source: SOURCE,
        asOf: AS_OF,
      };
    })(),
  };
  const fill = {
    city: city.en,
    chain: String(chainLabels.get(targetChains[0]!)).toLowerCase(),
    n: String(rng.int(5, 30)),
    year: String(year),
  };
  const bodyEn = markdownBody(rng, fill, rng.int(2, 4));
  const body = chineseBody(
    { ...fill, city: city.zh ?? city.en },
    bodyEn.split('\n\n').length,
    slug.length,
  );
  return { id: slug, data, body, bodyEn };
}
