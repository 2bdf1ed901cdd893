/**
 * Chat notifications (WeCom, DingTalk, Feishu, Slack) next to the generic webhook:
 * one inquiry, one correctly shaped and signed message per platform, posted to a
 * local receiver that answers as each platform does; a receiver that fails twice
 * gets its message through the outbox, and the others are not sent it again.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { notifierFromEnv } from '../../netlify/lib/notifier';
import { drainOutbox } from '../../netlify/lib/outbox';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { jsonRequest, testContext, validInquiry } from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

interface Received {
  path: string;
  url: URL;
  body: Record<string, unknown>;
}

const received: Received[] = [];
/** Failures left per path before the receiver answers normally. */
const failures = new Map<string, number>();
let server: Server;
let base: string;

// What each platform answers on success (a 200 with a JSON status, or Slack's `ok`).
const SUCCESS: Record<string, string> = {
  '/wecom': '{"errcode":0,"errmsg":"ok"}',
  '/dingtalk': '{"errcode":0,"errmsg":"ok"}',
  '/feishu': '{"code":0,"msg":"success","data":{}}',
  '/slack': 'ok',
  '/generic': '',
};

const harness = useInquiryHarness();

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      received.push({ path: url.pathname, url, body: JSON.parse(body) as Record<string, unknown> });
      const left = failures.get(url.pathname) ?? 0;
      if (left > 0) {
        failures.set(url.pathname, left - 1);
        res.writeHead(502).end();
        return;
      }
      res.writeHead(200).end(SUCCESS[url.pathname] ?? '');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  LEAD_WEBHOOK_URL: `${base}/generic`,
  LEAD_NOTIFY_WECOM_URL: `${base}/wecom?key=test-key`,
  LEAD_NOTIFY_DINGTALK_URL: `${base}/dingtalk?access_token=test-token`,
  LEAD_NOTIFY_DINGTALK_SECRET: 'SECdingtalk-secret',
  LEAD_NOTIFY_FEISHU_URL: `${base}/feishu`,
  LEAD_NOTIFY_FEISHU_SECRET: 'feishu-secret',
  LEAD_NOTIFY_SLACK_URL: `${base}/slack`,
  ...extra,
});

async function submit(environment: NodeJS.ProcessEnv, inquiry = validInquiry()): Promise<string> {
  const handler = createInquiryHandler({
    notifier: notifierFromEnv(environment),
    rateLimiter: new RateLimiter({ max: 1000, windowMs: 60_000, salt: 't' }),
  });
  const context = testContext();
  const res = await handler(jsonRequest(inquiry), context);
  expect(res.status).toBe(201);
  await context.settle();
  return ((await res.json()) as { id: string }).id;
}

const only = (path: string): Received[] => received.filter((r) => r.path === path);

describe('chat notifications', () => {
  it('sends one message per platform, shaped and signed as each documents', async () => {
    received.length = 0;
    const before = Date.now();
    const id = await submit(env(), validInquiry({ company: 'Private Name Co', email: 'p@x.cn' }));
    const after = Date.now();
    for (const path of ['/generic', '/wecom', '/dingtalk', '/feishu', '/slack'])
      expect(only(path), path).toHaveLength(1);

    const wecom = only('/wecom')[0] as Received;
    expect(wecom.url.searchParams.get('key')).toBe('test-key');
    expect(Object.keys(wecom.body)).toEqual(['msgtype', 'markdown']);
    expect(wecom.body['msgtype']).toBe('markdown');
    const content = (wecom.body['markdown'] as { content: string }).content;
    expect(content).toContain('新线索');
    expect(content).toContain('xiangjiang-auto-parts-zone');
    expect(content).toContain('回复期限');
    expect(content).toContain('咨询语言**: 中文');
    expect(content).toContain(id);
    expect(content).not.toContain('p@x.cn');
    expect(content).not.toContain('+86');

    const ding = only('/dingtalk')[0] as Received;
    const timestamp = Number(ding.url.searchParams.get('timestamp'));
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(after);
    const expectedSign = createHmac('sha256', 'SECdingtalk-secret')
      .update(`${timestamp}\nSECdingtalk-secret`)
      .digest('base64');
    expect(ding.url.searchParams.get('sign')).toBe(expectedSign);
    expect(ding.url.searchParams.get('access_token')).toBe('test-token');
    expect(ding.body['msgtype']).toBe('markdown');
    expect(Object.keys(ding.body['markdown'] as object).sort()).toEqual(['text', 'title']);

    const lark = only('/feishu')[0] as Received;
    const seconds = Number(lark.body['timestamp']);
    expect(seconds).toBeGreaterThanOrEqual(Math.floor(before / 1000));
    expect(lark.body['sign']).toBe(
      createHmac('sha256', `${seconds}\nfeishu-secret`).update('').digest('base64'),
    );
    expect(lark.body['msg_type']).toBe('text');
    expect((lark.body['content'] as { text: string }).text).toContain('Private Name Co');

    const slack = only('/slack')[0] as Received;
    expect(typeof slack.body['text']).toBe('string');
    const block = (
      slack.body['blocks'] as { type: string; text: { type: string; text: string } }[]
    )[0];
    expect(block?.type).toBe('section');
    expect(block?.text.type).toBe('mrkdwn');
    expect(block?.text.text).toMatch(/\*[^*]+\*: /);

    const lead = await harness.store().get(id);
    expect(lead?.notification.status).toBe('sent');
    expect(lead?.notification.sentTo?.sort()).toEqual([
      'dingtalk',
      'feishu',
      'slack',
      'webhook',
      'wecom',
    ]);
  });

  it('writes in English with LEAD_STAFF_LOCALE=en and adds contact details only when asked', async () => {
    received.length = 0;
    await submit(env({ LEAD_STAFF_LOCALE: 'en', LEAD_NOTIFY_INCLUDE_CONTACT: '1' }));
    const content = ((only('/wecom')[0] as Received).body['markdown'] as { content: string })
      .content;
    expect(content).toContain('New lead');
    expect(content).toContain('Reply by');
    expect(content).toContain('+86 731 5555 0101');
  });

  it('delivers to a receiver that failed twice through the outbox, without repeating the others', async () => {
    received.length = 0;
    failures.set('/dingtalk', 2);
    const environment = env();
    const id = await submit(environment);
    expect((await harness.store().get(id))?.notification.status).toBe('failed');
    expect((await harness.store().outbox()).map((entry) => entry.id)).toContain(id);

    const notifier = notifierFromEnv(environment);
    expect((await drainOutbox(harness.store(), notifier, { force: true })).failed).toBe(1);
    expect((await drainOutbox(harness.store(), notifier, { force: true })).sent).toBe(1);

    expect(only('/dingtalk')).toHaveLength(3);
    for (const path of ['/generic', '/wecom', '/feishu', '/slack'])
      expect(only(path), path).toHaveLength(1);
    const lead = await harness.store().get(id);
    expect(lead?.notification).toMatchObject({ status: 'sent', attempts: 3 });
    expect(await harness.store().outbox()).toEqual([]);
  });
});
