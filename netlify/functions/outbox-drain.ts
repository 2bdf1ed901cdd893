/**
 * Scheduled retry of staff notifications that failed (the outbox), every
 * 15 minutes. `npm run leads -- drain` does the same on demand.
 */
import type { Config } from '@netlify/functions';
import { BlobsLeadStore } from '../lib/blobs-lead-store';
import { RECENT_WINDOW_MS } from '../lib/lead';
import { describeError, log } from '../lib/log';
import { notifierFromEnv } from '../lib/notifier';
import { drainOutbox } from '../lib/outbox';

export default async function outboxDrain(): Promise<Response> {
  const started = performance.now();
  const store = new BlobsLeadStore();
  try {
    const report = await drainOutbox(store, notifierFromEnv());
    // Fingerprints older than the detection window are no longer compared with; drop them here.
    const pruned = await store.pruneRecent(Date.now() - RECENT_WINDOW_MS);
    log({ event: 'outbox-drain', ms: Math.round(performance.now() - started), count: report.sent });
    return new Response(JSON.stringify({ ...report, pruned }), {
      headers: { 'Content-Type': 'application/json' },
    });
  } catch (error) {
    log({ event: 'outbox-drain', error: describeError(error) });
    return new Response(null, { status: 503 });
  }
}

export const config: Config = { schedule: '*/15 * * * *' };
