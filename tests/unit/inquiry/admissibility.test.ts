import { describe, expect, it } from 'vitest';
import {
  FIT_BASE,
  INTENSITY_SOFT_MARGIN,
  LAND_SOFT_MARGIN,
  parkFit,
  POWER_SOFT_MARGIN,
  projectIntensity,
} from '../../../src/domain/inquiry/admissibility';
import { formatReason } from '../../../src/domain/inquiry/reasons';
import type { ParkFacts } from '../../../src/domain/park-facts';
import { autoPark, electronicsPark, validInquiry } from './fixtures';

type Fit = ReturnType<typeof parkFit>;
const codes = (fit: Fit) => fit.reasons.map((reason) => reason.code);
const reason = (fit: Fit, code: string) => fit.reasons.find((r) => r.code === code);
const park = (overrides: Partial<ParkFacts>): ParkFacts => ({ ...autoPark, ...overrides });
const zh = (fit: Fit, code: string) => {
  const found = reason(fit, code);
  return found ? formatReason(found, 'zh-CN') : '';
};

describe('parkFit: industry chain', () => {
  it('rewards a target chain, with the park on the reason', () => {
    const fit = parkFit(validInquiry(), autoPark);
    expect(reason(fit, 'chain-target')).toMatchObject({
      code: 'chain-target',
      park: autoPark.slug,
      params: { industry: 'auto-parts' },
      effect: 30,
      message: "auto-parts is one of the park's target chains",
    });
    expect(fit.admissibility).toBe('admissible');
  });

  it('makes an excluded chain inadmissible', () => {
    const fit = parkFit(validInquiry(), electronicsPark);
    expect(codes(fit)).toContain('chain-excluded');
    expect(fit.admissibility).toBe('inadmissible');
  });

  it('makes a chain neither targeted nor excluded a soft miss', () => {
    const fit = parkFit(validInquiry({ industry: 'textiles' }), autoPark);
    expect(reason(fit, 'chain-other')?.message).toContain('(auto-parts, new-materials)');
    expect(fit.admissibility).toBe('soft-miss');
  });
});

describe('parkFit: investment intensity against the threshold', () => {
  it('is investment in 10k CNY per mu, only when both figures are known', () => {
    expect(projectIntensity({ investmentCny: 300_000_000, landMu: 80 })).toBe(375);
    expect(projectIntensity({ investmentCny: 300_000_000 })).toBeNull();
    expect(projectIntensity({ investmentCny: 0, landMu: 80 })).toBeNull();
    expect(projectIntensity({ investmentCny: 300_000_000, landMu: 0 })).toBeNull();
  });

  it('meets, nearly meets (a soft miss) or clearly misses the threshold, in both languages', () => {
    const at = (investmentCny: number) =>
      parkFit(validInquiry({ investmentCny, landMu: 100 }), autoPark);
    expect(at(300_000_000).admissibility).toBe('admissible');
    const near = at(300_000_000 * (1 - INTENSITY_SOFT_MARGIN));
    expect(codes(near)).toContain('intensity-near');
    expect(near.admissibility).toBe('soft-miss');
    const below = at(20_000_000);
    expect(below.admissibility).toBe('inadmissible');
    expect(zh(below, 'intensity-below')).toBe('投资强度 20 万元/亩，低于园区门槛 300 万元/亩');
    expect(reason(below, 'intensity-below')?.message).toBe(
      "Investment intensity 20 (10k CNY/mu) is below the park's threshold of 300",
    );
  });
});

describe('parkFit: land, floor space and power', () => {
  it('makes land beyond the margin inadmissible, within it or a too-small plot a soft miss', () => {
    const land = (landMu: number) =>
      parkFit(validInquiry({ landMu, investmentCny: landMu * 4_000_000 }), autoPark);
    expect(land(300).admissibility).toBe('admissible');
    expect(codes(land(400))).toContain('plot-too-small');
    expect(land(400).admissibility).toBe('soft-miss');
    expect(codes(land(1200 * (1 + LAND_SOFT_MARGIN)))).toContain('land-near');
    expect(land(1400).admissibility).toBe('inadmissible');
    expect(zh(land(1400), 'land-short')).toBe('需用地 1,400 亩，园区仅可供 1,200 亩');
  });

  it('compares floor space with standard factories only when no land is asked', () => {
    const rent = (floorM2: number) =>
      parkFit(validInquiry({ landMu: undefined, floorM2 }), autoPark);
    expect(codes(rent(50_000))).toContain('floor-ok');
    expect(rent(80_000).admissibility).toBe('soft-miss');
    expect(codes(parkFit(validInquiry({ floorM2: 80_000 }), autoPark))).not.toContain(
      'floor-short',
    );
  });

  it('converts kW to MW before comparing with spare capacity, with a margin', () => {
    const power = (powerKw: number) => parkFit(validInquiry({ powerKw }), autoPark);
    expect(reason(power(40_000), 'power-ok')?.params).toEqual({ powerMw: 40, spareMw: 40 });
    expect(power(40_000 * (1 + POWER_SOFT_MARGIN)).admissibility).toBe('soft-miss');
    expect(power(45_000).admissibility).toBe('inadmissible');
    expect(reason(power(45_000), 'power-short')?.message).toBe(
      'Needs 45 MW; the park can connect only 40 MW more',
    );
  });
});

describe('parkFit: processes', () => {
  it('rewards suppliers within reach for every needed process, and lists the missing ones', () => {
    expect(codes(parkFit(validInquiry(), autoPark))).toContain('processes-in-reach');
    const missing = parkFit(validInquiry({ processesNeeded: ['a', 'b', 'c', 'd'] }), autoPark);
    expect(reason(missing, 'processes-missing')).toMatchObject({ effect: -15 });
    expect(missing.admissibility).toBe('admissible');
  });

  it('makes a ticked on-site process the park bans inadmissible', () => {
    const fit = parkFit(validInquiry({ processesOnSite: ['electroplating'] }), autoPark);
    expect(fit.admissibility).toBe('inadmissible');
    expect(zh(fit, 'process-excluded')).toBe('项目自有电镀工艺，园区用地内不允许');
  });

  it('finds a banned process named in the products or message, quoting the words', () => {
    const zhText = parkFit(
      validInquiry({ products: '镀锌支架', message: '拟自建镀锌生产线' }),
      autoPark,
    );
    expect(reason(zhText, 'process-excluded')?.params['quote']).toBe('镀锌');
    expect(zh(zhText, 'process-excluded')).toBe('"镀锌"即需在厂内电镀，园区用地内不允许');
    const enText = parkFit(
      validInquiry({ message: 'Our plant runs a Chrome-Plated trim line.' }),
      autoPark,
    );
    expect(reason(enText, 'process-excluded')?.message).toBe(
      '"Chrome-Plated" means electroplating on site, which the park does not allow',
    );
    const coating = parkFit(
      validInquiry({ processesNeeded: [], message: '车间内设电泳线' }),
      electronicsPark,
    );
    expect(reason(coating, 'process-excluded')?.params['quote']).toBe('电泳');
  });

  it('does not count a banned process that is outsourced, bought in, or only part of a word', () => {
    const outsourced = parkFit(validInquiry({ message: '电镀工序全部外协，厂内不做' }), autoPark);
    expect(codes(outsourced)).not.toContain('process-excluded');
    const boughtIn = parkFit(
      validInquiry({ processesNeeded: ['electroplating'], message: '需要镀锌配套' }),
      autoPark,
    );
    expect(codes(boughtIn)).not.toContain('process-excluded');
    const word = parkFit(validInquiry({ message: 'We sell templating software too.' }), autoPark);
    expect(codes(word)).not.toContain('process-excluded');
  });
});

describe('parkFit: score', () => {
  it('starts at 50, adds effects and stays within 0-100', () => {
    const neutral = parkFit(
      validInquiry({
        industry: 'x',
        investmentCny: undefined,
        landMu: undefined,
        powerKw: undefined,
        processesNeeded: [],
      }),
      park({ targetChains: ['y'] }),
    );
    expect(neutral.fit).toBe(FIT_BASE - 10);
    expect(parkFit(validInquiry(), autoPark).fit).toBe(100);
    expect(parkFit(validInquiry(), electronicsPark).fit).toBe(0);
  });
});
