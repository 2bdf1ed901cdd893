import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEEDS, PROJECT_TYPES, TIMELINES } from '../../../src/domain/inquiry/fields';
import { qualify, SCORE_BASE, SPAM_MAX_SCORE, tierFor } from '../../../src/domain/inquiry/qualify';
import { formatReason } from '../../../src/domain/inquiry/reasons';
import { WARNING_CODES } from '../../../src/domain/inquiry/rules';
import { autoPark, electronicsPark, validInquiry } from './fixtures';
import { ctx, reason, recentLead, rules, run, TEMPLATE } from './qualify-helpers';

/** An inquiry with none of the seven project details. */
const NO_DETAILS = {
  investmentCny: undefined,
  landMu: undefined,
  floorM2: undefined,
  powerKw: undefined,
  jobs: undefined,
  products: undefined,
  message: undefined,
  phone: undefined,
};

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
    const none = NO_DETAILS;
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
      { numRuns: 200 },
    );
    // Every run parses through the real schema: allow for a busy machine.
  }, 30_000);

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

describe('qualify: readiness signals, genericity and the caps', () => {
  it('raises the score for a feasibility study, a board decision or a visit, in Chinese and English', () => {
    const zh = run({ message: '可行性研究报告已完成，董事会已决议，希望下月实地考察园区。' });
    expect(reason(zh, 'readiness-signals')).toMatchObject({
      effect: 10,
      params: { signals: 'feasibility,board,visit' },
    });
    expect(formatReason(reason(zh, 'readiness-signals')!, 'zh-CN')).toBe(
      '留言提到可行性研究、董事会决议、实地考察意向',
    );
    const en = run({ message: 'Could we arrange a site visit to compare the plots next month?' });
    expect(reason(en, 'readiness-signals')?.message).toBe(
      'The message mentions a site visit request',
    );
    expect(rules(run({ message: 'What is the power price for industrial users?' }))).not.toContain(
      'readiness-signals',
    );
  });

  it('warns about a group claim the legal name does not back, not about a real group', () => {
    const claim = run({ message: '我公司为世界500强配套企业，拟投资建厂。' });
    expect(reason(claim, 'group-claim-unmatched')?.params).toEqual({ claim: '世界500强' });
    expect(claim.tier).toBe('B');
    const group = run({ company: '湖南恒泰集团有限公司', message: '集团拟投资建厂。' });
    expect(rules(group)).not.toContain('group-claim-unmatched');
  });

  it('caps a request for policy without products or figures, sent to several parks, at B', () => {
    const bare = {
      ...NO_DETAILS,
      phone: '+86 731 5555 0101',
      message: 'Please send us your best incentives and subsidies for new investors.',
    };
    const two = run({ ...bare, parks: [autoPark.slug, electronicsPark.slug] });
    expect(two.flags).toContain('generic');
    expect(two.tier).not.toBe('A');
    expect(run({ ...bare, parks: [autoPark.slug] }).flags).not.toContain('generic');
    expect(run({ parks: [autoPark.slug, electronicsPark.slug] }).flags).not.toContain('generic');
  });

  it('caps a best park with soft misses only at B, naming the limit to negotiate', () => {
    const q = run({ investmentCny: 260_000_000, landMu: 100 });
    expect(q.tier).toBe('B');
    expect(q.flags).toContain('soft-miss');
    expect(reason(q, 'soft-miss-cap')?.message).toBe(
      'Xiangjiang Auto Parts Zone could admit it only if investment intensity just below the threshold is negotiated: tier B at most',
    );
    expect(q.followUp).toContain('Say which limit would need negotiating before a visit.');
  });
});
