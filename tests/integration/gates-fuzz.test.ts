/**
 * Gate: 10,000 generated requests against the real inquiry function (its default
 * export, with leads in a real BlobsServer on a temp folder): random JSON, wrong
 * types, huge and unicode strings, __proto__/constructor keys, XSS and
 * CSV-formula strings, wrong content types and methods. Every answer must be a
 * documented status, never 5xx, JSON with an error when JSON was asked for, with
 * the security headers; and every stored lead must be complete and answered.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBlobs, useBlobsContext, type LocalBlobs } from '../../scripts/lib/local-blobs';
import { validateInquiry } from '../../src/domain/inquiry';
import { checkSecurityHeaders, formatProblems } from '../../src/gates/header-policy';
import { autoPark, electronicsPark, validBody } from '../unit/inquiry/fixtures';

const RUNS = 10_000;
const DOCUMENTED = new Set([201, 303, 400, 405, 413, 415, 422, 429]);
const ENV_KEYS = [
  'NETLIFY_BLOBS_CONTEXT',
  'SITE_ID',
  'PARK_FACTS_PATH',
  'INQUIRY_RATE_LIMIT_MAX',
  'LEAD_WEBHOOK_URL',
  'LOG_LEVEL',
] as const;

const nasty = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  '=HYPERLINK("http://evil.example","x")',
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '\t=1+1',
  '\u0000\u0001\u001f',
  '\u202eevil\u202c',
  '𠜎𠜱𠝹 湘江汽车零部件 🚗',
  '\ud800',
  '../../etc/passwd',
  "'; DROP TABLE leads; --",
  '{{constructor.constructor("return process")()}}',
  '__proto__',
];

const keys = Object.keys(validBody());
const nastyString = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.integer({ min: 1000, max: 50_000 }).map((n) => 'x'.repeat(n)),
);
const wrongType = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  nastyString,
  fc.constantFrom(null, true, -1, 1e308, [], {}),
);

/** A valid body with some fields replaced by hostile values or deleted. */
const mutatedValid = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 }),
    fc.array(wrongType, { minLength: 3, maxLength: 3 }),
    fc.boolean(),
    fc.nat(),
  )
  .map(([fields, values, drop, n]) => {
    const body: Record<string, unknown> = {
      ...validBody(),
      idempotencyKey: `fuzz-key-${n}-${fields.length}`,
      email: `buyer${n}@fuzz.example.com`,
    };
    fields.forEach((f, i) => (drop && i === 0 ? delete body[f] : (body[f] = values[i])));
    return JSON.stringify(body);
  });
/** Valid except that text fields carry XSS or CSV formulas: these are accepted and stored. */
const hostileButValid = fc
  .tuple(
    fc.constantFrom('company', 'products', 'message', 'role', 'contactName'),
    fc.constantFrom(...nasty.slice(0, 12)),
    fc.nat(),
  )
  .map(([field, value, n]) =>
    JSON.stringify({
      ...validBody(),
      [field]: value,
      idempotencyKey: `hostile-${n}`,
      email: `h${n}@fuzz.example.com`,
    }),
  );
/** Prototype-pollution shapes, written as raw JSON so __proto__ is a real key. */
const protoKeys = fc
  .constantFrom('__proto__', 'constructor', 'prototype')
  .chain((k) =>
    fc.constantFrom(
      `{"${k}": {"consent": true, "polluted": "yes"}, ${JSON.stringify(validBody()).slice(1)}`,
      `{"${k}": {"prototype": {"polluted": "yes"}}}`,
      `{"parks": {"${k}": ["xiangjiang-auto-parts"]}}`,
    ),
  );

interface Sample {
  method: string;
  contentType: string | null;
  accept: string | null;
  body: string | Uint8Array<ArrayBuffer> | null;
}

const json = (body: fc.Arbitrary<string>) =>
  body.map((b): Omit<Sample, 'method' | 'accept'> => ({
    contentType: 'application/json',
    body: b,
  }));
const bodies = fc.oneof(
  { weight: 3, arbitrary: json(fc.jsonValue().map((v) => JSON.stringify(v))) },
  {
    weight: 3,
    arbitrary: json(
      fc.dictionary(fc.constantFrom(...keys, 'extra'), wrongType).map((v) => JSON.stringify(v)),
    ),
  },
  { weight: 4, arbitrary: json(mutatedValid) },
  { weight: 1, arbitrary: json(hostileButValid) },
  { weight: 1, arbitrary: json(protoKeys) },
  { weight: 1, arbitrary: json(fc.string({ maxLength: 200 })) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 200 })
      .map((b) => ({ contentType: 'application/json', body: Uint8Array.from([0xff, 0xfe, ...b]) })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      contentType: fc.constantFrom(
        null,
        'text/plain',
        'application/xml',
        'application/json-patch+json',
        'text/html',
        'multipart/form-data',
        'application/x-www-form-urlencoded',
      ),
      body: fc.oneof(mutatedValid, fc.string({ maxLength: 200 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.dictionary(
          fc.constantFrom(...keys, '__proto__', 'constructor'),
          fc.oneof(nastyString, fc.constant('on')),
        ),
        fc.boolean(),
      )
      .map(([fields, valid]) => {
        const params = new URLSearchParams();
        if (valid)
          for (const [k, v] of Object.entries(validBody()))
            for (const x of [v].flat()) params.append(k, String(x));
        for (const [k, v] of Object.entries(fields)) params.set(k, v);
        return { contentType: 'application/x-www-form-urlencoded', body: params.toString() };
      }),
  },
);

const sample: fc.Arbitrary<Sample> = fc
  .tuple(
    bodies,
    fc.oneof(
      { weight: 19, arbitrary: fc.constant('POST') },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
    ),
    fc.constantFrom('application/json', 'application/json', 'text/html', '*/*', null),
  )
  .map(([b, method, accept]) => ({ ...b, method, accept }));

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
      const answered = new Set<string>();
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(sample, async (s) => {
          const headers = new Headers();
          if (s.contentType) headers.set('content-type', s.contentType);
          if (s.accept) headers.set('accept', s.accept);
          const body = s.method === 'GET' ? null : s.body;
          const req = new Request('http://127.0.0.1/api/inquiry', {
            method: s.method,
            headers,
            ...(body === null ? {} : { body }),
          });
          const res = await handler(req, { ip: '127.0.0.1', requestId: 'fuzz' });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(DOCUMENTED, `undocumented status ${res.status}`).toContain(res.status);
          expect(formatProblems(checkSecurityHeaders(res.headers))).toBe('');
          const text = await res.text();
          if (s.accept === 'application/json') {
            expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
            const answer = JSON.parse(text) as {
              id?: string;
              error?: unknown;
              errors?: Record<string, unknown>;
            };
            if (res.status >= 400) {
              const ok =
                typeof answer.error === 'string' ||
                (typeof answer.errors === 'object' &&
                  answer.errors !== null &&
                  Object.values(answer.errors).every((m) => typeof m === 'string'));
              expect(ok, `error body without error/errors: ${text.slice(0, 200)}`).toBe(true);
            }
          }
          if (res.status === 201) answered.add((JSON.parse(text) as { id: string }).id);
          if (res.status === 303)
            answered.add(
              new URL(res.headers.get('location') ?? '', 'http://x').searchParams.get('ref') ?? '',
            );
        }),
        { numRuns: RUNS, seed: Number(process.env['FUZZ_SEED'] ?? 20260115) },
      );
      // Prototype-pollution attempts must not have reached Object.prototype.
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

      const store = getStore({ name: 'leads', consistency: 'strong' });
      const { blobs: listed } = await store.list({ prefix: 'lead/' });
      const storedIds: string[] = [];
      for (const { key } of listed) {
        const raw = await store.get(key, { type: 'text' });
        const lead = JSON.parse(raw ?? 'null') as Record<string, unknown> & {
          id: string;
          inquiry: Record<string, unknown>;
        };
        for (const field of [
          'schemaVersion',
          'id',
          'receivedAt',
          'source',
          'inquiry',
          'spam',
          'qualification',
          'fingerprint',
          'responseHours',
          'notification',
        ]) {
          expect(lead, `${key} lacks ${field}`).toHaveProperty(field);
        }
        expect(key).toBe(`lead/${lead.id}`);
        expect(Number.isNaN(Date.parse(String(lead['receivedAt'])))).toBe(false);
        // What was kept is still a valid inquiry: nothing truncated or half-converted.
        expect(
          validateInquiry(lead.inquiry, { parks: [autoPark.slug, electronicsPark.slug] }).ok,
          `${key} holds an invalid inquiry`,
        ).toBe(true);
        storedIds.push(lead.id);
      }
      expect(new Set(storedIds)).toEqual(answered);
      const summary = [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ');
      console.info(
        `fuzz gate: ${RUNS} requests (${summary}); ${storedIds.length} leads stored, all complete and answered`,
      );
      // The generators must reach the storing path often enough to mean something.
      expect(storedIds.length).toBeGreaterThan(100);
    },
  );
});
