/**
 * Shared set-up for tests and benchmarks that exercise the inquiry function
 * for real: a BlobsServer on a temporary folder, a park-facts file, and
 * helpers that build genuine Request objects and a Netlify-like context.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParkFacts } from '../../src/domain/park-facts';
import { BlobsLeadStore } from '../../netlify/lib/blobs-lead-store';
import type { InquiryContext } from '../../netlify/lib/inquiry-handler';
import { startLocalBlobs, useBlobsContext, type LocalBlobs } from '../../scripts/lib/local-blobs';

/** Two parks: one targeting auto parts, one whose chains exclude it. */
export const FIXTURE_PARKS: ParkFacts[] = [
  {
    slug: 'xiangjiang-auto-parts-zone',
    name: 'Xiangjiang Auto Parts and New Materials Zone',
    nameZh: '湘江汽车零部件与新材料产业园',
    targetChains: ['auto-parts', 'new-materials'],
    excludedChains: [],
    excludedProcesses: ['electroplating'],
    excludedProcessNames: [{ id: 'electroplating', en: 'Electroplating', zh: '电镀' }],
    minInvestmentIntensityCny10kPerMu: 300,
    minAnnualTaxCny10kPerMu: 15,
    availableMu: 1850,
    largestPlotMu: 420,
    standardFactoryM2: 86000,
    spareCapacityMw: 120,
    processesWithinReach: ['mold-stamping', 'electrophoresis', 'injection-molding', 'die-casting'],
    inquiryResponseHours: 24,
  },
  {
    slug: 'qinling-medical-devices-park',
    name: 'Qinling Medical Devices Park',
    nameZh: '秦岭医疗器械产业园',
    targetChains: ['medical-devices', 'biopharma'],
    excludedChains: ['auto-parts'],
    excludedProcesses: ['electroplating', 'die-casting'],
    excludedProcessNames: [
      { id: 'electroplating', en: 'Electroplating', zh: '电镀' },
      { id: 'die-casting', en: 'Die casting', zh: '压铸' },
    ],
    minInvestmentIntensityCny10kPerMu: 400,
    minAnnualTaxCny10kPerMu: 30,
    availableMu: 600,
    largestPlotMu: 120,
    standardFactoryM2: 40000,
    spareCapacityMw: 30,
    processesWithinReach: ['sterilization', 'cleanroom-packaging'],
    inquiryResponseHours: 48,
  },
];

/** A complete, valid inquiry in the API's JSON shape; `overrides` replace or add fields. */
export function validInquiry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    parks: ['xiangjiang-auto-parts-zone'],
    company: 'Hunan Example Lightweight Components Co., Ltd.',
    uscc: '91110000101623741K',
    country: 'CN',
    contactName: 'Test Person',
    role: 'General Manager',
    email: 'person@example-components.cn',
    phone: '+86 731 5555 0101',
    industry: 'auto-parts',
    projectType: 'new-plant',
    products: 'Stamped and e-coated body brackets',
    investmentCny: 240_000_000,
    landMu: 60,
    powerKw: 2500,
    jobs: 180,
    timeline: '6-12m',
    needs: ['suppliers', 'labor'],
    processesNeeded: ['mold-stamping', 'electrophoresis'],
    message:
      'We plan a stamping and e-coating line for body brackets and need local tooling support.',
    consent: true,
    idempotencyKey: `test-${crypto.randomUUID()}`,
    ...overrides,
  };
}

const ORIGIN = 'http://127.0.0.1:4321';

/** A JSON POST to /api/inquiry, as the page's script sends it. */
export function jsonRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/inquiry`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      origin: ORIGIN,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A urlencoded POST, as a browser without JavaScript sends the form. */
export function formRequest(
  fields: Iterable<[string, string]>,
  headers: Record<string, string> = {},
): Request {
  return new Request(`${ORIGIN}/api/inquiry`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html,application/xhtml+xml',
      origin: ORIGIN,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams([...fields]).toString(),
  });
}

/** The JSON inquiry as form pairs (arrays repeated, booleans "on"). */
export function toFormFields(inquiry: Record<string, unknown>): [string, string][] {
  return Object.entries(inquiry).flatMap(([name, value]): [string, string][] => {
    if (Array.isArray(value)) return value.map((item): [string, string] => [name, String(item)]);
    if (value === true) return [[name, 'on']];
    return value === undefined ? [] : [[name, String(value)]];
  });
}

/** A context like Netlify's, collecting waitUntil work so a test can wait for it. */
export function testContext(ip = '203.0.113.7'): InquiryContext & { settle(): Promise<void> } {
  const pending: Promise<unknown>[] = [];
  return {
    ip,
    requestId: crypto.randomUUID(),
    waitUntil: (promise: Promise<unknown>) => void pending.push(promise),
    settle: async () => void (await Promise.allSettled(pending)),
  };
}

export interface InquiryHarness {
  dir: string;
  factsPath: string;
  blobs: LocalBlobs;
  /** A store on the harness's BlobsServer (same data the handler writes). */
  store(): BlobsLeadStore;
  close(): Promise<void>;
}

/**
 * Starts a BlobsServer on a fresh temporary folder, points this process's
 * NETLIFY_BLOBS_CONTEXT and PARK_FACTS_PATH at it, and writes the fixture parks.
 */
export async function startInquiryHarness(
  parks: ParkFacts[] = FIXTURE_PARKS,
): Promise<InquiryHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'inquiry-test-'));
  const factsPath = join(dir, 'parks.json');
  await writeFile(
    factsPath,
    JSON.stringify({
      parks: parks.map((facts) => ({ slug: facts.slug, name: facts.name, facts })),
    }),
  );
  const blobs = await startLocalBlobs(dir);
  useBlobsContext(blobs.context);
  process.env['PARK_FACTS_PATH'] = factsPath;
  return {
    dir,
    factsPath,
    blobs,
    store: () => new BlobsLeadStore({ timeoutMs: 10_000 }),
    close: async () => {
      await blobs.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
