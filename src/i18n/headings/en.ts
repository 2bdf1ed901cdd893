/**
 * English section headings that read as answers ("Mold stamping, electrophoresis and
 * injection molding within 5 km"), derived from a park's view model so they can
 * never disagree with the figures below them. A visitor scanning only headings
 * should still learn the park's case. The Chinese builders (zh-CN.ts) have the same
 * names; index.ts picks per locale.
 */
import type { ParkModel } from '../../data/types';
import type { Localized } from '../../schemas/common';
import { localize } from '../content';
import {
  capitalize,
  formatCny10k as cny,
  formatHours as hoursIn,
  formatKm as kmIn,
  formatNumber as numberIn,
  listJoin as joinIn,
  midSentence as mid,
} from '../format';
import { roundUpKm } from './round';
import type { ParkHeadings } from './types';

export { roundUpKm };

const formatNumber = (value: number, digits = 0) => numberIn(value, digits, 'en');
const formatKm = (km: number) => kmIn(km, 'en');
const formatHours = (hours: number) => hoursIn(hours, 'en');
const formatCny10k = (amount: number) => cny(amount, 'en');
const listJoin = (items: readonly string[]) => joinIn(items, 'en');
/** "1 supplier" / "3 suppliers": count plus a noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

const labels = (items: readonly { label: Localized }[]) =>
  items.map((i) => mid(localize(i.label, 'en'), 'en'));

/** "Mold stamping, electrophoresis and injection molding within 5 km" — the three nearest processes. */
export function suppliersHeading(park: Pick<ParkModel, 'suppliersByProcess' | 'reachKm'>): string {
  const top = park.suppliersByProcess.slice(0, 3);
  if (top.length === 0) return `No suppliers listed within ${park.reachKm} km yet`;
  const farthest = Math.max(...top.map((g) => Math.min(...g.entries.map((e) => e.distanceKm))));
  return capitalize(`${listJoin(labels(top))} within ${roundUpKm(farthest)} km`);
}

/** "All 8 processes the target chains need are within 30 km" or "6 of 8 … ; 2 gaps". */
export function coverageHeading(park: Pick<ParkModel, 'coverage' | 'reachKm'>): string {
  const needed = park.coverage.needed.length;
  const covered = park.coverage.covered.length;
  if (needed === 0) return 'Target chains';
  if (covered === needed)
    return `All ${needed} processes the target chains need are within ${park.reachKm} km`;
  return `${covered} of ${needed} processes the target chains need are within ${park.reachKm} km`;
}

/** "3,450 graduates a year within 50 km, 1,800 from vocational schools". */
export function talentHeading(park: Pick<ParkModel, 'talent'>): string {
  const {
    totalGraduatesPerYear: total,
    vocationalGraduatesPerYear: vocational,
    radiusKm,
  } = park.talent;
  if (total === 0) return `No schools listed within ${radiusKm} km yet`;
  const tail = vocational > 0 ? `, ${formatNumber(vocational)} from vocational schools` : '';
  return `${formatNumber(total)} graduates a year within ${radiusKm} km${tail}`;
}

/** "4 research partners within 50 km, the nearest 8.2 km away". */
export function researchHeading(park: Pick<ParkModel, 'research' | 'talent'>): string {
  const nearest = park.research[0];
  if (!nearest) return `No universities or labs listed within ${park.talent.radiusKm} km yet`;
  return `${plural(park.research.length, 'research partner')} within ${park.talent.radiusKm} km, the nearest ${formatKm(nearest.distanceKm)} away`;
}

/** "320 mu ready now; power at 0.62 CNY/kWh with 45 MW spare". */
export function landHeading(park: Pick<ParkModel, 'data'>): string {
  const { land, utilities } = park.data;
  return `${formatNumber(land.availableMu)} mu ready now; power at ${formatNumber(utilities.powerPriceCnyPerKwh, 2)} CNY/kWh with ${formatNumber(utilities.spareCapacityMw)} MW spare`;
}

const KIND_WORDS = {
  port: 'port',
  rail: 'rail freight',
  airport: 'airport',
  highway: 'highway',
  city: 'city',
} as const;

/** "Highway in 0.2 h, rail freight in 0.4 h, airport in 1.1 h and port in 2.8 h": the fastest of each kind, quickest first. */
export function logisticsHeading(park: Pick<ParkModel, 'data'>): string {
  const fastest = new Map<string, number>();
  for (const d of park.data.logistics.destinations) {
    if (d.kind === 'city') continue;
    fastest.set(d.kind, Math.min(fastest.get(d.kind) ?? Infinity, d.hours));
  }
  const parts = [...fastest]
    .sort((a, b) => a[1] - b[1])
    .map(
      ([kind, hours]) => `${KIND_WORDS[kind as keyof typeof KIND_WORDS]} in ${formatHours(hours)}`,
    );
  return parts.length > 0 ? capitalize(listJoin(parts)) : 'Logistics';
}

/** "Approvals in 42 working days through one window". */
export function approvalsHeading(park: Pick<ParkModel, 'data' | 'approvalTimeline'>): string {
  const { oneStop, certificateOnArrival } = park.data.approvals;
  const days = park.approvalTimeline.totalWorkingDays;
  const window = oneStop ? ' through one window' : '';
  const arrival = certificateOnArrival ? ', building starts on land delivery' : '';
  return `Approvals in ${plural(days, 'working day')}${window}${arrival}`;
}

const ADVANTAGE_WORDS: Record<string, string> = {
  suppliers: 'for the supplier chain',
  labor: 'for the workforce',
  rnd: 'for research links',
  land: 'for land',
  utilities: 'for utilities',
  logistics: 'for logistics',
  approvals: 'for fast approvals',
};

/** "5 projects landed here, 3 for the supplier chain". */
export function casesHeading(park: Pick<ParkModel, 'cases'>): string {
  const n = park.cases.length;
  if (n === 0) return 'No landed projects published yet';
  const counts = new Map<string, number>();
  for (const c of park.cases) counts.set(c.data.advantage, (counts.get(c.data.advantage) ?? 0) + 1);
  const [top, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [
    '',
    0,
  ];
  const why = ADVANTAGE_WORDS[top] ?? '';
  if (n === 1) return `1 project landed here ${why}`.trim();
  return `${n} projects landed here, ${count === n ? 'all' : count} ${why}`.trim();
}

/** "From 300 × 10k CNY per mu: a 50-mu plot means at least CNY 150 million". */
export function admissionHeading(park: Pick<ParkModel, 'data' | 'admissionExample'>): string {
  const { plotMu, minInvestmentCny10k } = park.admissionExample;
  return `A ${formatNumber(plotMu)}-mu plot means at least ${formatCny10k(minInvestmentCny10k)} invested`;
}

/** "12 of 15 projects signed in 2025 have landed (80%)". */
export function trackRecordHeading(park: Pick<ParkModel, 'trackRecord'>): string {
  const { landedProjects, signedProjects, year, fulfilmentRatePct } = park.trackRecord;
  const pct = fulfilmentRatePct === null ? '' : ` (${formatNumber(fulfilmentRatePct)}%)`;
  return `${landedProjects} of ${plural(signedProjects, 'project')} signed in ${year} have landed${pct}`;
}

/** "An answer within 24 business hours". */
export function contactsHeading(park: Pick<ParkModel, 'data'>): string {
  return `An answer within ${plural(park.data.service.inquiryResponseHours, 'business hour')}`;
}

/** "14 suppliers within 30 km, 5 in the park; 6 schools and labs within 50 km". */
export function reachHeading(
  park: Pick<ParkModel, 'suppliersWithinReach' | 'reachKm' | 'talent'>,
): string {
  const institutions = park.talent.institutions.length;
  const inPark = park.suppliersWithinReach.filter((e) => e.inPark).length;
  const inside = inPark > 0 ? `, ${formatNumber(inPark)} in the park;` : ',';
  return `${plural(park.suppliersWithinReach.length, 'supplier')} within ${park.reachKm} km${inside} ${plural(institutions, 'school or lab', 'schools and labs')} within ${park.talent.radiusKm} km`;
}

/** All English headings of a profile, keyed by section. */
export function parkHeadings(park: ParkModel): ParkHeadings {
  return {
    reach: reachHeading(park),
    suppliers: suppliersHeading(park),
    coverage: coverageHeading(park),
    talent: talentHeading(park),
    research: researchHeading(park),
    land: landHeading(park),
    logistics: logisticsHeading(park),
    approvals: approvalsHeading(park),
    cases: casesHeading(park),
    admission: admissionHeading(park),
    trackRecord: trackRecordHeading(park),
    contacts: contactsHeading(park),
  };
}
