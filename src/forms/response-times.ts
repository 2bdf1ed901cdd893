/**
 * The "committed response times" box of the form: one sentence per chosen park. Shared
 * by the renderer (server, no-JS error page) and the client script (as boxes are ticked).
 */
import { escapeHtml } from './html';
import { fill } from './localize';
import type { ClientMessages } from './messages/types';

type Words = ClientMessages['responseTimes'];

export const RESPONSE_TIMES_ID = 'inquiry-response-times';

/** A park's display name and committed response time in business hours. */
export interface ResponseTime {
  name: string;
  responseHours: number;
}

/** One sentence per chosen park ("Xiangjiang … answers within 24 business hours."). */
export function responseTimeSentences(parks: readonly ResponseTime[], words: Words): string[] {
  return parks.map((park) =>
    fill(park.responseHours === 1 ? words.one : words.other, {
      name: park.name,
      hours: park.responseHours,
    }),
  );
}

/** The inner HTML of the response-time box for the chosen parks (empty when none). */
export function renderResponseTimes(parks: readonly ResponseTime[], words: Words): string {
  if (parks.length === 0) return '';
  const items = responseTimeSentences(parks, words)
    .map((sentence) => `<li>${escapeHtml(sentence)}</li>`)
    .join('');
  return `<h3>${escapeHtml(words.heading)}</h3><ul>${items}</ul>`;
}
