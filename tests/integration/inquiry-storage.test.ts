/**
 * Storage without loss: idempotency (also under concurrency), many parallel
 * submissions, and a failing store answering 503 with nothing written.
 */
import { describe, expect, it } from 'vitest';
import { BlobsLeadStore } from '../../netlify/lib/blobs-lead-store';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { StoreUnavailableError, type LeadStore } from '../../netlify/lib/lead-store';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { startLocalBlobs, useBlobsContext } from '../../scripts/lib/local-blobs';
import {
  formRequest,
  jsonRequest,
  testContext,
  toFormFields,
  validInquiry,
} from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

const harness = useInquiryHarness();
const generous = () => new RateLimiter({ max: 10_000, windowMs: 60_000, salt: 'test' });

const idOf = async (res: Response) => ((await res.json()) as { id: string }).id;

describe('idempotency', () => {
  const handler = createInquiryHandler({ rateLimiter: generous() });

  it('stores one lead for the same key sent twice, and says the second was a replay', async () => {
    const inquiry = validInquiry({ idempotencyKey: 'same-key-sequential-01' });
    const first = await handler(jsonRequest(inquiry), testContext());
    const second = await handler(
      jsonRequest({ ...inquiry, message: 'Sent again after a timeout.' }),
      testContext(),
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [await idOf(first), await idOf(second)];
    expect(b).toBe(a);
    const leads = (await harness.store().list()).filter((lead) => lead.id === a);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.inquiry.message).toBe(inquiry['message']);
  });

  it('stores one lead when the same key arrives 12 times at once', async () => {
    const inquiry = validInquiry({ idempotencyKey: 'same-key-parallel-0002' });
    const before = (await harness.store().list()).length;
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => handler(jsonRequest(inquiry), testContext())),
    );
    expect(responses.map((res) => res.status)).toEqual(Array(12).fill(201));
    const ids = new Set(await Promise.all(responses.map(idOf)));
    expect(ids.size).toBe(1);
    expect((await harness.store().list()).length).toBe(before + 1);
  });

  it('keeps a double-submitted plain form (no key) as one lead', async () => {
    const fields = toFormFields(
      validInquiry({ idempotencyKey: undefined, company: 'Double Click Co' }),
    );
    const first = await handler(formRequest(fields), testContext());
    const second = await handler(formRequest(fields), testContext());
    expect(first.headers.get('location')).toBe(second.headers.get('location'));
    expect(
      (await harness.store().list()).filter((lead) => lead.inquiry.company === 'Double Click Co'),
    ).toHaveLength(1);
  });

  it('does not merge two senders who happen to use the same key', async () => {
    const a = await handler(
      jsonRequest(validInquiry({ idempotencyKey: 'collide-key-1', email: 'a@one.example' })),
      testContext(),
    );
    const b = await handler(
      jsonRequest(validInquiry({ idempotencyKey: 'collide-key-1', email: 'b@two.example' })),
      testContext(),
    );
    expect(await idOf(a)).not.toBe(await idOf(b));
  });
});

describe('volume', () => {
  it('stores exactly 200 leads for 200 parallel valid submissions', async () => {
    const isolated = await startLocalBlobs(`${harness.dir}/volume`);
    const previous = process.env['NETLIFY_BLOBS_CONTEXT'];
    useBlobsContext(isolated.context);
    try {
      const handler = createInquiryHandler({ rateLimiter: generous() });
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          handler(jsonRequest(validInquiry({ email: `buyer${i}@example-${i}.cn` })), testContext()),
        ),
      );
      expect(responses.filter((res) => res.status === 201)).toHaveLength(200);
      const ids = new Set(await Promise.all(responses.map(idOf)));
      expect(ids.size).toBe(200);
      const stored = await new BlobsLeadStore().list();
      expect(stored).toHaveLength(200);
      expect(new Set(stored.map((lead) => lead.id))).toEqual(ids);
    } finally {
      process.env['NETLIFY_BLOBS_CONTEXT'] = previous;
      await isolated.stop();
    }
  }, 120_000);
});

describe('store failure', () => {
  it('answers 503 with Retry-After and writes nothing when the store refuses', async () => {
    const real = harness.store();
    const before = (await real.list()).length;
    const failing: LeadStore = Object.assign(Object.create(real) as LeadStore, {
      recent: () => real.recent(0),
      create: () => Promise.reject(new StoreUnavailableError('create')),
    });
    const handler = createInquiryHandler({ rateLimiter: generous(), store: failing });
    const json = await handler(jsonRequest(validInquiry({ locale: 'en' })), testContext());
    expect(json.status).toBe(503);
    expect(json.headers.get('retry-after')).toBe('30');
    expect(await json.json()).toEqual({ error: expect.stringContaining('nothing was saved') });
    const form = await handler(formRequest(toFormFields(validInquiry())), testContext());
    expect(form.status).toBe(503);
    expect(form.headers.get('content-type')).toContain('text/html');
    expect((await real.list()).length).toBe(before);
  });

  it('still stores the lead when earlier fingerprints cannot be read', async () => {
    const real = harness.store();
    const degraded: LeadStore = Object.assign(Object.create(real) as LeadStore, {
      recent: () => Promise.reject(new StoreUnavailableError('recent')),
      create: (lead: Parameters<LeadStore['create']>[0]) => real.create(lead),
    });
    const handler = createInquiryHandler({ rateLimiter: generous(), store: degraded });
    const res = await handler(jsonRequest(validInquiry()), testContext());
    expect(res.status).toBe(201);
    expect(await real.get(await idOf(res))).not.toBeNull();
  });

  it('answers 503 within its time budget when the Blobs server is down, and nothing appears later', async () => {
    const dir = `${harness.dir}/down`;
    const blobs = await startLocalBlobs(dir);
    const previous = process.env['NETLIFY_BLOBS_CONTEXT'];
    useBlobsContext(blobs.context);
    try {
      await blobs.stop();
      const handler = createInquiryHandler({
        rateLimiter: generous(),
        store: new BlobsLeadStore({ timeoutMs: 1500 }),
      });
      const started = Date.now();
      const res = await handler(
        jsonRequest(validInquiry({ idempotencyKey: 'while-store-down-1' })),
        testContext(),
      );
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(Date.now() - started).toBeLessThan(5000);

      const restarted = await startLocalBlobs(dir);
      useBlobsContext(restarted.context);
      try {
        expect(await new BlobsLeadStore().list()).toEqual([]);
        expect(await new BlobsLeadStore().outbox()).toEqual([]);
      } finally {
        await restarted.stop();
      }
    } finally {
      process.env['NETLIFY_BLOBS_CONTEXT'] = previous;
    }
  });
});
