/**
 * View models the pages render. Built once per build by src/data/catalog.ts from
 * the content collections (see build.ts for the pure joins). Pages and components
 * read these; they never query collections or recompute business rules.
 */
import type { CaseData } from '../schemas/cases';
import type { Coordinates, Localized, TalentField } from '../schemas/common';
import type { InstitutionData } from '../schemas/institutions';
import type { ParkData, ParkLevel } from '../schemas/parks';
import type { SupplierData } from '../schemas/suppliers';
import type { ChainData, ProcessData } from '../schemas/taxonomy';
import type { ParkFacts } from '../domain/park-facts';
import type { AdmissionExample } from '../domain/admission';
import type { ApprovalTimeline, TimelineStep as ApprovalTimelineStep } from '../domain/approvals';
import type { ChainCoverage } from '../domain/coverage';
import type { ProcessGroup, SupplierInReach } from '../domain/reach';
import type { InstitutionInReach, TalentSummary } from '../domain/talent';
import type { TrackRecordSummary } from '../domain/track-record';
import type { Locale } from '../i18n/locales';

export type { ParkData, CaseData, SupplierData, InstitutionData, ParkFacts };

/** A content entry reduced to what the joins need; `entry` is the original for `render()`. */
export interface RawEntry<D, E = unknown> {
  id: string;
  /** Path of the source file, relative to the project (for error and warning messages). */
  filePath: string;
  data: D;
  entry: E;
}

/** Every collection as plain arrays: the input of `buildCatalog`. */
export interface CatalogInput<PE = unknown, CE = unknown> {
  parks: RawEntry<ParkData, PE>[];
  suppliers: RawEntry<SupplierData>[];
  institutions: RawEntry<InstitutionData>[];
  cases: RawEntry<CaseData, CE>[];
  chains: RawEntry<ChainData>[];
  processes: RawEntry<ProcessData>[];
}

/** An id with its display label. */
export interface Labelled {
  id: string;
  label: Localized;
}

/** A supplier with its id, as the domain's reach functions expect. */
export type SupplierView = SupplierData & { id: string };
/** An institution with its id. */
export type InstitutionView = InstitutionData & { id: string };

/** A supplier within reach of a park. */
export type ReachEntry = SupplierInReach<SupplierView>;

/** The domain's suppliers offering one process within reach, with the process label. */
export interface LabelledProcessGroup extends ProcessGroup<SupplierView> {
  label: Localized;
}

/** The domain's coverage of one target chain, with chain and process labels resolved. */
export interface LabelledChainCoverage extends Omit<ChainCoverage, 'covered' | 'gaps'> {
  label: Localized;
  covered: Labelled[];
  gaps: Labelled[];
}

export interface CoverageView {
  chains: LabelledChainCoverage[];
  /** Union over all target chains. */
  needed: Labelled[];
  covered: Labelled[];
  gaps: Labelled[];
}

/** An institution within talent reach of a park. */
export type InstitutionReach = InstitutionInReach<InstitutionView>;

/** The domain's talent summary with fields typed by the schema and the radius it used. */
export interface TalentView extends TalentSummary<InstitutionView> {
  byField: { field: TalentField; graduatesPerYear: number }[];
  radiusKm: number;
}

/** Where a figure comes from and whether it is older than the staleness limit. */
export interface Provenance {
  /** Who published the figures, `{ zh, en }` (a side may be pending; pages mark the fallback). */
  source: Localized;
  asOf: Date;
  stale: boolean;
}

/** One figure of the key-figures strip. */
export interface KeyFigure extends Provenance {
  id:
    | 'available-land'
    | 'intensity-threshold'
    | 'suppliers-within-reach'
    | 'graduates-within-reach'
    | 'approval-days'
    | 'landed-projects';
  label: string;
  value: number;
  unit: string;
  /** Extra context under the figure, e.g. "of 15 signed in 2025". */
  note?: string;
}

/** Facts a park card shows (directory, home, process pages). */
export interface ParkSummary {
  slug: string;
  name: Localized;
  city: Localized;
  province: Localized;
  level: ParkLevel;
  summary: Localized;
  featured: boolean;
  coordinates: Coordinates;
  targetChains: Labelled[];
  availableMu: number;
  minInvestmentIntensityCny10kPerMu: number;
  suppliersWithinReach: number;
  graduatesPerYearWithinReach: number;
  approvalWorkingDays: number;
  landedProjects: number;
  inquiryResponseHours: number;
  /** "/parks/<slug>/" */
  url: string;
  /** "/inquire/?park=<slug>" */
  inquireUrl: string;
}

/** A landed project with its labels resolved. */
export interface CaseView<E = unknown> {
  id: string;
  entry: E;
  data: CaseData;
  chain: Labelled;
  suppliers: { id: string; name: Localized }[];
}

/** One approval step as the park states it. */
export type ApprovalStep = ParkData['approvals']['steps'][number];
/** Approval steps laid end to end, with cumulative working days (src/domain/approvals.ts). */
export type ApprovalTimelineView = ApprovalTimeline<ApprovalStep>;
export type TimelineStep = ApprovalTimelineStep<ApprovalStep>;

/** What a plot implies at the park's thresholds (default plot: 50 mu; src/domain/admission.ts). */
export type AdmissionExampleView = AdmissionExample;

/** Signed versus landed, with the fulfilment rate (src/domain/track-record.ts). */
export interface TrackRecordView extends Provenance, TrackRecordSummary {}

/** Figure blocks of a park profile that carry source and asOf. */
export type ParkBlock =
  'admission' | 'land' | 'utilities' | 'logistics' | 'labor' | 'approvals' | 'trackRecord';

/** Everything a park profile page renders. `E` is the content entry type (for `render()`). */
export interface ParkModel<E = unknown, CE = unknown> {
  slug: string;
  entry: E;
  filePath: string;
  data: ParkData;
  summary: ParkSummary;
  /** The key-figures strip, worded per language. */
  keyFigures: Record<Locale, KeyFigure[]>;
  /** Every supplier within reach: in-park first, then nearest. */
  suppliersWithinReach: ReachEntry[];
  suppliersByProcess: LabelledProcessGroup[];
  reachKm: number;
  coverage: CoverageView;
  talent: TalentView;
  /** Universities, institutes, pilot platforms and labs within talent reach that offer cooperation or research. */
  research: InstitutionReach[];
  cases: CaseView<CE>[];
  approvalTimeline: ApprovalTimelineView;
  admissionExample: AdmissionExampleView;
  trackRecord: TrackRecordView;
  provenance: Record<ParkBlock, Provenance>;
  /** The park's exclusions with labels resolved. */
  restrictions: { excludedChains: Labelled[]; excludedProcesses: Labelled[] };
  facts: ParkFacts;
}

export interface ProcessView {
  id: string;
  label: Localized;
  description: Localized;
  /** Parks with this process within reach, ordered by their nearest supplier. */
  parks: { park: ParkSummary; suppliers: ReachEntry[] }[];
}

export interface ChainView {
  id: string;
  label: Localized;
  description: Localized;
  processes: Labelled[];
  /** Parks that target this chain. */
  parks: ParkSummary[];
}

export interface CatalogTotals {
  parks: number;
  suppliers: number;
  institutions: number;
  processes: number;
  landedCases: number;
}

/** A figure block older than the staleness limit, for build warnings. */
export interface StaleBlock {
  filePath: string;
  block: string;
  asOf: Date;
}

export interface CatalogModel<PE = unknown, CE = unknown> {
  /** Sorted by English name. */
  parks: ParkModel<PE, CE>[];
  park(slug: string): ParkModel<PE, CE> | undefined;
  processes: ProcessView[];
  chains: ChainView[];
  institutions: InstitutionView[];
  suppliers: SupplierView[];
  featuredParks: ParkModel<PE, CE>[];
  totals: CatalogTotals;
  /** Taxonomy labels by id, for components that print ids (e.g. a supplier's processes). */
  labels: { processes: ReadonlyMap<string, Labelled>; chains: ReadonlyMap<string, Labelled> };
  staleBlocks: StaleBlock[];
  generatedAt: Date;
  /** The supplier reach radius every park view was built with, in km. */
  reachKm: number;
}
