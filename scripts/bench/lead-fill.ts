/**
 * Fills a local lead store with synthetic leads for the lead-list benchmark: the
 * lead and its index markers (netlify/lib/lead-keys.ts), deterministic (seeded),
 * spread over the year before `endMs`, across 12 parks.
 *
 * The files are written straight into the local BlobsServer's folder layout
 * (`<blobs>/entries/<site>/site:<store>/<key>`, as @netlify/blobs/dist/server.js
 * `getLocalPaths` files them): through the Blobs HTTP API the fill ran at about 50
 * leads a second on the shared 2-core machine, i.e. 30 minutes for 100,000. What is
 * measured (list, export) still goes through the API, from the staff CLI.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapLimit } from '../../netlify/lib/blobs-support';
import type { StoredLead } from '../../netlify/lib/lead';
import { RULES_VERSION } from '../../src/domain/inquiry';
import { indexKeys, INDEX_VERSION, leadKey, META_INDEX_KEY } from '../../netlify/lib/lead-keys';
import { createRng } from './lib/rng';

export const BENCH_PARKS = Array.from({ length: 12 }, (_, i) => `bench-park-${i + 1}`);
const YEAR_MS = 365 * 86_400_000;

/** Lead number `n` of the synthetic set (the same on every run). */
export function syntheticLead(n: number, endMs: number): StoredLead {
  const rng = createRng(n + 1);
  const receivedMs = endMs - Math.floor(rng.next() * YEAR_MS);
  const parks = rng.sample(BENCH_PARKS, rng.int(1, 3));
  const score = rng.int(5, 95);
  const tier = score >= 70 ? 'A' : score >= 45 ? 'B' : 'C';
  return {
    schemaVersion: 1,
    id: `ld_${n.toString(16).padStart(20, '0')}`,
    receivedAt: new Date(receivedMs).toISOString(),
    source: 'json',
    inquiry: {
      parks,
      company: `Bench Components ${n} Co., Ltd.`,
      uscc: '91110000101623741K',
      country: 'CN',
      contactName: `Contact ${n}`,
      role: 'General Manager',
      email: `contact${n}@bench.example.cn`,
      phone: '+86 731 5555 0101',
      industry: 'auto-parts',
      projectType: 'new-plant',
      products: 'Stamped brackets',
      investmentCny: rng.int(10, 500) * 1_000_000,
      timeline: '6-12m',
      needs: ['suppliers'],
      processesNeeded: ['mold-stamping'],
      processesOnSite: [],
      message: 'A synthetic inquiry for the lead-list benchmark, about as long as a real one.',
      consent: true,
      idempotencyKey: `bench-${n}`,
    },
    spam: { honeypot: false, crossSite: false },
    qualification: {
      rulesVersion: RULES_VERSION,
      score,
      tier,
      flags: [],
      reasons: [
        { code: 'timeline', params: { timeline: '0-6m' }, effect: 10, message: 'Synthetic reason' },
      ],
      parks: parks.map((slug) => ({
        slug,
        admissibility: 'admissible',
        fit: rng.int(20, 90),
        reasons: [],
      })),
      followUp: 'Follow up within 24 business hours',
    },
    fingerprint: { emailHash: `h${n}`, parks },
    responseHours: 24,
    locale: n % 5 === 0 ? 'en' : 'zh-CN',
    notification: { status: 'not-configured', attempts: 0 },
  } as StoredLead;
}

/** Writes leads `from` … `to - 1` into the `leads` store of the local Blobs folder `blobsDir`. */
export async function fillLeads(
  blobsDir: string,
  siteID: string,
  from: number,
  to: number,
  endMs: number,
): Promise<void> {
  const root = join(blobsDir, 'entries', siteID, 'site:leads');
  const made = new Set<string>();
  const put = async (key: string, data: string): Promise<void> => {
    const file = join(root, ...key.split('/'));
    const folder = dirname(file);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(file, data);
  };
  const numbers = Array.from({ length: to - from }, (_, i) => from + i);
  const CHUNK = 5000;
  for (let start = 0; start < numbers.length; start += CHUNK) {
    await mapLimit(numbers.slice(start, start + CHUNK), 32, async (n) => {
      const lead = syntheticLead(n, endMs);
      await Promise.all(indexKeys(lead).map((key) => put(key, '')));
      await put(leadKey(lead.id), JSON.stringify(lead));
    });
  }
  await put(
    META_INDEX_KEY,
    JSON.stringify({ version: INDEX_VERSION, at: new Date().toISOString() }),
  );
}
