/**
 * The no-JavaScript validation error page: the built /inquire/ page with its form
 * re-rendered (error summary, messages next to fields, entered values escaped) by the
 * same renderer the page was built with. The function answers it with status 422.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHOICES_ELEMENT_ID, parseChoices } from '../../src/forms/choices';
import {
  FORM_END_MARKER,
  FORM_START_MARKER,
  renderInquiryForm,
  type FormChoices,
} from '../../src/forms/render-form';

export interface FormPageInput {
  /** What was posted (fromFormFields output or raw strings); shown back escaped. */
  values: Readonly<Record<string, unknown>>;
  /** One message per field name, as validateInquiry reports them. */
  errors: Readonly<Record<string, string>>;
}

interface Template {
  before: string;
  after: string;
  choices: FormChoices;
}

const templates = new Map<string, Promise<Template>>();

/** Path of the built form page: $DIST_DIR/inquire/index.html, DIST_DIR defaulting to ./dist. */
export function formPagePath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return path.resolve(env.DIST_DIR ?? path.join(process.cwd(), 'dist'), 'inquire', 'index.html');
}

/** Splits the built page around the form markers and reads the choices block; throws when either is missing. */
export function parseTemplate(html: string): Template {
  const start = html.indexOf(FORM_START_MARKER);
  const end = html.indexOf(FORM_END_MARKER, start);
  if (start < 0 || end < 0) throw new Error('The built inquiry page has no form markers; rebuild the site');
  const choicesMatch = new RegExp(`<script[^>]*id="${CHOICES_ELEMENT_ID}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
  if (!choicesMatch?.[1]) throw new Error('The built inquiry page has no form choices block; rebuild the site');
  return {
    before: html.slice(0, start + FORM_START_MARKER.length),
    after: html.slice(end),
    choices: parseChoices(choicesMatch[1]),
  };
}

/** Prefixes the document title with "Error: " (GOV.UK), so the problem is announced first. */
function markTitle(html: string): string {
  return html.replace(/<title>(?!Error: )/, '<title>Error: ');
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
 * The full HTML of the inquiry page showing `errors` and re-filled `values`. The built
 * page is read once per path and cached; the form between the markers is replaced.
 */
export async function renderInquiryFormPage({ values, errors }: FormPageInput): Promise<string> {
  const template = await loadTemplate(formPagePath());
  const form = renderInquiryForm(template.choices, { values, errors });
  return markTitle(template.before) + form + template.after;
}
