/**
 * Newest-first listing of leads through the index keys (lead-keys.ts): one day
 * folder at a time, so memory stays bounded by the busiest day however many
 * leads are stored, and a listing that wants 50 leads reads about 50.
 */
import type { Store } from '@netlify/blobs';
import { listFolders, listKeys, mapLimit } from './blobs-support';
import type { StoredLead } from './lead';
import { dayFolder, indexPrefix, isDayFolder, leadKey, parseMarker } from './lead-keys';

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
  run: Runner,
  id: string,
): Promise<{ lead: StoredLead } | { missing: true } | SkippedEntry> {
  const key = leadKey(id);
  const text = await run('get', (store) => store.get(key, { type: 'text' }));
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
 * Each lead is yielded at most once.
 */
export async function* leadsNewestFirst(
  run: Runner,
  query: LeadQuery,
  onSkip: (entry: SkippedEntry) => void,
): AsyncGenerator<StoredLead> {
  const prefix = indexPrefix(query.park);
  const sinceMs = query.since?.getTime() ?? -Infinity;
  const sinceDay = query.since ? dayFolder(sinceMs) : '';
  const folders = await run('list', (store) => listFolders(store, prefix));
  const days = folders
    .filter((name) => isDayFolder(name) && name >= sinceDay)
    .sort()
    .reverse();
  const seen = new Set<string>();
  for (const day of days) {
    const keys = await run('list', (store) => listKeys(store, `${prefix}${day}/`));
    const markers: { id: string; ms: number }[] = [];
    for (const key of keys) {
      const marker = parseMarker(key);
      if (marker) markers.push(marker);
      else
        onSkip({ key, reason: 'not an index entry (a temporary file from an interrupted write?)' });
    }
    markers.sort((a, b) => b.ms - a.ms || b.id.localeCompare(a.id));
    for (let start = 0; start < markers.length; start += READ_CONCURRENCY) {
      const batch = markers
        .slice(start, start + READ_CONCURRENCY)
        .filter((marker) => marker.ms >= sinceMs && !seen.has(marker.id));
      const read = await mapLimit(batch, READ_CONCURRENCY, (marker) => readLead(run, marker.id));
      for (const [index, result] of read.entries()) {
        if ('key' in result) {
          if (!seen.has(result.key)) onSkip(result);
          seen.add(result.key);
          continue;
        }
        if (!('lead' in result) || seen.has(result.lead.id)) continue;
        // Only the marker with the lead's own receipt time counts, so a retry's marker never
        // hides the lead nor shows it twice.
        if (Date.parse(result.lead.receivedAt) !== batch[index]?.ms) continue;
        seen.add(result.lead.id);
        yield result.lead;
      }
    }
  }
}
