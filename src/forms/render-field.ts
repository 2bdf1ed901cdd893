/**
 * One field of the inquiry form as an HTML string: label (units in brackets), hint,
 * error slot and control, in the words of one locale. Used by ./render-form.ts only;
 * split out to keep each module readable. Pure: no DOM, no Node APIs.
 */
import { countryOptions } from '../domain/inquiry/countries';
import { LIMITS } from '../domain/inquiry/field-values';
import type { FieldOption, InquiryField, InquiryFieldName } from '../domain/inquiry/fields';
import { describedBy, fieldId, hintId, renderFieldError } from './errors';
import { attrs, escapeHtml } from './html';
import type { FormMessages } from './messages/types';
import type { ParkChoice } from './park-choice';
import { renderPicker, type PickerNotes } from './park-picker';
import { renderResponseTimes, RESPONSE_TIMES_ID } from './response-times';

export type { ParkChoice } from './park-choice';

/**
 * Options that come from content, in the page's language: industries and processes, and
 * what is known of the parks this rendering may show as chosen (never every park: the
 * built page carries none; the function passes the posted or linked ones).
 */
export interface FormChoices {
  parks: readonly ParkChoice[];
  industries: readonly FieldOption[];
  processes: readonly FieldOption[];
}

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
/** Which words label the values of a field with static options. */
const OPTION_WORDS: Partial<Record<InquiryFieldName, keyof FormMessages['options']>> = {
  projectType: 'projectType',
  timeline: 'timeline',
  needs: 'needs',
};

export const asText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint'
    ? String(value)
    : '';

const asSet = (value: unknown): Set<string> => {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return new Set(list.map(asText).filter((item) => item !== ''));
};

/** Everything a field needs to render: its metadata, words, value and error. */
interface FieldContext {
  field: InquiryField;
  words: FormMessages;
  value: unknown;
  error: string | undefined;
}

const labelText = ({ field, words }: FieldContext) =>
  escapeHtml(words.fields[field.name].label) +
  (field.optional
    ? `<span class="font-normal text-slate-700">${escapeHtml(words.optional)}</span>`
    : '');

const hintOf = ({ field, words }: FieldContext) => words.fields[field.name].hint;

const hint = (ctx: FieldContext, extraHtml = '') =>
  hintOf(ctx) || extraHtml
    ? `<p id="${hintId(ctx.field.name)}" class="mt-1 text-slate-700">${escapeHtml(hintOf(ctx) ?? '')}${extraHtml}</p>`
    : '';

const describe = (ctx: FieldContext, hasHint = Boolean(hintOf(ctx))) =>
  describedBy(ctx.field.name, hasHint, ctx.error !== undefined);

const invalidAttr = (ctx: FieldContext) => (ctx.error !== undefined ? 'true' : undefined);

/** The wrapper every field shares: its error state and the slot the client fills. */
function wrap(ctx: FieldContext, inner: string): string {
  const { field, error, words } = ctx;
  const invalid = error !== undefined;
  return (
    `<div${attrs({ class: 'mb-7 data-invalid:border-l-4 data-invalid:border-error-700 data-invalid:pl-4', 'data-field': field.name, 'data-invalid': invalid })}>` +
    // A function replacement: a message containing "$&" must not be read as a pattern.
    inner.replace(
      '<!--error-->',
      () =>
        `<div data-error-slot>${invalid ? renderFieldError(field.name, error, words) : ''}</div>`,
    ) +
    '</div>'
  );
}

function textControl(ctx: FieldContext): string {
  const { field, value } = ctx;
  const common = {
    id: fieldId(field.name),
    name: field.name,
    class: `${CONTROL} ${WIDTHS[field.name] ?? ''}`.trim(),
    maxlength: field.maxLength,
    'aria-describedby': describe(ctx),
    'aria-invalid': invalidAttr(ctx),
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

function selectControl(ctx: FieldContext, options: readonly FieldOption[]): string {
  const { field, value, words } = ctx;
  const fallback = field.name === 'country' ? 'CN' : '';
  const selected = asText(value) || fallback;
  const placeholder =
    selected === '' || field.optional
      ? `<option value="">${escapeHtml(words.chooseOne)}</option>`
      : '';
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
    'aria-describedby': describe(ctx),
    'aria-invalid': invalidAttr(ctx),
  })}>${placeholder}${items}</select>`;
}

interface BoxItem {
  value: string;
  label: string;
  /** Text under the item's label (parks: place and response time). */
  note?: string;
  data?: Record<string, string | number>;
}

function checkboxes(ctx: FieldContext, items: readonly BoxItem[]): string {
  const { field, value } = ctx;
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
        `<input${attrs({ type: 'checkbox', class: BOX, id, name: field.name, value: item.value, checked: chosen.has(item.value), 'aria-describedby': noteId, 'aria-invalid': invalidAttr(ctx), ...dataAttrs })} />` +
        `<label class="leading-snug" for="${escapeHtml(id)}">${escapeHtml(item.label)}` +
        (item.note
          ? `<span id="${escapeHtml(noteId)}" class="block text-sm text-slate-700">${escapeHtml(item.note)}</span>`
          : '') +
        `</label></div>`
      );
    })
    .join('');
  const legend = `<legend class="font-semibold">${labelText(ctx)}</legend>`;
  return `<fieldset${attrs({ 'aria-describedby': describe(ctx) })}>${legend}${hint(ctx)}<!--error--><div class="mt-3 grid gap-3 sm:grid-cols-2">${boxes}</div></fieldset>`;
}

/** Static options of a field, labelled in the page's language. */
function staticOptions({ field, words }: FieldContext): FieldOption[] {
  if (field.name === 'country') return countryOptions(words.locale);
  const key = OPTION_WORDS[field.name];
  if (!key) return [];
  const labels = words.options[key] as Readonly<Record<string, string>>;
  return (field.values ?? []).map((value) => ({ value, label: labels[value] ?? value }));
}

/**
 * The parks field: the chosen parks (from the value; a slug with no known details shows
 * as itself), the picker around them, and the committed response times of those ticked.
 */
function parksField(ctx: FieldContext, choices: FormChoices, notes?: PickerNotes): string {
  const { words, value } = ctx;
  const known = new Map(choices.parks.map((park) => [park.slug, park]));
  const items = [...asSet(value)].map((slug) => ({
    park: known.get(slug) ?? { slug, name: slug, place: '', responseHours: 0 },
    checked: true,
  }));
  const times = renderResponseTimes(
    items.filter((item) => item.park.responseHours > 0).map((item) => item.park),
    words.responseTimes,
  );
  const legend = `<legend class="font-semibold">${labelText(ctx)}</legend>`;
  const picker = renderPicker(items, words, {
    invalid: ctx.error !== undefined,
    notes,
    max: LIMITS.parksMax,
  });
  const timesBox = `<div id="${RESPONSE_TIMES_ID}" class="resp-times" aria-live="polite">${times}</div>`;
  return wrap(
    ctx,
    `<fieldset${attrs({ 'aria-describedby': describe(ctx) })}>${legend}${hint(ctx)}<!--error-->${picker}</fieldset>` +
      timesBox,
  );
}

function consentField(ctx: FieldContext): string {
  const { field, value, words } = ctx;
  const { before, link, after, href } = words.privacy;
  const privacy = `${escapeHtml(before)}<a class="text-brand-700 underline" href="${escapeHtml(href)}">${escapeHtml(link)}</a>${escapeHtml(after)}`;
  const box = `<input${attrs({ type: 'checkbox', class: BOX, id: fieldId(field.name), name: field.name, value: 'true', checked: value === true || value === 'true' || value === 'on', 'aria-describedby': describe(ctx, true), 'aria-invalid': invalidAttr(ctx) })} />`;
  return wrap(
    ctx,
    `<!--error--><div class="flex items-start gap-3">${box}<div><label class="font-semibold leading-snug" for="${fieldId(field.name)}">${escapeHtml(words.fields[field.name].label)}</label>${hint(ctx, privacy)}</div></div>`,
  );
}

/** One field with its value and error, in the words of `words.locale`. */
export function renderField(
  field: InquiryField,
  words: FormMessages,
  choices: FormChoices,
  values: Readonly<Record<string, unknown>>,
  errors: Readonly<Record<string, string>>,
  parkNotes?: PickerNotes,
): string {
  const ctx: FieldContext = { field, words, value: values[field.name], error: errors[field.name] };
  const label = `<label class="block font-semibold" for="${fieldId(field.name)}">${labelText(ctx)}</label>`;
  switch (field.kind) {
    case 'checkboxes':
      if (field.name === 'parks') return parksField(ctx, choices, parkNotes);
      return wrap(
        ctx,
        checkboxes(
          ctx,
          field.name.startsWith('processes') ? choices.processes : staticOptions(ctx),
        ),
      );
    case 'select': {
      const options = field.name === 'industry' ? choices.industries : staticOptions(ctx);
      return wrap(ctx, label + hint(ctx) + '<!--error-->' + selectControl(ctx, options));
    }
    case 'checkbox':
      return consentField(ctx);
    default:
      return wrap(ctx, label + hint(ctx) + '<!--error-->' + textControl(ctx));
  }
}
