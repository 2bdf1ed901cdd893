/**
 * The "committed response times" box of the form: one sentence per chosen park. Shared
 * by the renderer (server, no-JS error page) and the client script (as boxes are ticked).
 */
import { escapeHtml } from './html';

export const RESPONSE_TIMES_ID = 'inquiry-response-times';

/** A park's display name and committed response time in business hours. */
export interface ResponseTime {
  name: string;
  responseHours: number;
}

/** One sentence per chosen park ("Xiangjiang … answers within 24 business hours."). */
export function responseTimeSentences(parks: readonly ResponseTime[]): string[] {
  return parks.map(
    (park) =>
      `${park.name} answers within ${park.responseHours} business hour${park.responseHours === 1 ? '' : 's'}.`,
  );
}

/** The inner HTML of the response-time box for the chosen parks (empty when none). */
export function renderResponseTimes(parks: readonly ResponseTime[]): string {
  if (parks.length === 0) return '';
  const items = responseTimeSentences(parks)
    .map((sentence) => `<li>${escapeHtml(sentence)}</li>`)
    .join('');
  return `<h3 class="font-semibold">Committed response times</h3><ul class="mt-1 list-disc pl-5">${items}</ul>`;
}
