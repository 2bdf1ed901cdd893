/**
 * The estimate page's work, run by src/scripts/cost/estimate-page.ts only when there is
 * some to do (the built page already prices the example project at every park): fills the
 * form from the URL, checks it with the same reader the URLs use (errors: a focused
 * summary linking to each field, a message by each field), keeps the form in the URL, and
 * prices the project at each park (the `?parks=` list, else the compared parks, else all
 * while the site is small enough, else a prompt to choose parks) with src/domain/cost,
 * fetching only those parks.
 */
import { estimateProject } from '../../domain/cost';
import {
  PROJECT_FIELDS,
  projectParams,
  readProject,
  type ProjectField,
  type ReadProject,
} from '../../domain/cost/project';
import { MAX_ESTIMATED_PARKS, parseSlugs } from '../../domain/shortlist';
import { escapeHtml as esc } from '../../forms/html';
import { localizePath } from '../../i18n/routing';
import { loadCosts, readable, readPage, readShortlist, type Page } from './page-data';
import { renderParkEstimate } from './render-estimate';

interface Parts {
  page: Page;
  form: HTMLFormElement;
  results: HTMLElement;
  scope: HTMLElement;
  /** The parks asked for: `?parks=`, else the stored shortlist (at most the limit). */
  chosen: string[];
}

let parts: Parts | null | undefined;

/** The page's elements and words, read once; null when the page lacks them. */
function read(): Parts | null {
  if (parts !== undefined) return parts;
  const page = readPage();
  const form = document.getElementById('estimate-form');
  const results = document.getElementById('estimate-results');
  const scope = document.getElementById('estimate-scope');
  const parksParam = new URLSearchParams(location.search).get('parks');
  const chosen = (parksParam ? parseSlugs(parksParam) : readShortlist()).slice(
    0,
    MAX_ESTIMATED_PARKS,
  );
  parts =
    page && form instanceof HTMLFormElement && results && scope
      ? { page, form, results, scope, chosen }
      : null;
  return parts;
}

/** The page's "all parks" default: every slug while the site is small, else null (choose). */
function allParks(results: HTMLElement): string[] | null {
  const raw = results.getAttribute('data-all-parks');
  if (raw === null) return null;
  const value: unknown = JSON.parse(raw);
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : null;
}

const fieldId = (field: ProjectField) =>
  field === 'site' ? 'estimate-site-land' : `estimate-${field}`;

/** Shows the project and parks the URL (or the shortlist) asks for. */
export async function showFromUrl(): Promise<void> {
  const p = read();
  if (!p) return;
  const params = new URLSearchParams(location.search);
  fill(p.form, params);
  const project = readProject((name) => params.get(name));
  if (showErrors(p.page, p.form, project)) return;
  await show(p, project, false);
}

/** Prices the form's project, or shows its errors; keeps the project in the URL. */
export async function submit(): Promise<void> {
  const p = read();
  if (!p) return;
  const data = new URLSearchParams();
  for (const [k, v] of new FormData(p.form)) if (typeof v === 'string') data.set(k, v);
  const submitted = readProject((name) => data.get(name));
  if (showErrors(p.page, p.form, submitted)) return;
  const q = new URLSearchParams(projectParams(submitted.project));
  if (p.chosen.length > 0) q.set('parks', p.chosen.join(','));
  history.replaceState(null, '', `${location.pathname}?${readable(q)}`);
  await show(p, submitted, true);
}

/** Puts the URL's values into the form (the page starts with the example project). */
function fill(form: HTMLFormElement, params: URLSearchParams) {
  if (!PROJECT_FIELDS.some((f) => params.has(f))) return;
  for (const field of PROJECT_FIELDS) {
    const value = params.get(field) ?? '';
    if (field === 'site') {
      const radio = form.querySelector<HTMLInputElement>(
        `input[name="site"][value="${CSS.escape(value || 'land')}"]`,
      );
      if (radio) radio.checked = true;
    } else {
      const input = form.elements.namedItem(field);
      if (input instanceof HTMLInputElement) input.value = value;
    }
  }
}

/** Shows the errors of `read` (summary, messages, aria-invalid); false when there are none. */
function showErrors(page: Page, form: HTMLFormElement, read: ReadProject): boolean {
  const summary = document.getElementById('estimate-errors');
  const entries = PROJECT_FIELDS.flatMap((field) => {
    const code = read.errors[field];
    return code ? [{ field, code }] : [];
  });
  for (const field of PROJECT_FIELDS) {
    const error = document.getElementById(
      field === 'site' ? 'estimate-site-error' : `estimate-${field}-error`,
    );
    const input = field === 'site' ? null : document.getElementById(`estimate-${field}`);
    const code = read.errors[field];
    const text = code
      ? code === 'site'
        ? page.w('estimate.error.site')
        : page.w(`estimate.error.${code}`, { name: page.w(`estimate.name.${field}`) })
      : '';
    if (error) {
      error.textContent = text;
      error.hidden = !code;
    }
    if (input) {
      const hint = `${input.id}-hint`;
      const described = [document.getElementById(hint) ? hint : '', code ? `${input.id}-error` : '']
        .filter(Boolean)
        .join(' ');
      if (described) input.setAttribute('aria-describedby', described);
      else input.removeAttribute('aria-describedby');
      if (code) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
  if (!summary) return entries.length > 0;
  if (entries.length === 0) {
    summary.innerHTML = '';
    return false;
  }
  const items = entries
    .map(({ field }) => {
      const text = document.getElementById(
        field === 'site' ? 'estimate-site-error' : `estimate-${field}-error`,
      )?.textContent;
      return `<li><a class="font-semibold text-error-700 underline underline-offset-4" href="#${fieldId(field)}">${esc(text ?? '')}</a></li>`;
    })
    .join('');
  summary.innerHTML = `<div class="mb-6 border-4 border-error-700 p-4" role="alert"><h2 class="text-xl font-bold">${esc(page.w('estimate.errorTitle'))}</h2><ul class="mt-2 space-y-1">${items}</ul></div>`;
  summary.focus();
  form.setAttribute('data-errors', String(entries.length));
  return true;
}

async function show({ page, chosen, results, scope }: Parts, read: ReadProject, focus: boolean) {
  const all = allParks(results);
  let picked;
  let everyPark;
  try {
    picked = chosen.length > 0 ? (await loadCosts(chosen)).parks : [];
    everyPark = picked.length === 0 && all ? (await loadCosts(all)).parks : [];
  } catch {
    results.innerHTML = `<p class="mt-4 text-warn-700">${esc(page.w('compare.loadError'))}</p>`;
    results.removeAttribute('data-prerendered');
    return;
  }
  const shown = picked.length > 0 ? picked : everyPark;
  // Past the limit with no park chosen: the page's prompt to choose, never every park.
  const choose = document.getElementById('estimate-choose');
  if (choose) choose.hidden = shown.length > 0 || all !== null;
  const query = new URLSearchParams(projectParams(read.project));
  const allLink = all
    ? ` · <a class="text-brand-700 underline underline-offset-4" href="${esc(`${location.pathname}?${readable(query)}`)}">${esc(page.w('estimate.scope.showAll'))}</a>`
    : '';
  if (picked.length > 0) query.set('parks', picked.map((p) => p.slug).join(','));
  const compareLink = `<a class="text-brand-700 underline underline-offset-4" href="${esc(`${localizePath('/compare/', page.locale)}?${readable(query)}`)}">${esc(page.w('estimate.scope.compareLink'))}</a>`;
  scope.innerHTML =
    picked.length > 0
      ? `${esc(page.w('estimate.scope.compared', { count: picked.length }))} ${compareLink}${allLink}`
      : shown.length > 0
        ? esc(page.w('estimate.scope.all', { count: shown.length }))
        : '';
  const now = new Date();
  results.innerHTML = shown
    .map((park) => renderParkEstimate(page, park, estimateProject(read.project, park, now)))
    .join('');
  // What the page shows now is the browser's, not the build's.
  results.removeAttribute('data-prerendered');
  document.getElementById('estimate-form')?.removeAttribute('data-errors');
  if (focus) document.getElementById('estimate-results-heading')?.focus();
}
