/**
 * `npm run leads -- …` against a real store folder, while another process (this
 * test, standing in for `npm start`) has its own BlobsServer on the same folder.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import type { StoredLead } from '../../netlify/lib/lead';
import { WebhookNotifier } from '../../netlify/lib/notifier';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { jsonRequest, testContext, validInquiry } from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';
import { runLeads } from '../support/run-leads';

// Each case starts the CLI as a process (a few seconds each on a busy machine).
vi.setConfig({ testTimeout: 120_000 });
const harness = useInquiryHarness();
let hook: Server;
let hookUrl: string;
let hookCalls = 0;
const ids: string[] = [];

const leads = (args: string[], env: Record<string, string> = {}) =>
  runLeads(harness.dir, args, env);

beforeAll(async () => {
  process.env['LOG_LEVEL'] = 'silent';
  hook = createServer((_req, res) => {
    hookCalls += 1;
    res.writeHead(204).end();
  });
  await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`;

  // Notifications fail while the leads arrive, so the outbox has work for `drain`.
  const handler = createInquiryHandler({
    rateLimiter: new RateLimiter({ max: 100, windowMs: 60_000, salt: 't' }),
    notifier: new WebhookNotifier({ url: 'http://127.0.0.1:9/unreachable', timeoutMs: 500 }),
  });
  const hostile = [
    validInquiry({
      company: '=HYPERLINK("http://evil.example","open")',
      products: '@SUM(A1:A9)',
      message: '-2+3 is our budget',
    }),
    validInquiry({
      company: 'Plain Components Ltd',
      contactName: '+Plus Name',
      parks: ['qinling-medical-devices-park'],
    }),
  ];
  for (const inquiry of hostile) {
    const context = testContext();
    const res = await handler(jsonRequest(inquiry), context);
    await context.settle();
    ids.push(((await res.json()) as { id: string }).id);
    await new Promise((done) => setTimeout(done, 5)); // distinct receivedAt, so the order is defined
  }
}, 120_000);

afterAll(async () => {
  await new Promise((done) => hook.close(done));
});

describe('leads CLI', () => {
  it('list --json prints every lead newest first, with tier, score and reasons', async () => {
    const { code, stdout } = await leads(['list', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as StoredLead[];
    expect(list.map((lead) => lead.id)).toEqual([...ids].reverse());
    for (const lead of list) {
      expect(['A', 'B', 'C']).toContain(lead.qualification.tier);
      expect(lead.qualification.score).toBeGreaterThanOrEqual(0);
      expect(lead.qualification.reasons.length).toBeGreaterThan(0);
    }
  });

  it('list prints a table with received time, tier, score, parks and company', async () => {
    const { stdout } = await leads(['list']);
    expect(stdout).toMatch(/Received\s+Tier Score Status\s+Parks\s+Company\s+Id/);
    expect(stdout).toContain('Plain Components Ltd');
    expect(stdout).toContain('2 lead(s)');
  });

  it('show prints one lead with its reasons, and explains unknown ids', async () => {
    const shown = await leads(['show', ids[1] ?? '']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`线索 ${ids[1]}`);
    expect(shown.stdout).toContain('评分依据：');
    expect(shown.stdout).toContain('qinling-medical-devices-park');
    const english = await leads(['show', ids[1] ?? ''], { LEAD_STAFF_LOCALE: 'en' });
    expect(english.stdout).toContain(`Lead ${ids[1]}`);
    expect(english.stdout).toContain('Why:');

    const unknown = await leads(['show', 'ld_ffffffffffffffffffff']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No lead with id ld_ffffffffffffffffffff');
    const malformed = await leads(['show', 'nonsense']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('is not a lead id');
  });

  it('export --format csv neutralises formula cells', async () => {
    const { code, stdout } = await leads(['export', '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\r\n');
    expect(header?.startsWith('id,receivedAt,tier,score')).toBe(true);
    expect(rows).toHaveLength(2);
    expect(stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
    expect(stdout).toContain(`'@SUM(A1:A9)`);
    expect(stdout).toContain(`'-2+3 is our budget`);
    expect(stdout).toContain(`'+Plus Name`);
    expect(stdout).not.toMatch(/(^|,)[=+@-]/m);
  });

  it('export --format json prints the leads; a missing format is a usage error', async () => {
    const json = await leads(['export', '--format', 'json']);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(2);
    const usage = await leads(['export']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format csv');
  });

  it('drain retries the failed notifications once a webhook answers', async () => {
    const before = await harness.store().list();
    expect(before.map((lead) => lead.notification.status)).toEqual(['failed', 'failed']);

    const withoutHook = await leads(['drain']);
    expect(withoutHook.code).toBe(1);
    expect(withoutHook.stderr).toContain('2 notification(s) queued');

    const drained = await leads(['drain'], { LEAD_WEBHOOK_URL: hookUrl });
    expect(drained.code).toBe(0);
    expect(drained.stdout).toContain('2 sent');
    expect(hookCalls).toBe(2);
    const after = await harness.store().list();
    expect(after.map((lead) => lead.notification.status)).toEqual(['sent', 'sent']);
  });

  it('says so when the store is empty', async () => {
    const { stdout } = await leads(['list'], { LEADS_DATA_DIR: `${harness.dir}/empty` });
    expect(stdout).toContain('No leads yet');
  });
});
