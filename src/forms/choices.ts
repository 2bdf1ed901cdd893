/**
 * Turns the catalog's view models into the form's choices, and carries them in the
 * built page as a JSON data block so the function's error page can re-render the form
 * without loading content (netlify/lib/form-page.ts reads it back).
 */
import { localize, type LocalizedText } from '../i18n/content';
import type { Locale } from '../i18n/locales';
import type { FormChoices } from './render-form';

export const CHOICES_ELEMENT_ID = 'inquiry-form-choices';

interface CatalogLike {
  chains: readonly { id: string; label: LocalizedText }[];
  processes: readonly { id: string; label: LocalizedText }[];
}

/**
 * The form's content choices in `locale`: industries and processes sorted by their label
 * in that language (pinyin order for Chinese). No parks: the page must not grow with the
 * number of parks, so parks are added by search or from the list (./park-picker.ts). A
 * missing translation falls back to the other language (src/i18n/content.ts).
 */
export function formChoicesFromCatalog(catalog: CatalogLike, locale: Locale): FormChoices {
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) =>
    collator.compare(a.label, b.label);
  return {
    parks: [],
    industries: catalog.chains
      .map((chain) => ({ value: chain.id, label: localize(chain.label, locale) }))
      .sort(byLabel),
    processes: catalog.processes
      .map((process) => ({ value: process.id, label: localize(process.label, locale) }))
      .sort(byLabel),
  };
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so no content
 * string can close the element early.
 */
export function serializeChoices(choices: FormChoices): string {
  return JSON.stringify(choices).replace(/</g, '\\u003c');
}

/** Reads choices back from serialized JSON; throws when the shape is not what the page wrote. */
export function parseChoices(json: string): FormChoices {
  const value: unknown = JSON.parse(json);
  const isList = (key: string) =>
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Record<string, unknown>)[key]);
  if (!isList('parks') || !isList('industries') || !isList('processes')) {
    throw new Error('Inquiry form choices are missing parks, industries or processes');
  }
  return value as FormChoices;
}
