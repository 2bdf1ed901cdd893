/**
 * Error markup shared by the server-rendered form and the client script, following the
 * GOV.UK error-summary and error-message patterns: a focused summary titled "There is a
 * problem" (in the page's language) that links to each field, and a message above each
 * field's control. Messages arrive already in words (../localize.ts).
 */
import { INQUIRY_FIELDS } from '../domain/inquiry/fields';
import { escapeHtml } from './html';
import type { ClientMessages } from './messages/types';

export const ERROR_SUMMARY_ID = 'error-summary';

/** The words the error markup needs. */
export type ErrorWords = Pick<ClientMessages, 'summaryTitle' | 'errorPrefix'>;

/** Id of a field's first control, the target of the error summary's link. */
export const fieldId = (name: string): string => `field-${name}`;
/** Id of the hint paragraph under a field's label. */
export const hintId = (name: string): string => `field-${name}-hint`;
/** Id of the error message paragraph of a field. */
export const errorId = (name: string): string => `field-${name}-error`;

const FIELD_ORDER = new Map<string, number>(
  INQUIRY_FIELDS.map((field, index) => [field.name, index]),
);

/**
 * Errors in the order the fields appear on the page, so the summary reads top to
 * bottom like the form. Keys that are not form fields (unknown keys from a tampered
 * post) come last.
 */
export function orderedErrors(errors: Readonly<Record<string, string>>): [string, string][] {
  const rank = (name: string) => FIELD_ORDER.get(name) ?? Number.MAX_SAFE_INTEGER;
  return Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * The error summary. Links point at the field's first control (`#field-<name>`);
 * errors about keys the form does not show are listed as plain text. `autofocus`
 * moves focus to it when the page loads even without JavaScript.
 */
export function renderErrorSummary(
  errors: Readonly<Record<string, string>>,
  words: ErrorWords,
): string {
  const items = orderedErrors(errors)
    .map(([name, message]) =>
      FIELD_ORDER.has(name)
        ? `<li><a href="#${escapeHtml(fieldId(name))}">${escapeHtml(message)}</a></li>`
        : `<li>${escapeHtml(message)}</li>`,
    )
    .join('');
  return (
    `<div id="${ERROR_SUMMARY_ID}" class="err-summary" tabindex="-1" autofocus aria-labelledby="${ERROR_SUMMARY_ID}-title">` +
    `<div role="alert"><h2 id="${ERROR_SUMMARY_ID}-title">${escapeHtml(words.summaryTitle)}</h2>` +
    `<ul>${items}</ul></div></div>`
  );
}

/** The message shown above a field's control; the hidden prefix tells screen readers it is an error. */
export function renderFieldError(name: string, message: string, words: ErrorWords): string {
  return `<p id="${escapeHtml(errorId(name))}" class="err-msg"><span class="sr-only">${escapeHtml(words.errorPrefix)}</span>${escapeHtml(message)}</p>`;
}

/** The aria-describedby value of a field: its hint (if any), then its error (if any). */
export function describedBy(name: string, hasHint: boolean, hasError: boolean): string {
  return [hasHint ? hintId(name) : '', hasError ? errorId(name) : ''].filter(Boolean).join(' ');
}
