/**
 * The key-figures strip at the top of a park profile: the six numbers a
 * site-selection manager compares first, each with unit, source and as-of date.
 * Figures the site computes (suppliers, graduates) say so in their source and
 * take the oldest as-of date of the files they count.
 */
import { translator, type Translator } from '../i18n';
import { CONTENT_FIELD } from '../i18n/content';
import { formatNumber } from '../i18n/format';
import { LOCALES, type Locale } from '../i18n/locales';
import type { Localized } from '../schemas/common';
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

/** A text the site words itself (a computed figure's source), in both languages. */
function inBoth(word: (tr: Translator) => string): Localized {
  return Object.fromEntries(
    LOCALES.map((locale) => [CONTENT_FIELD[locale], word(translator(locale))]),
  ) as Localized;
}

/** Builds the six key figures of a park in `locale`, in the order the strip shows them. */
export function buildKeyFigures(input: KeyFigureInput, locale: Locale): KeyFigure[] {
  const { data, provenance, suppliers, reachKm, talent, approvalTimeline, now } = input;
  const { t, tn } = translator(locale);
  const inPark = suppliers.filter((s) => s.inPark).length;
  const suppliersProvenance = derivedProvenance(
    inBoth((tr) => tr.tn('figure.computedSuppliers', suppliers.length)),
    suppliers.map((s) => s.supplier.asOf),
    now,
    provenance.land.asOf,
  );
  const talentProvenance = derivedProvenance(
    inBoth((tr) => tr.tn('figure.computedInstitutions', talent.institutions.length)),
    talent.institutions.map((i) => i.institution.asOf),
    now,
    provenance.labor.asOf,
  );
  const { trackRecord } = data;
  const steps = tn('figure.steps', approvalTimeline.steps.length);

  return [
    {
      id: 'available-land',
      label: t('figure.land'),
      value: data.land.availableMu,
      unit: t('unit.mu'),
      ...provenance.land,
      ...(data.land.largestPlotMu !== undefined
        ? { note: t('figure.largestPlot', { mu: data.land.largestPlotMu }) }
        : {}),
    },
    {
      id: 'intensity-threshold',
      label: t('figure.intensity'),
      value: data.admission.minInvestmentIntensityCny10kPerMu,
      unit: t('unit.cny10kPerMu'),
      ...provenance.admission,
    },
    {
      id: 'suppliers-within-reach',
      label: t('figure.suppliers', { km: reachKm }),
      value: suppliers.length,
      unit: tn('figure.supplierUnit', suppliers.length),
      ...suppliersProvenance,
      ...(inPark > 0 ? { note: t('figure.inPark', { count: inPark }) } : {}),
    },
    {
      id: 'graduates-within-reach',
      label: t('figure.graduates', { km: talent.radiusKm }),
      value: talent.totalGraduatesPerYear,
      unit: t('figure.graduateUnit'),
      ...talentProvenance,
      note: t('figure.vocational', {
        count: formatNumber(talent.vocationalGraduatesPerYear, 0, locale),
      }),
    },
    {
      id: 'approval-days',
      label: t('figure.approval'),
      value: approvalTimeline.totalWorkingDays,
      unit: t('unit.workingDays'),
      ...provenance.approvals,
      note: data.approvals.oneStop ? t('figure.stepsOneWindow', { steps }) : steps,
    },
    {
      id: 'landed-projects',
      label: t('figure.landed', { year: String(trackRecord.year) }),
      value: trackRecord.landedProjects,
      unit: tn('figure.projectUnit', trackRecord.landedProjects),
      ...provenance.trackRecord,
      note: t('figure.ofSigned', { count: trackRecord.signedProjects }),
    },
  ];
}
