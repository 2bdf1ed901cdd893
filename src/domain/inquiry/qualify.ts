/**
 * Lead qualification in the order an investment officer reads an inquiry
 * (docs/QUALIFICATION.md): can any chosen park admit it at all; is it real; is it
 * concrete and ready. Admissibility and authenticity set a ceiling on the tier; the
 * score (0-100) orders leads within it. Pure and deterministic; every rule that fires
 * leaves a structured reason. Nothing here rejects a lead: the worst is tier C.
 */
import type { ParkFacts } from '../park-facts';
import { parkFit, type Admissibility, type ParkFit } from './admissibility';
import type { RecentLead } from './fingerprint';
import { followUpFor } from './follow-up';
import { isGeneric, readiness, spamReasons, type SpamSignals } from './readiness';
import { makeReason, type Reason, type ReasonCode, type ReasonParams } from './reasons';
import {
  authenticity,
  consistency,
  senderParks,
  SERIOUS_WARNING_CODES,
  templates,
  WARNING_CODES,
  type Add,
} from './rules';
import type { Inquiry } from './schema';

export type { Reason } from './reasons';
export type { ParkFit } from './admissibility';
export type { SpamSignals } from './readiness';

/**
 * Version of the rules below; stored with each result so old scores can be told apart.
 * Raise it with any change to a rule, effect, margin or cap (`npm run leads -- rescore`).
 */
export const RULES_VERSION = 2;

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
/** Score points per fit point above or below a neutral 50 for the best park (±20). */
export const PARK_FIT_WEIGHT = 0.4;
/** Fit below which the best park is flagged "poor-fit". */
export const POOR_FIT = 40;
/** Authenticity warnings from which the tier is capped at C. */
export const WARNINGS_FOR_C = 2;
/** Parks (this inquiry, or the sender's within a week) from which a generic request is capped at B. */
export const GENERIC_PARKS = 2;
/** Score points for park facts missing for every park asked. */
export const UNKNOWN_PARKS_EFFECT = -10;
/** Highest score a lead with any spam signal can keep. */
export const SPAM_MAX_SCORE = 10;

const RANK: Readonly<Record<Admissibility, number>> = {
  admissible: 2,
  'soft-miss': 1,
  inadmissible: 0,
};

/** Tier for a score: A ≥ 70 (call within one business day), B 45-69, C below 45. */
export function tierFor(score: number): Tier {
  if (score >= TIER_A_MIN) return 'A';
  if (score >= TIER_B_MIN) return 'B';
  return 'C';
}

/** The park to judge the lead by: the most admissible, then the best fit. */
export function bestPark(fits: readonly ParkFit[]): ParkFit | undefined {
  return fits.reduce<ParkFit | undefined>((top, fit) => {
    if (!top) return fit;
    const byRank = RANK[fit.admissibility] - RANK[top.admissibility];
    return byRank > 0 || (byRank === 0 && fit.fit > top.fit) ? fit : top;
  }, undefined);
}

/** Park names for the reasons that name a park. */
const names = (park: ParkFacts | undefined, slug: string) => ({
  name: park?.name ?? slug,
  nameZh: park?.nameZh || park?.name || slug,
});

/** The limits a park failed (hard ones, or soft ones when it has no hard ones). */
const limitsOf = (fit: ParkFit) =>
  fit.reasons
    .filter((reason) => reason.effect < 0 && reason.code !== 'processes-missing')
    .map((reason) => reason.code)
    .join(',');

/** Qualifies one validated inquiry against the parks it asks and recent leads. */
export function qualify(inquiry: Inquiry, ctx: QualifyContext): Qualification {
  const reasons: Reason[] = [];
  const flags = new Set<string>();
  const add: Add = (code, effect, params, flag) => {
    reasons.push(makeReason(code, effect, params));
    for (const id of typeof flag === 'string' ? [flag] : (flag ?? [])) flags.add(id);
  };
  const addForPark = (code: ReasonCode, effect: number, params: ReasonParams, slug: string) =>
    reasons.push(makeReason(code, effect, params, slug));

  authenticity(inquiry, add);
  consistency(inquiry, add);
  templates(inquiry, ctx, add);
  readiness(inquiry, add);

  const facts = new Map(ctx.parks.map((park) => [park.slug, park]));
  const parks = inquiry.parks.map((slug): ParkFit =>
    facts.has(slug)
      ? parkFit(inquiry, facts.get(slug) as ParkFacts)
      : {
          slug,
          admissibility: 'inadmissible',
          fit: 0,
          reasons: [makeReason('park-unknown', 0, { slug }, slug)],
        },
  );
  const known = parks.filter((fit) => facts.has(fit.slug));
  const best = bestPark(known);
  if (best) {
    const park = facts.get(best.slug);
    reasons.push(
      makeReason(
        'park-fit',
        Math.round((best.fit - 50) * PARK_FIT_WEIGHT),
        { ...names(park, best.slug), fit: best.fit },
        best.slug,
      ),
    );
    if (best.fit < POOR_FIT) flags.add('poor-fit');
  } else add('park-unknown', UNKNOWN_PARKS_EFFECT, {}, 'unknown-park');

  const spam = spamReasons(inquiry, ctx.spam, add);
  // Caps keep the sum of effects equal to the score: the capping rule carries the difference.
  const total = () => SCORE_BASE + reasons.reduce((sum, reason) => sum + reason.effect, 0);
  const cap = (
    max: number,
    code: ReasonCode,
    params: ReasonParams,
    flag?: string,
    park?: string,
  ) => {
    const effect = Math.min(0, max - total());
    if (park) addForPark(code, effect, params, park);
    else add(code, effect, params, flag);
    if (flag) flags.add(flag);
  };

  if (best && best.admissibility === 'inadmissible') {
    for (const fit of known)
      addForPark(
        'park-inadmissible',
        0,
        { ...names(facts.get(fit.slug), fit.slug), limits: limitsOf(fit) },
        fit.slug,
      );
    cap(TIER_B_MIN - 1, 'no-admissible-park', { count: known.length }, 'no-admissible-park');
  } else if (best && best.admissibility === 'soft-miss') {
    const park = facts.get(best.slug);
    cap(
      TIER_A_MIN - 1,
      'soft-miss-cap',
      { ...names(park, best.slug), limits: limitsOf(best) },
      'soft-miss',
      best.slug,
    );
  }
  const warnings = [
    ...new Set(reasons.map((r) => r.code).filter((code) => WARNING_CODES.has(code))),
  ];
  if (warnings.length >= WARNINGS_FOR_C)
    cap(
      TIER_B_MIN - 1,
      'warnings-cap',
      { count: warnings.length, warnings: warnings.join(',') },
      'several-warnings',
    );
  else if (warnings.some((code) => SERIOUS_WARNING_CODES.has(code)))
    cap(TIER_A_MIN - 1, 'serious-warning-cap', { warnings: warnings.join(',') }, 'verify-first');
  const asked = senderParks(inquiry, ctx).size;
  if (isGeneric(inquiry) && asked >= GENERIC_PARKS)
    cap(TIER_A_MIN - 1, 'generic-request', { parks: asked }, 'generic');
  if (spam) cap(SPAM_MAX_SCORE, 'spam-cap', { max: SPAM_MAX_SCORE });

  const score = Math.round(Math.min(100, Math.max(0, total())));
  const tier = tierFor(score);
  const flagList = [...flags];
  return {
    rulesVersion: RULES_VERSION,
    score,
    tier,
    flags: flagList,
    reasons,
    parks,
    followUp: followUpFor({
      inquiry,
      tier,
      flags: flagList,
      bestPark: best ? facts.get(best.slug) : undefined,
      parks: ctx.parks,
    }),
  };
}
