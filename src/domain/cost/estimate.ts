/**
 * A project's costs at one park, from that park's own published prices: one-off land or
 * factory purchase, and the running costs of a year (factory rent, power, water, gas,
 * wages and the employer's social insurance). A price the park does not publish is
 * never guessed: its line says so and the totals leave it out, naming it. Pure.
 */
import { isStale } from '../staleness';
import { CNY_PER_CNY10K } from '../units';
import { EMPLOYER_SOCIAL_SHARE, RENT_MONTHS_PER_YEAR, WAGE_MONTHS_PER_YEAR } from './assumptions';
import {
  WORKER_ROLES,
  type CostLine,
  type CostTotals,
  type LineId,
  type ParkPrices,
  type PriceBlock,
  type Project,
} from './types';

/** A content date (YYYY-MM-DD) as UTC midnight, as YAML dates are parsed. */
export function parseAsOf(asOf: string): Date {
  const date = new Date(`${asOf.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`asOf must be YYYY-MM-DD, got ${asOf}`);
  return date;
}

/** Energy the project draws in a year, in kWh: load × hours per day × days per year. */
export function annualKwh(project: Pick<Project, 'powerKw' | 'hoursPerDay' | 'daysPerYear'>) {
  return project.powerKw * project.hoursPerDay * project.daysPerYear;
}

/** Gross wages of all workers for a year, in CNY (before the employer's social share). */
function grossWages(project: Project, park: ParkPrices): number {
  return WORKER_ROLES.reduce(
    (sum, role) =>
      sum + project.workers[role] * park.labor.monthlyWageCny[role] * WAGE_MONTHS_PER_YEAR,
    0,
  );
}

/**
 * Every cost line of `project` at `park`, in a fixed order (site, utilities, people).
 * Lines for what the project does not use (no gas, no engineers) are left out.
 */
export function costLines(project: Project, park: ParkPrices, now: Date): CostLine[] {
  const lines: CostLine[] = [];
  const add = (
    id: LineId,
    kind: CostLine['kind'],
    block: PriceBlock,
    quantity: number,
    price: number | null,
    /** CNY per unit of quantity per unit of price (10,000 for 10k CNY, 12 for monthly). */
    factor = 1,
  ) => {
    const { source, asOf } = park[block];
    lines.push({
      id,
      kind,
      block,
      quantity,
      price,
      amountCny: price === null ? null : Math.round(quantity * price * factor),
      source,
      asOf,
      stale: isStale(parseAsOf(asOf), now),
    });
  };
  const { land, utilities } = park;
  if (project.site === 'land' && project.landMu > 0)
    add('land', 'one-off', 'land', project.landMu, land.pricePerMuCny10k, CNY_PER_CNY10K);
  if (project.site === 'factory-buy' && project.floorM2 > 0)
    add('factory-buy', 'one-off', 'land', project.floorM2, land.salePriceCnyPerM2);
  if (project.site === 'factory-rent' && project.floorM2 > 0)
    add(
      'factory-rent',
      'annual',
      'land',
      project.floorM2,
      land.rentCnyPerM2Month,
      RENT_MONTHS_PER_YEAR,
    );
  const kwh = annualKwh(project);
  if (kwh > 0) add('power', 'annual', 'utilities', kwh, utilities.powerPriceCnyPerKwh);
  if (project.waterM3PerDay > 0)
    add(
      'water',
      'annual',
      'utilities',
      project.waterM3PerDay * project.daysPerYear,
      utilities.waterPriceCnyPerM3,
    );
  if (project.gasM3PerDay > 0)
    add(
      'gas',
      'annual',
      'utilities',
      project.gasM3PerDay * project.daysPerYear,
      utilities.gasPriceCnyPerM3,
    );
  for (const role of WORKER_ROLES)
    if (project.workers[role] > 0)
      add(
        `wages-${role}`,
        'annual',
        'labor',
        project.workers[role],
        park.labor.monthlyWageCny[role],
        WAGE_MONTHS_PER_YEAR,
      );
  const gross = grossWages(project, park);
  if (gross > 0) add('social', 'annual', 'labor', gross, EMPLOYER_SOCIAL_SHARE);
  return lines;
}

/** Totals of the lines that have a price; the ones without are named in `excludes`. */
export function costTotals(lines: readonly CostLine[]): CostTotals {
  const sum = (kind: CostLine['kind']) =>
    lines.reduce((total, l) => (l.kind === kind ? total + (l.amountCny ?? 0) : total), 0);
  const oneOffCny = sum('one-off');
  const annualCny = sum('annual');
  return {
    oneOffCny,
    annualCny,
    yearOneCny: oneOffCny + annualCny,
    excludes: lines.filter((l) => l.amountCny === null).map((l) => l.id),
  };
}

/** The dated blocks behind the lines that are stale, in line order, each once. */
export function staleBlocks(lines: readonly CostLine[]): PriceBlock[] {
  return [...new Set(lines.filter((l) => l.stale).map((l) => l.block))];
}
