import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import {
  approvalsHeading,
  casesHeading,
  coverageHeading,
  logisticsHeading,
  parkHeadings,
  reachHeading,
  roundUpKm,
  suppliersHeading,
  talentHeading,
  trackRecordHeading,
} from '../../../src/data/headings';
import { NOW, fixtureInput } from './fixtures';

const park = () => {
  const p = buildCatalog(fixtureInput(), { now: NOW }).park('zeta-zone');
  if (!p) throw new Error('fixture park missing');
  return p;
};

describe('section headings read as answers derived from the figures', () => {
  it('rounds distances up to the figures people quote', () => {
    expect(roundUpKm(0.4)).toBe(1);
    expect(roundUpKm(4.3)).toBe(5);
    expect(roundUpKm(5)).toBe(5);
    expect(roundUpKm(5.04)).toBe(5);
    expect(roundUpKm(5.06)).toBe(10);
    expect(roundUpKm(27)).toBe(30);
    expect(roundUpKm(130)).toBe(150);
  });

  it('names the three nearest processes and the distance that covers them', () => {
    expect(suppliersHeading(park())).toBe(
      'Injection molding, electrophoresis and mold stamping within 5 km',
    );
    expect(suppliersHeading({ suppliersByProcess: [], reachKm: 30 })).toBe(
      'No suppliers listed within 30 km yet',
    );
  });

  it('states coverage, talent, approvals, logistics, cases and track record', () => {
    const p = park();
    expect(coverageHeading(p)).toBe('3 of 4 processes the target chains need are within 30 km');
    expect(talentHeading(p)).toBe(
      '1,420 graduates a year within 50 km, 1,000 from vocational schools',
    );
    expect(approvalsHeading(p)).toBe('Approvals in 36 working days through one window');
    expect(logisticsHeading(p)).toBe('Rail freight in 0.4 h and port in 2.8 h');
    expect(casesHeading(p)).toBe('1 project landed here for the supplier chain');
    expect(trackRecordHeading(p)).toBe('31 of 38 projects signed in 2025 have landed (82%)');
    expect(reachHeading(p)).toBe('3 suppliers within 30 km, 3 schools and labs within 50 km');
  });

  it('says "all" when every needed process is covered', () => {
    const p = park();
    const all = { ...p, coverage: { ...p.coverage, covered: p.coverage.needed, gaps: [] } };
    expect(coverageHeading(all)).toBe('All 4 processes the target chains need are within 30 km');
  });

  it('heads research with the partners in reach and the nearest one', () => {
    expect(parkHeadings(park()).research).toBe(
      '2 research partners within 50 km, the nearest 1.5 km away',
    );
  });

  it('heads land with the land ready now, the power price and spare capacity', () => {
    expect(parkHeadings(park()).land).toBe(
      '1,850 mu ready now; power at 0.63 CNY/kWh with 120 MW spare',
    );
  });

  it('heads admission with the plot example and contacts with the response time', () => {
    const headings = parkHeadings(park());
    expect(headings.admission).toBe('A 50-mu plot means at least CNY 150 million invested');
    expect(headings.contacts).toBe('An answer within 8 business hours');
  });
});
