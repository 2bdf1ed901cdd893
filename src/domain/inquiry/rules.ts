/**
 * The lead-level rules of qualification that ask "is it real?": the credit code, the
 * mailbox, figures that contradict each other, claims the legal name does not back,
 * copied text and one sender writing to many parks. Each is a *warning*: it lowers the
 * score on its own, and two or more together cap the tier at C (qualify.ts), because
 * one oddity is common and several are the signature of a fake. docs/QUALIFICATION.md
 * lists the same rules and effects.
 */
import { emailHash, type RecentLead } from './fingerprint';
import { projectIntensity } from './admissibility';
import type { ReasonCode, ReasonParams } from './reasons';
import type { Inquiry } from './schema';
import { emailDomain, isFreeMail } from './signals';
import { messageSignature, signatureSimilarity, TEMPLATE_SIMILARITY_THRESHOLD } from './similarity';
import { hasValidUsccCheck, usccCheckCharacter } from './uscc';

/** Records a rule that fired: its code, effect on the score, figures, and flags to raise. */
export type Add = (
  code: ReasonCode,
  effect: number,
  params?: ReasonParams,
  flag?: string | string[],
) => void;

/** Days within which a similar message from someone else counts as a shared template. */
export const TEMPLATE_WINDOW_DAYS = 30;
/** Days within which one sender's inquiries to different parks are added up. */
export const SENDER_WINDOW_DAYS = 7;
/** Parks from which a sender counts as writing to "many parks". */
export const MANY_PARKS = 4;

/** Effects of the authenticity rules, in score points. */
export const AUTHENTICITY_EFFECTS = {
  usccValid: 10,
  usccCheckFailed: -15,
  freeMail: -5,
  freeMailClaimsSize: -10,
  groupClaimUnmatched: -10,
  implausible: -10,
  implausibleMax: -20,
  investmentUnitSuspect: -5,
  templateText: -20,
  manyParks: -10,
} as const;

/** Rules that count as authenticity warnings; two or more cap the tier at C. */
export const WARNING_CODES: ReadonlySet<ReasonCode> = new Set([
  'uscc-check-failed',
  'free-mail-claims-size',
  'group-claim-unmatched',
  'implausible-figures',
  'template-text',
  'many-parks',
]);

/**
 * Warnings that are not forgivable on their own (a typo in the code or a personal
 * mailbox is; copied text, one letter to many parks, figures that cannot be true and an
 * unbacked group claim are not): any one of them caps the tier at B.
 */
export const SERIOUS_WARNING_CODES: ReadonlySet<ReasonCode> = new Set([
  'group-claim-unmatched',
  'implausible-figures',
  'template-text',
  'many-parks',
]);

/** Outside these bounds investment and land or jobs contradict each other. */
export const PLAUSIBLE = {
  /** Below this the money would not even buy the land. */
  intensityMinCny10kPerMu: 10,
  /** 20× the highest threshold any park sets: beyond it the figures are invented. */
  intensityMaxCny10kPerMu: 10_000,
  cnyPerJobMin: 10_000,
  cnyPerJobMax: 100_000_000,
  /** Below this a factory project was probably entered in 10k CNY by mistake. */
  plantInvestmentMinCny: 1_000_000,
} as const;

/** From this investment or headcount a company "claims size": free mail then is odd. */
export const SIZE_CLAIM = { investmentCny: 100_000_000, jobs: 300 } as const;

/** Words that claim a big group ("世界500强", "Fortune 500", "集团"). */
const GROUP_CLAIM =
  /世界\s*500\s*强|中国\s*500\s*强|500\s*强|fortune\s*(?:global\s*)?500|top\s*500|global\s*500|集团|\bgroup\b/iu;
/** A legal name that backs a group claim. */
const GROUP_NAME = /集团|控股|group|holding/iu;

const DAY_MS = 86_400_000;

/** Whether the inquiry presents the company as large (figures, or words). */
export function claimsSize(inquiry: Inquiry): boolean {
  const text = `${inquiry.company}\n${inquiry.message ?? ''}`;
  return (
    (inquiry.investmentCny ?? 0) >= SIZE_CLAIM.investmentCny ||
    (inquiry.jobs ?? 0) >= SIZE_CLAIM.jobs ||
    GROUP_CLAIM.test(text)
  );
}

/** Credit-code check, mailbox and a group claim the legal name does not back. */
export function authenticity(inquiry: Inquiry, add: Add): void {
  const E = AUTHENTICITY_EFFECTS;
  if (inquiry.uscc !== undefined) {
    if (hasValidUsccCheck(inquiry.uscc)) add('uscc-valid', E.usccValid);
    else
      add(
        'uscc-check-failed',
        E.usccCheckFailed,
        { expected: usccCheckCharacter(inquiry.uscc.slice(0, 17)) ?? '?' },
        'uscc-check-failed',
      );
  } else add('uscc-none', 0, { country: inquiry.country });

  if (isFreeMail(inquiry.email)) {
    const domain = emailDomain(inquiry.email);
    if (claimsSize(inquiry))
      add('free-mail-claims-size', E.freeMailClaimsSize, { domain }, [
        'free-mail',
        'free-mail-claims-size',
      ]);
    else add('free-mail', E.freeMail, { domain }, 'free-mail');
  }

  const claim = GROUP_CLAIM.exec(`${inquiry.message ?? ''}\n${inquiry.products ?? ''}`);
  if (claim && !GROUP_NAME.test(inquiry.company))
    add(
      'group-claim-unmatched',
      E.groupClaimUnmatched,
      { claim: claim[0] },
      'group-claim-unmatched',
    );
}

/** Figures that contradict each other (intensity, investment per job, a likely unit slip). */
export function consistency(inquiry: Inquiry, add: Add): void {
  const E = AUTHENTICITY_EFFECTS;
  const problems: ReasonParams[] = [];
  const intensity = projectIntensity(inquiry);
  if (intensity !== null && intensity < PLAUSIBLE.intensityMinCny10kPerMu)
    problems.push({ kind: 'intensity-low', intensity });
  else if (intensity !== null && intensity > PLAUSIBLE.intensityMaxCny10kPerMu)
    problems.push({ kind: 'intensity-high', intensity });
  const { investmentCny, jobs } = inquiry;
  if (investmentCny !== undefined && jobs !== undefined && investmentCny > 0 && jobs > 0) {
    const perJob = investmentCny / jobs;
    if (perJob < PLAUSIBLE.cnyPerJobMin || perJob > PLAUSIBLE.cnyPerJobMax)
      problems.push({ kind: 'per-job', perJob, jobs });
  }
  problems.forEach((params, index) => {
    // The first problem costs the most; together they stop at the maximum.
    const effect = index === 0 ? E.implausible : E.implausibleMax - E.implausible;
    add('implausible-figures', effect, params, 'inconsistent-figures');
  });
  const plant = inquiry.projectType !== 'rnd-center' && inquiry.projectType !== 'regional-hq';
  if (
    plant &&
    investmentCny !== undefined &&
    investmentCny > 0 &&
    investmentCny < PLAUSIBLE.plantInvestmentMinCny
  )
    add(
      'investment-unit-suspect',
      E.investmentUnitSuspect,
      { investmentCny },
      'investment-unit-suspect',
    );
}

/** What template detection compares with. */
export interface TemplateContext {
  recent: readonly RecentLead[];
  now: Date;
  emailSalt?: string;
}

/** Parks the same sender asked within the sender window, this inquiry included. */
export function senderParks(inquiry: Inquiry, ctx: TemplateContext): Set<string> {
  const ownHash = emailHash(inquiry.email, ctx.emailSalt ?? '');
  const parks = new Set(inquiry.parks);
  for (const lead of ctx.recent)
    if (lead.emailHash === ownHash && within(lead, ctx.now, SENDER_WINDOW_DAYS))
      for (const slug of lead.parks) parks.add(slug);
  return parks;
}

function within(lead: RecentLead, now: Date, days: number): boolean {
  const ageMs = now.getTime() - Date.parse(lead.receivedAt);
  return Number.isFinite(ageMs) && ageMs >= -DAY_MS && ageMs <= days * DAY_MS;
}

/** Near-duplicate text from other leads, and one sender writing to many parks. */
export function templates(inquiry: Inquiry, ctx: TemplateContext, add: Add): void {
  const ownHash = emailHash(inquiry.email, ctx.emailSalt ?? '');
  const signature = messageSignature(inquiry.message);
  if (signature) {
    let match: { lead: RecentLead; similarity: number } | undefined;
    for (const lead of ctx.recent) {
      if (!lead.messageShingles || !within(lead, ctx.now, TEMPLATE_WINDOW_DAYS)) continue;
      // The same sender asking the same park again is a correction, not a template.
      if (lead.emailHash === ownHash && lead.parks.some((slug) => inquiry.parks.includes(slug)))
        continue;
      const similarity = signatureSimilarity(signature, lead.messageShingles);
      if (similarity >= TEMPLATE_SIMILARITY_THRESHOLD && (!match || similarity > match.similarity))
        match = { lead, similarity };
    }
    if (match)
      add(
        'template-text',
        AUTHENTICITY_EFFECTS.templateText,
        {
          percent: Math.round(match.similarity * 100),
          lead: match.lead.id,
          date: match.lead.receivedAt.slice(0, 10),
        },
        'template-text',
      );
  }
  const parks = senderParks(inquiry, ctx);
  if (inquiry.parks.length >= MANY_PARKS)
    add(
      'many-parks',
      AUTHENTICITY_EFFECTS.manyParks,
      { count: inquiry.parks.length },
      'many-parks',
    );
  else if (parks.size >= MANY_PARKS)
    add(
      'many-parks',
      AUTHENTICITY_EFFECTS.manyParks,
      { count: parks.size, days: SENDER_WINDOW_DAYS },
      'many-parks',
    );
}
