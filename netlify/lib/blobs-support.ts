/**
 * Small helpers around @netlify/blobs shared by the lead store's modules: a store
 * operation bounded by a time budget, bounded concurrency, versioned reads and
 * listing that follows the service's pagination.
 */
import { getStore, type Store } from '@netlify/blobs';
import { StoreUnavailableError } from './lead-store';

export interface StoreTarget {
  name: string;
  credentials: { siteID: string; token: string } | undefined;
  timeoutMs: number;
}

/**
 * Runs one operation within the time budget. After the deadline every request
 * of that operation is aborted and later retries fail without touching the
 * network, so a lead answered with 503 is not written behind the client's back.
 */
export async function runBounded<T>(
  target: StoreTarget,
  operation: string,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new StoreUnavailableError(`${operation} (timeout)`)),
    target.timeoutMs,
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
      name: target.name,
      consistency: 'strong',
      fetch: boundFetch,
      ...target.credentials,
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

/** Runs `fn` over `items` with at most `limit` calls in flight. */
export async function mapLimit<T, R>(
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

/** Every blob key under `prefix`, page by page (Netlify pages by 1000; the local server sends one). */
export async function listKeys(store: Store, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of store.list({ prefix, paginate: true }))
    for (const blob of page.blobs) keys.push(blob.key);
  return keys;
}

/** The "folders" directly under `prefix` (keys treated as paths), without their trailing slash. */
export async function listFolders(store: Store, prefix: string): Promise<string[]> {
  const names: string[] = [];
  for await (const page of store.list({ prefix, directories: true, paginate: true }))
    for (const dir of page.directories) names.push(dir.slice(prefix.length).replace(/\/$/, ''));
  return names;
}

/**
 * A blob with the ETag of the version read. Netlify returns the ETag with the
 * read; the local BlobsServer only lists it, so there the listing comes first
 * and the data second: a write in between makes the later conditional write
 * fail and retry, never overwrite.
 */
export async function readVersioned(
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
