import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build';
import { parkHeadings } from '../../../src/i18n/headings';
import * as zh from '../../../src/i18n/headings/zh-CN';
import {
  approvalsHeading,
  casesHeading,
  coverageHeading,
  logisticsHeading,
  reachHeading,
  roundUpKm,
  suppliersHeading,
  talentHeading,
  trackRecordHeading,
} from '../../../src/i18n/headings/en';
import { NOW, fixtureInput } from '../data/fixtures';

/** The text with no-break spaces (figure + unit) read as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

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
    expect(plain(suppliersHeading(park()))).toBe(
      'Injection molding, electrophoresis and mold stamping within 5 km',
    );
    expect(plain(suppliersHeading({ suppliersByProcess: [], reachKm: 30 }))).toBe(
      'No suppliers listed within 30 km yet',
    );
  });

  it('states coverage, talent, approvals, logistics, cases and track record', () => {
    const p = park();
    expect(plain(coverageHeading(p))).toBe(
      '3 of 4 processes the target chains need are within 30 km',
    );
    expect(plain(talentHeading(p))).toBe(
      '1,420 graduates a year within 50 km, 1,000 from vocational schools',
    );
    expect(plain(approvalsHeading(p))).toBe('Approvals in 36 working days through one window');
    expect(plain(logisticsHeading(p))).toBe('Rail freight in 0.4 h and port in 2.8 h');
    expect(plain(casesHeading(p))).toBe('1 project landed here for the supplier chain');
    expect(plain(trackRecordHeading(p))).toBe('31 of 38 projects signed in 2025 have landed (82%)');
    expect(plain(reachHeading(p))).toBe(
      '3 suppliers within 30 km, 1 in the park; 3 schools and labs within 50 km',
    );
  });

  it('says "all" when every needed process is covered', () => {
    const p = park();
    const all = { ...p, coverage: { ...p.coverage, covered: p.coverage.needed, gaps: [] } };
    expect(plain(coverageHeading(all))).toBe(
      'All 4 processes the target chains need are within 30 km',
    );
  });

  it('gives every section a heading', () => {
    const headings = parkHeadings(park(), 'en');
    expect(Object.values(headings).every((h) => h.length > 5)).toBe(true);
    expect(plain(headings.admission)).toBe('A 50-mu plot means at least CNY 150 million invested');
    expect(plain(headings.contacts)).toBe('An answer within 8 business hours');
  });
});

describe('Chinese headings are written the Chinese way, from the same figures', () => {
  it('states reach, suppliers, coverage and talent', () => {
    const p = park();
    expect(plain(zh.reachHeading(p))).toBe(
      '30 公里内有 3 家供应商，其中 1 家在园区内；50 公里内有 3 所院校和实验室',
    );
    expect(plain(zh.coverageHeading(p))).toBe('主导产业所需的 4 种工艺中，3 种在 30 公里内有配套');
    expect(plain(zh.talentHeading(p))).toBe('50 公里内年毕业生 1,420 人，其中职业院校 1,000 人');
    expect(plain(zh.approvalsHeading(p))).toBe('一站式审批，36 个工作日办结');
    expect(plain(zh.trackRecordHeading(p))).toBe(
      '2025 年签约 38 个项目，已落地 31 个（履约率 82%）',
    );
    expect(plain(zh.suppliersHeading({ suppliersByProcess: [], reachKm: 30 }))).toBe(
      '30 公里内暂未列出配套企业',
    );
  });

  it('gives every section a Chinese heading without English words', () => {
    const headings = parkHeadings(park(), 'zh-CN');
    expect(plain(headings.admission)).toBe('50 亩地块至少需投资 1.5 亿元');
    expect(plain(headings.contacts)).toBe('8 个工作小时内答复咨询');
    for (const h of Object.values(headings)) expect(h).not.toMatch(/\b(within|km|and|the)\b/);
    // Figures stay on one line with their units.
    expect(headings.admission).toContain('50\u00a0亩');
  });
});
