/**
 * What happened to a lead after it arrived: staff record each step as one
 * history entry (DOMAIN.md, "the pipeline"). Entries are never changed or
 * removed; the current status is the latest entry, `new` when there is none.
 */

/** Steps staff record, in pipeline order; `lost` ends a lead at any point. */
export const PIPELINE_STATUSES = [
  'contacted',
  'visit-scheduled',
  'visited',
  'signed',
  'landed',
  'lost',
] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];
export type LeadStatus = 'new' | PipelineStatus;

export function isPipelineStatus(value: unknown): value is PipelineStatus {
  return typeof value === 'string' && (PIPELINE_STATUSES as readonly string[]).includes(value);
}

/** One recorded step. */
export interface StatusEntry {
  status: PipelineStatus;
  /** ISO 8601, UTC. */
  at: string;
  /** Free text from staff (why lost, who was met); never sent anywhere. */
  note?: string;
  /** Who recorded it (staff name or initials). */
  by?: string;
}

/** History entries as a listing names them (status and time, without note or author). */
export type HistoryStep = Pick<StatusEntry, 'status' | 'at'>;

const byTime = (a: HistoryStep, b: HistoryStep): number => a.at.localeCompare(b.at);

/** The status after `history` (any order): the latest entry's, or `new`. */
export function currentStatus(history: readonly HistoryStep[]): LeadStatus {
  const last = [...history].sort(byTime).at(-1);
  return last ? last.status : 'new';
}

/** Pipeline rank of a step; `lost` has none (it says nothing about how far a lead came). */
const RANK: Readonly<Record<PipelineStatus, number>> = {
  contacted: 1,
  'visit-scheduled': 2,
  visited: 3,
  signed: 4,
  landed: 5,
  lost: 0,
};

/** Whether the history reached `status` (or a later step; a visit implies contact). */
export function reached(history: readonly HistoryStep[], status: PipelineStatus): boolean {
  return history.some((step) => RANK[step.status] >= RANK[status] && RANK[step.status] > 0);
}

/** When staff first reached the enterprise: the earliest step other than `lost`. */
export function firstContactAt(history: readonly HistoryStep[]): string | undefined {
  return [...history].sort(byTime).find((step) => step.status !== 'lost')?.at;
}
