/**
 * The stored lead: what the enterprise sent, what screening and qualification
 * concluded, and the state of the staff notification. One JSON document per
 * lead, written in one operation, so a lead is either complete or absent.
 */
import { createHash } from 'node:crypto';
import {
  SENDER_WINDOW_DAYS,
  TEMPLATE_WINDOW_DAYS,
  type Inquiry,
  type Qualification,
  type RecentLead,
} from '../../src/domain/inquiry';
import type { Locale } from '../../src/i18n/locales';
import type { SpamSignals } from './spam';

/** Webhook notification progress, kept on the lead so staff can see it. */
export interface NotificationState {
  /** `not-configured`: no notification channel was configured when the lead arrived. */
  status: 'not-configured' | 'pending' | 'sent' | 'failed';
  attempts: number;
  lastAttemptAt?: string;
  /** Why the last attempt failed, e.g. "HTTP 502" or "timeout" (never response bodies). */
  lastError?: string;
  /** Earliest time the outbox drain retries. */
  nextAttemptAt?: string;
  sentAt?: string;
  /** Channels that have the lead (`webhook`, `wecom`, `dingtalk`, `feishu`, `slack`). */
  sentTo?: string[];
}

/**
 * What an inquiry keeps of the submission: everything but the spam-trap fields and the
 * language, which the lead keeps as `locale` (the one the inquirer was answered in).
 */
export type LeadInquiry = Omit<Inquiry, 'website' | 'startedAt' | 'locale'>;

export interface StoredLead {
  schemaVersion: 1;
  id: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  /** How it arrived: the JSON API (script) or a plain form post. */
  source: 'json' | 'form';
  /**
   * The inquirer's language: the body's `locale` field, else Accept-Language, else zh-CN.
   * Staff see it; answers to the inquirer go out in it.
   */
  locale: Locale;
  inquiry: LeadInquiry;
  spam: SpamSignals;
  qualification: Qualification;
  /**
   * Earlier qualifications, oldest first, each with the time it was replaced
   * (`npm run leads -- rescore`). Absent until a lead is first rescored.
   */
  qualificationHistory?: (Qualification & { replacedAt: string })[];
  /** What later leads are compared with (template and many-parks detection). */
  fingerprint: Omit<RecentLead, 'id' | 'receivedAt'>;
  /** Shortest committed response time among the chosen parks, in business hours. */
  responseHours: number;
  notification: NotificationState;
}

/** How long fingerprints matter to qualification: its longest comparison window, in ms. */
export const RECENT_WINDOW_MS = Math.max(TEMPLATE_WINDOW_DAYS, SENDER_WINDOW_DAYS) * 86_400_000;

/** Lead ids: `ld_` and 20 lowercase hex characters. */
export const LEAD_ID_PATTERN = /^ld_[0-9a-f]{20}$/;

/**
 * The lead id, derived from the idempotency key and the sender's e-mail: a
 * retried submission lands on the same id (and so the same stored lead), while
 * two senders who happen to pick the same key never collide.
 */
export function leadIdFor(idempotencyKey: string, email: string): string {
  const digest = createHash('sha256')
    .update('lead-id\0')
    .update(idempotencyKey)
    .update('\0')
    .update(email.trim().toLowerCase())
    .digest('hex');
  return `ld_${digest.slice(0, 20)}`;
}

/** The RecentLead view of a stored lead. */
export function toRecentLead(
  lead: Pick<StoredLead, 'id' | 'receivedAt' | 'fingerprint'>,
): RecentLead {
  return { ...lead.fingerprint, id: lead.id, receivedAt: lead.receivedAt };
}

/** Removes the spam-trap fields before the inquiry is kept. */
export function leadInquiry(inquiry: Inquiry): LeadInquiry {
  const kept: Partial<Inquiry> = { ...inquiry };
  delete kept.website;
  delete kept.startedAt;
  delete kept.locale;
  return kept as LeadInquiry;
}
