/**
 * Turns the catalog's view models into the form's choices, and carries them in the
 * built page as a JSON data block so the function's error page can re-render the form
 * without loading content (netlify/lib/form-page.ts reads it back).
 */
import type { Locale } from '../i18n/locales';
import type { FormChoices } from './render-form';

export const CHOICES_ELEMENT_ID = 'inquiry-form-choices';

/** A short content text in both languages; `zh` may still be missing. */
interface Bilingual {
  en: string;
  zh?: string | undefined;
}

interface CatalogLike {
  parks: readonly {
    slug: string;
    data: { name: Bilingual; city: Bilingual; province: Bilingual };
    summary: { inquiryResponseHours: number };
  }[];
  chains: readonly { id: string; label: Bilingual }[];
  processes: readonly { id: string; label: Bilingual }[];
}

/** The text in `locale`; English stands in for a missing Chinese text. */
const pick = (text: Bilingual, locale: Locale) =>
  (locale === 'zh-CN' ? text.zh : text.en) || text.en;

/**
 * The form's content choices in `locale`: parks in catalog order, industries and
 * processes sorted by their label in that language (pinyin order for Chinese).
 */
export function formChoicesFromCatalog(catalog: CatalogLike, locale: Locale): FormChoices {
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) =>
    collator.compare(a.label, b.label);
  const place = (park: CatalogLike['parks'][number]) =>
    locale === 'zh-CN'
      ? `${pick(park.data.province, locale)}${pick(park.data.city, locale)}`
      : `${park.data.city.en}, ${park.data.province.en}`;
  return {
    parks: catalog.parks.map((park) => ({
      slug: park.slug,
      name: pick(park.data.name, locale),
      place: place(park),
      responseHours: park.summary.inquiryResponseHours,
    })),
    industries: catalog.chains
      .map((chain) => ({ value: chain.id, label: pick(chain.label, locale) }))
      .sort(byLabel),
    processes: catalog.processes
      .map((process) => ({ value: process.id, label: pick(process.label, locale) }))
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
