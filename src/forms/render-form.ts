/**
 * The inquiry form as an HTML string, from the shared field metadata. One renderer serves
 * the static /inquire/ page (build time) and the function's no-JavaScript error page
 * (netlify/lib/form-page.ts), so a re-displayed form has exactly the markup, the entered
 * values (escaped) and the error messages of the original. Pure: no DOM, no Node APIs.
 */
import {
  HONEYPOT_FIELD,
  INQUIRY_FIELDS,
  STARTED_AT_FIELD,
  type FieldGroup,
  type FieldOption,
  type InquiryField,
} from '../domain/inquiry/fields';
import { describedBy, fieldId, hintId, renderErrorSummary, renderFieldError } from './errors';
import { attrs, escapeHtml } from './html';
import { renderResponseTimes, RESPONSE_TIMES_ID } from './response-times';

/** A park a visitor can address, with its committed response time. */
export interface ParkChoice {
  slug: string;
  name: string;
  /** "Changsha, Hunan" */
  place: string;
  responseHours: number;
}

/** Options that come from content: parks, industries (chains) and processes. */
export interface FormChoices {
  parks: readonly ParkChoice[];
  industries: readonly FieldOption[];
  processes: readonly FieldOption[];
}

/** Entered values (as `fromFormFields` or the JSON body gives them) and messages by field name. */
export interface FormState {
  values?: Readonly<Record<string, unknown>>;
  errors?: Readonly<Record<string, string>>;
}

/** Comments around the form in the built page; the error page swaps what lies between them. */
export const FORM_START_MARKER = '<!-- inquiry-form:start -->';
export const FORM_END_MARKER = '<!-- inquiry-form:end -->';
export const IDEMPOTENCY_FIELD = 'idempotencyKey';
export const STATUS_ID = 'inquiry-status';

const GROUP_HEADINGS: Readonly<Record<FieldGroup, string>> = {
  parks: 'Parks',
  company: 'Your company',
  contact: 'How the parks can reach you',
  project: 'Your project',
  needs: 'What you need nearby',
  message: 'Question and consent',
};
const GROUPS = Object.keys(GROUP_HEADINGS) as FieldGroup[];

const CONTROL =
  'mt-2 block w-full rounded-none border-2 border-slate-700 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-error-700';
const BOX = 'mt-0.5 size-6 shrink-0 accent-brand-700';
/** Widths matched to what people type (GOV.UK: the field's size hints at the answer's length). */
const WIDTHS: Readonly<Partial<Record<string, string>>> = {
  uscc: 'max-w-[24ch] uppercase',
  phone: 'max-w-[24ch]',
  email: 'max-w-xl',
  investmentCny: 'max-w-[20ch]',
  landMu: 'max-w-[14ch]',
  floorM2: 'max-w-[14ch]',
  powerKw: 'max-w-[14ch]',
  jobs: 'max-w-[14ch]',
  country: 'max-w-md',
  industry: 'max-w-xl',
  projectType: 'max-w-md',
  timeline: 'max-w-md',
};

const asText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint'
    ? String(value)
    : '';

const asSet = (value: unknown): Set<string> => {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return new Set(list.map(asText).filter((item) => item !== ''));
};

const optionalMark = (field: InquiryField) =>
  field.optional ? '<span class="font-normal text-slate-700"> (optional)</span>' : '';

const hint = (field: InquiryField, extraHtml = '') =>
  field.hint || extraHtml
    ? `<p id="${hintId(field.name)}" class="mt-1 text-slate-700">${escapeHtml(field.hint ?? '')}${extraHtml}</p>`
    : '';

/** The wrapper every field shares: its error state and the slot the client fills. */
function wrap(
  field: InquiryField,
  error: string | undefined,
  inner: string,
  extraClass = '',
): string {
  const invalid = error !== undefined;
  return (
    `<div${attrs({ class: `mb-7 data-invalid:border-l-4 data-invalid:border-error-700 data-invalid:pl-4 ${extraClass}`.trim(), 'data-field': field.name, 'data-invalid': invalid })}>` +
    // A function replacement: a message containing "$&" must not be read as a pattern.
    inner.replace(
      '<!--error-->',
      () => `<div data-error-slot>${invalid ? renderFieldError(field.name, error) : ''}</div>`,
    ) +
    '</div>'
  );
}

function textControl(field: InquiryField, value: unknown, error: string | undefined): string {
  const common = {
    id: fieldId(field.name),
    name: field.name,
    class: `${CONTROL} ${WIDTHS[field.name] ?? ''}`.trim(),
    maxlength: field.maxLength,
    'aria-describedby': describedBy(field.name, Boolean(field.hint), error !== undefined),
    'aria-invalid': error !== undefined ? 'true' : undefined,
  };
  if (field.kind === 'textarea') {
    return `<textarea${attrs({ ...common, rows: 6 })}>${escapeHtml(asText(value))}</textarea>`;
  }
  // Numbers use type=text with an inputmode (GOV.UK advice): type=number silently drops
  // what it cannot parse, so a mistyped figure could never be shown back with its error.
  const type = field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : 'text';
  return `<input${attrs({
    ...common,
    type,
    value: asText(value),
    autocomplete: field.autocomplete,
    inputmode: field.inputMode,
    spellcheck: field.kind === 'text' && field.name !== 'uscc' ? undefined : 'false',
  })} />`;
}

function selectControl(
  field: InquiryField,
  options: readonly FieldOption[],
  value: unknown,
  error: string | undefined,
): string {
  const fallback = field.name === 'country' ? 'CN' : '';
  const selected = asText(value) || fallback;
  const placeholder =
    selected === '' || field.optional ? '<option value="">Choose one</option>' : '';
  const items = options
    .map(
      (option) =>
        `<option${attrs({ value: option.value, selected: option.value === selected })}>${escapeHtml(option.label)}</option>`,
    )
    .join('');
  return `<select${attrs({
    id: fieldId(field.name),
    name: field.name,
    class: `${CONTROL} ${WIDTHS[field.name] ?? ''}`.trim(),
    autocomplete: field.autocomplete,
    'aria-describedby': describedBy(field.name, Boolean(field.hint), error !== undefined),
    'aria-invalid': error !== undefined ? 'true' : undefined,
  })}>${placeholder}${items}</select>`;
}

interface BoxItem {
  value: string;
  label: string;
  /** Text under the item's label (parks: place and response time). */
  note?: string;
  data?: Record<string, string | number>;
}

function checkboxes(
  field: InquiryField,
  items: readonly BoxItem[],
  value: unknown,
  error: string | undefined,
  columns: boolean,
): string {
  const chosen = asSet(value);
  const boxes = items
    .map((item, index) => {
      // The first box carries the field id so the error summary's link lands on it (GOV.UK).
      const id = index === 0 ? fieldId(field.name) : `${fieldId(field.name)}-${item.value}`;
      const noteId = item.note ? `${id}-note` : undefined;
      const dataAttrs: Record<string, string | number> = {};
      for (const [key, data] of Object.entries(item.data ?? {})) dataAttrs[`data-${key}`] = data;
      return (
        `<div class="flex items-start gap-3">` +
        `<input${attrs({ type: 'checkbox', class: BOX, id, name: field.name, value: item.value, checked: chosen.has(item.value), 'aria-describedby': noteId, 'aria-invalid': error !== undefined ? 'true' : undefined, ...dataAttrs })} />` +
        `<label class="leading-snug" for="${escapeHtml(id)}">${escapeHtml(item.label)}` +
        (item.note
          ? `<span id="${escapeHtml(noteId)}" class="block text-sm text-slate-700">${escapeHtml(item.note)}</span>`
          : '') +
        `</label></div>`
      );
    })
    .join('');
  const legend = `<legend class="font-semibold">${escapeHtml(field.label)}${optionalMark(field)}</legend>`;
  return `<fieldset${attrs({ 'aria-describedby': describedBy(field.name, Boolean(field.hint), error !== undefined) })}>${legend}${hint(field)}<!--error--><div class="mt-3 grid gap-3 ${columns ? 'sm:grid-cols-2' : ''}">${boxes}</div></fieldset>`;
}

function renderField(
  field: InquiryField,
  choices: FormChoices,
  values: Readonly<Record<string, unknown>>,
  errors: Readonly<Record<string, string>>,
): string {
  const value = values[field.name];
  const error = errors[field.name];
  const label = `<label class="block font-semibold" for="${fieldId(field.name)}">${escapeHtml(field.label)}${optionalMark(field)}</label>`;
  switch (field.kind) {
    case 'checkboxes': {
      if (field.name === 'parks') {
        const items = choices.parks.map((park) => ({
          value: park.slug,
          label: park.name,
          note: `${park.place} · answers within ${park.responseHours} business hours`,
          data: { 'park-name': park.name, 'response-hours': park.responseHours },
        }));
        const chosen = asSet(value);
        const times = renderResponseTimes(choices.parks.filter((park) => chosen.has(park.slug)));
        const timesBox = `<div id="${RESPONSE_TIMES_ID}" class="mt-4 bg-reach-50 p-3 text-reach-700 empty:hidden" aria-live="polite">${times}</div>`;
        return wrap(field, error, checkboxes(field, items, value, error, true) + timesBox);
      }
      const content = field.name.startsWith('processes');
      const options = content ? choices.processes : (field.options ?? []);
      return wrap(field, error, checkboxes(field, options, value, error, true));
    }
    case 'select': {
      const options = field.name === 'industry' ? choices.industries : (field.options ?? []);
      return wrap(
        field,
        error,
        label + hint(field) + '<!--error-->' + selectControl(field, options, value, error),
      );
    }
    case 'checkbox': {
      const privacy = ` Read the <a class="text-brand-700 underline" href="/privacy/">privacy notice</a>: what is kept, why, for how long and who sees it.`;
      const box = `<input${attrs({ type: 'checkbox', class: BOX, id: fieldId(field.name), name: field.name, value: 'true', checked: value === true || value === 'true' || value === 'on', 'aria-describedby': describedBy(field.name, true, error !== undefined), 'aria-invalid': error !== undefined ? 'true' : undefined })} />`;
      return wrap(
        field,
        error,
        `<!--error--><div class="flex items-start gap-3">${box}<div><label class="font-semibold leading-snug" for="${fieldId(field.name)}">${escapeHtml(field.label)}</label>${hint(field, privacy)}</div></div>`,
      );
    }
    default:
      return wrap(
        field,
        error,
        label + hint(field) + '<!--error-->' + textControl(field, value, error),
      );
  }
}

/** Hidden fields: idempotency key and start time (written by the script), and the honeypot. */
function hiddenFields(values: Readonly<Record<string, unknown>>): string {
  return (
    `<input${attrs({ type: 'hidden', name: IDEMPOTENCY_FIELD, value: asText(values[IDEMPOTENCY_FIELD]) || undefined })} />` +
    `<input${attrs({ type: 'hidden', name: STARTED_AT_FIELD, value: asText(values[STARTED_AT_FIELD]) || undefined })} />` +
    // Off-screen rather than display:none (bots skip hidden inputs), and out of the
    // accessibility tree and tab order so no person fills it by accident.
    `<div class="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">` +
    `<label for="${fieldId(HONEYPOT_FIELD)}">Leave this empty</label>` +
    `<input type="text" id="${fieldId(HONEYPOT_FIELD)}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off" /></div>`
  );
}

/**
 * The whole form: error summary (when there are errors), one section per field group,
 * hidden fields, the submit button and a status region for the script. Posts urlencoded
 * to /api/inquiry, so it works without JavaScript; `novalidate` because the server's
 * messages, not the browser's, are the ones people should see.
 */
export function renderInquiryForm(choices: FormChoices, state: FormState = {}): string {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const sections = GROUPS.map((group, index) => {
    const fields = INQUIRY_FIELDS.filter((field) => field.group === group);
    const headingId = `inquiry-group-${group}`;
    return (
      // No accessible name on purpose: six extra landmarks would crowd the landmark list.
      `<section class="mb-4 border-t border-slate-300 pt-6">` +
      `<h2 id="${headingId}" class="mb-5 text-xl font-bold"><span class="text-slate-600">${index + 1}.</span> ${escapeHtml(GROUP_HEADINGS[group])}</h2>` +
      fields.map((field) => renderField(field, choices, values, errors)).join('') +
      `</section>`
    );
  }).join('');
  return (
    `<form${attrs({ id: 'inquiry-form', method: 'post', action: '/api/inquiry', 'accept-charset': 'utf-8', novalidate: true, 'data-server-errors': hasErrors })}>` +
    (hasErrors ? renderErrorSummary(errors) : '') +
    sections +
    hiddenFields(values) +
    `<p class="mb-4 max-w-prose text-slate-700">Your inquiry goes only to the parks you chose.</p>` +
    `<button type="submit" class="bg-brand-700 px-5 py-3 text-lg font-semibold text-white shadow-[0_2px_0_var(--color-brand-800)] hover:bg-brand-800 disabled:opacity-70">Send inquiry</button>` +
    `<div id="${STATUS_ID}" class="mt-4" role="status"></div>` +
    `</form>`
  );
}
