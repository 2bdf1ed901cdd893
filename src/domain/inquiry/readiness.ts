/**
 * The lead-level rules that ask "is it concrete and ready?" (timeline, who writes,
 * completeness, a feasibility study, a board decision, a requested visit), the
 * genericity check ("send us your best policy") and the spam traps.
 * docs/QUALIFICATION.md lists the same rules and effects.
 */
import type { Add } from './rules';
import type { Inquiry } from './schema';
import { classifyRole } from './signals';

/** Spam signals from the request (honeypot, time trap, origin check). */
export interface SpamSignals {
  honeypot: boolean;
  /** Set when the form came back faster than a person can fill it in, in ms. */
  tooFastMs?: number;
  crossSite: boolean;
}

/** Effects of the readiness and spam rules, in score points. */
export const READINESS_EFFECTS = {
  timeline: { '0-6m': 10, '6-12m': 5, '12-24m': 0, '24m+': -5 },
  executive: 10,
  manager: 0,
  intermediary: -15,
  otherRole: -5,
  complete: 10,
  mostlyComplete: 5,
  incomplete: -10,
  /** Per readiness signal in the message, up to {@link READINESS_SIGNALS_MAX}. */
  readinessSignal: 5,
  spam: -60,
} as const;
export const READINESS_SIGNALS_MAX = 10;

/**
 * Steps that show a project is being decided, in Chinese and English: a feasibility
 * study, a board or shareholder decision, a request to visit.
 */
export const READINESS_SIGNALS: Readonly<Record<'feasibility' | 'board' | 'visit', RegExp>> = {
  feasibility: /可研|可行性研究|可行性报告|feasibility/iu,
  board:
    /董事会|股东会|决议|board (?:has |have )?(?:approv|decid|decision|resolution)|board of directors|investment committee/iu,
  visit:
    /实地考察|考察|来访|到园区|现场看|site visit|visit (?:the |your )?(?:park|site|zone|plots?)|come and see/iu,
};

/** Words of a request for incentives only. */
const POLICY_ONLY =
  /优惠政策|扶持政策|招商政策|最优惠|补贴|奖励|incentive|subsid|best polic|preferential|best terms|best offer/iu;

/** Timeline, decision maker, completeness and readiness signals in the message. */
export function readiness(inquiry: Inquiry, add: Add): void {
  const E = READINESS_EFFECTS;
  add('timeline', E.timeline[inquiry.timeline], { timeline: inquiry.timeline });

  const { level, matched } = classifyRole(inquiry.role);
  const role = inquiry.role;
  if (level === 'executive') add('decision-maker', E.executive, { role, title: matched ?? '' });
  else if (level === 'manager') add('manager', E.manager, { role });
  else if (level === 'intermediary')
    add('intermediary', E.intermediary, { role, title: matched ?? '' }, [
      'intermediary',
      'no-decision-maker',
    ]);
  else add('no-decision-maker', E.otherRole, { role }, 'no-decision-maker');

  const details: [string, boolean][] = [
    ['investment', inquiry.investmentCny !== undefined],
    ['space', inquiry.landMu !== undefined || inquiry.floorM2 !== undefined],
    ['power', inquiry.powerKw !== undefined],
    ['jobs', inquiry.jobs !== undefined],
    ['products', inquiry.products !== undefined],
    ['question', (inquiry.message?.length ?? 0) >= 20],
    ['phone', inquiry.phone !== undefined],
  ];
  const given = details.filter(([, present]) => present).length;
  const params = {
    given,
    total: details.length,
    missing: details
      .filter(([, present]) => !present)
      .map(([item]) => item)
      .join(','),
  };
  if (given >= 5) add('complete', E.complete, params);
  else if (given >= 3) add('mostly-complete', E.mostlyComplete, params);
  else if (given <= 1) add('incomplete', E.incomplete, params, 'incomplete');

  const message = inquiry.message ?? '';
  const signals = Object.entries(READINESS_SIGNALS)
    .filter(([, pattern]) => pattern.test(message))
    .map(([signal]) => signal);
  if (signals.length > 0)
    add('readiness-signals', Math.min(READINESS_SIGNALS_MAX, E.readinessSignal * signals.length), {
      signals: signals.join(','),
    });
}

/**
 * True for an inquiry with no concrete project facts (no products, no figures) that
 * asks for policy or nothing at all: the "send us your best incentives" letter.
 */
export function isGeneric(inquiry: Inquiry): boolean {
  const figures = [
    inquiry.investmentCny,
    inquiry.landMu,
    inquiry.floorM2,
    inquiry.powerKw,
    inquiry.jobs,
  ];
  if (inquiry.products !== undefined || figures.some((figure) => figure !== undefined))
    return false;
  const message = inquiry.message ?? '';
  return message.trim().length < 20 || POLICY_ONLY.test(message);
}

/** Honeypot, time trap and cross-site signals; returns whether any fired. */
export function spamReasons(inquiry: Inquiry, spam: SpamSignals | undefined, add: Add): boolean {
  let fired = false;
  if (spam?.honeypot || (inquiry.website ?? '').trim() !== '') {
    add('spam-honeypot', READINESS_EFFECTS.spam, {}, 'spam-honeypot');
    fired = true;
  }
  if (spam?.tooFastMs !== undefined) {
    add(
      'spam-too-fast',
      READINESS_EFFECTS.spam,
      { seconds: spam.tooFastMs / 1000 },
      'spam-too-fast',
    );
    fired = true;
  }
  if (spam?.crossSite) {
    add('spam-cross-site', READINESS_EFFECTS.spam, {}, 'spam-cross-site');
    fired = true;
  }
  return fired;
}
