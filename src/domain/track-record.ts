/**
 * Track record: the field now judges parks by what landed, not what was signed
 * ("heavy signing, light landing"). These figures are derived, never typed by hand.
 */
/** A park's signed-versus-landed figures for one year (the park schema's `trackRecord`). */
export interface TrackRecordInput {
  year: number;
  signedProjects: number;
  landedProjects: number;
  /** Share of committed capital that arrived, in percent. */
  fundsInPlaceRatePct: number;
}

export interface TrackRecordSummary {
  year: number;
  signedProjects: number;
  landedProjects: number;
  /** Signed projects that have not started construction or production. */
  notLandedProjects: number;
  /** landed / signed in percent (unrounded); null when nothing was signed. */
  fulfilmentRatePct: number | null;
  fundsInPlaceRatePct: number;
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of zero or more, got ${value}`);
  }
}

/**
 * Fulfilment rate: landed projects as a percentage of signed ones (unrounded); null when
 * none were signed, where a rate would be a division by zero, not a 0% failure.
 * @throws RangeError when a count is negative or not whole, or landed exceeds signed
 *   (landed projects are a subset of the signed ones).
 */
export function fulfilmentRatePct(signed: number, landed: number): number | null {
  assertCount(signed, 'signed');
  assertCount(landed, 'landed');
  if (landed > signed) {
    throw new RangeError(`landed projects (${landed}) cannot exceed signed projects (${signed})`);
  }
  return signed === 0 ? null : (landed / signed) * 100;
}

/** The figures a park page shows for its track record. */
export function trackRecordSummary(record: TrackRecordInput): TrackRecordSummary {
  return {
    year: record.year,
    signedProjects: record.signedProjects,
    landedProjects: record.landedProjects,
    fulfilmentRatePct: fulfilmentRatePct(record.signedProjects, record.landedProjects),
    notLandedProjects: record.signedProjects - record.landedProjects,
    fundsInPlaceRatePct: record.fundsInPlaceRatePct,
  };
}
