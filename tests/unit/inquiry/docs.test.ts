import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIT_BASE, FIT_EFFECTS } from '../../../src/domain/inquiry/fit';
import {
  PARK_FIT_WEIGHT,
  RULES_VERSION,
  SCORE_BASE,
  SPAM_MAX_SCORE,
  TIER_A_MIN,
  TIER_B_MIN,
} from '../../../src/domain/inquiry/qualify';
import {
  EFFECTS,
  MANY_PARKS,
  SENDER_WINDOW_DAYS,
  TEMPLATE_WINDOW_DAYS,
} from '../../../src/domain/inquiry/rules';
import { TEMPLATE_SIMILARITY_THRESHOLD } from '../../../src/domain/inquiry/similarity';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
// Prettier pads table cells; compare with runs of spaces collapsed.
const doc = read('../../../docs/QUALIFICATION.md').replace(/ {2,}/g, ' ');
const sources = ['rules.ts', 'fit.ts', 'qualify.ts'].map((file) =>
  read(`../../../src/domain/inquiry/${file}`),
);

/** The table row of a rule id in the docs. */
const row = (rule: string) =>
  doc.split('\n').find((line) => line.startsWith(`| \`${rule}\``)) ?? '';

describe('docs/QUALIFICATION.md stays in step with the rules', () => {
  it('documents every rule id the code can emit', () => {
    const ids = new Set<string>();
    for (const source of sources) {
      for (const match of source.matchAll(/(?:add|capAt)\(\s*(?:[A-Z_0-9 -]+,\s*)?'([a-z0-9-]+)'/g))
        ids.add(match[1] ?? '');
      for (const match of source.matchAll(/rule: '([a-z0-9-]+)'/g)) ids.add(match[1] ?? '');
    }
    expect(ids.size).toBeGreaterThan(30);
    for (const id of ids) expect(doc, id).toContain(`\`${id}\``);
  });

  it('states the weights and thresholds the code uses', () => {
    expect(doc).toContain(`score = ${SCORE_BASE} (base)`);
    expect(doc).toContain(`| **A** | ${TIER_A_MIN} or more |`);
    expect(doc).toContain(`| **B** | ${TIER_B_MIN}–${TIER_A_MIN - 1} |`);
    expect(doc).toContain(`× ${PARK_FIT_WEIGHT}`);
    expect(doc).toContain(`cuts the score to ${SPAM_MAX_SCORE}`);
    expect(doc).toContain(`cuts the score to ${TIER_B_MIN - 1}`);
    expect(doc).toContain(`neutral **${FIT_BASE}**`);
    expect(doc).toContain(`The threshold is **${TEMPLATE_SIMILARITY_THRESHOLD}**`);
    expect(doc).toContain(`last ${TEMPLATE_WINDOW_DAYS} days`);
    expect(doc).toContain(`${MANY_PARKS} or more parks within ${SENDER_WINDOW_DAYS} days`);
    expect(doc).toContain(`now **${RULES_VERSION}**`);
  });

  it('shows the effect of each rule as the code applies it', () => {
    const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
    const expectations: [string, number][] = [
      ['uscc-valid', EFFECTS.usccValid],
      ['uscc-check-failed', EFFECTS.usccCheckFailed],
      ['free-mail', EFFECTS.freeMail],
      ['investment-unit-suspect', EFFECTS.investmentUnitSuspect],
      ['template-text', EFFECTS.templateText],
      ['many-parks', EFFECTS.manyParks],
      ['decision-maker', EFFECTS.executive],
      ['intermediary', EFFECTS.intermediary],
      ['no-decision-maker', EFFECTS.otherRole],
      ['park-unknown', EFFECTS.unknownParks],
      ['spam-honeypot', EFFECTS.spam],
      ['chain-target', FIT_EFFECTS.chainTarget],
      ['chain-excluded', FIT_EFFECTS.chainExcluded],
      ['chain-other', FIT_EFFECTS.chainOther],
      ['land-short', FIT_EFFECTS.landShort],
      ['plot-too-small', FIT_EFFECTS.plotTooSmall],
      ['process-excluded', FIT_EFFECTS.processExcluded],
      ['processes-in-reach', FIT_EFFECTS.processesInReach],
    ];
    for (const [rule, effect] of expectations)
      expect(row(rule), rule).toContain(`| ${signed(effect)} |`);
    const timeline = Object.values(EFFECTS.timeline).map(signed).join(' / ');
    expect(row('timeline')).toContain(timeline);
  });
});
