/**
 * Indexes leads stored before the index keys existed (lead-keys.ts): every
 * `lead/<id>` gets its time and park markers. Idempotent (markers are written
 * under fixed keys) and resumable; `meta/index` records that it ran, so the
 * staff CLI and `npm start` run it once on their own and `leads migrate` on demand.
 */
import { listKeys, mapLimit } from './blobs-support';
import type { StoredLead } from './lead';
import { idFromLeadKey, indexKeys, INDEX_VERSION, META_INDEX_KEY } from './lead-keys';
import type { Runner, SkippedEntry } from './lead-listing';

export interface MigrationReport {
  /** False when `meta/index` said the work was done already. */
  ran: boolean;
  leads: number;
  markers: number;
  skipped: SkippedEntry[];
}

const CONCURRENCY = 16;
const PAGE = 500;

export async function migrateIndex(
  run: Runner,
  options: { force?: boolean } = {},
): Promise<MigrationReport> {
  const report: MigrationReport = { ran: false, leads: 0, markers: 0, skipped: [] };
  const meta = (await run('migrate', (store) => store.get(META_INDEX_KEY, { type: 'json' }))) as {
    version?: number;
  } | null;
  if (!options.force && meta?.version === INDEX_VERSION) return report;
  report.ran = true;
  const keys = await run('migrate', (store) => listKeys(store, 'lead/'));
  for (let start = 0; start < keys.length; start += PAGE) {
    await mapLimit(keys.slice(start, start + PAGE), CONCURRENCY, async (key) => {
      const id = idFromLeadKey(key);
      if (!id) {
        report.skipped.push({
          key,
          reason: 'not a lead (a temporary file from an interrupted write?)',
        });
        return;
      }
      const text = await run('migrate', (store) => store.get(key, { type: 'text' }));
      let lead: StoredLead;
      try {
        lead = JSON.parse(text ?? '') as StoredLead;
        if (lead.id !== id || Number.isNaN(Date.parse(lead.receivedAt))) throw new Error();
      } catch {
        if (text !== null) report.skipped.push({ key, reason: 'not a readable lead' });
        return;
      }
      const markers = indexKeys(lead);
      await run('migrate', (store) => Promise.all(markers.map((marker) => store.set(marker, ''))));
      report.leads += 1;
      report.markers += markers.length;
    });
  }
  await run('migrate', (store) =>
    store.setJSON(META_INDEX_KEY, { version: INDEX_VERSION, at: new Date().toISOString() }),
  );
  return report;
}
