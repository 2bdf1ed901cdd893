/**
 * The pipeline history in the store: one blob per entry under `status/<id>/`,
 * named by time, status and a random nonce, and written with `onlyIfNew`.
 *
 * Why not an array on the lead updated with `onlyIfMatch`: the local BlobsServer
 * checks an ETag and then renames a file without a lock, and its ETag is an HMAC
 * of the file's mtime in whole milliseconds, so two staff changing one lead at the
 * same moment could both pass the check and one change would vanish. With a key
 * per entry no two writers ever target the same blob, so no entry can be lost on
 * any backend; `onlyIfNew` refuses the (vanishingly unlikely) repeat of a key and
 * the entry is retried under a fresh nonce. The status and time live in the key,
 * so a report reads the whole pipeline with one listing.
 */
import { randomBytes } from 'node:crypto';
import { listKeys, mapLimit } from './blobs-support';
import { historyKey, historyPrefix, parseHistoryKey } from './lead-keys';
import type { Runner } from './lead-listing';
import { isPipelineStatus, type HistoryStep, type StatusEntry } from './pipeline';

const ATTEMPTS = 5;

/** Appends one entry; returns it as stored. Throws when the store refuses every attempt. */
export async function appendHistory(
  run: Runner,
  id: string,
  entry: StatusEntry,
): Promise<StatusEntry> {
  const atMs = Date.parse(entry.at);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const key = historyKey(id, atMs, entry.status, randomBytes(6).toString('hex'));
    const written = await run('status', (store) => store.setJSON(key, entry, { onlyIfNew: true }));
    if (written.modified) return entry;
  }
  throw new Error('history entry could not be written under a fresh key');
}

/** One lead's history, oldest first, with notes and authors. */
export async function readHistory(run: Runner, id: string): Promise<StatusEntry[]> {
  const keys = await run('history', (store) => listKeys(store, historyPrefix(id)));
  const valid = keys.filter((key) => parseHistoryKey(key)?.id === id).sort();
  const entries = await mapLimit(valid, 8, (key) =>
    run('history', async (store) => (await store.get(key, { type: 'json' })) as unknown),
  );
  return entries.filter(
    (entry): entry is StatusEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      isPipelineStatus((entry as StatusEntry).status) &&
      typeof (entry as StatusEntry).at === 'string',
  );
}

/** Every lead's steps (status and time), from one listing of the history keys. */
export async function allSteps(run: Runner): Promise<Map<string, HistoryStep[]>> {
  const keys = await run('history', (store) => listKeys(store, historyPrefix()));
  const steps = new Map<string, HistoryStep[]>();
  for (const key of keys) {
    const parsed = parseHistoryKey(key);
    if (!parsed || !isPipelineStatus(parsed.status)) continue;
    const list = steps.get(parsed.id) ?? [];
    list.push({ status: parsed.status, at: new Date(parsed.atMs).toISOString() });
    steps.set(parsed.id, list);
  }
  return steps;
}
