/** The acceptance examples of issue 9, each a named test. */
import { describe, expect, it } from 'vitest';
import { qualify, type QualifyContext } from '../../../src/domain/inquiry/qualify';
import { formatReason } from '../../../src/domain/inquiry/reasons';
import type { InquiryInput } from '../../../src/domain/inquiry/schema';
import type { ParkFacts } from '../../../src/domain/park-facts';
import { autoPark, electronicsPark, validInquiry } from './fixtures';

const NOW = new Date('2026-05-01T08:00:00Z');
const ctx = (parks: ParkFacts[]): QualifyContext => ({ parks, recent: [], now: NOW });
const run = (overrides: Partial<InquiryInput>, parks: ParkFacts[] = [autoPark, electronicsPark]) =>
  qualify(validInquiry(overrides), ctx(parks));
const texts = (q: ReturnType<typeof run>, locale: 'en' | 'zh-CN') =>
  [...q.reasons, ...q.parks.flatMap((p) => p.reasons)].map((r) => formatReason(r, locale));

/** A park like the auto-parts zone whose threshold a 30 10k CNY/mu project meets. */
const lowThresholdPark: ParkFacts = {
  ...autoPark,
  slug: 'county-auto-parts',
  name: 'County Auto Parts Park',
  nameZh: '县域汽配园',
  minInvestmentIntensityCny10kPerMu: 25,
};
/** Everything an officer likes, at a tenth of the auto-parts zone's threshold (300). */
const tenth: Partial<InquiryInput> = {
  investmentCny: 24_000_000,
  landMu: 80,
  message:
    'Our board has approved the project and the feasibility study is done; we would like a site visit next month. Which 80 mu plots are ready?',
};

describe('issue 9 acceptance', () => {
  it('a project at a tenth of a park’s intensity threshold, asked of that park only, is tier C whatever else it says', () => {
    const q = run({ ...tenth, parks: [autoPark.slug] });
    expect(q.tier).toBe('C');
    expect(q.flags).toContain('no-admissible-park');
    expect(texts(q, 'zh-CN')).toContain('投资强度 30 万元/亩，低于园区门槛 300 万元/亩');
    expect(texts(q, 'en')).toContain(
      'Xiangjiang Auto Parts Zone cannot admit it: investment intensity below the threshold',
    );
  });

  it('the same project asked of a park whose threshold it meets is judged on its merits', () => {
    const q = run({ ...tenth, parks: [autoPark.slug, lowThresholdPark.slug] }, [
      autoPark,
      lowThresholdPark,
    ]);
    expect(q.tier).toBe('A');
    expect(q.flags).not.toContain('no-admissible-park');
    const alone = run({ ...tenth, parks: [lowThresholdPark.slug] }, [lowThresholdPark]);
    expect(alone.score).toBe(q.score);
  });

  const warnings = {
    check: { uscc: '91110000101623741J' },
    freeMail: { email: 'hengtai888@qq.com' },
    absurd: { investmentCny: 3_000_000_000, landMu: 2 },
  } satisfies Record<string, Partial<InquiryInput>>;

  it('failed check character + free mail + absurd investment per mu is tier C', () => {
    const q = run({ ...warnings.check, ...warnings.freeMail, ...warnings.absurd });
    expect(q.tier).toBe('C');
    expect(q.flags).toEqual(
      expect.arrayContaining([
        'uscc-check-failed',
        'free-mail',
        'inconsistent-figures',
        'several-warnings',
      ]),
    );
  });

  it.each(Object.entries(warnings))('the warning "%s" alone is not tier C', (_name, overrides) => {
    expect(run(overrides).tier).not.toBe('C');
  });

  it('the same inquiry is tier A for the auto-parts zone and tier C for a park excluding its chain, and the reasons say why', () => {
    const zone = run({ parks: [autoPark.slug] });
    const excluding = run({ parks: [electronicsPark.slug] });
    expect(zone.tier).toBe('A');
    expect(excluding.tier).toBe('C');
    expect(texts(excluding, 'en')).toContain('The park does not admit the auto-parts industry');
    expect(texts(excluding, 'zh-CN')).toContain('园区不接纳 auto-parts 产业');
    expect(texts(excluding, 'zh-CN')).toContain(
      '滨海电子产业园不符合入园条件：产业链不予准入、投资强度低于门槛、可供土地不足、富余电力容量不足',
    );
  });
});
