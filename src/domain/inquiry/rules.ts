/**
 * The lead-level rules of qualification: authenticity, consistency, templates,
 * readiness and spam. Each rule reports through `add` with its effect and a sentence
 * for staff; docs/QUALIFICATION.md lists the same rules, effects and reasons.
 */
import { emailHash, type RecentLead } from './fingerprint';
import { TIMELINE_LABELS } from './fields';
import { fmt, investmentIntensity } from './fit';
import type { Inquiry } from './schema';
import { classifyRole, emailDomain, isFreeMail } from './signals';
import { messageSignature, signatureSimilarity, TEMPLATE_SIMILARITY_THRESHOLD } from './similarity';
import { hasValidUsccCheck, usccCheckCharacter } from './uscc';

/** Spam signals from the request (honeypot, time trap, origin check). */
export interface SpamSignals {
  honeypot: boolean;
  /** Set when the form came back faster than a person can fill it in, in ms. */
  tooFastMs?: number;
  crossSite: boolean;
}

/** Days within which a similar message from someone else counts as a shared template. */
export const TEMPLATE_WINDOW_DAYS = 30;
/** Days within which one sender's inquiries to different parks are added up. */
export const SENDER_WINDOW_DAYS = 7;
/** Parks from which a sender counts as writing to "many parks". */
export const MANY_PARKS = 4;

/** Effects of the lead-level rules, in score points. */
export const EFFECTS = {
  usccValid: 10,
  usccCheckFailed: -15,
  freeMail: -5,
  executive: 10,
  manager: 0,
  intermediary: -15,
  otherRole: -5,
  implausible: -10,
  implausibleMax: -20,
  investmentUnitSuspect: -5,
  templateText: -20,
  manyParks: -10,
  timeline: { '0-6m': 10, '6-12m': 5, '12-24m': 0, '24m+': -5 },
  complete: 10,
  mostlyComplete: 5,
  incomplete: -10,
  spam: -60,
  unknownParks: -10,
} as const;

const DAY_MS = 86_400_000;
/** Outside these bounds investment and land or jobs contradict each other. */
const PLAUSIBLE = {
  intensityMinCny10kPerMu: 10,
  intensityMaxCny10kPerMu: 100_000,
  cnyPerJobMin: 10_000,
  cnyPerJobMax: 500_000_000,
  /** Below this a factory project was probably entered in 10k CNY by mistake. */
  plantInvestmentMinCny: 1_000_000,
} as const;

/** Records a rule that fired: its effect on the score, the reason, and flags to raise. */
export type Add = (rule: string, effect: number, message: string, flag?: string | string[]) => void;

/** Credit-code check and free-mail signal. */
export function authenticity(inquiry: Inquiry, add: Add): void {
  if (inquiry.uscc !== undefined) {
    if (hasValidUsccCheck(inquiry.uscc)) {
      add('uscc-valid', EFFECTS.usccValid, 'Credit code check character is valid (GB 32100-2015)');
    } else {
      const expected = usccCheckCharacter(inquiry.uscc.slice(0, 17));
      add(
        'uscc-check-failed',
        EFFECTS.usccCheckFailed,
        `Credit code check character should be ${expected ?? '?'}: a typo, an early code or a made-up one; look it up on the National Enterprise Credit Information Publicity System`,
        'uscc-check-failed',
      );
    }
  } else {
    add(
      'uscc-none',
      0,
      `Registered outside mainland China (${inquiry.country}): no credit code to verify; check that country's company registry`,
    );
  }
  if (isFreeMail(inquiry.email)) {
    add(
      'free-mail',
      EFFECTS.freeMail,
      `Writes from a free-mail address (${emailDomain(inquiry.email)}), a weak signal only`,
      'free-mail',
    );
  }
}

/** Figures that contradict each other (intensity, investment per job, a likely unit slip). */
export function consistency(inquiry: Inquiry, add: Add): void {
  const problems: string[] = [];
  const intensity = investmentIntensity(inquiry);
  if (intensity !== null && intensity < PLAUSIBLE.intensityMinCny10kPerMu) {
    problems.push(
      `investment intensity of ${fmt(intensity)} (10k CNY/mu) is below what the land alone costs`,
    );
  } else if (intensity !== null && intensity > PLAUSIBLE.intensityMaxCny10kPerMu) {
    problems.push(
      `investment intensity of ${fmt(intensity)} (10k CNY/mu) is beyond any known project`,
    );
  }
  const { investmentCny, jobs } = inquiry;
  if (investmentCny !== undefined && jobs !== undefined && investmentCny > 0 && jobs > 0) {
    const perJob = investmentCny / jobs;
    if (perJob < PLAUSIBLE.cnyPerJobMin || perJob > PLAUSIBLE.cnyPerJobMax) {
      problems.push(
        `${fmt(perJob)} CNY of investment per job is implausible for ${fmt(jobs)} jobs`,
      );
    }
  }
  if (problems.length > 0) {
    const effect = Math.max(EFFECTS.implausibleMax, EFFECTS.implausible * problems.length);
    add(
      'implausible-figures',
      effect,
      `Figures contradict each other: ${problems.join('; ')}`,
      'inconsistent-figures',
    );
  }
  const plant = inquiry.projectType !== 'rnd-center' && inquiry.projectType !== 'regional-hq';
  if (
    plant &&
    investmentCny !== undefined &&
    investmentCny > 0 &&
    investmentCny < PLAUSIBLE.plantInvestmentMinCny
  ) {
    add(
      'investment-unit-suspect',
      EFFECTS.investmentUnitSuspect,
      `Investment of ${fmt(investmentCny)} CNY is tiny for a factory project; perhaps meant in 10k CNY (${fmt(investmentCny * 10_000)} CNY): ask`,
      'investment-unit-suspect',
    );
  }
}

/** What template detection compares with. */
export interface TemplateContext {
  recent: readonly RecentLead[];
  now: Date;
  emailSalt?: string;
}

/** Near-duplicate text from other leads, and one sender writing to many parks. */
export function templates(inquiry: Inquiry, ctx: TemplateContext, add: Add): void {
  const ownHash = emailHash(inquiry.email, ctx.emailSalt ?? '');
  const nowMs = ctx.now.getTime();
  const within = (lead: RecentLead, days: number) => {
    const ageMs = nowMs - Date.parse(lead.receivedAt);
    return Number.isFinite(ageMs) && ageMs >= -DAY_MS && ageMs <= days * DAY_MS;
  };
  const signature = messageSignature(inquiry.message);
  if (signature) {
    let match: { lead: RecentLead; similarity: number } | undefined;
    for (const lead of ctx.recent) {
      if (!lead.messageShingles || !within(lead, TEMPLATE_WINDOW_DAYS)) continue;
      // The same sender asking the same park again is a correction, not a template.
      if (lead.emailHash === ownHash && lead.parks.some((slug) => inquiry.parks.includes(slug)))
        continue;
      const similarity = signatureSimilarity(signature, lead.messageShingles);
      if (similarity >= TEMPLATE_SIMILARITY_THRESHOLD && (!match || similarity > match.similarity))
        match = { lead, similarity };
    }
    if (match) {
      add(
        'template-text',
        EFFECTS.templateText,
        `Message is ${Math.round(match.similarity * 100)}% similar to lead ${match.lead.id} of ${match.lead.receivedAt.slice(0, 10)}: probably a template sent to several parks`,
        'template-text',
      );
    }
  }
  const senderParks = new Set(inquiry.parks);
  for (const lead of ctx.recent) {
    if (lead.emailHash === ownHash && within(lead, SENDER_WINDOW_DAYS))
      for (const slug of lead.parks) senderParks.add(slug);
  }
  if (inquiry.parks.length >= MANY_PARKS) {
    add(
      'many-parks',
      EFFECTS.manyParks,
      `Sent to ${inquiry.parks.length} parks at once`,
      'many-parks',
    );
  } else if (senderParks.size >= MANY_PARKS) {
    add(
      'many-parks',
      EFFECTS.manyParks,
      `Same sender wrote to ${senderParks.size} parks within ${SENDER_WINDOW_DAYS} days`,
      'many-parks',
    );
  }
}

/** Timeline, decision maker and completeness. */
export function readiness(inquiry: Inquiry, add: Add): void {
  add(
    'timeline',
    EFFECTS.timeline[inquiry.timeline],
    `Wants to start: ${TIMELINE_LABELS[inquiry.timeline].toLowerCase()}`,
  );

  const { level, matched } = classifyRole(inquiry.role);
  const role = `"${inquiry.role}"`;
  if (level === 'executive')
    add('decision-maker', EFFECTS.executive, `Role ${role} decides (${matched ?? ''})`);
  else if (level === 'manager')
    add('manager', EFFECTS.manager, `Role ${role} prepares the decision; ask who signs`);
  else if (level === 'intermediary')
    add(
      'intermediary',
      EFFECTS.intermediary,
      `Role ${role} suggests an intermediary (${matched ?? ''}), not the investor; no decision maker named`,
      ['intermediary', 'no-decision-maker'],
    );
  else
    add(
      'no-decision-maker',
      EFFECTS.otherRole,
      `Role ${role} is not a decision maker`,
      'no-decision-maker',
    );

  const details: [string, boolean][] = [
    ['investment', inquiry.investmentCny !== undefined],
    ['land or floor space', inquiry.landMu !== undefined || inquiry.floorM2 !== undefined],
    ['power', inquiry.powerKw !== undefined],
    ['jobs', inquiry.jobs !== undefined],
    ['products', inquiry.products !== undefined],
    ['a question of 20+ characters', (inquiry.message?.length ?? 0) >= 20],
    ['phone', inquiry.phone !== undefined],
  ];
  const given = details.filter(([, present]) => present).length;
  const missing = details.filter(([, present]) => !present).map(([label]) => label);
  const summary = `${given} of ${details.length} project details given${missing.length ? `; missing: ${missing.join(', ')}` : ''}`;
  if (given >= 5) add('complete', EFFECTS.complete, summary);
  else if (given >= 3) add('mostly-complete', EFFECTS.mostlyComplete, summary);
  else if (given <= 1) add('incomplete', EFFECTS.incomplete, summary, 'incomplete');
}

/** Honeypot, time trap and cross-site signals; returns whether any fired. */
export function spamReasons(inquiry: Inquiry, spam: SpamSignals | undefined, add: Add): boolean {
  let fired = false;
  if (spam?.honeypot || (inquiry.website ?? '').trim() !== '') {
    add(
      'spam-honeypot',
      EFFECTS.spam,
      'The hidden field only bots see was filled in; kept and marked as spam',
      'spam-honeypot',
    );
    fired = true;
  }
  if (spam?.tooFastMs !== undefined) {
    add(
      'spam-too-fast',
      EFFECTS.spam,
      `Sent ${fmt(spam.tooFastMs / 1000)} s after the form was shown, faster than a person can type`,
      'spam-too-fast',
    );
    fired = true;
  }
  if (spam?.crossSite) {
    add(
      'spam-cross-site',
      EFFECTS.spam,
      'Posted from another website, not from the park showcase form',
      'spam-cross-site',
    );
    fired = true;
  }
  return fired;
}
