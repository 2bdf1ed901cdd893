/**
 * `npm run leads -- rescore` against a real BlobsServer store: leads scored with
 * older rules get the current rules' tier, every tier change is listed, and the
 * earlier result stays in the lead's history.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RULES_VERSION } from '../../src/domain/inquiry';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import type { RescoreReport } from '../../scripts/lib/leads-rescore';
import { jsonRequest, startInquiryHarness, testContext, validInquiry } from '../support/harness';
import { runLeads } from '../support/run-leads';

vi.setConfig({ testTimeout: 120_000 });
let harness: Awaited<ReturnType<typeof startInquiryHarness>>;
/** Scored A by the old rules; a tenth of the zone's intensity threshold (C now). */
let belowId = '';
/** Scored A by the old rules and still A. */
let fitId = '';

const leads = (args: string[]) => runLeads(harness.dir, args);

beforeAll(async () => {
  process.env['LOG_LEVEL'] = 'silent';
  harness = await startInquiryHarness();
  const handler = createInquiryHandler({
    rateLimiter: new RateLimiter({ max: 100, windowMs: 60_000, salt: 't' }),
  });
  const send = async (overrides: Record<string, unknown>) => {
    const context = testContext();
    const res = await handler(jsonRequest(validInquiry(overrides)), context);
    await context.settle();
    return ((await res.json()) as { id: string }).id;
  };
  belowId = await send({ investmentCny: 18_000_000, email: 'below@example-components.cn' });
  fitId = await send({
    email: 'fit@example-components.cn',
    timeline: '0-6m',
    // Another sender's own words: the same text as the first lead would be a template.
    message:
      'Our second body-bracket line needs 60 mu near the e-coating suppliers; when can we see the plots?',
  });
  // Stand-ins for leads stored under rules version 1, which tiered both A.
  const store = harness.store();
  for (const id of [belowId, fitId])
    await store.update(id, (lead) => ({
      ...lead,
      qualification: { ...lead.qualification, rulesVersion: 1, tier: 'A', score: 78 },
    }));
}, 120_000);

afterAll(async () => {
  await harness.close();
});

describe('leads rescore', () => {
  it('--dry-run lists the tier change and writes nothing', async () => {
    const { code, stdout } = await leads(['rescore', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain(`${belowId}  A → C  score 78 →`);
    expect(stdout).toContain(`(rules 1 → ${RULES_VERSION})`);
    expect(stdout).not.toContain(fitId);
    expect(stdout).toContain('2 lead(s) would be rescored');
    expect(stdout).toContain('Dry run: nothing was written.');
    const stored = await harness.store().get(belowId);
    expect(stored?.qualification.rulesVersion).toBe(1);
    expect(stored?.qualificationHistory).toBeUndefined();
  });

  it('rescores with the current rules, keeping the earlier result in the history', async () => {
    const { code, stdout } = await leads(['rescore', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as RescoreReport;
    expect(report).toMatchObject({
      rulesVersion: RULES_VERSION,
      dryRun: false,
      rescored: 2,
      current: 0,
    });
    expect(report.changes).toEqual([
      expect.objectContaining({
        id: belowId,
        from: { tier: 'A', score: 78, rulesVersion: 1 },
        to: expect.objectContaining({ tier: 'C', rulesVersion: RULES_VERSION }),
      }),
    ]);
    const below = await harness.store().get(belowId);
    expect(below?.qualification).toMatchObject({ tier: 'C', rulesVersion: RULES_VERSION });
    expect(below?.qualification.flags).toContain('no-admissible-park');
    expect(below?.qualificationHistory).toEqual([
      expect.objectContaining({
        tier: 'A',
        score: 78,
        rulesVersion: 1,
        replacedAt: expect.any(String),
      }),
    ]);
    const fit = await harness.store().get(fitId);
    expect(fit?.qualification).toMatchObject({ tier: 'A', rulesVersion: RULES_VERSION });
    expect(fit?.qualificationHistory).toHaveLength(1);
  });

  it('leaves leads already scored with the current rules alone', async () => {
    const { stdout } = await leads(['rescore']);
    expect(stdout).toContain(
      `0 lead(s) rescored with rules ${RULES_VERSION}; 0 tier change(s); 2 already current.`,
    );
    expect((await harness.store().get(belowId))?.qualificationHistory).toHaveLength(1);
  });
});
