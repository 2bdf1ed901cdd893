/**
 * Small browser helpers of the inquiry form script (./inquiry-form.ts): its words from
 * the page, the JSON answer, the draft in sessionStorage, idempotency keys and retry
 * delays. Split out to keep each module readable.
 */
import { MESSAGES_ELEMENT_ID } from '../forms/localize';
import type { ClientMessages } from '../forms/messages/types';

/** Key of the draft in sessionStorage; both languages' forms share it. */
const DRAFT_KEY = 'inquiry-draft';

export interface Draft {
  entries: [string, string][];
}

/** The page's words for this script (a JSON block written at build time), if present. */
export function readMessages(): ClientMessages | undefined {
  try {
    const json = document.getElementById(MESSAGES_ELEMENT_ID)?.textContent;
    return json ? (JSON.parse(json) as ClientMessages) : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON answer of the function, or undefined when the body is not the JSON it documents. */
export async function readJson(
  response: Response,
): Promise<{ id?: unknown; errors?: Record<string, string> } | undefined> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

export function readDraft(): Draft | undefined {
  try {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    return draft && Array.isArray(draft.entries) ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** A random idempotency key; randomUUID needs a secure context, so fall back to getRandomValues. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** Retry-After (seconds) when the server sends it, else 1 s, 3 s, … backoff. */
export function retryDelayMs(response: Response | undefined, attempt: number): number {
  const header = Number(response?.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header * 1000 : 1000 * (2 * attempt + 1);
}

/** Stores the draft; storage can be full or disabled, and the form works without it. */
export function writeDraft(draft: Draft): void {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Nothing to keep when storage is unavailable.
  }
}
