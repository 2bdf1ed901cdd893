/**
 * `npm run leads -- rescore [--dry-run] [--json]`: qualifies stored leads again with
 * the current rules (RULES_VERSION), against the park facts the function uses, and
 * lists every tier change. The earlier result is kept in the lead's
 * `qualificationHistory`; leads already scored with the current rules are left alone.
 */
import {
  inquirySchema,
  qualify,
  RULES_VERSION,
  type Qualification,
  type Tier,
} from '../../src/domain/inquiry';
import type { ParkFacts } from '../../src/domain/park-facts';
import { toRecentLead, type StoredLead } from '../../netlify/lib/lead';
import type { LeadStore } from '../../netlify/lib/lead-store';
import { loadParkFacts } from '../../netlify/lib/park-facts';
import type { Command } from './leads-cli';

export interface RescoreChange {
  id: string;
  company: string;
  from: { tier: Tier; score: number; rulesVersion: number };
  to: { tier: Tier; score: number; rulesVersion: number };
}

export interface RescoreReport {
  rulesVersion: number;
  dryRun: boolean;
  /** Leads scored with older rules and scored again. */
  rescored: number;
  /** Leads already scored with the current rules. */
  current: number;
  /** Leads whose stored inquiry no longer passes the schema (kept as they are). */
  unreadable: string[];
  /** Every lead whose tier changed, newest first. */
  changes: RescoreChange[];
}

export interface RescoreOptions {
  dryRun: boolean;
  now: Date;
  /** The salt the function hashed senders with (LEAD_EMAIL_SALT). */
  emailSalt: string;
}

/** The qualification a stored lead gets under the current rules, or null if unreadable. */
export function requalify(
  lead: StoredLead,
  all: readonly StoredLead[],
  parks: readonly ParkFacts[],
  emailSalt: string,
): Qualification | null {
  // Stored before fields such as processesOnSite existed: the schema fills the defaults.
  const parsed = inquirySchema.safeParse(lead.inquiry);
  if (!parsed.success) return null;
  const receivedMs = Date.parse(lead.receivedAt);
  // Compare with what had arrived before this lead, as the function did when it came in.
  const recent = all
    .filter((other) => other.id !== lead.id && Date.parse(other.receivedAt) < receivedMs)
    .map(toRecentLead);
  return qualify(parsed.data, {
    parks,
    recent,
    now: new Date(receivedMs),
    spam: lead.spam,
    emailSalt,
  });
}

/** Rescores every lead scored with older rules; writes nothing with `dryRun`. */
export async function rescoreLeads(
  store: LeadStore,
  parks: readonly ParkFacts[],
  options: RescoreOptions,
): Promise<RescoreReport> {
  const leads = await store.list();
  const report: RescoreReport = {
    rulesVersion: RULES_VERSION,
    dryRun: options.dryRun,
    rescored: 0,
    current: 0,
    unreadable: [],
    changes: [],
  };
  for (const lead of leads) {
    if (lead.qualification.rulesVersion >= RULES_VERSION) {
      report.current += 1;
      continue;
    }
    const next = requalify(lead, leads, parks, options.emailSalt);
    if (!next) {
      report.unreadable.push(lead.id);
      continue;
    }
    report.rescored += 1;
    const before = lead.qualification;
    if (before.tier !== next.tier)
      report.changes.push({
        id: lead.id,
        company: lead.inquiry.company,
        from: { tier: before.tier, score: before.score, rulesVersion: before.rulesVersion },
        to: { tier: next.tier, score: next.score, rulesVersion: next.rulesVersion },
      });
    if (options.dryRun) continue;
    const replacedAt = options.now.toISOString();
    await store.update(lead.id, (current) => ({
      ...current,
      qualification: next,
      qualificationHistory: [
        ...(current.qualificationHistory ?? []),
        { ...current.qualification, replacedAt },
      ],
    }));
  }
  return report;
}

/** The report for a terminal: one line per tier change, then the totals. */
export function rescoreText(report: RescoreReport): string {
  const lines = report.changes.map(
    (c) =>
      `${c.id}  ${c.from.tier} → ${c.to.tier}  score ${c.from.score} → ${c.to.score}  (rules ${c.from.rulesVersion} → ${c.to.rulesVersion})  ${c.company.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}`,
  );
  const verb = report.dryRun ? 'would be rescored' : 'rescored';
  lines.push(
    `${report.rescored} lead(s) ${verb} with rules ${report.rulesVersion}; ${report.changes.length} tier change(s); ${report.current} already current.`,
  );
  if (report.unreadable.length > 0)
    lines.push(`Left as they are (inquiry no longer readable): ${report.unreadable.join(', ')}`);
  if (report.dryRun) lines.push('Dry run: nothing was written.');
  return lines.join('\n');
}

/** The staff command: the facts the function qualifies with (dist/data/parks.json or $PARK_FACTS_PATH). */
export const rescore: Command = async (context) => {
  const report = await rescoreLeads(context.store, await loadParkFacts(), {
    dryRun: context.options['dry-run'],
    now: new Date(),
    emailSalt: process.env['LEAD_EMAIL_SALT'] ?? '',
  });
  await context.out(context.options.json ? JSON.stringify(report, null, 2) : rescoreText(report));
  return 0;
};
