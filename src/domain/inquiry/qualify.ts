/**
 * Lead qualification: is the inquiry genuine, does it fit the parks it asks, is it ready,
 * and who should follow up. Pure and deterministic; every rule that fires leaves a
 * reason staff can read. docs/QUALIFICATION.md documents the same rules and weights.
 * Nothing here rejects a lead: the worst outcome is tier C with flags.
 */
import type { ParkFacts } from '../park-facts';
import type { RecentLead } from './fingerprint';
import { parkFit, type ParkFit, type Reason } from './fit';
import { followUpFor } from './follow-up';
import {
  authenticity,
  consistency,
  EFFECTS,
  readiness,
  spamReasons,
  templates,
  type Add,
  type SpamSignals,
} from './rules';
import type { Inquiry } from './schema';

export type { Reason, ParkFit } from './fit';
export type { SpamSignals } from './rules';

/** Version of the rules below; stored with each result so old scores can be told apart. */
export const RULES_VERSION = 1;

export interface QualifyContext {
  /** Facts of the parks (at least those asked; others are ignored). */
  parks: readonly ParkFacts[];
  /** Recent leads to compare with (any order; older than the windows are ignored). */
  recent: readonly RecentLead[];
  now: Date;
  spam?: SpamSignals;
  /** The salt used for `emailHash` in stored fingerprints (see leadFingerprint). */
  emailSalt?: string;
}

export type Tier = 'A' | 'B' | 'C';

export interface Qualification {
  rulesVersion: number;
  /** 0-100, integer. */
  score: number;
  tier: Tier;
  /** Machine ids, e.g. "uscc-check-failed", "free-mail", "template-text". */
  flags: string[];
  reasons: Reason[];
  parks: ParkFit[];
  followUp: string;
}

export const SCORE_BASE = 35;
export const TIER_A_MIN = 70;
export const TIER_B_MIN = 45;
/** Score points per fit point above or below a neutral 50 for the best-fitting park (±20). */
export const PARK_FIT_WEIGHT = 0.4;
/** Fit below which the best park is flagged "poor-fit". */
export const POOR_FIT = 40;
/** Highest score a lead with any spam signal can keep. */
export const SPAM_MAX_SCORE = 10;
/** Fit rules that mean the park cannot admit the project at all. */
const HARD_EXCLUSIONS = new Set(['chain-excluded', 'process-excluded']);

/** Tier for a score: A ≥ 70 (call within one business day), B 45-69, C below 45. */
export function tierFor(score: number): Tier {
  if (score >= TIER_A_MIN) return 'A';
  if (score >= TIER_B_MIN) return 'B';
  return 'C';
}

/** Qualifies one validated inquiry against the parks it asks and recent leads. */
export function qualify(inquiry: Inquiry, ctx: QualifyContext): Qualification {
  const reasons: Reason[] = [];
  const flags = new Set<string>();
  const add: Add = (rule, effect, message, flag) => {
    reasons.push({ rule, effect, message });
    for (const id of typeof flag === 'string' ? [flag] : (flag ?? [])) flags.add(id);
  };

  authenticity(inquiry, add);
  consistency(inquiry, add);
  templates(inquiry, ctx, add);
  readiness(inquiry, add);

  const facts = new Map(ctx.parks.map((park) => [park.slug, park]));
  const parks = inquiry.parks.map((slug): ParkFit => {
    const park = facts.get(slug);
    if (park) return parkFit(inquiry, park);
    return {
      slug,
      fit: 0,
      reasons: [
        {
          rule: 'park-unknown',
          effect: 0,
          message: `No facts for park "${slug}"; it may have been removed`,
        },
      ],
    };
  });
  const known = parks.filter((fit) => facts.has(fit.slug));
  const best = known.reduce<ParkFit | undefined>(
    (top, fit) => (!top || fit.fit > top.fit ? fit : top),
    undefined,
  );
  if (best) {
    const bestName = facts.get(best.slug)?.name ?? best.slug;
    add(
      'park-fit',
      Math.round((best.fit - 50) * PARK_FIT_WEIGHT),
      `Best fit: ${bestName} (${best.fit}/100)`,
      best.fit < POOR_FIT ? 'poor-fit' : undefined,
    );
  } else {
    add(
      'park-unknown',
      EFFECTS.unknownParks,
      'None of the parks asked has facts on file',
      'unknown-park',
    );
  }

  const spam = spamReasons(inquiry, ctx.spam, add);
  // Caps keep the sum of effects equal to the score: the capping rule carries the difference.
  const capAt = (max: number, rule: string, message: string, flag?: string) => {
    const total = SCORE_BASE + reasons.reduce((sum, reason) => sum + reason.effect, 0);
    if (total > max) add(rule, max - total, message, flag);
  };
  const admissible = known.some(
    (fit) => !fit.reasons.some((reason) => HARD_EXCLUSIONS.has(reason.rule)),
  );
  if (known.length > 0 && !admissible) {
    capAt(
      TIER_B_MIN - 1,
      'no-admissible-park',
      'No park asked can admit this project (excluded industry or process), so it stays in tier C',
      'no-admissible-park',
    );
  }
  if (spam) capAt(SPAM_MAX_SCORE, 'spam-cap', `Spam signals cap the score at ${SPAM_MAX_SCORE}`);
  const total = SCORE_BASE + reasons.reduce((sum, reason) => sum + reason.effect, 0);
  const score = Math.round(Math.min(100, Math.max(0, total)));
  const tier = tierFor(score);
  const bestPark = best ? facts.get(best.slug) : undefined;
  const flagList = [...flags];
  return {
    rulesVersion: RULES_VERSION,
    score,
    tier,
    flags: flagList,
    reasons,
    parks,
    followUp: followUpFor({ inquiry, tier, flags: flagList, bestPark, parks: ctx.parks }),
  };
}
