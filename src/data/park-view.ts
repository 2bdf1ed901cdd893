/**
 * Joins one park with everything around it (suppliers, institutions, cases,
 * taxonomy) into the view model its profile renders. Distance work goes through
 * the spatial indexes built once per build, so a park costs a few grid cells,
 * not a scan of every supplier.
 */
import { DEFAULT_EXAMPLE_PLOT_MU, admissionExample } from '../domain/admission';
import { approvalTimeline } from '../domain/approvals';
import { processCoverage } from '../domain/coverage';
import { groupByProcess, processesInReach, suppliersWithinReach } from '../domain/reach';
import type { SpatialIndex } from '../domain/spatial-index';
import { talentWithinReach } from '../domain/talent';
import { trackRecordSummary } from '../domain/track-record';
import { buildKeyFigures } from './key-figures';
import { parkProvenance } from './stale';
import type {
  ApprovalTimelineView,
  CaseView,
  CoverageView,
  InstitutionReach,
  InstitutionView,
  KeyFigure,
  Labelled,
  ParkFacts,
  ParkModel,
  ParkSummary,
  ProcessGroup,
  RawEntry,
  ParkData,
  SupplierView,
  TalentView,
} from './types';
import type { ChainData, ProcessData } from '../schemas/taxonomy';
import type { Localized } from '../schemas/common';
import { LOCALES, type Locale } from '../i18n/locales';
import { sortKey } from '../i18n/content';

/** Shared, build-wide inputs for every park. */
export interface ParkContext<CE = unknown> {
  now: Date;
  reachKm: number;
  talentKm: number;
  supplierIndex: SpatialIndex<SupplierView>;
  institutionIndex: SpatialIndex<InstitutionView>;
  chains: ReadonlyMap<string, ChainData>;
  processes: ReadonlyMap<string, ProcessData>;
  casesByPark: ReadonlyMap<string, CaseView<CE>[]>;
}

/** Resolves a taxonomy id to `{ id, label }`; ids were checked before, the fallback only keeps types honest. */
export function labelled(id: string, map: ReadonlyMap<string, { label: Localized }>): Labelled {
  const { en, zh } = map.get(id)?.label ?? { en: id };
  return {
    id,
    label: { ...(en === undefined ? {} : { en }), ...(zh === undefined ? {} : { zh }) },
  };
}

/** Institution kinds a company would work with on R&D (schools appear under talent). */
const RESEARCH_KINDS = new Set([
  'university',
  'research-institute',
  'pilot-platform',
  'shared-lab',
]);

/** Builds the full profile model of one park. */
export function buildParkModel<PE, CE>(
  raw: RawEntry<ParkData, PE>,
  ctx: ParkContext<CE>,
): ParkModel<PE, CE> {
  const { data } = raw;
  const slug = raw.id;
  const reach = suppliersWithinReach(
    { slug, coordinates: data.coordinates },
    ctx.supplierIndex,
    ctx.reachKm,
  );
  const suppliersByProcess: ProcessGroup[] = groupByProcess(reach).map((g) => ({
    processId: g.processId,
    label: labelled(g.processId, ctx.processes).label,
    entries: g.entries,
  }));
  const available = processesInReach(reach);

  const targetChains = data.targetChains.map((id) => ({
    id,
    processes: ctx.chains.get(id)?.processes ?? [],
  }));
  const rawCoverage = processCoverage(targetChains, available);
  const toLabels = (ids: readonly string[]) => ids.map((id) => labelled(id, ctx.processes));
  const coverage: CoverageView = {
    chains: rawCoverage.chains.map((c) => ({
      chainId: c.chainId,
      label: labelled(c.chainId, ctx.chains).label,
      covered: toLabels(c.covered),
      gaps: toLabels(c.gaps),
      coveredShare: c.coveredShare,
    })),
    needed: toLabels(rawCoverage.overall.needed),
    covered: toLabels(rawCoverage.overall.covered),
    gaps: toLabels(rawCoverage.overall.gaps),
  };

  const rawTalent = talentWithinReach(
    { coordinates: data.coordinates },
    ctx.institutionIndex,
    ctx.talentKm,
  );
  const talent: TalentView = {
    institutions: rawTalent.institutions,
    byField: rawTalent.byField as TalentView['byField'],
    totalGraduatesPerYear: rawTalent.totalGraduatesPerYear,
    vocationalGraduatesPerYear: rawTalent.vocationalGraduatesPerYear,
    radiusKm: ctx.talentKm,
  };
  const research: InstitutionReach[] = rawTalent.institutions.filter((i) =>
    RESEARCH_KINDS.has(i.institution.kind),
  );

  const timeline: ApprovalTimelineView = approvalTimeline(data.approvals.steps);
  const provenance = parkProvenance(data, ctx.now);
  const cases = ctx.casesByPark.get(slug) ?? [];
  const example = admissionExample(
    data.admission,
    DEFAULT_EXAMPLE_PLOT_MU,
    data.land.pricePerMuCny10k,
  );

  const summary: ParkSummary = {
    slug,
    name: data.name,
    city: data.city,
    province: data.province,
    level: data.level,
    summary: data.summary,
    featured: data.featured,
    coordinates: data.coordinates,
    targetChains: data.targetChains.map((id) => labelled(id, ctx.chains)),
    availableMu: data.land.availableMu,
    minInvestmentIntensityCny10kPerMu: data.admission.minInvestmentIntensityCny10kPerMu,
    suppliersWithinReach: reach.length,
    graduatesPerYearWithinReach: talent.totalGraduatesPerYear,
    approvalWorkingDays: timeline.totalWorkingDays,
    landedProjects: data.trackRecord.landedProjects,
    inquiryResponseHours: data.service.inquiryResponseHours,
    url: `/parks/${slug}/`,
    inquireUrl: `/inquire/?park=${encodeURIComponent(slug)}`,
  };

  const figureInput = {
    data,
    provenance,
    suppliers: reach,
    reachKm: ctx.reachKm,
    talent,
    approvalTimeline: timeline,
    now: ctx.now,
  };
  return {
    slug,
    entry: raw.entry,
    filePath: raw.filePath,
    data,
    summary,
    keyFigures: Object.fromEntries(
      LOCALES.map((locale) => [locale, buildKeyFigures(figureInput, locale)]),
    ) as Record<Locale, KeyFigure[]>,
    suppliersWithinReach: reach,
    suppliersByProcess,
    reachKm: ctx.reachKm,
    coverage,
    talent,
    research,
    cases,
    approvalTimeline: timeline,
    admissionExample: example,
    trackRecord: { ...provenance.trackRecord, ...trackRecordSummary(data.trackRecord) },
    provenance,
    restrictions: {
      excludedChains: data.restrictions.excludedChains.map((id) => labelled(id, ctx.chains)),
      excludedProcesses: data.restrictions.excludedProcesses.map((id) =>
        labelled(id, ctx.processes),
      ),
    },
    facts: parkFacts(slug, data, available),
  };
}

/** The facts inquiry qualification uses, derived from the same content the page shows. */
export function parkFacts(slug: string, data: ParkData, processesWithinReach: string[]): ParkFacts {
  return {
    slug,
    name: sortKey(data.name),
    targetChains: [...data.targetChains],
    excludedChains: [...data.restrictions.excludedChains],
    excludedProcesses: [...data.restrictions.excludedProcesses],
    minInvestmentIntensityCny10kPerMu: data.admission.minInvestmentIntensityCny10kPerMu,
    minAnnualTaxCny10kPerMu: data.admission.minAnnualTaxCny10kPerMu,
    availableMu: data.land.availableMu,
    largestPlotMu: data.land.largestPlotMu ?? null,
    standardFactoryM2: data.land.standardFactory?.availableM2 ?? 0,
    spareCapacityMw: data.utilities.spareCapacityMw,
    processesWithinReach,
    inquiryResponseHours: data.service.inquiryResponseHours,
  };
}
