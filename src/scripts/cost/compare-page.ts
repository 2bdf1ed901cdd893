/**
 * The compare page in the browser: merges `?add=` into the shortlist (localStorage
 * `park-compare`, at most four), prefers a shared `?parks=` list, names unknown slugs and
 * parks beyond the limit, rewrites the URL to `?parks=…` plus the project, and renders
 * the row groups. Costs use the project in the URL, else the example project.
 */
import { estimateProject } from '../../domain/cost';
import { EXAMPLE_PROJECT, projectParams, readProject } from '../../domain/cost/project';
import { MAX_COMPARED_PARKS, mergeShortlist, parseSlugs, splitKnown } from '../../domain/shortlist';
import { escapeHtml as esc } from '../../forms/html';
import { listJoin } from '../../i18n/format';
import { localizePath } from '../../i18n/routing';
import { compareGroups, renderGroups, type ComparedPark } from './compare-rows';
import {
  loadCosts,
  readable,
  readPage,
  readShortlist,
  writeShortlist,
  type LoadedCosts,
  type Page,
} from './page-data';
import { loadParkRecord } from './park-record';
import { projectSummary } from './render-estimate';

const page = readPage();
const root = document.getElementById('compare-root');
const status = document.getElementById('compare-status');
const empty = document.getElementById('compare-empty');
if (page && root && status && empty) void start(page, root, status, empty);

async function start(page: Page, root: HTMLElement, status: HTMLElement, empty: HTMLElement) {
  const params = new URLSearchParams(location.search);
  const read = readProject((name) => params.get(name));
  const ownProject = read.given && Object.keys(read.errors).length === 0;
  const project = ownProject ? read.project : EXAMPLE_PROJECT;
  const add = params.get('add')?.trim().toLowerCase() || null;
  const list = mergeShortlist({
    fromUrl: params.has('parks') ? parseSlugs(params.get('parks')) : null,
    stored: readShortlist(),
    add,
  });

  // Remember an added park at once, before the prices load: the visitor may move on.
  if (add) writeShortlist(list.slugs);
  // Nothing asked for and nothing stored: the empty state in the page is the answer.
  if (list.slugs.length === 0 && list.overflow.length === 0) {
    if (params.size > 0) history.replaceState(null, '', location.pathname);
    return;
  }
  // Only the parks on the list, plus as many left out as can be named: never every park.
  const named = list.overflow.slice(0, MAX_COMPARED_PARKS);
  let costs: LoadedCosts;
  try {
    costs = await loadCosts([...list.slugs, ...named]);
  } catch {
    status.innerHTML = message(page.w('compare.loadError'));
    return;
  }
  const bySlug = new Map(costs.parks.map((p) => [p.slug, p]));
  const { known, unknown } = splitKnown(list.slugs, new Set(bySlug.keys()));
  const overflow = splitKnown(named, new Set(bySlug.keys()));
  const notes: string[] = [];
  if (unknown.length + overflow.unknown.length > 0)
    notes.push(
      page.w('compare.unknown', {
        slugs: listJoin(
          [...unknown, ...overflow.unknown].map((s) => `“${s}”`),
          page.locale,
        ),
      }),
    );
  const leftOut = [
    ...overflow.known.map((s) => page.tr(bySlug.get(s)?.name ?? {}) || s),
    ...list.overflow.slice(named.length).map((s) => `“${s}”`),
  ];
  if (leftOut.length > 0)
    notes.push(
      page.w('compare.limit', {
        max: MAX_COMPARED_PARKS,
        parks: listJoin(leftOut, page.locale),
      }),
    );
  status.innerHTML = notes.map(message).join('');

  let slugs = known;
  const query = () => {
    const q = new URLSearchParams();
    if (slugs.length > 0) q.set('parks', slugs.join(','));
    if (ownProject) for (const [k, v] of projectParams(project)) q.set(k, v);
    return readable(q);
  };
  const save = () => {
    writeShortlist(slugs);
    const q = query();
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
  };

  const render = async () => {
    empty.hidden = slugs.length > 0;
    if (slugs.length === 0) {
      root.innerHTML = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    let records;
    try {
      records = await Promise.all(slugs.map(loadParkRecord));
    } catch {
      root.innerHTML = message(page.w('compare.loadError'));
      return;
    }
    const now = new Date();
    const parks: ComparedPark[] = records.map((record) => ({
      record,
      estimate: estimateProject(project, bySlug.get(record.slug)!, now),
    }));
    root.innerHTML = view(page, parks, ownProject, project, query());
    root.removeAttribute('aria-busy');
  };

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('button[data-remove]');
    if (button) {
      slugs = slugs.filter((s) => s !== button.getAttribute('data-remove'));
      save();
      void render().then(() => {
        const next = document.getElementById('compare-heading') ?? empty.querySelector('h2');
        if (next instanceof HTMLElement) next.focus();
      });
    } else if (target?.closest('button[data-print]')) window.print();
  });

  save();
  await render();
}

function message(text: string): string {
  return `<p class="mt-6 border-l-4 border-warn-700 bg-warn-50 px-4 py-3 text-warn-700">${esc(text)}</p>`;
}

function view(
  page: Page,
  parks: ComparedPark[],
  ownProject: boolean,
  project: typeof EXAMPLE_PROJECT,
  query: string,
): string {
  const { w, locale } = page;
  const list = parks
    .map((p) => {
      const name = page.tr(p.record.name);
      return `<li class="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-300 px-3 py-2"><a class="font-semibold text-brand-700 underline underline-offset-4" href="${esc(localizePath(`/parks/${p.record.slug}/`, locale))}">${esc(name)}</a><button type="button" class="no-print min-h-11 rounded border-2 border-slate-700 px-3 text-sm font-semibold hover:bg-slate-100" data-remove="${esc(p.record.slug)}" aria-label="${esc(w('compare.remove', { park: name }))}">${esc(w('compare.removeShort'))}</button></li>`;
    })
    .join('');
  const one =
    parks.length === 1
      ? `<p class="mt-4 border-l-4 border-brand-600 bg-brand-50 px-4 py-3">${esc(w('compare.one', { park: page.tr(parks[0]!.record.name) }))} <a class="font-semibold text-brand-700 underline underline-offset-4" href="${esc(localizePath('/parks/', locale))}">${esc(w('compare.directoryLink'))}</a></p>`
      : '';
  const shareUrl = `${location.origin}${location.pathname}?${query}`;
  const projectNote = w(ownProject ? 'compare.project.yours' : 'compare.project.example', {
    summary: projectSummary(page, project),
  });
  const estimateUrl = `${localizePath('/estimate/', locale)}?${query}${ownProject ? '' : `&${new URLSearchParams(projectParams(project)).toString()}`}`;
  return `<h2 id="compare-heading" tabindex="-1" class="mt-6 text-2xl font-bold text-brand-800 focus:outline-none">${esc(w('compare.heading', { count: parks.length }))}</h2>
<ul class="mt-3 grid gap-2 sm:grid-cols-2">${list}</ul>${one}
<div class="no-print mt-4 text-sm"><p>${esc(w('compare.share'))} <a class="break-all text-brand-700 underline underline-offset-4" href="${esc(shareUrl)}">${esc(shareUrl)}</a></p>
<p class="mt-2"><button type="button" data-print class="min-h-11 rounded border-2 border-slate-700 px-3 font-semibold hover:bg-slate-100">${esc(w('compare.print'))}</button></p></div>
<p class="mt-4 measure">${esc(projectNote)} <a class="no-print font-semibold text-brand-700 underline underline-offset-4" href="${esc(estimateUrl)}">${esc(w('compare.project.change'))}</a></p>
${renderGroups(page, parks, compareGroups(page, parks, new Date()))}`;
}
