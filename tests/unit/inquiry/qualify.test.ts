import { describe, expect, it } from 'vitest';
import { leadFingerprint, type RecentLead } from '../../../src/domain/inquiry/fingerprint';
import { autoPark, electronicsPark, validInquiry } from './fixtures';
import { NOW, reason, recentLead, rules, run, TEMPLATE } from './qualify-helpers';

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
