/**
 * Staff notification through LEAD_WEBHOOK_URL: a minimal summary after the
 * lead is stored; failures recorded on the lead, queued, and drained later.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { WebhookNotifier } from '../../netlify/lib/notifier';
import { drainOutbox } from '../../netlify/lib/outbox';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { jsonRequest, testContext, validInquiry } from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

/** A webhook receiver whose answer the test controls. */
interface Hook {
  url: string;
  received: { body: string; headers: Record<string, string | string[] | undefined> }[];
  mode: 'ok' | 'fail' | 'hang';
  server: Server;
}

async function startHook(): Promise<Hook> {
  const hook = { received: [], mode: 'ok' } as unknown as Hook;
  hook.server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      hook.received.push({ body, headers: req.headers });
      if (hook.mode === 'hang') return; // never answers: the notifier must time out
      res.writeHead(hook.mode === 'ok' ? 204 : 500).end();
    });
  });
  await new Promise<void>((done) => hook.server.listen(0, '127.0.0.1', done));
  hook.url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hook`;
  return hook;
}

const harness = useInquiryHarness();
let hook: Hook;

beforeAll(async () => {
  process.env['LOG_LEVEL'] = 'silent';
  hook = await startHook();
});
afterAll(async () => {
  hook.server.closeAllConnections();
  await new Promise((done) => hook.server.close(done));
});

const handlerWith = (notifier: WebhookNotifier) =>
  createInquiryHandler({
    notifier,
    rateLimiter: new RateLimiter({ max: 1000, windowMs: 60_000, salt: 't' }),
  });

describe('webhook notification', () => {
  it('posts a signed summary without contact details after storing the lead', async () => {
    hook.mode = 'ok';
    hook.received.length = 0;
    const handler = handlerWith(
      new WebhookNotifier({ url: hook.url, secret: 'shh', timeoutMs: 2000 }),
    );
    const context = testContext();
    const inquiry = validInquiry({ company: 'Very Private Company', email: 'private@person.cn' });
    const res = await handler(jsonRequest(inquiry), context);
    expect(res.status).toBe(201);
    await context.settle();
    const { id } = (await res.json()) as { id: string };

    expect(hook.received).toHaveLength(1);
    const { body, headers } = hook.received[0] ?? { body: '', headers: {} };
    const summary = JSON.parse(body) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual([
      'event',
      'id',
      'parks',
      'receivedAt',
      'score',
      'spam',
      'tier',
    ]);
    expect(summary['id']).toBe(id);
    expect(body).not.toContain('Private');
    expect(body).not.toContain('private@');
    const expected = createHmac('sha256', 'shh')
      .update(`${String(headers['x-lead-timestamp'])}.${body}`)
      .digest('hex');
    expect(headers['x-lead-signature']).toBe(`sha256=${expected}`);

    const lead = await harness.store().get(id);
    expect(lead?.notification).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await harness.store().outbox()).toEqual([]);
  });

  it('records a failure on the lead, keeps it queued, and delivers it on a later drain', async () => {
    hook.mode = 'fail';
    hook.received.length = 0;
    const notifier = new WebhookNotifier({ url: hook.url, timeoutMs: 2000 });
    const context = testContext();
    const res = await handlerWith(notifier)(jsonRequest(validInquiry()), context);
    expect(res.status).toBe(201);
    await context.settle();
    const { id } = (await res.json()) as { id: string };

    const failed = await harness.store().get(id);
    expect(failed?.notification).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'HTTP 500',
    });
    expect(Date.parse(failed?.notification.nextAttemptAt ?? '')).toBeGreaterThan(Date.now());
    expect((await harness.store().outbox()).map((entry) => entry.id)).toEqual([id]);

    // Not due yet: the backoff holds the retry back.
    expect(await drainOutbox(harness.store(), notifier)).toMatchObject({
      queued: 1,
      waiting: 1,
      sent: 0,
    });

    hook.mode = 'ok';
    const later = new Date(Date.now() + 10 * 60_000);
    expect(await drainOutbox(harness.store(), notifier, { now: later })).toMatchObject({
      queued: 1,
      sent: 1,
      failed: 0,
    });
    const sent = await harness.store().get(id);
    expect(sent?.notification).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await harness.store().outbox()).toEqual([]);
    expect(hook.received.filter((r) => r.body.includes(id))).toHaveLength(2);
  });

  it('never holds the answer beyond the webhook timeout, and the lead is stored first', async () => {
    hook.mode = 'hang';
    const notifier = new WebhookNotifier({ url: hook.url, timeoutMs: 300 });
    // Without waitUntil the handler waits for delivery, bounded by the timeout.
    const started = Date.now();
    const res = await handlerWith(notifier)(jsonRequest(validInquiry()), {
      ip: '203.0.113.1',
      requestId: 'r',
    });
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(3000);
    const lead = await harness.store().get(((await res.json()) as { id: string }).id);
    expect(lead?.notification).toMatchObject({ status: 'failed', lastError: 'timeout' });
    hook.mode = 'ok';
  });
});
