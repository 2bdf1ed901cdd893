/**
 * Approval timeline: the steps a park commits to, laid end to end in working days, so a
 * page can draw "registration on day 3, permits by day 25" without adding numbers itself.
 */

/** One step on the timeline; the original step passes through as `step`. */
export interface TimelineStep<S> {
  step: S;
  workingDays: number;
  /** Working days already used by earlier steps when this one starts. */
  startsAfterWorkingDays: number;
  /** Working days from the first step's start to this step's end. */
  cumulativeWorkingDays: number;
  /** This step's share of the total, 0 to 1 (0 when the total is 0), for bar widths. */
  shareOfTotal: number;
}

export interface ApprovalTimeline<S> {
  steps: TimelineStep<S>[];
  totalWorkingDays: number;
}

/**
 * Cumulative working days per step, in the given order, and the total. Steps are taken
 * as sequential: that is how parks commit to them, and overlapping would only shorten it.
 * @throws RangeError naming the step's position when its working days are negative or
 *   not finite.
 */
export function approvalTimeline<S extends { workingDays: number }>(
  steps: readonly S[],
): ApprovalTimeline<S> {
  let elapsed = 0;
  const laidOut = steps.map((step, i) => {
    const { workingDays } = step;
    if (!Number.isFinite(workingDays) || workingDays < 0) {
      throw new RangeError(`step ${i} has invalid workingDays: ${workingDays}`);
    }
    const startsAfterWorkingDays = elapsed;
    elapsed += workingDays;
    return { step, workingDays, startsAfterWorkingDays, cumulativeWorkingDays: elapsed };
  });
  return {
    steps: laidOut.map((s) => ({
      ...s,
      shareOfTotal: elapsed === 0 ? 0 : s.workingDays / elapsed,
    })),
    totalWorkingDays: elapsed,
  };
}
