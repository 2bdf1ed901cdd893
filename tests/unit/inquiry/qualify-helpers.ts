/** Shared set-up for the qualify tests (not a test file). */
import { leadFingerprint, type RecentLead } from '../../../src/domain/inquiry/fingerprint';
import {
  qualify,
  type Qualification,
  type QualifyContext,
} from '../../../src/domain/inquiry/qualify';
import type { InquiryInput } from '../../../src/domain/inquiry/schema';
import { autoPark, electronicsPark, validInquiry } from './fixtures';

export const NOW = new Date('2026-05-01T08:00:00Z');
export const ctx = (overrides: Partial<QualifyContext> = {}): QualifyContext => ({
  parks: [autoPark, electronicsPark],
  recent: [],
  now: NOW,
  ...overrides,
});
export const run = (overrides: Partial<InquiryInput> = {}, context: Partial<QualifyContext> = {}) =>
  qualify(validInquiry(overrides), ctx(context));
export const rules = (q: Qualification) => q.reasons.map((r) => r.code);
export const reason = (q: Qualification, code: string) => q.reasons.find((r) => r.code === code);

export const TEMPLATE = (park: string) =>
  `Dear ${park} investment office, our group is a leading manufacturer seeking land for a large project. ` +
  'We require preferential land price, tax refunds for five years and free standard factory for the first three years. ' +
  `Please send the best policy of ${park} so that our board can decide soon. Best regards.`;

/** A stored lead from another sender, received `daysAgo` days before NOW. */
export function recentLead(
  inquiry: Partial<InquiryInput>,
  daysAgo: number,
  id = 'ld_other',
): RecentLead {
  return {
    id,
    receivedAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
    ...leadFingerprint(validInquiry(inquiry)),
  };
}
