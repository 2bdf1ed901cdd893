/**
 * The inquiry handler answering real Requests against a real BlobsServer:
 * every status the API documents, spam handling, security headers, logs.
 */
import { describe, expect, it, vi } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { SECURITY_HEADERS } from '../../netlify/lib/security-headers';
import {
  formRequest,
  jsonRequest,
  testContext,
  toFormFields,
  validInquiry,
} from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

const harness = useInquiryHarness();
const rendered: { values: Record<string, unknown>; errors: Record<string, string> }[] = [];
const handler = createInquiryHandler({
  rateLimiter: new RateLimiter({ max: 10_000, windowMs: 60_000, salt: 'test' }),
  renderFormPage: async (state) => {
    rendered.push(state);
    return `<!doctype html><title>Error: inquiry</title><p>${Object.keys(state.errors).join(',')}</p>`;
  },
});

const send = (req: Request, ip?: string) => handler(req, testContext(ip));

function expectSecurityHeaders(res: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(res.headers.get(name), name).toBe(value);
  expect(res.headers.get('cache-control')).toBe('no-store');
}

describe('success', () => {
  it('201 with id, time and committed response hours, never tier or score', async () => {
    const res = await send(jsonRequest(validInquiry()));
    expect(res.status).toBe(201);
    expectSecurityHeaders(res);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['id', 'receivedAt', 'responseHours']);
    expect(body['responseHours']).toBe(24);
    const stored = await harness.store().get(String(body['id']));
    expect(stored?.qualification.reasons.length).toBeGreaterThan(0);
    expect(stored?.source).toBe('json');
    expect(stored?.inquiry).not.toHaveProperty('website');
  });

  it('303 to the thanks page for a plain form post', async () => {
    const res = await send(formRequest(toFormFields(validInquiry({ idempotencyKey: undefined }))));
    expect(res.status).toBe(303);
    expectSecurityHeaders(res);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/inquire\/thanks\/\?ref=ld_[0-9a-f]{20}$/);
    const stored = await harness.store().get(location.split('ref=')[1] ?? '');
    expect(stored?.source).toBe('form');
    expect(stored?.inquiry.needs).toEqual(['suppliers', 'labor']);
  });

  it('accepts multipart/form-data too', async () => {
    const form = new FormData();
    for (const [name, value] of toFormFields(validInquiry())) form.append(name, value);
    const res = await send(
      new Request('http://127.0.0.1:4321/api/inquiry', {
        method: 'POST',
        body: form,
        headers: { accept: 'application/json' },
      }),
    );
    expect(res.status).toBe(201);
  });

  it('scores the auto-parts park above the park whose chains exclude the industry, with reasons', async () => {
    const res = await send(
      jsonRequest(
        validInquiry({ parks: ['xiangjiang-auto-parts-zone', 'qinling-medical-devices-park'] }),
      ),
    );
    const { id } = (await res.json()) as { id: string };
    const lead = await harness.store().get(id);
    const fit = Object.fromEntries(
      (lead?.qualification.parks ?? []).map((park) => [park.slug, park]),
    );
    expect(fit['xiangjiang-auto-parts-zone']?.fit).toBeGreaterThan(
      fit['qinling-medical-devices-park']?.fit ?? 100,
    );
    expect(
      fit['qinling-medical-devices-park']?.reasons.some(
        (r) => r.effect < 0 && /exclude|auto/i.test(r.message),
      ),
    ).toBe(true);
  });

  it('accepts a well-formed USCC with a wrong check character and flags it', async () => {
    const res = await send(jsonRequest(validInquiry({ uscc: '91110000101623741J' })));
    expect(res.status).toBe(201);
    const lead = await harness.store().get(((await res.json()) as { id: string }).id);
    expect(lead?.qualification.flags).toContain('uscc-check-failed');
  });
});

describe('client errors', () => {
  it('405 with Allow: POST for GET and other methods', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await send(
        new Request('http://127.0.0.1:4321/api/inquiry', {
          method,
          headers: { accept: 'application/json' },
        }),
      );
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expectSecurityHeaders(res);
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('413 for a 40 KB body, also when streamed without Content-Length', async () => {
    const big = JSON.stringify(validInquiry({ message: 'x'.repeat(40 * 1024) }));
    expect((await send(jsonRequest(big))).status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const req = new Request('http://127.0.0.1:4321/api/inquiry', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': 'en',
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const res = await send(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'The request body is larger than 32 KB.' });
  });

  it('415 naming the accepted types', async () => {
    const res = await send(
      new Request('http://127.0.0.1:4321/api/inquiry', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', accept: 'application/json' },
        body: 'hello',
      }),
    );
    expect(res.status).toBe(415);
    const { error } = (await res.json()) as { error: string };
    expect(error).toContain('application/json');
    expect(error).toContain('application/x-www-form-urlencoded');
  });

  it('400 for a body that is not JSON', async () => {
    expect((await send(jsonRequest('{"parks": ['))).status).toBe(400);
  });

  it('422 for {} listing every required field', async () => {
    const res = await send(jsonRequest({}));
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: Record<string, string> };
    for (const field of [
      'parks',
      'company',
      'uscc',
      'contactName',
      'role',
      'email',
      'industry',
      'projectType',
      'timeline',
      'consent',
    ]) {
      expect(errors, field).toHaveProperty(field);
    }
  });

  it('422 for a malformed USCC, an unknown field, an unknown park and a file upload', async () => {
    const malformed = await send(jsonRequest(validInquiry({ uscc: '9111000010162374' })));
    expect(malformed.status).toBe(422);
    expect(Object.keys(((await malformed.json()) as { errors: object }).errors)).toEqual(['uscc']);

    const unknown = await send(jsonRequest(validInquiry({ budgetUsd: 5 })));
    expect(((await unknown.json()) as { errors: object }).errors).toEqual({
      budgetUsd: expect.any(String),
    });

    const park = await send(jsonRequest(validInquiry({ parks: ['no-such-park'] })));
    expect(((await park.json()) as { errors: object }).errors).toHaveProperty('parks');

    const form = new FormData();
    for (const [name, value] of toFormFields(validInquiry())) form.append(name, value);
    form.append('attachment', new Blob(['%PDF']), 'deck.pdf');
    const file = await send(
      new Request('http://127.0.0.1:4321/api/inquiry', {
        method: 'POST',
        body: form,
        headers: { accept: 'application/json' },
      }),
    );
    expect(file.status).toBe(422);
    expect(((await file.json()) as { errors: object }).errors).toHaveProperty('attachment');
  });

  it('422 as the HTML form page, with the entered values, for a form post', async () => {
    rendered.length = 0;
    const res = await send(
      formRequest(toFormFields(validInquiry({ email: 'not-an-email', company: '<b>Co</b>' }))),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('text/html');
    expectSecurityHeaders(res);
    expect(await res.text()).toContain('email');
    expect(rendered[0]?.values['company']).toBe('<b>Co</b>');
    expect(Object.keys(rendered[0]?.errors ?? {})).toEqual(['email']);
  });

  it('422 as a plain error list when the built form page is missing', async () => {
    const noPage = createInquiryHandler({
      rateLimiter: new RateLimiter({ max: 100, windowMs: 60_000, salt: 't' }),
      renderFormPage: () => Promise.reject(new Error('dist/inquire/index.html: ENOENT')),
    });
    const res = await noPage(
      formRequest(toFormFields(validInquiry({ email: 'nope' }))),
      testContext(),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('<strong>email</strong>');
  });

  it('429 with Retry-After once a client passes the limit; other clients are unaffected', async () => {
    const limited = createInquiryHandler({
      rateLimiter: new RateLimiter({ max: 2, windowMs: 60_000, salt: 't' }),
    });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await limited(jsonRequest({}), testContext('198.51.100.9'))).status);
    expect(statuses).toEqual([422, 422, 429]);
    const res = await limited(jsonRequest({ locale: 'en' }), testContext('198.51.100.9'));
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await res.json()).toEqual({ error: expect.stringContaining('Too many') });
    expect((await limited(jsonRequest({}), testContext('198.51.100.10'))).status).toBe(422);
  });
});

describe('spam', () => {
  it('stores and flags a filled honeypot, a too-fast form and a cross-site post, answering as for people', async () => {
    const cases = [
      {
        body: validInquiry({ website: 'http://spam.example' }),
        headers: {},
        flag: 'spam-honeypot',
      },
      { body: validInquiry({ startedAt: Date.now() - 400 }), headers: {}, flag: 'spam-too-fast' },
      {
        body: validInquiry(),
        headers: { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' },
        flag: 'spam-cross-site',
      },
    ];
    for (const { body, headers, flag } of cases) {
      const res = await send(jsonRequest(body, headers));
      expect(res.status, flag).toBe(201);
      const answer = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(answer).sort()).toEqual(['id', 'receivedAt', 'responseHours']);
      const lead = await harness.store().get(String(answer['id']));
      expect(lead?.qualification.flags, flag).toContain(flag);
      expect(lead?.qualification.tier).toBe('C');
    }
  });
});

describe('logs', () => {
  it('carry ids, statuses and timings, never what the enterprise wrote or its IP', async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    const info = vi.spyOn(console, 'info').mockImplementation(capture);
    const error = vi.spyOn(console, 'error').mockImplementation(capture);
    const log = vi.spyOn(console, 'log').mockImplementation(capture);
    process.env['LOG_LEVEL'] = 'info';
    try {
      const inquiry = validInquiry({
        company: 'Uniquely Named Holdings',
        contactName: 'Zhang Secretperson',
        email: 'zhang@secret-domain.cn',
        phone: '+86 10 9999 8888',
      });
      await send(jsonRequest(inquiry), '192.0.2.55');
      await send(jsonRequest({ ...inquiry, email: 'broken' }), '192.0.2.55');
    } finally {
      process.env['LOG_LEVEL'] = 'silent';
      info.mockRestore();
      error.mockRestore();
      log.mockRestore();
    }
    const output = lines.join('\n');
    expect(output).toContain('"status":201');
    expect(output).toContain('"status":422');
    for (const secret of ['Uniquely', 'Secretperson', 'secret-domain', '9999', '192.0.2.55'])
      expect(output).not.toContain(secret);
  });
});
