/**
 * LeadStore on Netlify Blobs (store `leads`, strong consistency), used in
 * production, by `npm start` against a local BlobsServer, and in tests. The key
 * layout is described in lead-keys.ts; listings in lead-listing.ts, the pipeline
 * history in lead-history.ts, fingerprints in recent-cache.ts.
 */
import type { Store } from '@netlify/blobs';
import type { RecentLead } from '../../src/domain/inquiry';
import { listKeys, mapLimit, readVersioned, runBounded, type StoreTarget } from './blobs-support';
import { LEAD_ID_PATTERN, toRecentLead, type StoredLead } from './lead';
import { allSteps, appendHistory, readHistory } from './lead-history';
import { indexKeys, leadKey } from './lead-keys';
import { leadsNewestFirst, type LeadQuery, type SkippedEntry } from './lead-listing';
import { migrateIndex, type MigrationReport } from './lead-migration';
import type { CreateResult, LeadStore, OutboxEntry } from './lead-store';
import type { HistoryStep, StatusEntry } from './pipeline';
import { RecentCache, recentKey, recentKeyTimeMs, MAX_RECENT } from './recent-cache';

export interface BlobsLeadStoreOptions {
  /** Store name; `leads` unless a test isolates itself. */
  name?: string;
  /** Explicit credentials (staff CLI against production); otherwise NETLIFY_BLOBS_CONTEXT. */
  siteID?: string;
  token?: string;
  /** Budget for one store operation including the client's own retries, in ms. */
  timeoutMs?: number;
  /** How long fingerprints read from the store are reused before listing again, in ms. */
  recentCacheMs?: number;
}

const READ_CONCURRENCY = 16;
/** Leads whose last written version and ETag are kept for the notification update. */
const MAX_WRITTEN = 1000;

export class BlobsLeadStore implements LeadStore {
  readonly #target: StoreTarget;
  // The local BlobsServer checks If-None-Match and then writes, without a lock; serialising
  // writes per id in this process closes that gap (Netlify's service is atomic on its own).
  readonly #locks = new Map<string, Promise<unknown>>();
  readonly #recent: RecentCache;
  // The last version of a lead this instance wrote, with its ETag (newest MAX_WRITTEN).
  readonly #written = new Map<string, { lead: StoredLead; etag: string }>();

  constructor(options: BlobsLeadStoreOptions = {}) {
    this.#target = {
      name: options.name ?? 'leads',
      credentials:
        options.siteID && options.token
          ? { siteID: options.siteID, token: options.token }
          : undefined,
      timeoutMs: options.timeoutMs ?? Number(process.env['LEAD_STORE_TIMEOUT_MS'] || 8000),
    };
    this.#recent = new RecentCache(
      (sinceMs, known) => this.#loadRecent(sinceMs, known),
      options.recentCacheMs ?? 15_000,
    );
  }

  readonly #run = <T>(operation: string, fn: (store: Store) => Promise<T>): Promise<T> =>
    runBounded(this.#target, operation, fn);

  async create(lead: StoredLead): Promise<CreateResult> {
    return this.#exclusive(lead.id, () =>
      this.#run('create', async (store) => {
        let queued = false;
        if (lead.notification.status === 'pending') {
          // Queued before the lead exists: a crash in between leaves a marker the drain
          // discards, never a lead that nobody will announce.
          const marker = await store.setJSON(
            `outbox/${lead.id}`,
            { id: lead.id, queuedAt: lead.receivedAt },
            { onlyIfNew: true },
          );
          queued = marker.modified;
        }
        // Index markers before the lead, so an acknowledged lead is always listed; a marker
        // left by a crash names no lead and listings pass over it.
        const markers = indexKeys(lead);
        await Promise.all(markers.map((key) => store.set(key, '')));
        try {
          const written = await store.setJSON(leadKey(lead.id), lead, { onlyIfNew: true });
          if (!written.modified) {
            const existing = (await store.get(leadKey(lead.id), {
              type: 'json',
            })) as StoredLead | null;
            if (!existing) throw new Error('conditional write refused, yet no lead is stored');
            // A retry: its markers carry the new time; the first submission's stay.
            const kept = new Set(indexKeys(existing));
            await Promise.all(
              markers.filter((key) => !kept.has(key)).map((key) => store.delete(key)),
            ).catch(() => undefined);
            return { lead: existing, created: false };
          }
          // The client reports any non-412 answer to a conditional write as success; a
          // missing ETag means the service did not confirm it, so read it back.
          if (!written.etag) {
            const stored = (await store.get(leadKey(lead.id), {
              type: 'json',
            })) as StoredLead | null;
            if (stored?.id !== lead.id) throw new Error('lead write not confirmed');
          } else {
            this.#rememberWritten(lead, written.etag);
          }
        } catch (error) {
          if (queued) await store.delete(`outbox/${lead.id}`).catch(() => undefined);
          throw error;
        }
        const recent = toRecentLead(lead);
        this.#recent.remember(recent);
        // Derived data: losing it weakens template detection a little, it must not fail the lead.
        await store.setJSON(recentKey(lead), recent).catch(() => undefined);
        return { lead, created: true };
      }),
    );
  }

  async get(id: string): Promise<StoredLead | null> {
    if (!LEAD_ID_PATTERN.test(id)) return null;
    return this.#run(
      'get',
      async (store) => (await store.get(leadKey(id), { type: 'json' })) as StoredLead | null,
    );
  }

  leads(
    query: LeadQuery = {},
    onSkip: (entry: SkippedEntry) => void = () => undefined,
  ): AsyncGenerator<StoredLead> {
    return leadsNewestFirst(this.#run, query, onSkip);
  }

  async list(): Promise<StoredLead[]> {
    const all: StoredLead[] = [];
    for await (const lead of this.leads()) all.push(lead);
    return all;
  }

  recent(sinceMs: number): Promise<RecentLead[]> {
    return this.#recent.recent(sinceMs);
  }

  async appendStatus(id: string, entry: StatusEntry): Promise<StatusEntry | null> {
    if (!LEAD_ID_PATTERN.test(id) || !(await this.get(id))) return null;
    return appendHistory(this.#run, id, entry);
  }

  history(id: string): Promise<StatusEntry[]> {
    return LEAD_ID_PATTERN.test(id) ? readHistory(this.#run, id) : Promise.resolve([]);
  }

  allSteps(): Promise<Map<string, HistoryStep[]>> {
    return allSteps(this.#run);
  }

  migrate(options: { force?: boolean } = {}): Promise<MigrationReport> {
    return migrateIndex(this.#run, options);
  }

  #rememberWritten(lead: StoredLead, etag: string): void {
    this.#written.delete(lead.id);
    this.#written.set(lead.id, { lead, etag });
    const first = this.#written.keys().next();
    if (this.#written.size > MAX_WRITTEN && !first.done) this.#written.delete(first.value);
  }

  async update(id: string, change: (lead: StoredLead) => StoredLead): Promise<StoredLead | null> {
    if (!LEAD_ID_PATTERN.test(id)) return null;
    return this.#exclusive(id, () =>
      this.#run('update', async (store) => {
        for (let attempt = 0; attempt < 5; attempt++) {
          // First try the version this instance wrote last: the conditional write still refuses
          // it if anyone wrote since, and it spares the local server's listing (a directory
          // scan over every lead) that readVersioned needs for an ETag.
          const cached = attempt === 0 ? this.#written.get(id) : undefined;
          const current = cached
            ? { data: cached.lead, etag: cached.etag }
            : await readVersioned(store, leadKey(id));
          if (!current) return null;
          const next = change(current.data as StoredLead);
          const written = await store.setJSON(leadKey(id), next, { onlyIfMatch: current.etag });
          if (written.modified && written.etag) {
            this.#rememberWritten(next, written.etag);
            return next;
          }
          this.#written.delete(id);
          if (written.modified) throw new Error('lead update not confirmed');
        }
        throw new Error('lead kept changing during update');
      }),
    );
  }

  async outbox(): Promise<OutboxEntry[]> {
    return this.#run('outbox', async (store) => {
      const keys = await listKeys(store, 'outbox/');
      const entries = await mapLimit(
        keys.filter((key) => LEAD_ID_PATTERN.test(key.slice('outbox/'.length))),
        READ_CONCURRENCY,
        async (key) =>
          (await store.get(key, { type: 'json' }).catch(() => null)) as OutboxEntry | null,
      );
      return entries
        .filter((entry): entry is OutboxEntry => entry !== null)
        .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
    });
  }

  async removeFromOutbox(id: string): Promise<void> {
    if (!LEAD_ID_PATTERN.test(id)) return;
    await this.#run('removeFromOutbox', (store) => store.delete(`outbox/${id}`));
  }

  async pruneRecent(beforeMs: number): Promise<number> {
    return this.#run('pruneRecent', async (store) => {
      const old = (await listKeys(store, 'recent/')).filter(
        (key) => recentKeyTimeMs(key) < beforeMs,
      );
      await mapLimit(old, READ_CONCURRENCY, (key) => store.delete(key));
      return old.length;
    });
  }

  /** Fingerprints in the window not yet in memory, newest first and bounded. */
  async #loadRecent(sinceMs: number, known: ReadonlySet<string>): Promise<RecentLead[]> {
    return this.#run('recent', async (store) => {
      const wanted = (await listKeys(store, 'recent/'))
        .filter((key) => recentKeyTimeMs(key) >= sinceMs)
        .sort((a, b) => b.localeCompare(a))
        .slice(0, MAX_RECENT)
        .filter((key) => !known.has(key));
      const fetched = await mapLimit(
        wanted,
        READ_CONCURRENCY,
        async (key) =>
          (await store.get(key, { type: 'json' }).catch(() => null)) as RecentLead | null,
      );
      return fetched.filter((lead): lead is RecentLead => lead !== null);
    });
  }

  async #exclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.#locks.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.#locks.get(key) === tail) this.#locks.delete(key);
    }
  }
}
