/**
 * The in-memory set of recent lead fingerprints that template detection compares
 * each new lead with. Bounded (MAX_RECENT, newest kept) so a request's cost does
 * not grow with the number of stored leads; refreshed from the store at most once
 * per `cacheMs`, and only a cold start waits for that listing.
 */
import type { RecentLead } from '../../src/domain/inquiry';

/** Most fingerprints compared with; older ones within the window are skipped beyond this. */
export const MAX_RECENT = 2000;

/** Loads fingerprints received at or after `sinceMs`, skipping the keys already known. */
export type RecentLoader = (sinceMs: number, known: ReadonlySet<string>) => Promise<RecentLead[]>;

/** Key of a fingerprint in the store: `recent/<receivedAtMs, 13 digits>-<id>`. */
export const recentKey = (lead: Pick<RecentLead, 'id' | 'receivedAt'>): string =>
  `recent/${String(Date.parse(lead.receivedAt)).padStart(13, '0')}-${lead.id}`;

/** The receipt time encoded in a fingerprint key, in epoch ms. */
export const recentKeyTimeMs = (key: string): number =>
  Number(key.slice('recent/'.length, 'recent/'.length + 13));

export class RecentCache {
  readonly #cacheMs: number;
  readonly #load: RecentLoader;
  // Fingerprints by lead id, newest last, at most MAX_RECENT.
  readonly #recent = new Map<string, { lead: RecentLead; receivedMs: number }>();
  // What recent() hands out, rebuilt only after a change instead of on every request.
  #snapshot: { sinceMs: number; oldestMs: number; leads: RecentLead[] } | undefined;
  #listedAt = 0;
  #refresh: Promise<void> | undefined;

  constructor(load: RecentLoader, cacheMs: number) {
    this.#load = load;
    this.#cacheMs = cacheMs;
  }

  /** Fingerprints received at or after `sinceMs`. */
  async recent(sinceMs: number): Promise<RecentLead[]> {
    if (Date.now() - this.#listedAt > this.#cacheMs) {
      // One refresh at a time: a burst of submissions shares a single listing.
      this.#refresh ??= this.#refreshFrom(sinceMs).finally(() => {
        this.#refresh = undefined;
      });
      // Only a cold start waits for the listing (O(fingerprints)); later refreshes run
      // behind the requests, which meanwhile use the fingerprints already in memory.
      if (this.#listedAt === 0) await this.#refresh;
      else this.#refresh.catch(() => undefined);
    }
    const snapshot = this.#snapshot;
    // Valid when taken for this window or a wider one, and nothing in it has aged out since.
    if (snapshot && snapshot.sinceMs <= sinceMs && snapshot.oldestMs >= sinceMs)
      return snapshot.leads.slice();
    let oldestMs = Infinity;
    const leads: RecentLead[] = [];
    for (const entry of this.#recent.values()) {
      if (entry.receivedMs < sinceMs) continue;
      oldestMs = Math.min(oldestMs, entry.receivedMs);
      leads.push(entry.lead);
    }
    this.#snapshot = { sinceMs, oldestMs, leads };
    return leads.slice();
  }

  /**
   * Adds one fingerprint (the earliest wins for an id), dropping the first-added beyond
   * MAX_RECENT: entries are added in time order, so that is the oldest.
   */
  remember(lead: RecentLead): void {
    const receivedMs = Date.parse(lead.receivedAt);
    if (!Number.isFinite(receivedMs)) return;
    const existing = this.#recent.get(lead.id);
    if (existing && existing.receivedMs <= receivedMs) return;
    this.#recent.delete(lead.id);
    this.#recent.set(lead.id, { lead, receivedMs });
    while (this.#recent.size > MAX_RECENT) {
      const first = this.#recent.keys().next();
      if (first.done) break;
      this.#recent.delete(first.value);
    }
    this.#snapshot = undefined;
  }

  async #refreshFrom(sinceMs: number): Promise<void> {
    const known = new Set([...this.#recent.values()].map((entry) => recentKey(entry.lead)));
    const fetched = await this.#load(sinceMs, known);
    // Re-added oldest first, so the insertion order that remember() relies on is time order.
    const all = [...this.#recent.values()].map((entry) => entry.lead);
    all.push(...fetched);
    all.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    this.#recent.clear();
    for (const lead of all) if (Date.parse(lead.receivedAt) >= sinceMs) this.remember(lead);
    this.#snapshot = undefined;
    this.#listedAt = Date.now();
  }
}
