import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, retryDelayMs } from '../../../netlify/lib/outbox';
import { leadSummary } from '../../../netlify/lib/notifier';
import type { StoredLead } from '../../../netlify/lib/lead';

describe('retryDelayMs', () => {
  it('doubles from one minute and stops at six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(50)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe('leadSummary', () => {
  it('carries id, tier, score and parks but no contact details', () => {
    const lead = {
      id: 'ld_0123456789abcdef0123',
      receivedAt: '2026-05-04T09:30:00.000Z',
      inquiry: {
        parks: ['p'],
        company: 'Secret Co',
        email: 'x@y.cn',
        contactName: 'Name',
        phone: '123',
        message: 'm',
      },
      qualification: { tier: 'B', score: 55 },
      spam: { honeypot: false, crossSite: true },
    } as unknown as StoredLead;
    const summary = leadSummary(lead);
    expect(summary).toEqual({
      event: 'lead.created',
      id: lead.id,
      receivedAt: lead.receivedAt,
      tier: 'B',
      score: 55,
      parks: ['p'],
      spam: true,
    });
  });
});
