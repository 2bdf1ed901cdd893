/**
 * The labelled calibration set (tests/fixtures/qualification/*.json) run through the
 * real schema and the current rules against the sample parks in content/. Shared by the
 * calibration test and the test that keeps docs/QUALIFICATION.md's matrix current.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { leadFingerprint, type RecentLead } from '../../../src/domain/inquiry/fingerprint';
import { qualify, type Qualification, type Tier } from '../../../src/domain/inquiry/qualify';
import type { SpamSignals } from '../../../src/domain/inquiry/readiness';
import { inquirySchema } from '../../../src/domain/inquiry/schema';
import { contentParkFacts } from '../../support/content-facts';

export interface CalibrationCase {
  id: string;
  /** genuine-fit, soft-miss, below-threshold, fake, template, bot, ... */
  category: string;
  expectedTier: Tier;
  mustFlag: string[];
  rationale: string;
  inquiry: unknown;
  spam?: SpamSignals;
  /** Earlier inquiries in the store (other senders' copies, the same sender's other parks). */
  earlier?: { email: string; parks: string[]; message: string; daysAgo: number }[];
}

export interface CalibrationResult {
  case: CalibrationCase;
  result: Qualification;
}

const DIR = new URL('../../fixtures/qualification/', import.meta.url);
const NOW = new Date('2026-11-24T09:00:00Z');
export const TIERS: readonly Tier[] = ['A', 'B', 'C'];

export function calibrationCases(): CalibrationCase[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as CalibrationCase[]);
}

function recentFor(c: CalibrationCase): RecentLead[] {
  return (c.earlier ?? []).map((lead, index) => ({
    ...leadFingerprint({ email: lead.email, parks: lead.parks, message: lead.message }),
    id: `ld_earlier${String(index).padStart(11, '0')}`,
    receivedAt: new Date(NOW.getTime() - lead.daysAgo * 86_400_000).toISOString(),
  }));
}

/** Qualifies every case; the inquiry goes through the real schema (parse throws on a bad fixture). */
export function runCalibration(): CalibrationResult[] {
  const parks = contentParkFacts();
  return calibrationCases().map((c) => ({
    case: c,
    result: qualify(inquirySchema.parse(c.inquiry), {
      parks,
      recent: recentFor(c),
      now: NOW,
      ...(c.spam ? { spam: c.spam } : {}),
    }),
  }));
}

/** counts[officer][computed] */
export function confusion(
  results: readonly CalibrationResult[],
): Record<Tier, Record<Tier, number>> {
  const matrix = { A: { A: 0, B: 0, C: 0 }, B: { A: 0, B: 0, C: 0 }, C: { A: 0, B: 0, C: 0 } };
  for (const { case: c, result } of results) matrix[c.expectedTier][result.tier] += 1;
  return matrix;
}

/** The matrix as the Markdown table docs/QUALIFICATION.md shows (after Prettier). */
export function confusionTable(results: readonly CalibrationResult[]): string {
  const matrix = confusion(results);
  const agree = results.filter((r) => r.case.expectedTier === r.result.tier).length;
  const rows = TIERS.map(
    (officer) =>
      `| Officer ${officer} | ${TIERS.map((computed) => matrix[officer][computed]).join(' | ')} |`,
  );
  return [
    '| Officer \\ computed | A | B | C |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Agreement: ${agree} of ${results.length} (${Math.round((agree / results.length) * 100)}%).`,
  ].join('\n');
}
