/**
 * The pipeline funnel per park (`npm run leads -- report`): inquiries → tier A/B →
 * contacted within the committed response time → visited → signed → landed. This
 * is the park's fulfilment rate measured from its own pipeline (DOMAIN.md).
 */
import { businessHoursBetween } from '../../netlify/lib/business-hours';
import type { StoredLead } from '../../netlify/lib/lead';
import { firstContactAt, reached, type HistoryStep } from '../../netlify/lib/pipeline';

export interface FunnelRow {
  /** Park slug, or `all` for every lead once. */
  park: string;
  inquiries: number;
  tierAB: number;
  /** Leads with any recorded contact (a later step implies contact). */
  contacted: number;
  /** Contacted within the lead's committed response time (business hours). */
  contactedInTime: number;
  /** contactedInTime / inquiries, 0–1 (0 when there are no inquiries). */
  contactedInTimeShare: number;
  /** Median business hours from receipt to first contact, null when nobody was contacted. */
  medianHoursToContact: number | null;
  visited: number;
  signed: number;
  landed: number;
  lost: number;
}

interface Tally {
  row: Omit<FunnelRow, 'contactedInTimeShare' | 'medianHoursToContact'>;
  hours: number[];
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(value * 10) / 10;
};

/** Accumulates leads one at a time (the export's streaming order), then yields the rows. */
export class FunnelBuilder {
  readonly #tallies = new Map<string, Tally>();

  add(lead: StoredLead, steps: readonly HistoryStep[], onlyPark?: string): void {
    const parks = onlyPark ? [onlyPark] : ['all', ...lead.inquiry.parks];
    const contactAt = firstContactAt(steps);
    const hours =
      contactAt === undefined
        ? undefined
        : businessHoursBetween(new Date(lead.receivedAt), new Date(contactAt));
    for (const park of parks) {
      let tally = this.#tallies.get(park);
      if (!tally) {
        tally = {
          row: {
            park,
            inquiries: 0,
            tierAB: 0,
            contacted: 0,
            contactedInTime: 0,
            visited: 0,
            signed: 0,
            landed: 0,
            lost: 0,
          },
          hours: [],
        };
        this.#tallies.set(park, tally);
      }
      const { row } = tally;
      row.inquiries += 1;
      if (lead.qualification.tier === 'A' || lead.qualification.tier === 'B') row.tierAB += 1;
      if (hours !== undefined) {
        row.contacted += 1;
        tally.hours.push(hours);
        if (hours <= lead.responseHours) row.contactedInTime += 1;
      }
      if (reached(steps, 'visited')) row.visited += 1;
      if (reached(steps, 'signed')) row.signed += 1;
      if (reached(steps, 'landed')) row.landed += 1;
      if (steps.some((step) => step.status === 'lost')) row.lost += 1;
    }
  }

  /** `all` first (when present), then parks by slug. */
  rows(): FunnelRow[] {
    return [...this.#tallies.values()]
      .sort((a, b) =>
        a.row.park === 'all' ? -1 : b.row.park === 'all' ? 1 : a.row.park.localeCompare(b.row.park),
      )
      .map(({ row, hours }) => ({
        ...row,
        contactedInTimeShare: row.inquiries
          ? Math.round((row.contactedInTime / row.inquiries) * 1000) / 1000
          : 0,
        medianHoursToContact: median(hours),
      }));
  }
}

/** The funnel as a terminal table. */
export function funnelTable(rows: readonly FunnelRow[]): string {
  const header = `${'Park'.padEnd(34)}${['Inq', 'A/B', 'InTime', 'Share', 'MedH', 'Visit', 'Signed', 'Landed', 'Lost'].map((h) => h.padStart(7)).join('')}`;
  const lines = rows.map((row) =>
    [
      row.park.slice(0, 33).padEnd(34),
      ...[
        row.inquiries,
        row.tierAB,
        row.contactedInTime,
        `${Math.round(row.contactedInTimeShare * 100)}%`,
        row.medianHoursToContact ?? '–',
        row.visited,
        row.signed,
        row.landed,
        row.lost,
      ].map((cell) => String(cell).padStart(7)),
    ].join(''),
  );
  return [header, ...lines].join('\n');
}
