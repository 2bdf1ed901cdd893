/**
 * How well an inquiry fits one park, from the same facts the park's page shows
 * (ParkFacts, built from content/). Starts at a neutral 50 and moves with each rule;
 * the table in docs/QUALIFICATION.md lists the same rules and effects.
 */
import type { ParkFacts } from '../park-facts';
import type { Inquiry } from './schema';

/** One rule that fired, with its effect on the score and a sentence for staff. */
export interface Reason {
  rule: string;
  effect: number;
  message: string;
}

export interface ParkFit {
  slug: string;
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
  intensityBelow: -20,
  landShort: -20,
  plotTooSmall: -10,
  landOk: 5,
  floorShort: -10,
  floorOk: 5,
  powerShort: -15,
  powerOk: 5,
  processExcluded: -30,
  processesInReach: 10,
  processMissingEach: -5,
  processMissingMax: -15,
} as const;

const CNY_PER_10K = 10_000;
const KW_PER_MW = 1000;

/** Formats a number for staff: thousands separators, at most one decimal. */
export const fmt = (value: number) =>
  value.toLocaleString('en', { maximumFractionDigits: value < 10 ? 1 : 0 });

/** Investment intensity in 10k CNY per mu, when both investment and land are known. */
export function investmentIntensity(
  inquiry: Pick<Inquiry, 'investmentCny' | 'landMu'>,
): number | null {
  const { investmentCny, landMu } = inquiry;
  if (investmentCny === undefined || landMu === undefined || investmentCny <= 0 || landMu <= 0)
    return null;
  return investmentCny / CNY_PER_10K / landMu;
}

/** Scores one park for the inquiry. Pure: same inputs, same reasons, same order. */
export function parkFit(inquiry: Inquiry, park: ParkFacts): ParkFit {
  const reasons: Reason[] = [];
  const add = (rule: string, effect: number, message: string) =>
    reasons.push({ rule, effect, message });
  const name = park.name;

  if (park.excludedChains.includes(inquiry.industry)) {
    add(
      'chain-excluded',
      FIT_EFFECTS.chainExcluded,
      `${name} does not admit the ${inquiry.industry} industry`,
    );
  } else if (park.targetChains.includes(inquiry.industry)) {
    add(
      'chain-target',
      FIT_EFFECTS.chainTarget,
      `${inquiry.industry} is one of ${name}'s target chains`,
    );
  } else {
    add(
      'chain-other',
      FIT_EFFECTS.chainOther,
      `${inquiry.industry} is not among ${name}'s target chains (${park.targetChains.join(', ')})`,
    );
  }

  const intensity = investmentIntensity(inquiry);
  const threshold = park.minInvestmentIntensityCny10kPerMu;
  if (intensity !== null && threshold > 0) {
    if (intensity >= threshold) {
      add(
        'intensity-met',
        FIT_EFFECTS.intensityMet,
        `Investment intensity ${fmt(intensity)} (10k CNY/mu) meets ${name}'s threshold of ${fmt(threshold)}`,
      );
    } else {
      add(
        'intensity-below',
        FIT_EFFECTS.intensityBelow,
        `Investment intensity ${fmt(intensity)} (10k CNY/mu) is below ${name}'s threshold of ${fmt(threshold)}`,
      );
    }
  }

  const landMu = inquiry.landMu ?? 0;
  if (landMu > 0) {
    if (landMu > park.availableMu) {
      add(
        'land-short',
        FIT_EFFECTS.landShort,
        `Needs ${fmt(landMu)} mu; ${name} has ${fmt(park.availableMu)} mu available`,
      );
    } else if (park.largestPlotMu !== null && landMu > park.largestPlotMu) {
      add(
        'plot-too-small',
        FIT_EFFECTS.plotTooSmall,
        `Needs ${fmt(landMu)} mu in one plot; ${name}'s largest plot is ${fmt(park.largestPlotMu)} mu`,
      );
    } else {
      add(
        'land-ok',
        FIT_EFFECTS.landOk,
        `${fmt(landMu)} mu fits ${name}'s ${fmt(park.availableMu)} mu available`,
      );
    }
  } else if ((inquiry.floorM2 ?? 0) > 0) {
    // Without land the floor space has to come from the park's standard factories; with
    // land the enterprise builds its own, so the factory stock does not matter.
    const floorM2 = inquiry.floorM2 ?? 0;
    if (floorM2 > park.standardFactoryM2) {
      add(
        'floor-short',
        FIT_EFFECTS.floorShort,
        `Needs ${fmt(floorM2)} m² of factory space; ${name} has ${fmt(park.standardFactoryM2)} m² of standard factories`,
      );
    } else {
      add(
        'floor-ok',
        FIT_EFFECTS.floorOk,
        `${fmt(floorM2)} m² fits ${name}'s ${fmt(park.standardFactoryM2)} m² of standard factories`,
      );
    }
  }

  const powerMw = (inquiry.powerKw ?? 0) / KW_PER_MW;
  if (powerMw > 0) {
    if (powerMw > park.spareCapacityMw) {
      add(
        'power-short',
        FIT_EFFECTS.powerShort,
        `Needs ${fmt(powerMw)} MW; ${name} can connect ${fmt(park.spareCapacityMw)} MW more`,
      );
    } else {
      add(
        'power-ok',
        FIT_EFFECTS.powerOk,
        `${fmt(powerMw)} MW is within ${name}'s ${fmt(park.spareCapacityMw)} MW spare capacity`,
      );
    }
  }

  addProcessReasons(inquiry.processesNeeded, park, add);

  const fit = Math.round(
    Math.min(100, Math.max(0, FIT_BASE + reasons.reduce((sum, r) => sum + r.effect, 0))),
  );
  return { slug: park.slug, fit, reasons };
}

function addProcessReasons(
  needed: readonly string[],
  park: ParkFacts,
  add: (rule: string, effect: number, message: string) => void,
): void {
  if (needed.length === 0) return;
  const inReach = new Set(park.processesWithinReach);
  const excluded = new Set(park.excludedProcesses);
  // A process banned on site is a problem only when no supplier nearby offers it either:
  // buying it in is exactly what the supplier chain is for.
  const blocked = needed.filter((p) => excluded.has(p) && !inReach.has(p));
  const boughtIn = needed.filter((p) => excluded.has(p) && inReach.has(p));
  const missing = needed.filter((p) => !excluded.has(p) && !inReach.has(p));
  if (blocked.length > 0) {
    add(
      'process-excluded',
      FIT_EFFECTS.processExcluded,
      `${blocked.join(', ')} not allowed at ${park.name} and no supplier within reach offers it`,
    );
  }
  if (boughtIn.length > 0) {
    add(
      'process-bought-in',
      0,
      `${boughtIn.join(', ')} not allowed on site at ${park.name}, but a supplier within reach offers it`,
    );
  }
  if (missing.length > 0) {
    const effect = Math.max(
      FIT_EFFECTS.processMissingMax,
      FIT_EFFECTS.processMissingEach * missing.length,
    );
    add(
      'processes-missing',
      effect,
      `No supplier within reach of ${park.name} offers ${missing.join(', ')}`,
    );
  } else if (blocked.length === 0) {
    add(
      'processes-in-reach',
      FIT_EFFECTS.processesInReach,
      `Suppliers within reach of ${park.name} offer all ${needed.length} needed processes`,
    );
  }
}
