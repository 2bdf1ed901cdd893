/**
 * The next step for staff, in one or two sentences. Every non-spam inquiry gets an
 * answer within the park's committed response time (in a World Bank mystery-shopper
 * test 79% of agencies failed to answer); the tier decides how much effort goes in.
 */
import type { ParkFacts } from '../park-facts';
import type { Inquiry } from './schema';

const SPAM_FLAGS = ['spam-honeypot', 'spam-too-fast', 'spam-cross-site'];

/** Checks staff should make before or during the follow-up, by flag. */
const CHECKS: readonly [flag: string, advice: string][] = [
  ['uscc-check-failed', 'Verify the credit code first.'],
  ['intermediary', 'Ask for the investor behind the request.'],
  ['no-decision-maker', 'Ask who will decide.'],
  ['template-text', 'Probably sent to many parks: answer with facts, not a visit offer.'],
  ['many-parks', 'Probably comparing many parks: lead with what is special here.'],
  ['inconsistent-figures', 'Confirm investment, land and jobs.'],
  ['group-claim-unmatched', 'Ask for the parent company and check the group on record.'],
  ['free-mail-claims-size', 'Ask for a company e-mail address before a visit.'],
  ['several-warnings', 'Verify the company before any call: several signs of a fake together.'],
  ['verify-first', 'Check the warning in the reasons before offering a visit.'],
  ['generic', 'Ask for products and figures before offering anything.'],
  ['soft-miss', 'Say which limit would need negotiating before a visit.'],
  ['investment-unit-suspect', 'Confirm whether the investment was meant in 10k CNY.'],
  [
    'no-admissible-park',
    'Say plainly that the park cannot admit the project and point to one that can.',
  ],
  ['poor-fit', 'Say plainly what does not fit.'],
];

export interface FollowUpInput {
  inquiry: Inquiry;
  tier: 'A' | 'B' | 'C';
  flags: readonly string[];
  /** The best-fitting park with facts, if any. */
  bestPark: ParkFacts | undefined;
  /** All park facts available; the committed response time comes from those asked. */
  parks: readonly ParkFacts[];
}

/** Who should follow up, how fast and what to check, as one sentence for staff. */
export function followUpFor({ inquiry, tier, flags, bestPark, parks }: FollowUpInput): string {
  const spam = SPAM_FLAGS.filter((flag) => flags.includes(flag));
  if (spam.length > 0) {
    return `Marked as likely spam (${spam.join(', ')}); kept for review. No follow-up unless the sender writes again.`;
  }
  const asked = parks.filter((park) => inquiry.parks.includes(park.slug));
  const hours =
    asked.length > 0 ? Math.min(...asked.map((park) => park.inquiryResponseHours)) : undefined;
  const within = hours === undefined ? 'promptly' : `within ${hours} business hours`;
  const team = bestPark ? `${bestPark.name} investment team` : 'Investment team';
  const checks = CHECKS.filter(([flag]) => flags.includes(flag))
    // "Cannot admit" already says that it does not fit.
    .filter(([flag]) => !(flag === 'poor-fit' && flags.includes('no-admissible-park')))
    .map(([, advice]) => advice);

  let step: string;
  if (tier === 'A') {
    step = `${team}: call within one business day (answer ${within} at the latest).`;
  } else if (tier === 'B') {
    const missing = [
      inquiry.investmentCny === undefined ? 'investment' : null,
      inquiry.landMu === undefined && inquiry.floorM2 === undefined ? 'land or floor space' : null,
      inquiry.powerKw === undefined ? 'power' : null,
      inquiry.phone === undefined ? 'a phone number' : null,
    ].filter((item): item is string => item !== null);
    step = `${team}: answer by e-mail ${within}${missing.length ? `, asking for ${missing.join(', ')}` : ''}; call once the facts fit.`;
  } else {
    step = `${team}: send the standard information pack ${within}; no call unless the reply names a decision maker and firm figures.`;
  }
  return [step, ...checks].join(' ');
}
