/**
 * Newest-first listing of leads through the index keys (lead-keys.ts): one day
 * folder at a time, so memory stays bounded by the busiest day however many
 * leads are stored, and a listing that wants 50 leads reads about 50.
 */
import type { Store } from '@netlify/blobs';
import { compareIds } from '../../src/domain/compare';
import { listFolders, listKeys, mapLimit } from './blobs-support';
import type { StoredLead } from './lead';
import {
  dayFolder,
  indexPrefix,
  isDayFolder,
  isMonthFolder,
  leadKey,
  parseMarker,
} from './lead-keys';

/** Runs one bounded store operation (BlobsLeadStore's time budget). */
export type Runner = <T>(operation: string, fn: (store: Store) => Promise<T>) => Promise<T>;

export interface LeadQuery {
  /** Only leads that chose this park. */
  park?: string;
  /** Only leads received at or after this time. */
  since?: Date;
}

/** An entry a listing could not use, named so staff can look at it. */
export interface SkippedEntry {
  key: string;
  reason: string;
}

const READ_CONCURRENCY = 16;

/** Reads one lead; a blob that is not a lead's JSON is reported, never thrown. */
async function readLead(
  store: Store,
  id: string,
): Promise<{ lead: StoredLead } | { missing: true } | SkippedEntry> {
  const key = leadKey(id);
  const text = await store.get(key, { type: 'text' });
  if (text === null) return { missing: true };
  try {
    const lead = JSON.parse(text) as StoredLead;
    if (lead?.id !== id || typeof lead.receivedAt !== 'string') throw new Error('not a lead');
    return { lead };
  } catch {
    return { key, reason: 'not a readable lead' };
  }
}

/**
 * Leads newest first. Markers that name no lead yet (a write cut short) or a
 * different receipt time (a retried submission) are passed over silently: they
 * are index leftovers, not leads. Keys that are no markers at all (temporary
 * files of an interrupted write) and leads that cannot be parsed go to `onSkip`.
 * Each lead is yielded at most once; memory holds one day's keys.
 */
export async function* leadsNewestFirst(
  run: Runner,
  query: LeadQuery,
  onSkip: (entry: SkippedEntry) => void,
): AsyncGenerator<StoredLead> {
  const prefix = indexPrefix(query.park);
  const sinceMs = query.since?.getTime() ?? -Infinity;
  const sinceDay = query.since ? dayFolder(sinceMs) : '';
  const newestFirst = (names: string[], valid: (name: string) => boolean) =>
    names.filter(valid).sort().reverse();
  const months = newestFirst(
    await run('list', (store) => listFolders(store, prefix)),
    (name) => isMonthFolder(name) && name >= sinceDay.slice(0, 7),
  );
  for (const month of months) {
    const days = newestFirst(
      await run('list', (store) => listFolders(store, `${prefix}${month}/`)),
      (name) => isDayFolder(name) && `${month}/${name}` >= sinceDay,
    );
    for (const name of days) yield* dayLeads(`${prefix}${month}/${name}/`);
  }

  async function* dayLeads(folder: string): AsyncGenerator<StoredLead> {
    const keys = await run('list', (store) => listKeys(store, folder));
    const markers: { id: string; ms: number }[] = [];
    for (const key of keys) {
      const marker = parseMarker(key);
      if (marker) markers.push(marker);
      else
        onSkip({ key, reason: 'not an index entry (a temporary file from an interrupted write?)' });
    }
    // Newest first; the same millisecond in reverse id order, independent of the machine's locale.
    markers.sort((a, b) => b.ms - a.ms || compareIds(b.id, a.id));
    for (let start = 0; start < markers.length; start += READ_CONCURRENCY) {
      const batch = markers
        .slice(start, start + READ_CONCURRENCY)
        .filter((marker) => marker.ms >= sinceMs);
      const read = await run('get', (store) =>
        mapLimit(batch, READ_CONCURRENCY, (marker) => readLead(store, marker.id)),
      );
      for (const [index, result] of read.entries()) {
        if ('key' in result) onSkip(result);
        // Only the marker with the lead's own receipt time counts: a lead has exactly one
        // such key per index, so it is listed once (no set of ids seen, which would grow
        // with the store), and a retry's marker never shows it twice.
        else if ('lead' in result && Date.parse(result.lead.receivedAt) === batch[index]?.ms)
          yield result.lead;
      }
    }
  }
}
