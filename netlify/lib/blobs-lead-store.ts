/**
 * LeadStore on Netlify Blobs (store `leads`, strong consistency), used in
 * production, by `npm start` against a local BlobsServer, and in tests.
 *
 * Keys: `lead/<id>` (the lead, one JSON document), `outbox/<id>` (notification
 * still to send), `recent/<receivedAtMs>-<id>` (fingerprint for template
 * detection; the time in the key lets old ones be skipped without reading them).
 */
import { getStore, type Store } from '@netlify/blobs';
import type { RecentLead } from '../../src/domain/inquiry';
import { LEAD_ID_PATTERN, toRecentLead, type StoredLead } from './lead';
import {
  StoreUnavailableError,
  type CreateResult,
  type LeadStore,
  type OutboxEntry,
} from './lead-store';

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
/** Most fingerprints compared with; older ones within the window are skipped beyond this. */
const MAX_RECENT = 2000;
/** Leads whose last written version and ETag are kept for the notification update. */
const MAX_WRITTEN = 1000;

/** Runs `fn` over `items` with at most `limit` calls in flight. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * A blob with the ETag of the version read. Netlify returns the ETag with the
 * read; the local BlobsServer only lists it, so there the listing comes first
 * and the data second: a write in between makes the later conditional write
 * fail and retry, never overwrite.
 */
async function readVersioned(
  store: Store,
  key: string,
): Promise<{ data: unknown; etag: string } | null> {
  const read = await store.getWithMetadata(key, { type: 'json' });
  if (!read) return null;
  if (read.etag) return { data: read.data, etag: read.etag };
  const listed = (await store.list({ prefix: key })).blobs.find((blob) => blob.key === key);
  if (!listed) return null;
  const data: unknown = await store.get(key, { type: 'json' });
  return data === null ? null : { data, etag: listed.etag };
}

const recentKey = (lead: Pick<StoredLead, 'id' | 'receivedAt'>): string =>
  `recent/${String(Date.parse(lead.receivedAt)).padStart(13, '0')}-${lead.id}`;
const recentKeyTimeMs = (key: string): number =>
  Number(key.slice('recent/'.length, 'recent/'.length + 13));

export class BlobsLeadStore implements LeadStore {
  readonly #name: string;
  readonly #credentials: { siteID: string; token: string } | undefined;
  readonly #timeoutMs: number;
  readonly #recentCacheMs: number;
  // The local BlobsServer checks If-None-Match and then writes, without a lock; serialising
  // writes per id in this process closes that gap (Netlify's service is atomic on its own).
  readonly #locks = new Map<string, Promise<unknown>>();
  // Fingerprints by lead id, newest last, at most MAX_RECENT: the handler compares each new
  // lead with all of them, so this bound keeps a request's cost independent of stored leads.
  readonly #recent = new Map<string, { lead: RecentLead; receivedMs: number }>();
  // What recent() hands out, rebuilt only after a change instead of on every request.
  #recentSnapshot: { sinceMs: number; oldestMs: number; leads: RecentLead[] } | undefined;
  // The last version of a lead this instance wrote, with its ETag (newest MAX_WRITTEN).
  readonly #written = new Map<string, { lead: StoredLead; etag: string }>();
  #recentListedAt = 0;
  #recentRefresh: Promise<void> | undefined;

  constructor(options: BlobsLeadStoreOptions = {}) {
    this.#name = options.name ?? 'leads';
    this.#credentials =
      options.siteID && options.token
        ? { siteID: options.siteID, token: options.token }
        : undefined;
    this.#timeoutMs = options.timeoutMs ?? Number(process.env['LEAD_STORE_TIMEOUT_MS'] || 8000);
    this.#recentCacheMs = options.recentCacheMs ?? 15_000;
  }

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
        try {
          const written = await store.setJSON(`lead/${lead.id}`, lead, { onlyIfNew: true });
          if (!written.modified) {
            const existing = (await store.get(`lead/${lead.id}`, {
              type: 'json',
            })) as StoredLead | null;
            if (!existing) throw new Error('conditional write refused, yet no lead is stored');
            return { lead: existing, created: false };
          }
          // The client reports any non-412 answer to a conditional write as success; a
          // missing ETag means the service did not confirm it, so read it back.
          if (!written.etag) {
            const stored = (await store.get(`lead/${lead.id}`, {
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
        this.#remember(recent);
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
      async (store) => (await store.get(`lead/${id}`, { type: 'json' })) as StoredLead | null,
    );
  }

  async list(): Promise<StoredLead[]> {
    return this.#run('list', async (store) => {
      const { blobs } = await store.list({ prefix: 'lead/' });
      const leads = await mapLimit(
        blobs,
        READ_CONCURRENCY,
        async (blob) => (await store.get(blob.key, { type: 'json' })) as StoredLead | null,
      );
      return leads
        .filter((lead): lead is StoredLead => lead !== null)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || a.id.localeCompare(b.id));
    });
  }

  async recent(sinceMs: number): Promise<RecentLead[]> {
    if (Date.now() - this.#recentListedAt > this.#recentCacheMs) {
      // One refresh at a time: a burst of submissions shares a single listing.
      this.#recentRefresh ??= this.#refreshRecent(sinceMs).finally(() => {
        this.#recentRefresh = undefined;
      });
      // Only a cold start waits for the listing (O(fingerprints)); later refreshes run
      // behind the requests, which meanwhile use the fingerprints already in memory.
      if (this.#recentListedAt === 0) await this.#recentRefresh;
      else this.#recentRefresh.catch(() => undefined);
    }
    const snapshot = this.#recentSnapshot;
    // Valid when taken for this window or a wider one, and nothing in it has aged out since.
    if (snapshot && snapshot.sinceMs <= sinceMs && snapshot.oldestMs >= sinceMs)
      return snapshot.leads.slice();
    // Rebuilt after a change or when the window moved past the oldest entry; the set itself
    // is left alone (bounded by MAX_RECENT; the refresh drops what is out of the window).
    let oldestMs = Infinity;
    const leads: RecentLead[] = [];
    for (const entry of this.#recent.values()) {
      if (entry.receivedMs < sinceMs) continue;
      oldestMs = Math.min(oldestMs, entry.receivedMs);
      leads.push(entry.lead);
    }
    this.#recentSnapshot = { sinceMs, oldestMs, leads };
    return leads.slice();
  }

  #rememberWritten(lead: StoredLead, etag: string): void {
    this.#written.delete(lead.id);
    this.#written.set(lead.id, { lead, etag });
    const first = this.#written.keys().next();
    if (this.#written.size > MAX_WRITTEN && !first.done) this.#written.delete(first.value);
  }

  /**
   * Adds one fingerprint to the in-memory set (the earliest wins for an id), dropping
   * the first-added beyond MAX_RECENT: entries are added in time order, so that is the oldest.
   */
  #remember(lead: RecentLead): void {
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
    this.#recentSnapshot = undefined;
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
            : await readVersioned(store, `lead/${id}`);
          if (!current) return null;
          const next = change(current.data as StoredLead);
          const written = await store.setJSON(`lead/${id}`, next, { onlyIfMatch: current.etag });
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
      const { blobs } = await store.list({ prefix: 'outbox/' });
      const entries = await mapLimit(
        blobs,
        READ_CONCURRENCY,
        async (blob) => (await store.get(blob.key, { type: 'json' })) as OutboxEntry | null,
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
      const { blobs } = await store.list({ prefix: 'recent/' });
      const old = blobs.filter((blob) => recentKeyTimeMs(blob.key) < beforeMs);
      await mapLimit(old, READ_CONCURRENCY, (blob) => store.delete(blob.key));
      return old.length;
    });
  }

  async #refreshRecent(sinceMs: number): Promise<void> {
    await this.#run('recent', async (store) => {
      const { blobs } = await store.list({ prefix: 'recent/' });
      // Newest first and bounded, so a cold start after a busy month stays quick.
      const wanted = blobs
        .filter((blob) => recentKeyTimeMs(blob.key) >= sinceMs)
        .sort((a, b) => b.key.localeCompare(a.key))
        .slice(0, MAX_RECENT);
      const known = new Set([...this.#recent.values()].map((entry) => recentKey(entry.lead)));
      const missing = wanted.filter((blob) => !known.has(blob.key));
      const fetched = await mapLimit(
        missing,
        READ_CONCURRENCY,
        async (blob) => (await store.get(blob.key, { type: 'json' })) as RecentLead | null,
      );
      // Re-added oldest first, so the insertion order that #remember relies on is time order.
      const all = [...this.#recent.values()].map((entry) => entry.lead);
      for (const lead of fetched) if (lead) all.push(lead);
      all.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
      this.#recent.clear();
      for (const lead of all) if (Date.parse(lead.receivedAt) >= sinceMs) this.#remember(lead);
      this.#recentSnapshot = undefined;
      this.#recentListedAt = Date.now();
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

  /**
   * Runs one operation within the time budget. After the deadline every request
   * of that operation is aborted and later retries fail without touching the
   * network, so a lead answered with 503 is not written behind the client's back.
   */
  async #run<T>(operation: string, fn: (store: Store) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new StoreUnavailableError(`${operation} (timeout)`)),
      this.#timeoutMs,
    );
    const signal = controller.signal;
    const boundFetch: typeof fetch = (input, init) => {
      if (signal.aborted) return Promise.reject(signal.reason as Error);
      return fetch(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal,
      });
    };
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    });
    try {
      const store = getStore({
        name: this.#name,
        consistency: 'strong',
        fetch: boundFetch,
        ...this.#credentials,
      });
      return await Promise.race([fn(store), aborted]);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(operation, { cause: error });
    } finally {
      clearTimeout(timer);
      controller.abort(new StoreUnavailableError(`${operation} (finished)`));
    }
  }
}
