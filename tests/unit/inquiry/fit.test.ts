import { describe, expect, it } from 'vitest';
import { FIT_BASE, investmentIntensity, parkFit } from '../../../src/domain/inquiry/fit';
import type { ParkFacts } from '../../../src/domain/park-facts';
import { autoPark, electronicsPark, validInquiry } from './fixtures';

const rules = (fit: { reasons: { rule: string }[] }) => fit.reasons.map((reason) => reason.rule);
const reason = (
  fit: { reasons: { rule: string; message: string; effect: number }[] },
  rule: string,
) => fit.reasons.find((r) => r.rule === rule);
const park = (overrides: Partial<ParkFacts>): ParkFacts => ({ ...autoPark, ...overrides });

describe('parkFit: industry chain', () => {
  it('rewards a target chain and says so', () => {
    const fit = parkFit(validInquiry(), autoPark);
    expect(reason(fit, 'chain-target')).toEqual({
      rule: 'chain-target',
      effect: 30,
      message: "auto-parts is one of Xiangjiang Auto Parts Zone's target chains",
    });
  });

  it('penalises an excluded chain hard', () => {
    const fit = parkFit(validInquiry(), electronicsPark);
    expect(reason(fit, 'chain-excluded')?.message).toBe(
      'Binhai Electronics Park does not admit the auto-parts industry',
    );
    expect(rules(fit)).not.toContain('chain-target');
  });

  it('marks a chain that is neither targeted nor excluded', () => {
    const fit = parkFit(validInquiry({ industry: 'textiles' }), autoPark);
    expect(reason(fit, 'chain-other')?.effect).toBe(-10);
    expect(reason(fit, 'chain-other')?.message).toContain('(auto-parts, new-materials)');
  });
});

describe('parkFit: investment intensity', () => {
  it('is investmentCny / 10,000 / landMu, only when both are known and positive', () => {
    expect(investmentIntensity({ investmentCny: 300_000_000, landMu: 80 })).toBe(375);
    expect(investmentIntensity({ investmentCny: 300_000_000, landMu: undefined })).toBeNull();
    expect(investmentIntensity({ investmentCny: undefined, landMu: 80 })).toBeNull();
    expect(investmentIntensity({ investmentCny: 300_000_000, landMu: 0 })).toBeNull();
  });

  it('meets or misses the threshold, with both numbers in the reason', () => {
    expect(reason(parkFit(validInquiry(), autoPark), 'intensity-met')?.message).toBe(
      "Investment intensity 375 (10k CNY/mu) meets Xiangjiang Auto Parts Zone's threshold of 300",
    );
    const below = parkFit(validInquiry({ investmentCny: 144_000_000 }), autoPark);
    expect(reason(below, 'intensity-below')).toEqual({
      rule: 'intensity-below',
      effect: -20,
      message:
        "Investment intensity 180 (10k CNY/mu) is below Xiangjiang Auto Parts Zone's threshold of 300",
    });
    expect(rules(parkFit(validInquiry({ investmentCny: 240_000_000 }), autoPark))).toContain(
      'intensity-met',
    );
  });

  it('says nothing without land, without investment, or when the park sets no threshold', () => {
    for (const fit of [
      parkFit(validInquiry({ landMu: undefined }), autoPark),
      parkFit(validInquiry({ investmentCny: undefined }), autoPark),
      parkFit(validInquiry(), park({ minInvestmentIntensityCny10kPerMu: 0 })),
    ]) {
      expect(rules(fit).filter((rule) => rule.startsWith('intensity'))).toEqual([]);
    }
  });
});

describe('parkFit: land, floor space and power', () => {
  it('checks land against available land and the largest plot', () => {
    expect(rules(parkFit(validInquiry({ landMu: 80 }), autoPark))).toContain('land-ok');
    expect(reason(parkFit(validInquiry({ landMu: 1500 }), autoPark), 'land-short')?.message).toBe(
      'Needs 1,500 mu; Xiangjiang Auto Parts Zone has 1,200 mu available',
    );
    expect(
      reason(parkFit(validInquiry({ landMu: 400 }), autoPark), 'plot-too-small')?.message,
    ).toBe("Needs 400 mu in one plot; Xiangjiang Auto Parts Zone's largest plot is 300 mu");
    expect(rules(parkFit(validInquiry({ landMu: 400 }), park({ largestPlotMu: null })))).toContain(
      'land-ok',
    );
  });

  it('checks floor space against standard factories only when no land is asked', () => {
    const renting = { landMu: undefined, floorM2: 80_000 };
    expect(reason(parkFit(validInquiry(renting), autoPark), 'floor-short')?.message).toBe(
      'Needs 80,000 m² of factory space; Xiangjiang Auto Parts Zone has 60,000 m² of standard factories',
    );
    expect(rules(parkFit(validInquiry({ landMu: undefined, floorM2: 8000 }), autoPark))).toContain(
      'floor-ok',
    );
    const building = parkFit(validInquiry({ landMu: 80, floorM2: 80_000 }), autoPark);
    expect(rules(building).filter((rule) => rule.startsWith('floor'))).toEqual([]);
  });

  it('converts kW to MW before comparing with spare capacity', () => {
    expect(
      reason(parkFit(validInquiry({ powerKw: 45_000 }), autoPark), 'power-short')?.message,
    ).toBe('Needs 45 MW; Xiangjiang Auto Parts Zone can connect 40 MW more');
    expect(rules(parkFit(validInquiry({ powerKw: 40_000 }), autoPark))).toContain('power-ok');
    expect(
      rules(parkFit(validInquiry({ powerKw: undefined }), autoPark)).filter((r) =>
        r.startsWith('power'),
      ),
    ).toEqual([]);
  });
});

describe('parkFit: processes', () => {
  it('rewards when suppliers within reach offer every needed process', () => {
    expect(reason(parkFit(validInquiry(), autoPark), 'processes-in-reach')?.effect).toBe(10);
  });

  it('lists processes no supplier within reach offers, at -5 each up to -15', () => {
    const one = parkFit(
      validInquiry({ processesNeeded: ['mold-stamping', 'heat-treatment'] }),
      autoPark,
    );
    expect(reason(one, 'processes-missing')).toEqual({
      rule: 'processes-missing',
      effect: -5,
      message: 'No supplier within reach of Xiangjiang Auto Parts Zone offers heat-treatment',
    });
    const many = parkFit(validInquiry({ processesNeeded: ['a', 'b', 'c', 'd', 'e'] }), autoPark);
    expect(reason(many, 'processes-missing')?.effect).toBe(-15);
    expect(rules(many)).not.toContain('processes-in-reach');
  });

  it('blocks a process banned on site that no supplier offers, but not one bought in nearby', () => {
    const blocked = parkFit(
      validInquiry({ processesNeeded: ['electrophoresis'] }),
      electronicsPark,
    );
    expect(reason(blocked, 'process-excluded')?.effect).toBe(-30);
    expect(rules(blocked)).not.toContain('processes-in-reach');
    const boughtIn = parkFit(validInquiry({ processesNeeded: ['electroplating'] }), autoPark);
    expect(rules(boughtIn)).toEqual(
      expect.arrayContaining(['process-bought-in', 'processes-in-reach']),
    );
    expect(rules(boughtIn)).not.toContain('process-excluded');
  });

  it('says nothing when no process is needed', () => {
    const fit = parkFit(validInquiry({ processesNeeded: [] }), autoPark);
    expect(rules(fit).filter((rule) => rule.startsWith('process'))).toEqual([]);
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
