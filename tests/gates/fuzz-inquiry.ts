/**
 * The inquiry fuzz gate, shared by the integration gate (10,000 requests against the
 * real function and a real Blobs store) and its unit test (which feeds it broken
 * handlers and half-written leads and expects it to fail). Not a test file itself.
 */
import fc from 'fast-check';
import { validateInquiry } from '../../src/domain/inquiry';
import { checkSecurityHeaders, formatProblems } from './header-policy';
import { validBody } from '../unit/inquiry/fixtures';

/** Statuses docs/API.md documents for POST /api/inquiry when the store works. */
export const DOCUMENTED_STATUSES = new Set([201, 303, 400, 405, 413, 415, 422, 429]);

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

/** One generated request. */
export interface Sample {
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

/** Requests: hostile bodies, content types, methods and Accept headers. */
export const inquirySample: fc.Arbitrary<Sample> = fc
  .tuple(
    bodies,
    fc.oneof(
      { weight: 19, arbitrary: fc.constant('POST') },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
    ),
    fc.constantFrom('application/json', 'application/json', 'text/html', '*/*', null),
  )
  .map(([b, method, accept]) => ({ ...b, method, accept }));

/** The Request a sample describes. */
export function toRequest(s: Sample): Request {
  const headers = new Headers();
  if (s.contentType) headers.set('content-type', s.contentType);
  if (s.accept) headers.set('accept', s.accept);
  const body = s.method === 'GET' ? null : s.body;
  return new Request('http://127.0.0.1/api/inquiry', {
    method: s.method,
    headers,
    ...(body === null ? {} : { body }),
  });
}

/** What is wrong with one answer: undocumented status, missing headers, no JSON error for a JSON client. */
export function answerProblems(s: Sample, res: Response, text: string): string[] {
  const problems: string[] = [];
  if (!DOCUMENTED_STATUSES.has(res.status)) problems.push(`undocumented status ${res.status}`);
  const headers = formatProblems(checkSecurityHeaders(res.headers));
  if (headers) problems.push(`security headers: ${headers}`);
  if (s.accept === 'application/json') {
    if (!/^application\/json/.test(res.headers.get('content-type') ?? '')) {
      problems.push(`a JSON client got ${res.headers.get('content-type') ?? 'no content type'}`);
      return problems;
    }
    let answer: { error?: unknown; errors?: unknown };
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      return [...problems, 'a JSON client got a body that is not JSON'];
    }
    const messages =
      typeof answer.errors === 'object' && answer.errors !== null
        ? Object.values(answer.errors)
        : [];
    const explained =
      typeof answer.error === 'string' ||
      (messages.length > 0 && messages.every((m) => typeof m === 'string'));
    if (res.status >= 400 && !explained)
      problems.push(`error without a message: ${text.slice(0, 120)}`);
  }
  return problems;
}

/** The lead id a success answer names (201 body or 303 Location), or null. */
export function answeredLeadId(res: Response, text: string): string | null {
  if (res.status === 201) return (JSON.parse(text) as { id?: string }).id ?? null;
  if (res.status === 303) {
    return new URL(res.headers.get('location') ?? '', 'http://x').searchParams.get('ref');
  }
  return null;
}

/**
 * Sends `runs` generated requests to `handler`; throws (via fast-check, with the
 * shrunk counterexample) on the first answer with a problem. Returns the lead ids
 * the answers named and a count per status.
 */
export async function fuzzInquiry(
  handler: (req: Request, context: { ip: string; requestId: string }) => Promise<Response>,
  opts: { runs: number; seed: number },
): Promise<{ answered: Set<string>; statuses: Map<number, number> }> {
  const answered = new Set<string>();
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(inquirySample, async (s) => {
      const res = await handler(toRequest(s), { ip: '127.0.0.1', requestId: 'fuzz' });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const problems = answerProblems(s, res, text);
      if (problems.length > 0) throw new Error(problems.join('; '));
      const id = answeredLeadId(res, text);
      if (id) answered.add(id);
    }),
    { numRuns: opts.runs, seed: opts.seed },
  );
  return { answered, statuses };
}

const LEAD_FIELDS = [
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
] as const;

/**
 * What is wrong with the stored leads: a blob that does not parse, lacks a field,
 * sits under the wrong key or holds an invalid inquiry (half-written), a stored
 * lead no answer named, or an answered lead that is not stored (lost).
 */
export function storedLeadProblems(
  stored: readonly { key: string; raw: string | null }[],
  answered: ReadonlySet<string>,
  knownParks: readonly string[],
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const { key, raw } of stored) {
    let lead: Record<string, unknown>;
    try {
      lead = JSON.parse(raw ?? 'null') as Record<string, unknown>;
      if (typeof lead !== 'object' || lead === null) throw new Error('not an object');
    } catch {
      problems.push(`${key}: not a JSON object`);
      continue;
    }
    const missing = LEAD_FIELDS.filter((f) => !(f in lead));
    if (missing.length > 0) problems.push(`${key}: lacks ${missing.join(', ')}`);
    if (key !== `lead/${String(lead['id'])}`)
      problems.push(`${key}: holds lead ${String(lead['id'])}`);
    if (Number.isNaN(Date.parse(String(lead['receivedAt']))))
      problems.push(`${key}: bad receivedAt`);
    if (!validateInquiry(lead['inquiry'], { parks: knownParks }).ok)
      problems.push(`${key}: invalid inquiry`);
    ids.add(String(lead['id']));
  }
  for (const id of ids) if (!answered.has(id)) problems.push(`${id}: stored but never answered`);
  for (const id of answered) if (!ids.has(id)) problems.push(`${id}: answered but not stored`);
  return problems;
}
