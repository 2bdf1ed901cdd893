/**
 * Figure freshness. Every block of figures carries `asOf`; the build warns (it does not
 * fail) when one is older than 18 months, because a stale power price or land stock
 * misleads an enterprise as much as a wrong one. Calendar arithmetic is in UTC, which is
 * how YAML dates (2026-03-01) are parsed.
 */

/** Figures older than this many months are flagged as stale. */
export const STALE_AFTER_MONTHS = 18;

function assertDate(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

function daysInMonthUtc(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * `date` plus `months` calendar months (UTC), clamping to the month's last day, so
 * 31 January + 1 month is 28 or 29 February. Time of day is kept.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  assertDate(date, 'date');
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(date.getUTCDate(), daysInMonthUtc(year, monthIndex));
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, monthIndex, day);
  return result;
}

/**
 * Whole calendar months elapsed from `a` to `b` (UTC): the largest n with
 * a + n months ≤ b. Negative when `b` is before `a` (−monthsBetween(b, a)).
 * E.g. 2024-01-31 → 2024-02-29 is 1; 2024-01-15 → 2024-02-14 is 0.
 */
export function monthsBetween(a: Date, b: Date): number {
  assertDate(a, 'a');
  assertDate(b, 'b');
  if (b.getTime() < a.getTime()) return -monthsBetween(b, a);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonthsUtc(a, months).getTime() > b.getTime()) months -= 1;
  return months;
}

/**
 * True when `now` is more than `maxMonths` calendar months after `asOf`: figures dated
 * 2024-01-10 are still fresh on 2025-07-10 and stale from the moment after.
 */
export function isStale(asOf: Date, now: Date, maxMonths: number = STALE_AFTER_MONTHS): boolean {
  assertDate(now, 'now');
  return now.getTime() > addMonthsUtc(asOf, maxMonths).getTime();
}

/** A source named in Chinese and/or English (content's `{ zh, en }` short text). */
export interface SourceText {
  en?: string | undefined;
  zh?: string | undefined;
}

/** True for a `{ zh, en }` source with at least one side written. */
function isSourceText(value: unknown): value is SourceText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { en, zh } = value as Record<string, unknown>;
  return (
    (en === undefined || typeof en === 'string') &&
    (zh === undefined || typeof zh === 'string') &&
    (en !== undefined || zh !== undefined)
  );
}

/** One stale block of figures inside an entry. */
export interface StaleFigure {
  /** Path of the `asOf` field, e.g. "utilities.asOf" or "asOf" for the entry itself. */
  field: string;
  asOf: Date;
  source: SourceText;
  /** Whole months between `asOf` and now. */
  monthsOld: number;
}

/**
 * Every provenance block (an object with a `{ zh, en }` `source` and an `asOf` date) in an entry's
 * data whose figures are stale, at any depth, in document order. Lets the build warn
 * about all of a park's blocks without naming each one here.
 */
export function findStaleFigures(
  data: unknown,
  now: Date,
  maxMonths: number = STALE_AFTER_MONTHS,
): StaleFigure[] {
  assertDate(now, 'now');
  const found: StaleFigure[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    const record = value as Record<string, unknown>;
    const { asOf, source } = record;
    if (asOf instanceof Date && isSourceText(source) && isStale(asOf, now, maxMonths)) {
      found.push({
        field: path ? `${path}.asOf` : 'asOf',
        asOf,
        source,
        monthsOld: monthsBetween(asOf, now),
      });
    }
    for (const [key, child] of Object.entries(record)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(data, '');
  return found;
}
