import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIT_BASE,
  FIT_EFFECTS,
  INTENSITY_SOFT_MARGIN,
  LAND_SOFT_MARGIN,
  POWER_SOFT_MARGIN,
} from '../../../src/domain/inquiry/admissibility';
import {
  GENERIC_PARKS,
  PARK_FIT_WEIGHT,
  RULES_VERSION,
  SCORE_BASE,
  SPAM_MAX_SCORE,
  TIER_A_MIN,
  TIER_B_MIN,
  UNKNOWN_PARKS_EFFECT,
  WARNINGS_FOR_C,
} from '../../../src/domain/inquiry/qualify';
import { READINESS_EFFECTS, READINESS_SIGNALS_MAX } from '../../../src/domain/inquiry/readiness';
import { REASON_CODES } from '../../../src/domain/inquiry/reasons';
import {
  AUTHENTICITY_EFFECTS,
  MANY_PARKS,
  PLAUSIBLE,
  SENDER_WINDOW_DAYS,
  SIZE_CLAIM,
  TEMPLATE_WINDOW_DAYS,
} from '../../../src/domain/inquiry/rules';
import { TEMPLATE_SIMILARITY_THRESHOLD } from '../../../src/domain/inquiry/similarity';

// Prettier pads table cells; compare with runs of spaces collapsed.
const doc = readFileSync(new URL('../../../docs/QUALIFICATION.md', import.meta.url), 'utf8')
  .replace(/\n +(?=\S)/g, ' ')
  .replace(/ {2,}/g, ' ')
  .replace(/\n(?=[a-z(`"*])/g, ' ');

/** The table rows of a rule id in the docs (park and lead tables), lower-cased. */
const row = (code: string) =>
  doc
    .split('\n')
    .filter((line) => line.startsWith(`| \`${code}\``))
    .join('\n')
    .toLowerCase();
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const percent = (share: number) => `${Math.round(share * 100)}%`;
const n = (value: number) => value.toLocaleString('en');

describe('docs/QUALIFICATION.md stays in step with the rules', () => {
  it('documents every reason code the code can give, in a table row', () => {
    const inRows = (code: string) => doc.includes(`\`${code}\``);
    for (const code of REASON_CODES) expect(inRows(code), code).toBe(true);
  });

  it('states the weights, tiers, caps and windows the code uses', () => {
    expect(doc).toContain(`score = ${SCORE_BASE} (base)`);
    expect(doc).toContain(`| **A** | ${TIER_A_MIN} or more |`);
    expect(doc).toContain(`| **B** | ${TIER_B_MIN}–${TIER_A_MIN - 1} |`);
    expect(doc).toContain(`× ${PARK_FIT_WEIGHT}`);
    expect(doc).toContain(`neutral **${FIT_BASE}**`);
    expect(doc).toContain(`now **${RULES_VERSION}**`);
    expect(row('spam-cap')).toContain(`cuts the score to ${SPAM_MAX_SCORE}`);
    for (const code of ['no-admissible-park', 'warnings-cap'])
      expect(row(code), code).toContain(`cuts the score to ${TIER_B_MIN - 1}`);
    for (const code of ['soft-miss-cap', 'serious-warning-cap', 'generic-request'])
      expect(row(code), code).toContain(`cuts the score to ${TIER_A_MIN - 1}`);
    expect(doc).toContain(`**${WARNINGS_FOR_C} or more warnings of any kind cap it at C**`);
    expect(doc).toContain(`sent to ${GENERIC_PARKS} or more parks`);
    expect(doc).toContain(`The threshold is **${TEMPLATE_SIMILARITY_THRESHOLD}**`);
    expect(doc).toContain(`last ${TEMPLATE_WINDOW_DAYS} days`);
    expect(doc).toContain(`${MANY_PARKS} or more parks within ${SENDER_WINDOW_DAYS} days`);
  });

  it('states the soft-miss margins next to the limits they soften', () => {
    expect(row('intensity-near')).toContain(`at most ${percent(INTENSITY_SOFT_MARGIN)}`);
    expect(row('intensity-below')).toContain(`more than ${percent(INTENSITY_SOFT_MARGIN)}`);
    expect(row('land-near')).toContain(`at most ${percent(LAND_SOFT_MARGIN)}`);
    expect(row('land-short')).toContain(`more than ${percent(LAND_SOFT_MARGIN)}`);
    expect(row('power-near')).toContain(`at most ${percent(POWER_SOFT_MARGIN)}`);
    expect(row('power-short')).toContain(`more than ${percent(POWER_SOFT_MARGIN)}`);
    expect(doc).toContain(`\`INTENSITY_SOFT_MARGIN\` ${percent(INTENSITY_SOFT_MARGIN)}`);
  });

  it('states the plausibility bounds and the size claim', () => {
    const figures = row('implausible-figures');
    expect(figures).toContain(
      `below ${n(PLAUSIBLE.intensityMinCny10kPerMu)} or above ${n(PLAUSIBLE.intensityMaxCny10kPerMu)}`,
    );
    expect(figures).toContain(`below ${n(PLAUSIBLE.cnyPerJobMin)} cny`);
    expect(figures).toContain(`above ${n(PLAUSIBLE.cnyPerJobMax / 1_000_000)} million cny`);
    expect(row('investment-unit-suspect')).toContain(
      `under ${n(PLAUSIBLE.plantInvestmentMinCny / 1_000_000)} million cny`,
    );
    const size = row('free-mail-claims-size');
    expect(size).toContain(
      `${n(SIZE_CLAIM.investmentCny / 1_000_000)} million cny or more, ${SIZE_CLAIM.jobs} jobs`,
    );
  });

  it('shows the effect of each rule as the code applies it', () => {
    const A = AUTHENTICITY_EFFECTS;
    const R = READINESS_EFFECTS;
    const F = FIT_EFFECTS;
    const expectations: [string, number][] = [
      ['uscc-valid', A.usccValid],
      ['uscc-check-failed', A.usccCheckFailed],
      ['free-mail', A.freeMail],
      ['free-mail-claims-size', A.freeMailClaimsSize],
      ['group-claim-unmatched', A.groupClaimUnmatched],
      ['investment-unit-suspect', A.investmentUnitSuspect],
      ['template-text', A.templateText],
      ['many-parks', A.manyParks],
      ['decision-maker', R.executive],
      ['manager', R.manager],
      ['intermediary', R.intermediary],
      ['no-decision-maker', R.otherRole],
      ['park-unknown', UNKNOWN_PARKS_EFFECT],
      ['spam-honeypot', R.spam],
      ['chain-target', F.chainTarget],
      ['chain-excluded', F.chainExcluded],
      ['chain-other', F.chainOther],
      ['process-excluded', F.processExcluded],
      ['intensity-met', F.intensityMet],
      ['intensity-near', F.intensityNear],
      ['intensity-below', F.intensityBelow],
      ['land-ok', F.landOk],
      ['land-near', F.landNear],
      ['land-short', F.landShort],
      ['plot-too-small', F.plotTooSmall],
      ['floor-ok', F.floorOk],
      ['floor-short', F.floorShort],
      ['power-ok', F.powerOk],
      ['power-near', F.powerNear],
      ['power-short', F.powerShort],
      ['processes-in-reach', F.processesInReach],
    ];
    for (const [code, effect] of expectations)
      expect(row(code), code).toContain(`| ${signed(effect)} |`);
    expect(row('implausible-figures')).toContain(
      `${signed(A.implausible)} per problem, at most ${signed(A.implausibleMax)}`,
    );
    expect(row('processes-missing')).toContain(
      `${signed(F.processMissingEach)} per process, at most ${signed(F.processMissingMax)}`,
    );
    expect(row('readiness-signals')).toContain(
      `${signed(R.readinessSignal)} per signal, at most ${signed(READINESS_SIGNALS_MAX)}`,
    );
    expect(row('timeline')).toContain(Object.values(R.timeline).map(signed).join(' / '));
    expect(row('complete')).toContain(
      [R.complete, R.mostlyComplete, R.incomplete].map(signed).join(' / '),
    );
  });
});
