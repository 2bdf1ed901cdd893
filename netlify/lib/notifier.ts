/**
 * Staff notification: a minimal summary of a new lead posted to
 * LEAD_WEBHOOK_URL (chat, CRM, e-mail relay). It carries no contact details —
 * staff open the lead itself for those — and is bounded by a short timeout so
 * it can never hold up or lose a lead; failures go to the outbox.
 */
import { createHmac } from 'node:crypto';
import type { StoredLead } from './lead';

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

export type SendResult = { ok: true } | { ok: false; error: string };

export interface Notifier {
  /** False when no webhook is configured: leads are then marked `not-configured`. */
  readonly configured: boolean;
  send(summary: LeadSummary): Promise<SendResult>;
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
  readonly #options: WebhookOptions;

  constructor(options: WebhookOptions) {
    this.#options = options;
  }

  async send(summary: LeadSummary): Promise<SendResult> {
    const body = JSON.stringify(summary);
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
      return res.ok ? { ok: true } : { ok: false, error: `HTTP ${res.status}` };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      return {
        ok: false,
        error: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network error',
      };
    }
  }
}

/** The notifier that does nothing, for sites without a webhook. */
export const NO_NOTIFIER: Notifier = {
  configured: false,
  send: () => Promise.resolve({ ok: false, error: 'no webhook configured' }),
};

/** LEAD_WEBHOOK_URL, LEAD_WEBHOOK_SECRET and LEAD_WEBHOOK_TIMEOUT_MS from the environment. */
export function notifierFromEnv(env: NodeJS.ProcessEnv = process.env): Notifier {
  const url = env['LEAD_WEBHOOK_URL'];
  if (!url) return NO_NOTIFIER;
  const secret = env['LEAD_WEBHOOK_SECRET'];
  return new WebhookNotifier({
    url,
    ...(secret ? { secret } : {}),
    timeoutMs: Number(env['LEAD_WEBHOOK_TIMEOUT_MS'] || 2500),
  });
}
