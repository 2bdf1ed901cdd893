/**
 * The key-figures strip at the top of a park profile: the six numbers a
 * site-selection manager compares first, each with unit, source and as-of date.
 * Figures the site computes (suppliers, graduates) say so in their source and
 * take the oldest as-of date of the files they count.
 */
import { formatNumber } from '../lib/format';
import { derivedProvenance } from './stale';
import type {
  ApprovalTimelineView,
  KeyFigure,
  ParkBlock,
  ParkData,
  Provenance,
  ReachEntry,
  TalentView,
} from './types';

export interface KeyFigureInput {
  data: ParkData;
  provenance: Record<ParkBlock, Provenance>;
  suppliers: readonly ReachEntry[];
  reachKm: number;
  talent: TalentView;
  approvalTimeline: ApprovalTimelineView;
  now: Date;
}

/** Builds the six key figures of a park, in the order the strip shows them. */
export function buildKeyFigures(input: KeyFigureInput): KeyFigure[] {
  const { data, provenance, suppliers, reachKm, talent, approvalTimeline, now } = input;
  const inPark = suppliers.filter((s) => s.inPark).length;
  const suppliersProvenance = derivedProvenance(
    `Computed from ${suppliers.length} supplier profile${suppliers.length === 1 ? '' : 's'} on this site`,
    suppliers.map((s) => s.supplier.asOf),
    now,
    provenance.land.asOf,
  );
  const talentProvenance = derivedProvenance(
    `Computed from ${talent.institutions.length} institution profile${talent.institutions.length === 1 ? '' : 's'} on this site`,
    talent.institutions.map((i) => i.institution.asOf),
    now,
    provenance.labor.asOf,
  );
  const { trackRecord } = data;

  return [
    {
      id: 'available-land',
      label: 'Industrial land available',
      value: data.land.availableMu,
      unit: 'mu',
      ...provenance.land,
      ...(data.land.largestPlotMu !== undefined
        ? { note: `largest plot ${data.land.largestPlotMu} mu` }
        : {}),
    },
    {
      id: 'intensity-threshold',
      label: 'Minimum investment intensity',
      value: data.admission.minInvestmentIntensityCny10kPerMu,
      unit: '10k CNY per mu',
      ...provenance.admission,
    },
    {
      id: 'suppliers-within-reach',
      label: `Suppliers within ${reachKm} km`,
      value: suppliers.length,
      unit: suppliers.length === 1 ? 'supplier' : 'suppliers',
      ...suppliersProvenance,
      ...(inPark > 0 ? { note: `${inPark} inside the park` } : {}),
    },
    {
      id: 'graduates-within-reach',
      label: `Graduates per year within ${talent.radiusKm} km`,
      value: talent.totalGraduatesPerYear,
      unit: 'graduates / year',
      ...talentProvenance,
      note: `${formatNumber(talent.vocationalGraduatesPerYear)} from vocational schools`,
    },
    {
      id: 'approval-days',
      label: 'Committed approval time',
      value: approvalTimeline.totalWorkingDays,
      unit: 'working days',
      ...provenance.approvals,
      note: `${approvalTimeline.steps.length} step${approvalTimeline.steps.length === 1 ? '' : 's'}${data.approvals.oneStop ? ', one window' : ''}`,
    },
    {
      id: 'landed-projects',
      label: `Projects landed in ${trackRecord.year}`,
      value: trackRecord.landedProjects,
      unit: trackRecord.landedProjects === 1 ? 'project' : 'projects',
      ...provenance.trackRecord,
      note: `of ${trackRecord.signedProjects} signed`,
    },
  ];
}
