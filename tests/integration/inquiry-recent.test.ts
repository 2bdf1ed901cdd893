/**
 * The fingerprints template detection compares with: kept in memory by the store
 * that wrote them, read back by a fresh instance (a cold start, the only time a
 * request waits for the listing), limited to the window asked for, and handed out
 * as a copy the caller cannot use to change the store's own set.
 */
import { describe, expect, it } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { jsonRequest, testContext, validInquiry } from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

const harness = useInquiryHarness();

describe('recent fingerprints', () => {
  it('are seen by the writing store at once and by a fresh store after its first listing', async () => {
    const writer = harness.store();
    const handler = createInquiryHandler({
      store: writer,
      rateLimiter: new RateLimiter({ max: 1000, windowMs: 60_000, salt: 'test' }),
    });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await handler(
        jsonRequest(validInquiry({ idempotencyKey: `recent-fingerprint-${i}-key` })),
        testContext(),
      );
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }

    const own = await writer.recent(0);
    expect(own.map((lead) => lead.id)).toEqual(expect.arrayContaining(ids));

    const cold = await harness.store().recent(0);
    expect(cold.map((lead) => lead.id).sort()).toEqual(own.map((lead) => lead.id).sort());
    expect(cold.every((lead) => lead.emailHash.length > 0)).toBe(true);

    // Nothing received after now + 1 minute.
    expect(await writer.recent(Date.now() + 60_000)).toEqual([]);
    // A narrower window asked once does not shrink what a wider one returns later.
    expect((await writer.recent(0)).map((lead) => lead.id)).toEqual(own.map((lead) => lead.id));
  });

  it('hands out a copy: changing the answer does not change the next one', async () => {
    const store = harness.store();
    const first = await store.recent(0);
    expect(first.length).toBeGreaterThan(0);
    first.length = 0;
    expect((await store.recent(0)).length).toBeGreaterThan(0);
  });
});
