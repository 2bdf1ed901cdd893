import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadFingerprint, type RecentLead } from '../../../src/domain/inquiry/fingerprint';
import { NEEDS, PROJECT_TYPES, TIMELINES } from '../../../src/domain/inquiry/fields';
import {
  qualify,
  SCORE_BASE,
  SPAM_MAX_SCORE,
  tierFor,
  type QualifyContext,
} from '../../../src/domain/inquiry/qualify';
import type { InquiryInput } from '../../../src/domain/inquiry/schema';
import { formatReason } from '../../../src/domain/inquiry/reasons';
import { WARNING_CODES } from '../../../src/domain/inquiry/rules';
import { autoPark, electronicsPark, validInquiry } from './fixtures';

const NOW = new Date('2026-05-01T08:00:00Z');
const ctx = (overrides: Partial<QualifyContext> = {}): QualifyContext => ({
  parks: [autoPark, electronicsPark],
  recent: [],
  now: NOW,
  ...overrides,
});
const run = (overrides: Partial<InquiryInput> = {}, context: Partial<QualifyContext> = {}) =>
  qualify(validInquiry(overrides), ctx(context));
const rules = (q: { reasons: { code: string }[] }) => q.reasons.map((r) => r.code);
const reason = (
  q: { reasons: { code: string; effect: number; message: string }[] },
  rule: string,
) => q.reasons.find((r) => r.code === rule);

const TEMPLATE = (park: string) =>
  `Dear ${park} investment office, our group is a leading manufacturer seeking land for a large project. ` +
  'We require preferential land price, tax refunds for five years and free standard factory for the first three years. ' +
  `Please send the best policy of ${park} so that our board can decide soon. Best regards.`;

/** A stored lead from another sender, received `daysAgo` days before NOW. */
function recentLead(inquiry: Partial<InquiryInput>, daysAgo: number, id = 'ld_other'): RecentLead {
  return {
    id,
    receivedAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
    ...leadFingerprint(validInquiry(inquiry)),
  };
}

describe('qualify: a genuine, fitting inquiry', () => {
  it('is tier A with reasons for each rule and no flags', () => {
    const q = run();
    expect(q.tier).toBe('A');
    expect(q.flags).toEqual([]);
    expect(rules(q)).toEqual(['uscc-valid', 'timeline', 'decision-maker', 'complete', 'park-fit']);
    expect(q.followUp).toMatch(
      /^Xiangjiang Auto Parts Zone investment team: call within one business day/,
    );
  });

  it('scores higher for a park whose target chains include the industry than for one excluding it, and says why', () => {
    const target = run({ parks: [autoPark.slug] });
    const excluding = run({ parks: [electronicsPark.slug] });
    expect(target.score).toBeGreaterThan(excluding.score);
    expect(target.parks[0]?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'chain-target',
        park: autoPark.slug,
        message: "auto-parts is one of the park's target chains",
      }),
    );
    expect(excluding.parks[0]?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'chain-excluded',
        park: electronicsPark.slug,
        message: 'The park does not admit the auto-parts industry',
      }),
    );
    expect(reason(excluding, 'park-inadmissible')?.message).toBe(
      'Binhai Electronics Park cannot admit it: excluded industry chain, investment intensity below the threshold, not enough land, not enough spare power',
    );
    expect(excluding.tier).toBe('C');
    expect(excluding.flags).toContain('no-admissible-park');
  });

  it('uses the best-fitting park for the score and reports every park asked', () => {
    const q = run({ parks: [electronicsPark.slug, autoPark.slug] });
    expect(q.parks.map((p) => [p.slug, p.fit])).toEqual([
      [electronicsPark.slug, 0],
      [autoPark.slug, 100],
    ]);
    expect(reason(q, 'park-fit')?.message).toBe('Best fit: Xiangjiang Auto Parts Zone (100/100)');
    expect(q.flags).not.toContain('no-admissible-park');
  });
});

describe('qualify: authenticity', () => {
  it('flags a well-formed credit code with a wrong check character, naming the expected one', () => {
    const q = run({ uscc: '91110000101623741J' });
    expect(q.flags).toContain('uscc-check-failed');
    expect(reason(q, 'uscc-check-failed')?.message).toMatch(/should be K/);
    expect(rules(q)).not.toContain('uscc-valid');
    expect(run().flags).not.toContain('uscc-check-failed');
  });

  it('notes a foreign company without a credit code, without penalty', () => {
    const q = run({ uscc: undefined, country: 'DE' });
    expect(reason(q, 'uscc-none')).toMatchObject({ effect: 0 });
    expect(reason(q, 'uscc-none')?.message).toContain('(DE)');
    expect(rules(run())).not.toContain('uscc-none');
  });

  it('treats free mail at a small firm as a weak signal only', () => {
    const small = { email: 'li.wei@qq.com', investmentCny: 30_000_000, landMu: 10, jobs: 60 };
    const q = run(small);
    expect(q.flags).toContain('free-mail');
    expect(reason(q, 'free-mail')?.effect).toBe(-5);
    expect(q.tier).toBe('A');
    expect(run().flags).not.toContain('free-mail');
  });

  it('makes free mail a warning when the company presents itself as large', () => {
    const q = run({ email: 'li.wei@qq.com' });
    expect(reason(q, 'free-mail-claims-size')?.effect).toBe(-10);
    expect(q.flags).toEqual(expect.arrayContaining(['free-mail', 'free-mail-claims-size']));
  });
});

describe('qualify: consistency', () => {
  it('flags an implausibly low or high investment intensity', () => {
    expect(
      reason(run({ investmentCny: 5_000_000, landMu: 80 }), 'implausible-figures')?.message,
    ).toMatch(/intensity of 6\.3 \(10k CNY\/mu\) is below what the land alone costs/);
    expect(run({ investmentCny: 900_000_000_000, landMu: 50, jobs: 5000 }).flags).toContain(
      'inconsistent-figures',
    );
    expect(run().flags).not.toContain('inconsistent-figures');
  });

  it('flags investment per job outside plausible bounds, and caps the penalty', () => {
    expect(reason(run({ jobs: 50_000 }), 'implausible-figures')?.message).toMatch(
      /6,000 CNY of investment per job/,
    );
    const both = run({ investmentCny: 5_000_000, landMu: 80, jobs: 5000 });
    const effects = both.reasons.filter((r) => r.code === 'implausible-figures');
    expect(effects.map((r) => r.effect)).toEqual([-10, -10]);
    expect(run({ investmentCny: 600_000_000, landMu: 200, jobs: 1 }).flags).toContain(
      'inconsistent-figures',
    );
    expect(run({ jobs: undefined }).flags).not.toContain('inconsistent-figures');
  });

  it('suspects a factory investment entered in 10k CNY', () => {
    const q = run({ investmentCny: 30_000, landMu: undefined, jobs: undefined });
    expect(reason(q, 'investment-unit-suspect')?.message).toBe(
      'Investment of 30,000 CNY is tiny for a factory project; perhaps meant in 10k CNY: ask',
    );
    expect(
      rules(
        run({
          investmentCny: 30_000,
          landMu: undefined,
          jobs: undefined,
          projectType: 'regional-hq',
        }),
      ),
    ).not.toContain('investment-unit-suspect');
    expect(rules(run())).not.toContain('investment-unit-suspect');
  });
});

describe('qualify: templates and many parks', () => {
  const template = { message: TEMPLATE('Xiangjiang'), email: 'boss@bigcorp.example' };

  it('flags a near-duplicate of another sender’s recent message, naming the lead', () => {
    const recent = [
      recentLead(
        { message: TEMPLATE('Binhai'), email: 'x@other.example', parks: ['binhai-electronics'] },
        3,
        'ld_abc',
      ),
    ];
    const q = run(template, { recent });
    expect(q.flags).toContain('template-text');
    expect(reason(q, 'template-text')?.message).toMatch(
      /^Message is \d+% similar to lead ld_abc of 2026-04-28/,
    );
  });

  it('flags the same sender sending the same text to another park', () => {
    const recent = [recentLead({ ...template, parks: ['binhai-electronics'] }, 1)];
    expect(run(template, { recent }).flags).toContain('template-text');
  });

  it('does not flag a correction sent again to the same park, different text, old leads or short messages', () => {
    const sameSenderSamePark = [recentLead({ ...template, parks: [autoPark.slug] }, 1)];
    expect(run(template, { recent: sameSenderSamePark }).flags).not.toContain('template-text');
    const other = [recentLead({ message: TEMPLATE('Binhai'), email: 'x@other.example' }, 3)];
    expect(run({}, { recent: other }).flags).not.toContain('template-text');
    const old = [recentLead({ message: TEMPLATE('Binhai'), email: 'x@other.example' }, 31)];
    expect(run(template, { recent: old }).flags).not.toContain('template-text');
    const short = [recentLead({ message: 'Please call me', email: 'x@other.example' }, 1)];
    expect(run({ message: 'Please call me' }, { recent: short }).flags).not.toContain(
      'template-text',
    );
  });

  it('flags four or more parks in one inquiry', () => {
    const q = run({ parks: ['a', 'b', 'c', autoPark.slug] });
    expect(reason(q, 'many-parks')?.message).toBe('Sent to 4 parks at once');
    expect(run({ parks: ['a', 'b', autoPark.slug] }).flags).not.toContain('many-parks');
  });

  it('flags one sender reaching four parks within seven days, but not over a longer time', () => {
    const email = validInquiry().email;
    const recent = [
      recentLead({ email, parks: ['p1', 'p2'] }, 2, 'ld_1'),
      recentLead({ email, parks: ['p3'] }, 6, 'ld_2'),
    ];
    expect(reason(run({}, { recent }), 'many-parks')?.message).toBe(
      'Same sender wrote to 4 parks within 7 days',
    );
    const spread = [
      recentLead({ email, parks: ['p1', 'p2'] }, 2),
      recentLead({ email, parks: ['p3'] }, 8),
    ];
    expect(run({}, { recent: spread }).flags).not.toContain('many-parks');
    const others = [recentLead({ email: 'x@other.example', parks: ['p1', 'p2', 'p3'] }, 1)];
    expect(run({}, { recent: others }).flags).not.toContain('many-parks');
  });

  it('matches senders through the same salt the store used', () => {
    const email = validInquiry().email;
    const salted = (daysAgo: number, parks: string[]): RecentLead => ({
      id: `ld_${parks.join('')}`,
      receivedAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
      ...leadFingerprint(validInquiry({ email, parks }), 'pepper'),
    });
    const recent = [salted(1, ['p1', 'p2', 'p3'])];
    expect(run({}, { recent, emailSalt: 'pepper' }).flags).toContain('many-parks');
    expect(run({}, { recent }).flags).not.toContain('many-parks');
  });
});

describe('qualify: readiness', () => {
  it.each([
    ['0-6m', 10],
    ['6-12m', 5],
    ['12-24m', 0],
    ['24m+', -5],
  ] as const)('timeline %s has effect %d', (timeline, effect) => {
    expect(reason(run({ timeline }), 'timeline')?.effect).toBe(effect);
  });

  it.each([
    ['General Manager', 'decision-maker', 10, []],
    ['Head of site selection', 'manager', 0, []],
    ['Investment consultant', 'intermediary', -15, ['intermediary', 'no-decision-maker']],
    ['Assistant to the CEO', 'no-decision-maker', -5, ['no-decision-maker']],
  ] as const)('role %s fires %s', (role, rule, effect, flags) => {
    const q = run({ role });
    expect(reason(q, rule)?.effect).toBe(effect);
    for (const flag of flags) expect(q.flags).toContain(flag);
    if (flags.length === 0) expect(q.flags).not.toContain('no-decision-maker');
  });

  it('rates completeness by the project details given', () => {
    const none = {
      investmentCny: undefined,
      landMu: undefined,
      floorM2: undefined,
      powerKw: undefined,
      jobs: undefined,
      products: undefined,
      message: undefined,
      phone: undefined,
    };
    expect(reason(run(), 'complete')?.effect).toBe(10);
    expect(
      reason(
        run({ ...none, investmentCny: 1e8, jobs: 100, phone: '+86 731 5555 0101' }),
        'mostly-complete',
      )?.effect,
    ).toBe(5);
    const two = run({ ...none, investmentCny: 1e8, jobs: 100 });
    expect(
      rules(two).filter((r) => ['complete', 'mostly-complete', 'incomplete'].includes(r)),
    ).toEqual([]);
    const bare = run({ ...none, message: 'short' });
    expect(reason(bare, 'incomplete')?.message).toMatch(
      /^0 of 7 project details given; missing: investment/,
    );
    expect(bare.flags).toContain('incomplete');
  });
});

describe('qualify: spam', () => {
  it.each([
    ['honeypot', { honeypot: true, crossSite: false }, 'spam-honeypot'],
    ['time trap', { honeypot: false, crossSite: false, tooFastMs: 800 }, 'spam-too-fast'],
    ['cross-site', { honeypot: false, crossSite: true }, 'spam-cross-site'],
  ])('%s → tier C with the flag, score capped, lead kept', (_label, spam, flag) => {
    const q = run({}, { spam });
    expect(q.flags).toContain(flag);
    expect(q.tier).toBe('C');
    expect(q.score).toBeLessThanOrEqual(SPAM_MAX_SCORE);
    expect(q.followUp).toMatch(/^Marked as likely spam/);
  });

  it('reads a filled honeypot field even when the caller passed no signals', () => {
    expect(run({ website: 'http://spam.example' }).flags).toContain('spam-honeypot');
    expect(run({ website: '' }).flags).not.toContain('spam-honeypot');
  });

  it('fires nothing for clean signals', () => {
    const q = run({}, { spam: { honeypot: false, crossSite: false } });
    expect(q.flags.filter((f) => f.startsWith('spam'))).toEqual([]);
    expect(rules(q)).not.toContain('spam-cap');
  });
});

describe('qualify: unknown parks', () => {
  it('keeps the lead, with fit 0 and a reason, when no park has facts', () => {
    const q = run({ parks: ['gone-park'] });
    expect(q.flags).toContain('unknown-park');
    expect(q.parks).toEqual([
      {
        slug: 'gone-park',
        admissibility: 'inadmissible',
        fit: 0,
        reasons: [expect.objectContaining({ code: 'park-unknown', park: 'gone-park' })],
      },
    ]);
  });
});

describe('tiers and score bounds', () => {
  it('uses the documented thresholds', () => {
    expect([tierFor(100), tierFor(70), tierFor(69), tierFor(45), tierFor(44), tierFor(0)]).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
    ]);
  });

  const inquiryArb = fc.record({
    parks: fc.uniqueArray(fc.constantFrom(autoPark.slug, electronicsPark.slug, 'p1', 'p2', 'p3'), {
      minLength: 1,
      maxLength: 5,
    }),
    uscc: fc.option(fc.constantFrom('91110000101623741K', '91110000101623741J'), {
      nil: undefined,
    }),
    country: fc.constantFrom('CN', 'DE'),
    role: fc.constantFrom('CEO', 'Manager', 'Agent', 'Clerk', '总经理'),
    email: fc.constantFrom('a@qq.com', 'a@corp.example'),
    industry: fc.constantFrom('auto-parts', 'electronics', 'textiles'),
    projectType: fc.constantFrom(...PROJECT_TYPES),
    investmentCny: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
    landMu: fc.option(fc.double({ min: 0, max: 100_000, noNaN: true }), { nil: undefined }),
    floorM2: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined }),
    powerKw: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined }),
    jobs: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: undefined }),
    timeline: fc.constantFrom(...TIMELINES),
    needs: fc.subarray([...NEEDS]),
    processesNeeded: fc.subarray([
      'mold-stamping',
      'electrophoresis',
      'electroplating',
      'pcb-assembly',
      'heat-treatment',
    ]),
    message: fc.option(fc.constantFrom(TEMPLATE('X'), 'Short one', TEMPLATE('Y')), {
      nil: undefined,
    }),
  });
  const spamArb = fc.option(fc.record({ honeypot: fc.boolean(), crossSite: fc.boolean() }), {
    nil: undefined,
  });

  it('always gives an integer score, the tier of that score, reasons that add up to it, and the ceilings the caps promise', () => {
    fc.assert(
      fc.property(inquiryArb, spamArb, (fields, spam) => {
        const recent = [recentLead({ message: TEMPLATE('Z'), email: 'x@other.example' }, 1)];
        // Mainland companies must give a code; a foreign one may or may not.
        const input = {
          ...fields,
          uscc: fields.country === 'CN' ? (fields.uscc ?? '91110000101623741K') : fields.uscc,
        };
        const q = qualify(validInquiry(input), ctx(spam ? { spam, recent } : { recent }));
        expect(Number.isInteger(q.score)).toBe(true);
        expect(q.tier).toBe(tierFor(q.score));
        const sum = SCORE_BASE + q.reasons.reduce((total, r) => total + r.effect, 0);
        expect(q.score).toBe(Math.round(Math.min(100, Math.max(0, sum))));
        // The caps are ceilings whatever else the inquiry says.
        if (spam?.honeypot || spam?.crossSite) expect(q.score).toBeLessThanOrEqual(SPAM_MAX_SCORE);
        const known = q.parks.filter(
          (p) => p.slug === autoPark.slug || p.slug === electronicsPark.slug,
        );
        if (known.length > 0 && known.every((p) => p.admissibility === 'inadmissible'))
          expect(q.tier).toBe('C');
        if (known.length > 0 && !known.some((p) => p.admissibility === 'admissible'))
          expect(q.tier).not.toBe('A');
        const warnings = new Set(q.reasons.map((r) => r.code).filter((c) => WARNING_CODES.has(c)));
        if (warnings.size >= 2) expect(q.tier).toBe('C');
        for (const park of q.parks)
          expect(park.fit >= 0 && park.fit <= 100 && Number.isInteger(park.fit)).toBe(true);
        expect(q.parks.map((p) => p.slug)).toEqual(fields.parks);
        for (const r of q.reasons) {
          expect(r.message).toBe(formatReason(r, 'en'));
          expect(formatReason(r, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of recent leads', () => {
    const recent = [
      recentLead({ message: TEMPLATE('Z'), email: 'x@other.example' }, 1, 'ld_one'),
      recentLead({ message: TEMPLATE('Y'), email: 'y@other.example' }, 2, 'ld_two'),
    ];
    const message = TEMPLATE('X');
    expect(run({ message }, { recent })).toEqual(
      run({ message }, { recent: [...recent].reverse() }),
    );
  });
});

describe('followUp', () => {
  it('asks tier B leads for the missing figures, by e-mail, within the committed time', () => {
    const q = run({
      role: 'Project Manager',
      timeline: '12-24m',
      investmentCny: undefined,
      powerKw: undefined,
      phone: undefined,
      jobs: undefined,
    });
    expect(q.tier).toBe('B');
    expect(q.followUp).toBe(
      'Xiangjiang Auto Parts Zone investment team: answer by e-mail within 4 business hours, asking for investment, power, a phone number; call once the facts fit.',
    );
  });

  it('adds the checks that flags call for', () => {
    const q = run({ uscc: '91110000101623741J', role: 'Investment consultant' });
    expect(q.followUp).toContain('Verify the credit code first.');
    expect(q.followUp).toContain('Ask for the investor behind the request.');
  });

  it('tells tier C leads to get the information pack, never nothing', () => {
    const q = run({ parks: [electronicsPark.slug] });
    expect(q.followUp).toBe(
      'Binhai Electronics Park investment team: send the standard information pack within 24 business hours; no call unless the reply names a decision maker and firm figures. Say plainly that the park cannot admit the project and point to one that can.',
    );
  });
});
