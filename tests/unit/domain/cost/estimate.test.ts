import { describe, expect, it } from 'vitest';
import { estimateProject } from '../../../../src/domain/cost';
import {
  DEFAULT_OPERATING_DAYS_PER_YEAR,
  DEFAULT_OPERATING_HOURS_PER_DAY,
  EMPLOYER_SOCIAL_SHARE,
} from '../../../../src/domain/cost/assumptions';
import { annualKwh, costLines, parseAsOf } from '../../../../src/domain/cost/estimate';
import { EXAMPLE_PROJECT } from '../../../../src/domain/cost/project';
import type { ParkPrices, Project } from '../../../../src/domain/cost/types';
import { LINGXI, NOW, XIANGJIANG } from './fixtures';

const amounts = (project: Project, park: ParkPrices) =>
  Object.fromEntries(costLines(project, park, NOW).map((l) => [l.id, l.amountCny]));

describe('the acceptance project (50 mu bought, 2 MW, 200 workers)', () => {
  it('is defined as the issue states, with the stated assumptions', () => {
    expect(EXAMPLE_PROJECT).toMatchObject({
      site: 'land',
      landMu: 50,
      powerKw: 2000,
      hoursPerDay: 16,
      daysPerYear: 300,
      waterM3PerDay: 100,
      gasM3PerDay: 0,
      investmentCny10k: 20_000,
      workers: { operator: 160, technician: 30, engineer: 10 },
    });
    const { operator, technician, engineer } = EXAMPLE_PROJECT.workers;
    expect(operator + technician + engineer).toBe(200);
    expect(DEFAULT_OPERATING_HOURS_PER_DAY).toBe(16);
    expect(DEFAULT_OPERATING_DAYS_PER_YEAR).toBe(300);
    expect(EMPLOYER_SOCIAL_SHARE).toBe(0.3);
    // 2,000 kW × 16 h × 300 days = 9,600,000 kWh a year
    expect(annualKwh(EXAMPLE_PROJECT)).toBe(9_600_000);
  });

  it('costs CNY 33,371,400 in year one and 24,371,400 a year at the Xiangjiang zone', () => {
    // land   50 mu × 18 (10k CNY/mu) × 10,000         =  9,000,000 one-off
    // power  9,600,000 kWh × 0.63 CNY/kWh              =  6,048,000 a year
    // water  100 m³/day × 300 days × 2.9 CNY/m³        =     87,000
    // wages  160 operators × 5,200 × 12 months        =  9,984,000
    //         30 technicians × 7,400 × 12             =  2,664,000
    //         10 engineers × 11,500 × 12              =  1,380,000
    //        gross wages 9,984,000 + 2,664,000 + 1,380,000 = 14,028,000
    // social 30% × 14,028,000                          =  4,208,400
    // annual 6,048,000 + 87,000 + 14,028,000 + 4,208,400 = 24,371,400
    // year one 9,000,000 + 24,371,400                  = 33,371,400
    expect(amounts(EXAMPLE_PROJECT, XIANGJIANG)).toEqual({
      land: 9_000_000,
      power: 6_048_000,
      water: 87_000,
      'wages-operator': 9_984_000,
      'wages-technician': 2_664_000,
      'wages-engineer': 1_380_000,
      social: 4_208_400,
    });
    const estimate = estimateProject(EXAMPLE_PROJECT, XIANGJIANG, NOW);
    expect(estimate.totals).toEqual({
      oneOffCny: 9_000_000,
      annualCny: 24_371_400,
      yearOneCny: 33_371_400,
      excludes: [],
    });
    expect(estimate.stale).toEqual([]);
  });

  it('costs CNY 24,434,000 in year one and 19,434,000 a year at the Lingxi park, wages stale', () => {
    // land   50 mu × 10 (10k CNY/mu) × 10,000         =  5,000,000 one-off
    // power  9,600,000 kWh × 0.62 CNY/kWh              =  5,952,000 a year
    // water  30,000 m³ × 2.2 CNY/m³                    =     66,000
    // wages  160 × 3,900 × 12 = 7,488,000; 30 × 5,200 × 12 = 1,872,000;
    //         10 × 8,000 × 12 = 960,000; gross          = 10,320,000
    // social 30% × 10,320,000                          =  3,096,000
    // annual 5,952,000 + 66,000 + 10,320,000 + 3,096,000 = 19,434,000
    // year one 5,000,000 + 19,434,000                  = 24,434,000
    const estimate = estimateProject(EXAMPLE_PROJECT, LINGXI, NOW);
    expect(estimate.totals).toEqual({
      oneOffCny: 5_000_000,
      annualCny: 19_434_000,
      yearOneCny: 24_434_000,
      excludes: [],
    });
    // Wages dated 2024-03-31 are 32 months old on 2026-11-29: every labour line says so.
    expect(estimate.stale).toEqual(['labor']);
    const staleLines = estimate.lines.filter((l) => l.stale).map((l) => l.id);
    expect(staleLines).toEqual(['wages-operator', 'wages-technician', 'wages-engineer', 'social']);
  });

  it('names the price, source and date behind each line', () => {
    const [land, power] = costLines(EXAMPLE_PROJECT, XIANGJIANG, NOW);
    expect(land).toEqual({
      id: 'land',
      kind: 'one-off',
      quantity: 50,
      price: 18,
      amountCny: 9_000_000,
      block: 'land',
      source: XIANGJIANG.land.source,
      asOf: '2026-06-30',
      stale: false,
    });
    expect(power).toMatchObject({ quantity: 9_600_000, price: 0.63, block: 'utilities' });
  });
});

describe('factory floor, gas and missing prices', () => {
  const rentProject: Project = {
    ...EXAMPLE_PROJECT,
    site: 'factory-rent',
    landMu: 0,
    floorM2: 5000,
    investmentCny10k: null,
    powerKw: 500,
    hoursPerDay: 8,
    daysPerYear: 250,
    waterM3PerDay: 20,
    gasM3PerDay: 100,
    workers: { operator: 40, technician: 5, engineer: 0 },
  };

  it('rents a standard factory month by month, with gas, and no one-off cost', () => {
    // rent   5,000 m² × 12 CNY/m²/month × 12 months    =    720,000 a year
    // power  500 kW × 8 h × 250 days = 1,000,000 kWh × 0.63 = 630,000
    // water  20 m³ × 250 days = 5,000 m³ × 2.9         =     14,500
    // gas    100 m³ × 250 days = 25,000 m³ × 3.45      =     86,250
    // wages  40 × 5,200 × 12 = 2,496,000; 5 × 7,400 × 12 = 444,000; gross 2,940,000
    // social 30% × 2,940,000                           =    882,000
    // annual 720,000 + 630,000 + 14,500 + 86,250 + 2,940,000 + 882,000 = 5,272,750
    expect(amounts(rentProject, XIANGJIANG)).toEqual({
      'factory-rent': 720_000,
      power: 630_000,
      water: 14_500,
      gas: 86_250,
      'wages-operator': 2_496_000,
      'wages-technician': 444_000,
      social: 882_000,
    });
    expect(estimateProject(rentProject, XIANGJIANG, NOW).totals).toEqual({
      oneOffCny: 0,
      annualCny: 5_272_750,
      yearOneCny: 5_272_750,
      excludes: [],
    });
  });

  it('never invents a missing price: the line says so and the totals leave it out', () => {
    const noSaleNoGas: ParkPrices = {
      ...XIANGJIANG,
      land: { ...XIANGJIANG.land, salePriceCnyPerM2: null },
      utilities: { ...XIANGJIANG.utilities, gasPriceCnyPerM3: null },
    };
    const buy: Project = { ...rentProject, site: 'factory-buy' };
    const estimate = estimateProject(buy, noSaleNoGas, NOW);
    const byId = Object.fromEntries(estimate.lines.map((l) => [l.id, l]));
    expect(byId['factory-buy']).toMatchObject({ quantity: 5000, price: null, amountCny: null });
    expect(byId['gas']).toMatchObject({ quantity: 25_000, price: null, amountCny: null });
    // Without purchase and gas: 630,000 + 14,500 + 2,940,000 + 882,000 = 4,466,500
    expect(estimate.totals).toEqual({
      oneOffCny: 0,
      annualCny: 4_466_500,
      yearOneCny: 4_466_500,
      excludes: ['factory-buy', 'gas'],
    });
  });

  it('buys a standard factory once at the sale price', () => {
    // 5,000 m² × 2,600 CNY/m² = 13,000,000 one-off; year one = 13,000,000 + 5,272,750 − 720,000 rent
    const totals = estimateProject({ ...rentProject, site: 'factory-buy' }, XIANGJIANG, NOW).totals;
    expect(totals).toEqual({
      oneOffCny: 13_000_000,
      annualCny: 4_552_750,
      yearOneCny: 17_552_750,
      excludes: [],
    });
  });

  it('judges staleness on the day given: the same wages were fresh in 2025', () => {
    const fresh = estimateProject(EXAMPLE_PROJECT, LINGXI, new Date('2025-09-30T00:00:00Z'));
    expect(fresh.stale).toEqual([]);
    expect(parseAsOf('2024-03-31').toISOString()).toBe('2024-03-31T00:00:00.000Z');
    expect(() => parseAsOf('March')).toThrow(RangeError);
  });
});
