/**
 * The storage seam: the handler, the outbox drain and the staff CLI talk to
 * this interface only, so tests (and a future database) can swap the
 * implementation without touching them.
 */
import type { RecentLead } from '../../src/domain/inquiry';
import type { StoredLead } from './lead';
import type { LeadQuery, SkippedEntry } from './lead-listing';
import type { HistoryStep, StatusEntry } from './pipeline';

export interface CreateResult {
  /** The stored lead: the new one, or the one stored earlier under the same id. */
  lead: StoredLead;
  /** False when a lead with this id already existed (an idempotent retry). */
  created: boolean;
}

export interface OutboxEntry {
  id: string;
  queuedAt: string;
}

export interface LeadStore {
  /**
   * Stores a new lead in one write unless a lead with the same id exists, in
   * which case that lead is returned untouched. Also queues it in the outbox
   * when its notification is pending. Throws StoreUnavailableError when the
   * lead could not be written; nothing of it is then visible.
   */
  create(lead: StoredLead): Promise<CreateResult>;
  /** One lead, or null when the id is unknown or malformed. */
  get(id: string): Promise<StoredLead | null>;
  /**
   * Leads newest first, found by index key prefix (one park, from a date), read one
   * day at a time. Entries that cannot be read are reported to `onSkip` and passed
   * over; no lead is yielded twice.
   */
  leads(query?: LeadQuery, onSkip?: (entry: SkippedEntry) => void): AsyncIterable<StoredLead>;
  /** Every lead, newest first, in memory (small stores and tests; staff tools use leads()). */
  list(): Promise<StoredLead[]>;
  /**
   * Appends one pipeline step to a lead's history; never changes earlier entries.
   * Returns null when the lead does not exist.
   */
  appendStatus(id: string, entry: StatusEntry): Promise<StatusEntry | null>;
  /** One lead's history, oldest first. */
  history(id: string): Promise<StatusEntry[]>;
  /** Every lead's steps (status and time only), by lead id, from one listing. */
  allSteps(): Promise<Map<string, HistoryStep[]>>;
  /** Fingerprints of leads received at or after `sinceMs` (epoch ms), for template detection. */
  recent(sinceMs: number): Promise<RecentLead[]>;
  /**
   * Applies `change` to the current version of a lead, retrying on concurrent
   * writes. Returns the new version, or null when the lead does not exist.
   */
  update(id: string, change: (lead: StoredLead) => StoredLead): Promise<StoredLead | null>;
  /** Leads whose notification still has to be sent, with the time each was queued (ISO). */
  outbox(): Promise<OutboxEntry[]>;
  /** Takes a lead out of the outbox (after it was sent, or when no lead exists for it). */
  removeFromOutbox(id: string): Promise<void>;
  /** Deletes fingerprints older than `beforeMs`; returns how many were removed. */
  pruneRecent(beforeMs: number): Promise<number>;
}

/** The store could not be reached or refused the write; the client should retry later. */
export class StoreUnavailableError extends Error {
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`Lead store unavailable during ${operation}`, options);
    this.name = 'StoreUnavailableError';
  }
}
