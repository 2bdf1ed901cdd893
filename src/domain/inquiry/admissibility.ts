/**
 * Can this park admit the project, and how well does it fit? From the same facts the
 * park's page shows (ParkFacts, built from content/). Each limit gives a reason; a hard
 * limit makes the park inadmissible, a near miss a soft miss. The fit (0-100, from a
 * neutral 50) orders parks and leads; docs/QUALIFICATION.md lists the same rules.
 */
import { investmentIntensityCny10kPerMu } from '../admission';
import type { ParkFacts } from '../park-facts';
import { cnyToCny10k } from '../units';
import { excludedOnSite } from './process-mentions';
import { makeReason, type Reason, type ReasonCode, type ReasonParams } from './reasons';
import type { Inquiry } from './schema';

export type Admissibility = 'admissible' | 'soft-miss' | 'inadmissible';

export interface ParkFit {
  slug: string;
  admissibility: Admissibility;
  /** 0-100; 50 means nothing speaks for or against the park. */
  fit: number;
  reasons: Reason[];
}

export const FIT_BASE = 50;
/** Effects of the fit rules, in fit points. */
export const FIT_EFFECTS = {
  chainTarget: 30,
  chainExcluded: -50,
  chainOther: -10,
  intensityMet: 10,
  intensityNear: -10,
  intensityBelow: -20,
  landOk: 5,
  landNear: -10,
  landShort: -20,
  plotTooSmall: -10,
  floorOk: 5,
  floorShort: -10,
  powerOk: 5,
  powerNear: -5,
  powerShort: -15,
  processExcluded: -30,
  processesInReach: 10,
  processMissingEach: -5,
  processMissingMax: -15,
} as const;

/**
 * Share of the intensity threshold a project may fall short by and still be a soft miss:
 * parks do negotiate 10-20% (phased investment, a smaller first plot); a project at half
 * the threshold is not negotiable.
 */
export const INTENSITY_SOFT_MARGIN = 0.2;
/** Share above the available land still a soft miss: plots are re-cut and adjacent land added. */
export const LAND_SOFT_MARGIN = 0.1;
/** Share above the spare power still a soft miss: a feeder upgrade covers it, a substation does not. */
export const POWER_SOFT_MARGIN = 0.1;

/** Limits the park cannot waive. */
export const HARD_LIMITS: ReadonlySet<ReasonCode> = new Set([
  'chain-excluded',
  'process-excluded',
  'intensity-below',
  'land-short',
  'power-short',
]);
/** Near misses staff can negotiate. */
export const SOFT_LIMITS: ReadonlySet<ReasonCode> = new Set([
  'chain-other',
  'intensity-near',
  'land-near',
  'plot-too-small',
  'floor-short',
  'power-near',
]);

const KW_PER_MW = 1000;

/** The project's investment intensity in 10k CNY per mu, when investment and land are given. */
export function projectIntensity(
  inquiry: Pick<Inquiry, 'investmentCny' | 'landMu'>,
): number | null {
  const { investmentCny, landMu } = inquiry;
  if (investmentCny === undefined || landMu === undefined || investmentCny <= 0) return null;
  return investmentIntensityCny10kPerMu(cnyToCny10k(investmentCny), landMu);
}

/** Admissibility from the reasons: any hard limit, else any soft one, else admissible. */
export function admissibilityOf(reasons: readonly Pick<Reason, 'code'>[]): Admissibility {
  if (reasons.some((reason) => HARD_LIMITS.has(reason.code))) return 'inadmissible';
  if (reasons.some((reason) => SOFT_LIMITS.has(reason.code))) return 'soft-miss';
  return 'admissible';
}

/** A figure against a limit: within it, within the soft margin above it, or beyond. */
function against(value: number, limit: number, margin: number): 'ok' | 'near' | 'over' {
  if (value <= limit) return 'ok';
  return value <= limit * (1 + margin) ? 'near' : 'over';
}

/** What the threshold checks read from a project: the inquiry's figures, or an estimate's. */
export type ProjectFigures = Pick<Inquiry, 'investmentCny' | 'landMu' | 'floorM2' | 'powerKw'>;

/** The park facts the threshold checks compare against. */
export type ThresholdFacts = Pick<
  ParkFacts,
  | 'slug'
  | 'minInvestmentIntensityCny10kPerMu'
  | 'availableMu'
  | 'largestPlotMu'
  | 'standardFactoryM2'
  | 'spareCapacityMw'
>;

/**
 * The park's number limits on a project: investment intensity, land (or standard factory
 * floor when it takes no land) and power, at the margins above. `parkFit` uses them for
 * leads and the cost estimate for visitors, so both judge a project the same way.
 */
export function thresholdReasons(project: ProjectFigures, park: ThresholdFacts): Reason[] {
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, effect: number, params: ReasonParams = {}) =>
    reasons.push(makeReason(code, effect, params, park.slug));
  const intensity = projectIntensity(project);
  const threshold = park.minInvestmentIntensityCny10kPerMu;
  if (intensity !== null && threshold > 0) {
    const params = { intensity, threshold };
    if (intensity >= threshold) add('intensity-met', FIT_EFFECTS.intensityMet, params);
    else if (intensity >= threshold * (1 - INTENSITY_SOFT_MARGIN))
      add('intensity-near', FIT_EFFECTS.intensityNear, params);
    else add('intensity-below', FIT_EFFECTS.intensityBelow, params);
  }

  const landMu = project.landMu ?? 0;
  if (landMu > 0) {
    const params = { landMu, availableMu: park.availableMu };
    const land = against(landMu, park.availableMu, LAND_SOFT_MARGIN);
    if (land === 'over') add('land-short', FIT_EFFECTS.landShort, params);
    else if (land === 'near') add('land-near', FIT_EFFECTS.landNear, params);
    else if (park.largestPlotMu !== null && landMu > park.largestPlotMu)
      add('plot-too-small', FIT_EFFECTS.plotTooSmall, {
        landMu,
        largestPlotMu: park.largestPlotMu,
      });
    else add('land-ok', FIT_EFFECTS.landOk, params);
  } else if ((project.floorM2 ?? 0) > 0) {
    // Without land the space has to come from standard factories; with land the
    // enterprise builds its own, so the factory stock does not matter.
    const params = { floorM2: project.floorM2 ?? 0, standardFactoryM2: park.standardFactoryM2 };
    if (params.floorM2 > park.standardFactoryM2) add('floor-short', FIT_EFFECTS.floorShort, params);
    else add('floor-ok', FIT_EFFECTS.floorOk, params);
  }

  const powerMw = (project.powerKw ?? 0) / KW_PER_MW;
  if (powerMw > 0) {
    const params = { powerMw, spareMw: park.spareCapacityMw };
    const power = against(powerMw, park.spareCapacityMw, POWER_SOFT_MARGIN);
    if (power === 'over') add('power-short', FIT_EFFECTS.powerShort, params);
    else if (power === 'near') add('power-near', FIT_EFFECTS.powerNear, params);
    else add('power-ok', FIT_EFFECTS.powerOk, params);
  }

  return reasons;
}

/** Judges one park for the inquiry. Pure: same inputs, same reasons, same order. */
export function parkFit(inquiry: Inquiry, park: ParkFacts): ParkFit {
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, effect: number, params: ReasonParams = {}) =>
    reasons.push(makeReason(code, effect, params, park.slug));
  const industry = inquiry.industry;

  if (park.excludedChains.includes(industry))
    add('chain-excluded', FIT_EFFECTS.chainExcluded, { industry });
  else if (park.targetChains.includes(industry))
    add('chain-target', FIT_EFFECTS.chainTarget, { industry });
  else
    add('chain-other', FIT_EFFECTS.chainOther, { industry, targets: park.targetChains.join(', ') });

  for (const process of excludedOnSite(inquiry, park.excludedProcessNames)) {
    const params = { process: process.id, en: process.en, zh: process.zh };
    add('process-excluded', FIT_EFFECTS.processExcluded, {
      ...params,
      ...(process.quote === undefined ? {} : { quote: process.quote }),
    });
  }

  reasons.push(...thresholdReasons(inquiry, park));

  const needed = inquiry.processesNeeded;
  if (needed.length > 0) {
    const inReach = new Set(park.processesWithinReach);
    const missing = needed.filter((process) => !inReach.has(process));
    if (missing.length === 0)
      add('processes-in-reach', FIT_EFFECTS.processesInReach, { count: needed.length });
    else
      add(
        'processes-missing',
        Math.max(FIT_EFFECTS.processMissingMax, FIT_EFFECTS.processMissingEach * missing.length),
        { processes: missing.join(', ') },
      );
  }

  const fit = Math.round(
    Math.min(100, Math.max(0, FIT_BASE + reasons.reduce((sum, r) => sum + r.effect, 0))),
  );
  return { slug: park.slug, admissibility: admissibilityOf(reasons), fit, reasons };
}
