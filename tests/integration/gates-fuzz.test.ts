/**
 * Gate: 10,000 generated requests against the real inquiry function (its default
 * export, with leads in a real BlobsServer on a temp folder): random JSON, wrong
 * types, huge and unicode strings, __proto__/constructor keys, XSS and
 * CSV-formula strings, wrong content types and methods. Every answer must be a
 * documented status, never 5xx, JSON with an error when JSON was asked for, with
 * the security headers; and every stored lead must be complete and answered.
 * The checks live in tests/unit/gates/fuzz-inquiry.ts, whose unit test shows them failing.
 * Needs a built site (DIST_DIR): a browser's 422 is the built form page re-rendered.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBlobs, useBlobsContext, type LocalBlobs } from '../../scripts/lib/local-blobs';
import { autoPark, electronicsPark } from '../unit/inquiry/fixtures';
import { fuzzInquiry, storedLeadProblems } from '../gates/fuzz-inquiry';

const RUNS = 10_000;
const ENV_KEYS = [
  'NETLIFY_BLOBS_CONTEXT',
  'SITE_ID',
  'PARK_FACTS_PATH',
  'INQUIRY_RATE_LIMIT_MAX',
  'LEAD_WEBHOOK_URL',
  'LOG_LEVEL',
] as const;

let blobs: LocalBlobs;
let dir = '';
const savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>> = {};

beforeAll(async () => {
  for (const k of ENV_KEYS) savedEnv[k] = process.env[k];
  dir = await mkdtemp(join(tmpdir(), 'gates-fuzz-'));
  const facts = join(dir, 'parks.json');
  await writeFile(
    facts,
    JSON.stringify({
      parks: [autoPark, electronicsPark].map((facts) => ({ slug: facts.slug, facts })),
    }),
  );
  blobs = await startLocalBlobs(join(dir, 'data'));
  useBlobsContext(blobs.context);
  Object.assign(process.env, {
    PARK_FACTS_PATH: facts,
    INQUIRY_RATE_LIMIT_MAX: '1000000',
    LEAD_WEBHOOK_URL: '',
    LOG_LEVEL: 'silent',
  });
});

afterAll(async () => {
  await blobs?.stop();
  await rm(dir, { recursive: true, force: true });
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

describe('fuzz gate: the inquiry function', () => {
  it(
    `answers ${RUNS.toLocaleString('en')} hostile requests with documented statuses and loses or half-writes nothing`,
    { timeout: 180_000 },
    async () => {
      const { default: handler } = await import('../../netlify/functions/inquiry');
      const seed = Number(process.env['FUZZ_SEED'] ?? 20260115);
      const { answered, statuses } = await fuzzInquiry(handler, { runs: RUNS, seed });
      // Prototype-pollution attempts must not have reached Object.prototype.
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

      const store = getStore({ name: 'leads', consistency: 'strong' });
      const { blobs: listed } = await store.list({ prefix: 'lead/' });
      const stored = await Promise.all(
        listed.map(async ({ key }) => ({ key, raw: await store.get(key, { type: 'text' }) })),
      );
      const problems = storedLeadProblems(stored, answered, [autoPark.slug, electronicsPark.slug]);
      expect(problems.slice(0, 20).join('\n')).toBe('');
      const summary = [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ');
      console.info(
        `fuzz gate: ${RUNS} requests (${summary}); ${stored.length} leads stored, all complete and answered`,
      );
      // The generators must reach the storing path often enough to mean something.
      expect(stored.length).toBeGreaterThan(100);
    },
  );
});
