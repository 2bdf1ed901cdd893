import { describe, expect, it } from 'vitest';
import { approvalTimeline } from '../../../src/domain/approvals';

const steps = [
  { name: { en: 'Business registration' }, workingDays: 1 },
  { name: { en: 'Environmental assessment' }, workingDays: 15 },
  { name: { en: 'Construction permit' }, workingDays: 4 },
];

describe('approvalTimeline', () => {
  it('lays steps end to end with cumulative working days and shares', () => {
    const timeline = approvalTimeline(steps);
    expect(timeline.totalWorkingDays).toBe(20);
    expect(
      timeline.steps.map((s) => [
        s.startsAfterWorkingDays,
        s.cumulativeWorkingDays,
        s.shareOfTotal,
      ]),
    ).toEqual([
      [0, 1, 0.05],
      [1, 16, 0.75],
      [16, 20, 0.2],
    ]);
    expect(timeline.steps[1]?.step).toBe(steps[1]);
    expect(timeline.steps[1]?.workingDays).toBe(15);
  });

  it('handles zero-day steps, half days and an empty list', () => {
    const timeline = approvalTimeline([
      { workingDays: 0 },
      { workingDays: 0.5 },
      { workingDays: 2 },
    ]);
    expect(timeline.steps.map((s) => s.cumulativeWorkingDays)).toEqual([0, 0.5, 2.5]);
    expect(timeline.totalWorkingDays).toBe(2.5);
    expect(approvalTimeline([{ workingDays: 0 }]).steps[0]?.shareOfTotal).toBe(0);
    expect(approvalTimeline([])).toEqual({ steps: [], totalWorkingDays: 0 });
  });

  it('rejects negative or non-finite working days, naming the step', () => {
    expect(() => approvalTimeline([{ workingDays: 1 }, { workingDays: -2 }])).toThrow(/step 1/);
    expect(() => approvalTimeline([{ workingDays: Number.NaN }])).toThrow(RangeError);
  });
});
