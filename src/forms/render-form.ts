/**
 * The inquiry form as an HTML string, from the shared field metadata and one locale's
 * words. One renderer serves the static /inquire/ and /en/inquire/ pages (build time) and
 * the function's no-JavaScript error page (netlify/lib/form-page.ts), so a re-displayed
 * form has exactly the markup, the entered values (escaped) and the error messages of the
 * original. Pure: no DOM, no Node APIs.
 */
import {
  HONEYPOT_FIELD,
  INQUIRY_FIELDS,
  STARTED_AT_FIELD,
  type FieldGroup,
} from '../domain/inquiry/fields';
import { fieldId, renderErrorSummary } from './errors';
import { IDEMPOTENCY_FIELD, LOCALE_FIELD, STATUS_ID } from './ids';
import { attrs, escapeHtml } from './html';
import type { FormMessages } from './messages/types';
import type { PickerNotes } from './park-picker';
import { asText, renderField, type FormChoices } from './render-field';

export type { FormChoices, ParkChoice } from './render-field';

/** Entered values (as `fromFormFields` or the JSON body gives them) and messages by field name. */
export interface FormState {
  values?: Readonly<Record<string, unknown>>;
  /** Messages already in the form's language (see ../localize.ts). */
  errors?: Readonly<Record<string, string>>;
  /** What to tell about the parks of the link the form was opened with. */
  parkNotes?: PickerNotes | undefined;
}

/** Comments around the form in the built page; the error page swaps what lies between them. */
export const FORM_START_MARKER = '<!-- inquiry-form:start -->';
export const FORM_END_MARKER = '<!-- inquiry-form:end -->';
export { IDEMPOTENCY_FIELD, LOCALE_FIELD, STATUS_ID } from './ids';

const GROUPS: readonly FieldGroup[] = [
  'parks',
  'company',
  'contact',
  'project',
  'needs',
  'message',
];

/**
 * Hidden fields: the form's locale, idempotency key and start time (written by the
 * script), and the honeypot.
 */
function hiddenFields(values: Readonly<Record<string, unknown>>, words: FormMessages): string {
  return (
    `<input${attrs({ type: 'hidden', name: LOCALE_FIELD, value: words.locale })} />` +
    `<input${attrs({ type: 'hidden', name: IDEMPOTENCY_FIELD, value: asText(values[IDEMPOTENCY_FIELD]) || undefined })} />` +
    `<input${attrs({ type: 'hidden', name: STARTED_AT_FIELD, value: asText(values[STARTED_AT_FIELD]) || undefined })} />` +
    // Off-screen rather than display:none (bots skip hidden inputs), and out of the
    // accessibility tree and tab order so no person fills it by accident.
    `<div class="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">` +
    `<label for="${fieldId(HONEYPOT_FIELD)}">${escapeHtml(words.honeypotLabel)}</label>` +
    `<input type="text" id="${fieldId(HONEYPOT_FIELD)}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off" /></div>`
  );
}

/**
 * The whole form in `words.locale`: error summary (when there are errors), one section per
 * field group, hidden fields, the submit button and a status region for the script.
 * Posts urlencoded to /api/inquiry, so it works without JavaScript; `novalidate` because
 * the server's messages, not the browser's, are the ones people should see.
 */
export function renderInquiryForm(
  choices: FormChoices,
  words: FormMessages,
  state: FormState = {},
): string {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const sections = GROUPS.map((group, index) => {
    const fields = INQUIRY_FIELDS.filter((field) => field.group === group);
    return (
      // No accessible name on purpose: six extra landmarks would crowd the landmark list.
      `<section class="mb-4 border-t border-slate-300 pt-6">` +
      `<h2 id="inquiry-group-${group}" class="mb-5 text-xl font-bold"><span class="text-slate-600">${index + 1}.</span> ${escapeHtml(words.groups[group])}</h2>` +
      fields
        .map((field) => renderField(field, words, choices, values, errors, state.parkNotes))
        .join('') +
      `</section>`
    );
  }).join('');
  return (
    `<form${attrs({ id: 'inquiry-form', method: 'post', action: '/api/inquiry', 'accept-charset': 'utf-8', novalidate: true, 'data-server-errors': hasErrors })}>` +
    (hasErrors ? renderErrorSummary(errors, words) : '') +
    sections +
    hiddenFields(values, words) +
    `<p class="mb-4 max-w-prose text-slate-700">${escapeHtml(words.recipients)}</p>` +
    `<button type="submit" class="bg-brand-700 px-5 py-3 text-lg font-semibold text-white shadow-[0_2px_0_var(--color-brand-800)] hover:bg-brand-800 disabled:opacity-70">${escapeHtml(words.submit)}</button>` +
    `<div id="${STATUS_ID}" class="mt-4" role="status"></div>` +
    `</form>`
  );
}
