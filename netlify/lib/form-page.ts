/**
 * The no-JavaScript validation error page: the built /inquire/ (or /en/inquire/) page
 * with its form re-rendered (error summary, messages next to fields, entered values
 * escaped) by the same renderer the page was built with, in the same language. The
 * function answers it with status 422.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHOICES_ELEMENT_ID, parseChoices } from '../../src/forms/choices';
import { formMessages } from '../../src/forms/messages';
import type { Locale } from '../../src/i18n/locales';
import { localizePath } from '../../src/i18n/routing';
import { parkChoice, type ParkChoice } from '../../src/forms/park-choice';
import type { PickerNotes } from '../../src/forms/park-picker';
import { parkIndex } from './park-directory';
import {
  FORM_END_MARKER,
  FORM_START_MARKER,
  renderInquiryForm,
  type FormChoices,
} from '../../src/forms/render-form';

export interface FormPageInput {
  /** What was posted (fromFormFields output or raw strings); shown back escaped. */
  values: Readonly<Record<string, unknown>>;
  /** One message per field name, in `locale` (validateInquiry's issues put into words). */
  errors: Readonly<Record<string, string>>;
  locale: Locale;
  /** What to tell about the parks of the link the form was opened with (picker pages). */
  parkNotes?: PickerNotes;
  /** False for the form opened with chosen parks: no "Error:" before the title. */
  markError?: boolean;
}

export interface Template {
  before: string;
  after: string;
  choices: FormChoices;
}

const templates = new Map<string, Promise<Template>>();

/**
 * Path of the built form page of `locale`: $DIST_DIR/inquire/index.html for zh-CN,
 * $DIST_DIR/en/inquire/index.html for English; DIST_DIR defaults to ./dist.
 */
export function formPagePath(
  locale: Locale,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const page = localizePath('/inquire/', locale).split('/').filter(Boolean);
  return path.resolve(env.DIST_DIR ?? path.join(process.cwd(), 'dist'), ...page, 'index.html');
}

/** Splits the built page around the form markers and reads the choices block; throws when either is missing. */
export function parseTemplate(html: string): Template {
  const start = html.indexOf(FORM_START_MARKER);
  const end = html.indexOf(FORM_END_MARKER, start);
  if (start < 0 || end < 0)
    throw new Error('The built inquiry page has no form markers; rebuild the site');
  const choicesMatch = new RegExp(
    `<script[^>]*id="${CHOICES_ELEMENT_ID}"[^>]*>([\\s\\S]*?)</script>`,
  ).exec(html);
  if (!choicesMatch?.[1])
    throw new Error('The built inquiry page has no form choices block; rebuild the site');
  return {
    before: html.slice(0, start + FORM_START_MARKER.length),
    after: html.slice(end),
    choices: parseChoices(choicesMatch[1]),
  };
}

/** Prefixes the document title with "Error: " (GOV.UK) in the page's language, so the problem is announced first. */
function markTitle(html: string, prefix: string): string {
  return html.includes(`<title>${prefix}`)
    ? html
    : html.replace('<title>', () => `<title>${prefix}`);
}

/** The built form page of `locale`, split around its form (read once per path). */
export function formTemplate(locale: Locale): Promise<Template> {
  return loadTemplate(formPagePath(locale));
}

/**
 * What is known of the chosen parks, in `locale`. The page still renders when the park
 * records cannot be read: the parks then show by their slugs.
 */
async function chosenParks(values: FormPageInput['values'], locale: Locale): Promise<ParkChoice[]> {
  const raw = values['parks'];
  const slugs = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (slug): slug is string => typeof slug === 'string',
  );
  if (slugs.length === 0) return [];
  const index = await parkIndex().catch(() => new Map<string, never>());
  return slugs.flatMap((slug) => {
    const park = index.get(slug);
    return park ? [parkChoice(park, locale)] : [];
  });
}

function loadTemplate(file: string): Promise<Template> {
  let template = templates.get(file);
  if (!template) {
    template = readFile(file, 'utf8').then(parseTemplate);
    // A failed read (site not built yet) must not be cached for the life of the process.
    template.catch(() => templates.delete(file));
    templates.set(file, template);
  }
  return template;
}

/**
 * The full HTML of the inquiry page in `locale` showing `errors` and re-filled `values`,
 * the chosen parks named from the published park records. The built page is read once
 * per path and cached; the form between the markers is replaced.
 */
export async function renderInquiryFormPage({
  values,
  errors,
  locale,
  parkNotes,
  markError = true,
}: FormPageInput): Promise<string> {
  const template = await loadTemplate(formPagePath(locale));
  const words = formMessages(locale);
  const choices = { ...template.choices, parks: await chosenParks(values, locale) };
  const form = renderInquiryForm(choices, words, { values, errors, parkNotes });
  const before = markError ? markTitle(template.before, words.errorPrefix) : template.before;
  return before + form + template.after;
}
