/**
 * Staff notifications: the generic JSON webhook (LEAD_WEBHOOK_URL: a minimal
 * summary for a CRM or relay) and the chat channels (LEAD_NOTIFY_*: WeCom,
 * DingTalk, Feishu, Slack; notify/), several at once. Each post is bounded by a
 * short timeout so it can never hold up or lose a lead; failures go to the outbox.
 */
import { createHmac } from 'node:crypto';
import type { StoredLead } from './lead';
import { ChatNotifier, MultiNotifier } from './notify/channel';
import { dingtalk, feishu, slack, wecom, type ChatFormat } from './notify/formats';
import { staffLocaleFromEnv } from './staff-text';

/** What the webhook receives. */
export interface LeadSummary {
  event: 'lead.created';
  id: string;
  receivedAt: string;
  tier: StoredLead['qualification']['tier'];
  score: number;
  parks: string[];
  /** True when screening saw a spam signal (the lead is kept either way). */
  spam: boolean;
}

/** Builds the summary; deliberately no company, person, e-mail, phone or message. */
export function leadSummary(lead: StoredLead): LeadSummary {
  const { honeypot, crossSite, tooFastMs } = lead.spam;
  return {
    event: 'lead.created',
    id: lead.id,
    receivedAt: lead.receivedAt,
    tier: lead.qualification.tier,
    score: lead.qualification.score,
    parks: [...lead.inquiry.parks],
    spam: honeypot || crossSite || tooFastMs !== undefined,
  };
}

/** The outcome of one attempt; `sent` names the channels that took the lead this time. */
export type SendResult =
  { ok: true; sent: string[] } | { ok: false; error: string; sent: string[] };

export interface Notifier {
  /** False when nothing is configured: leads are then marked `not-configured`. */
  readonly configured: boolean;
  /** Channel names, as recorded in `notification.sentTo`. */
  readonly channels: readonly string[];
  /** Sends the lead to every channel not in `done`. */
  send(lead: StoredLead, done?: ReadonlySet<string>): Promise<SendResult>;
}

export interface WebhookOptions {
  url: string;
  /** When set, the body is signed: `X-Lead-Signature: sha256=<hex HMAC of timestamp.body>`. */
  secret?: string;
  timeoutMs?: number;
}

/** Posts summaries as JSON; any non-2xx answer, timeout or network error is a failure. */
export class WebhookNotifier implements Notifier {
  readonly configured = true;
  readonly channels = ['webhook'] as const;
  readonly #options: WebhookOptions;

  constructor(options: WebhookOptions) {
    this.#options = options;
  }

  async send(lead: StoredLead, done: ReadonlySet<string> = new Set()): Promise<SendResult> {
    if (done.has('webhook')) return { ok: true, sent: [] };
    const body = JSON.stringify(leadSummary(lead));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': 'park-showcase-lead-notifier',
      'X-Lead-Timestamp': timestamp,
    };
    if (this.#options.secret) {
      const mac = createHmac('sha256', this.#options.secret)
        .update(`${timestamp}.${body}`)
        .digest('hex');
      headers['X-Lead-Signature'] = `sha256=${mac}`;
    }
    try {
      const res = await fetch(this.#options.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.#options.timeoutMs ?? 2500),
      });
      await res.body?.cancel().catch(() => undefined);
      return res.ok
        ? { ok: true, sent: ['webhook'] }
        : { ok: false, error: `HTTP ${res.status}`, sent: [] };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      return {
        ok: false,
        error: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network error',
        sent: [],
      };
    }
  }
}

/** The notifier that does nothing, for sites without a webhook. */
export const NO_NOTIFIER: Notifier = {
  configured: false,
  channels: [],
  send: () => Promise.resolve({ ok: false, error: 'no notification configured', sent: [] }),
};

/** Chat channels by the prefix of their variables: LEAD_NOTIFY_<NAME>_URL and _SECRET. */
const CHAT_FORMATS: Readonly<Record<string, ChatFormat>> = { wecom, dingtalk, feishu, slack };

/**
 * Every configured channel: LEAD_WEBHOOK_URL (+ LEAD_WEBHOOK_SECRET) for the generic JSON
 * webhook; LEAD_NOTIFY_WECOM_URL, LEAD_NOTIFY_DINGTALK_URL (+ _SECRET), LEAD_NOTIFY_FEISHU_URL
 * (+ _SECRET), LEAD_NOTIFY_SLACK_URL for the chats, in LEAD_STAFF_LOCALE (zh-CN unless `en`),
 * with contact details only when LEAD_NOTIFY_INCLUDE_CONTACT=1. LEAD_WEBHOOK_TIMEOUT_MS bounds
 * each post (2500 ms).
 */
export function notifierFromEnv(env: NodeJS.ProcessEnv = process.env): Notifier {
  const timeoutMs = Number(env['LEAD_WEBHOOK_TIMEOUT_MS'] || 2500);
  const notifiers: Notifier[] = [];
  const url = env['LEAD_WEBHOOK_URL'];
  if (url) {
    const secret = env['LEAD_WEBHOOK_SECRET'];
    notifiers.push(new WebhookNotifier({ url, ...(secret ? { secret } : {}), timeoutMs }));
  }
  for (const [name, format] of Object.entries(CHAT_FORMATS)) {
    const chatUrl = env[`LEAD_NOTIFY_${name.toUpperCase()}_URL`];
    if (!chatUrl) continue;
    notifiers.push(
      new ChatNotifier({
        name,
        format,
        url: chatUrl,
        secret: env[`LEAD_NOTIFY_${name.toUpperCase()}_SECRET`] || undefined,
        locale: staffLocaleFromEnv(env),
        includeContact: env['LEAD_NOTIFY_INCLUDE_CONTACT'] === '1',
        timeoutMs,
      }),
    );
  }
  if (notifiers.length === 0) return NO_NOTIFIER;
  return notifiers.length === 1 ? (notifiers[0] as Notifier) : new MultiNotifier(notifiers);
}
