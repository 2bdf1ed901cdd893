/**
 * Updating a lead (the notification outcome) starts from the version the store
 * wrote itself, to spare a listing; a change another instance made since must
 * still win the conditional write, never be overwritten.
 */
import { describe, expect, it } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { jsonRequest, testContext, validInquiry } from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

const harness = useInquiryHarness();

// The local server's ETag is derived from the file's mtime in ms; writes in one ms look alike.
const nextMs = () => new Promise((done) => setTimeout(done, 5));

describe('lead updates', () => {
  it('apply on top of a change made by another store instance in between', async () => {
    const writer = harness.store();
    const handler = createInquiryHandler({
      store: writer,
      rateLimiter: new RateLimiter({ max: 1000, windowMs: 60_000, salt: 'test' }),
    });
    const res = await handler(
      jsonRequest(validInquiry({ idempotencyKey: 'update-after-other-instance' })),
      testContext(),
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };

    const bump = (by: number) => (lead: Parameters<Parameters<typeof writer.update>[1]>[0]) => ({
      ...lead,
      notification: { ...lead.notification, attempts: lead.notification.attempts + by },
    });
    await nextMs();
    expect((await harness.store().update(id, bump(10)))?.notification.attempts).toBe(10);
    await nextMs();
    expect((await writer.update(id, bump(1)))?.notification.attempts).toBe(11);
    await nextMs();
    expect((await writer.update(id, bump(1)))?.notification.attempts).toBe(12);
    expect((await harness.store().get(id))?.notification.attempts).toBe(12);
  });

  it('returns null for a lead that does not exist', async () => {
    expect(await harness.store().update('ld_00000000000000000000', (lead) => lead)).toBeNull();
  });
});
