/** The fuzz gate must fail when the function misbehaves or a lead is half-written. */
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../netlify/lib/security-headers';
import { validBody } from '../inquiry/fixtures';
import {
  answerProblems,
  fuzzInquiry,
  storedLeadProblems,
  type Sample,
} from '../../gates/fuzz-inquiry';

const json = (status: number, body: unknown, headers: Record<string, string> = SECURITY_HEADERS) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, 'content-type': 'application/json' },
  });

/** A well-behaved stand-in: 405 for other methods, 415 for other types, 422 otherwise. */
async function goodHandler(req: Request): Promise<Response> {
  if (req.method !== 'POST') return json(405, { error: 'Use POST.' });
  if (!(req.headers.get('content-type') ?? '').startsWith('application/json')) {
    return json(415, { error: 'Send JSON.' });
  }
  await req.arrayBuffer();
  return json(422, { errors: { company: 'Enter the company name' } });
}

const RUNS = { runs: 300, seed: 7 };

/** fast-check reports the failing check as the error's cause; return both, or "passed". */
async function failureOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'passed';
  } catch (error) {
    const e = error as Error;
    return `${e.message}\n${String(e.cause)}`;
  }
}
const jsonSample: Sample = {
  method: 'POST',
  contentType: 'application/json',
  accept: 'application/json',
  body: '{}',
};

describe('fuzz gate', () => {
  it('passes a handler that answers every request properly', async () => {
    const { statuses } = await fuzzInquiry(goodHandler, RUNS);
    expect([...statuses.keys()].sort()).toEqual([405, 415, 422]);
  });

  it('fails a handler that crashes into a 500 on some bodies', async () => {
    const crashing = async (req: Request) => {
      const text = await req.clone().text();
      return text.includes('proto') ? json(500, { error: 'boom' }) : goodHandler(req);
    };
    expect(await failureOf(fuzzInquiry(crashing, RUNS))).toMatch(/undocumented status 500/);
  });

  it('fails answers without the security headers', async () => {
    const bare = async () => json(422, { errors: { x: 'y' } }, {});
    expect(await failureOf(fuzzInquiry(bare, RUNS))).toMatch(
      /security headers: Content-Security-Policy: missing/,
    );
  });

  it('fails HTML, non-JSON or message-less errors sent to a JSON client', () => {
    const html = new Response('<p>no</p>', {
      status: 422,
      headers: { ...SECURITY_HEADERS, 'content-type': 'text/html' },
    });
    expect(answerProblems(jsonSample, html, '<p>no</p>')).toEqual(['a JSON client got text/html']);
    expect(answerProblems(jsonSample, json(400, {}), '{}')).toEqual([
      'error without a message: {}',
    ]);
    expect(answerProblems(jsonSample, json(422, { errors: {} }), '{"errors":{}}')[0]).toMatch(
      /without a message/,
    );
    expect(answerProblems(jsonSample, json(400, null), 'oops')).toEqual([
      'a JSON client got a body that is not JSON',
    ]);
  });

  describe('stored leads', () => {
    const lead = (id: string, inquiry: unknown = validBody()) =>
      JSON.stringify({
        schemaVersion: 1,
        id,
        receivedAt: '2026-11-24T10:00:00.000Z',
        source: 'json',
        inquiry,
        spam: {},
        qualification: {},
        fingerprint: {},
        responseHours: 8,
        notification: { status: 'not-configured', attempts: 0 },
      });
    const parks = ['xiangjiang-auto-parts'];

    it('accepts complete leads that match the answers', () => {
      expect(
        storedLeadProblems([{ key: 'lead/ld_a', raw: lead('ld_a') }], new Set(['ld_a']), parks),
      ).toEqual([]);
    });

    it('fails truncated, incomplete, misplaced and invalid leads', () => {
      const raw = lead('ld_a');
      const noQualification = JSON.stringify({
        ...(JSON.parse(raw) as object),
        qualification: undefined,
      });
      const problems = storedLeadProblems(
        [
          { key: 'lead/ld_a', raw: raw.slice(0, raw.length / 2) },
          { key: 'lead/ld_b', raw: noQualification.replace('ld_a', 'ld_b') },
          { key: 'lead/ld_c', raw: lead('ld_x') },
          { key: 'lead/ld_d', raw: lead('ld_d', { ...validBody(), consent: false }) },
        ],
        new Set(['ld_a', 'ld_b', 'ld_c', 'ld_x', 'ld_d']),
        parks,
      );
      expect(problems).toEqual([
        'lead/ld_a: not a JSON object',
        'lead/ld_b: lacks qualification',
        'lead/ld_c: holds lead ld_x',
        'lead/ld_d: invalid inquiry',
        'ld_a: answered but not stored',
        'ld_c: answered but not stored',
      ]);
    });

    it('fails lost leads and leads nobody was told about', () => {
      expect(
        storedLeadProblems([{ key: 'lead/ld_a', raw: lead('ld_a') }], new Set(['ld_b']), parks),
      ).toEqual(['ld_a: stored but never answered', 'ld_b: answered but not stored']);
    });
  });
});
