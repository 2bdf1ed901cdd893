/**
 * The labelled calibration set: inquiries an experienced officer tiered by hand, run
 * through the current rules against the sample parks in content/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasValidUsccCheck } from '../../../src/domain/inquiry/uscc';
import { confusionTable, runCalibration } from './calibration';

const results = runCalibration();
const MIN_AGREEMENT = 0.9;
const CATEGORIES = [
  'genuine-fit',
  'soft-miss',
  'below-threshold',
  'land-short',
  'power-short',
  'chain-excluded',
  'process-excluded',
  'fake',
  'template',
  'many-parks',
  'generic',
  'small-genuine',
  'bot',
];

describe('calibration set (tests/fixtures/qualification)', () => {
  it('has at least 60 cases covering every category, in both languages, domestic and foreign', () => {
    expect(results.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(results.map((r) => r.case.category));
    for (const category of CATEGORIES) expect(categories, category).toContain(category);
    const messages = results.map((r) => (r.case.inquiry as { message?: string }).message ?? '');
    expect(messages.filter((m) => /[\u4e00-\u9fff]/.test(m)).length).toBeGreaterThan(20);
    expect(messages.filter((m) => /^[\x20-\x7e]+$/.test(m)).length).toBeGreaterThan(10);
    const countries = results.map((r) => (r.case.inquiry as { country?: string }).country);
    expect(countries.filter((c) => c !== 'CN').length).toBeGreaterThan(8);
  });

  it('uses valid credit codes except where the case is about a failed check', () => {
    for (const { case: c } of results) {
      const uscc = (c.inquiry as { uscc?: string }).uscc;
      if (uscc === undefined) continue;
      expect(hasValidUsccCheck(uscc), c.id).toBe(!c.mustFlag.includes('uscc-check-failed'));
    }
  });

  it(`agrees with the officer on at least ${MIN_AGREEMENT * 100}% of tiers`, () => {
    console.info(
      `Calibration confusion matrix (rows: officer, columns: computed)\n${confusionTable(results)}`,
    );
    const agree = results.filter((r) => r.case.expectedTier === r.result.tier).length;
    expect(agree / results.length).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });

  it('raises every flag the officer says must show', () => {
    for (const { case: c, result } of results)
      expect(result.flags, c.id).toEqual(expect.arrayContaining(c.mustFlag));
  });

  it('ranks every genuine fitting A case above every fake or template case', () => {
    const fitting = results.filter(
      (r) => r.case.category === 'genuine-fit' && r.case.expectedTier === 'A',
    );
    const fakes = results.filter(
      (r) => r.case.category === 'fake' || r.case.category === 'template',
    );
    expect(fitting.length).toBeGreaterThan(10);
    expect(fakes.length).toBeGreaterThan(8);
    const lowestFit = Math.min(...fitting.map((r) => r.result.score));
    const highestFake = Math.max(...fakes.map((r) => r.result.score));
    expect(lowestFit).toBeGreaterThan(highestFake);
  });

  it('matches the confusion matrix shown in docs/QUALIFICATION.md', () => {
    const doc = readFileSync(new URL('../../../docs/QUALIFICATION.md', import.meta.url), 'utf8');
    const collapse = (text: string) => text.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
    expect(collapse(doc)).toContain(collapse(confusionTable(results)));
  });
});
