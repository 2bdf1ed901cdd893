/**
 * Chat channels (WeCom, DingTalk, Feishu, Slack) and the notifier that sends to
 * every configured channel. A channel that already took a lead is not sent it
 * again when the outbox retries the others.
 */
import type { Locale } from '../../../src/i18n/locales';
import type { StoredLead } from '../lead';
import { leadMessage } from '../lead-message';
import type { Notifier, SendResult } from '../notifier';
import { staffText } from '../staff-text';
import type { ChatFormat } from './formats';

export interface ChatChannelOptions {
  /** Channel name as recorded on the lead (`wecom`, `dingtalk`, `feishu`, `slack`). */
  name: string;
  format: ChatFormat;
  url: string;
  secret?: string | undefined;
  locale: Locale;
  includeContact: boolean;
  timeoutMs: number;
}

/**
 * The platforms answer HTTP 200 even when they refuse a message (bad signature, rate
 * limit): WeCom and DingTalk say `{"errcode": 0}` on success, Feishu `{"code": 0}`
 * (older bots `{"StatusCode": 0}`), Slack the text `ok`. Anything else is a failure.
 */
function refusal(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null; // Slack's plain `ok`, or a receiver that answers without a body
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const body = parsed as Record<string, unknown>;
  for (const field of ['errcode', 'code', 'StatusCode']) {
    if (field in body && body[field] !== 0) return `platform error ${String(body[field])}`;
  }
  return null;
}

export class ChatNotifier implements Notifier {
  readonly configured = true;
  readonly channels: readonly string[];
  readonly #options: ChatChannelOptions;

  constructor(options: ChatChannelOptions) {
    this.#options = options;
    this.channels = [options.name];
  }

  async send(lead: StoredLead, done: ReadonlySet<string> = new Set()): Promise<SendResult> {
    const { name, format, url, secret, locale, includeContact, timeoutMs } = this.#options;
    if (done.has(name)) return { ok: true, sent: [] };
    const message = leadMessage(lead, locale, { includeContact });
    const request = format(message, staffText(locale), { url, secret, nowMs: Date.now() });
    try {
      const res = await fetch(request.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(request.body),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      if (!res.ok) return { ok: false, error: `${name}: HTTP ${res.status}`, sent: [] };
      const refused = refusal(text);
      return refused
        ? { ok: false, error: `${name}: ${refused}`, sent: [] }
        : { ok: true, sent: [name] };
    } catch (error) {
      const kind = error instanceof Error ? error.name : '';
      const reason = kind === 'TimeoutError' || kind === 'AbortError' ? 'timeout' : 'network error';
      return { ok: false, error: `${name}: ${reason}`, sent: [] };
    }
  }
}

/** Sends to every channel at once; succeeds when every channel has the lead. */
export class MultiNotifier implements Notifier {
  readonly configured = true;
  readonly channels: readonly string[];
  readonly #notifiers: readonly Notifier[];

  constructor(notifiers: readonly Notifier[]) {
    this.#notifiers = notifiers;
    this.channels = notifiers.flatMap((notifier) => notifier.channels);
  }

  async send(lead: StoredLead, done: ReadonlySet<string> = new Set()): Promise<SendResult> {
    const results = await Promise.all(this.#notifiers.map((notifier) => notifier.send(lead, done)));
    const sent = results.flatMap((result) => result.sent);
    const errors = results.flatMap((result) => (result.ok ? [] : [result.error]));
    return errors.length === 0 ? { ok: true, sent } : { ok: false, error: errors.join('; '), sent };
  }
}
