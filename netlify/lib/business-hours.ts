/**
 * Business hours as parks commit to them ("we answer within 24 business hours"):
 * Monday to Friday, 09:00–18:00 China Standard Time (UTC+8, no daylight saving).
 * Public holidays and make-up working days are not modelled, so over a holiday a
 * deadline comes out earlier than the park's own calendar would make it (stricter,
 * never more lenient).
 */
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const CST_OFFSET_MS = 8 * HOUR_MS;
const OPEN_MS = 9 * HOUR_MS;
const CLOSE_MS = 18 * HOUR_MS;

const isWeekend = (localMs: number): boolean => {
  const day = new Date(localMs).getUTCDay();
  return day === 0 || day === 6;
};

/** The time `hours` business hours after `start`. */
export function addBusinessHours(start: Date, hours: number): Date {
  let t = start.getTime() + CST_OFFSET_MS;
  let remaining = Math.max(0, hours) * HOUR_MS;
  for (;;) {
    const day = Math.floor(t / DAY_MS) * DAY_MS;
    if (isWeekend(day) || t >= day + CLOSE_MS) {
      t = day + DAY_MS + OPEN_MS;
      continue;
    }
    t = Math.max(t, day + OPEN_MS);
    const available = day + CLOSE_MS - t;
    if (remaining <= available) return new Date(t + remaining - CST_OFFSET_MS);
    remaining -= available;
    t = day + DAY_MS + OPEN_MS;
  }
}

/** Business hours between two times (0 when `end` is not after `start`). */
export function businessHoursBetween(start: Date, end: Date): number {
  let t = start.getTime() + CST_OFFSET_MS;
  const stop = end.getTime() + CST_OFFSET_MS;
  let total = 0;
  while (t < stop) {
    const day = Math.floor(t / DAY_MS) * DAY_MS;
    if (!isWeekend(day)) {
      const from = Math.max(t, day + OPEN_MS);
      const to = Math.min(stop, day + CLOSE_MS);
      if (to > from) total += to - from;
    }
    t = day + DAY_MS;
  }
  return total / HOUR_MS;
}
