/**
 * The notification outbox: a lead whose webhook post failed stays queued, with
 * the failure recorded on the lead, until a later attempt succeeds. The
 * scheduled function `outbox-drain` and `npm run leads -- drain` retry it.
 * Delivery is at least once; receivers de-duplicate by lead id.
 */
import type { StoredLead } from './lead';
import type { LeadStore } from './lead-store';
import type { Notifier } from './notifier';

const MINUTE_MS = 60_000;
/** Longest wait between two attempts. */
export const MAX_RETRY_DELAY_MS = 6 * 60 * MINUTE_MS;
/** A queued id without a lead is discarded only after this long (its lead may still be on its way). */
export const ORPHAN_GRACE_MS = 10 * MINUTE_MS;

/** Wait before the next attempt after `attempts` failures: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, MINUTE_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends one lead's summary and records the outcome on the lead: `sent` (and the
 * outbox entry removed) or `failed` with the reason and the next attempt time.
 */
export async function deliver(
  store: LeadStore,
  notifier: Notifier,
  lead: StoredLead,
  now = new Date(),
): Promise<StoredLead> {
  // Channels that took the lead on an earlier attempt are not sent it again.
  const result = await notifier.send(lead, new Set(lead.notification.sentTo ?? []));
  const at = now.toISOString();
  const updated = await store.update(lead.id, (current) => {
    const attempts = current.notification.attempts + 1;
    const sentTo = [...new Set([...(current.notification.sentTo ?? []), ...result.sent])];
    const channels = sentTo.length > 0 ? { sentTo } : {};
    if (result.ok) {
      return {
        ...current,
        notification: { status: 'sent', attempts, lastAttemptAt: at, sentAt: at, ...channels },
      };
    }
    return {
      ...current,
      notification: {
        status: 'failed',
        attempts,
        lastAttemptAt: at,
        ...channels,
        lastError: result.error,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
      },
    };
  });
  if (result.ok) await store.removeFromOutbox(lead.id);
  return updated ?? lead;
}

export interface DrainReport {
  /** Queued entries looked at. */
  queued: number;
  sent: number;
  failed: number;
  /** Not due yet (backoff). */
  waiting: number;
  /** Entries removed because the lead was already sent or does not exist. */
  cleaned: number;
}

/**
 * Retries every queued notification that is due (all of them with `force`).
 * One failing lead does not stop the others.
 */
export async function drainOutbox(
  store: LeadStore,
  notifier: Notifier,
  options: { now?: Date; force?: boolean } = {},
): Promise<DrainReport> {
  const now = options.now ?? new Date();
  const report: DrainReport = { queued: 0, sent: 0, failed: 0, waiting: 0, cleaned: 0 };
  if (!notifier.configured) return report;
  const entries = await store.outbox();
  report.queued = entries.length;
  for (const { id, queuedAt } of entries) {
    const lead = await store.get(id);
    if (!lead) {
      // The lead of a fresh entry may still be on its way (the entry is written first).
      if (now.getTime() - Date.parse(queuedAt) < ORPHAN_GRACE_MS) {
        report.waiting += 1;
      } else {
        await store.removeFromOutbox(id);
        report.cleaned += 1;
      }
      continue;
    }
    if (lead.notification.status === 'sent') {
      await store.removeFromOutbox(id);
      report.cleaned += 1;
      continue;
    }
    // A `pending` lead is being delivered by the request that stored it; give that a minute.
    const inFlight =
      lead.notification.status === 'pending' &&
      now.getTime() - Date.parse(lead.receivedAt) < MINUTE_MS;
    const due =
      !inFlight &&
      (!lead.notification.nextAttemptAt ||
        Date.parse(lead.notification.nextAttemptAt) <= now.getTime());
    if (!due && !options.force) {
      report.waiting += 1;
      continue;
    }
    const after = await deliver(store, notifier, lead, now);
    if (after.notification.status === 'sent') report.sent += 1;
    else report.failed += 1;
  }
  return report;
}
