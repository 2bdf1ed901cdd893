/**
 * The search page's script: loads Pagefind (dist/pagefind/pagefind.js, written by
 * `npm run build`) when a search starts, searches as the visitor types, keeps the search
 * in `?q=` so it can be shared, and lists one entry per park with why it matched
 * (src/scripts/search-results.ts). Pagefind runs on the main thread (`noWorker`): the
 * index is small, and its worker would double the JavaScript the page loads.
 */
import {
  fill,
  groupResults,
  parseReasons,
  reasonsPath,
  type PageStrings,
  type ResultData,
  type ResultGroup,
} from './search-results';
import { renderGroup } from './search-render';

interface PagefindResult {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results whose data is fetched at once: each is one fragment file, a park's with all its
 * suppliers and institutions (1–3 KB), and a park's reasons file (why it matched, 0.5–2 KB).
 * Five a page keeps a query within 100 KB of index at 5,000 parks (docs/PERFORMANCE.md);
 * "More results" fetches the next five.
 */
const PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 250;

/** The index language of the page (`zh-cn`, `en`): Pagefind's, and the reasons files' folder. */
const language = document.documentElement.lang.toLowerCase();

/**
 * A result's data with, for a park, its reasons: fetched beside Pagefind's fragment. A park
 * whose file cannot be read still shows, with its own text as the reason.
 */
async function resultData(result: PagefindResult): Promise<ResultData> {
  const data = await result.data();
  const slug = data.meta['slug'];
  if (data.filters['type']?.[0] !== 'park' || !slug) return data;
  const response = await fetch(reasonsPath(language, slug)).catch(() => undefined);
  const text = response?.ok ? await response.text().catch(() => undefined) : undefined;
  return { ...data, reasons: parseReasons(text) };
}

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-q') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('search-list');
const more = document.getElementById('search-more') as HTMLButtonElement | null;
const none = document.getElementById('search-none');
const failed = document.getElementById('search-error');
const stringsElement = document.getElementById('search-strings');
const start = document.getElementById('search-start');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A variable path keeps the bundler from resolving a file that exists only after the build.
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ noWorker: true, excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

if (form && input && status && list && more && none && failed && stringsElement && start) {
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as PageStrings;
  let pending: PagefindResult[] = [];
  let loaded: ResultData[] = [];
  let query = '';
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (element: HTMLElement, visible: boolean) => (element.hidden = !visible);
  // Search works: the start box turns from "needs JavaScript" into the empty state.
  document.getElementById('search-nojs')?.toggleAttribute('hidden', true);
  document.getElementById('search-empty')?.toggleAttribute('hidden', false);

  const render = (groups: ResultGroup[], focusFrom: number | null) => {
    list.replaceChildren(...groups.map((g) => renderGroup(g, strings)));
    const template =
      groups.length === 0
        ? strings.none
        : groups.length === 1
          ? strings.statusOne
          : strings.statusOther;
    status.textContent = fill(template, { count: String(groups.length), query });
    show(none, groups.length === 0);
    show(more, pending.length > 0);
    if (focusFrom !== null) list.children[focusFrom]?.querySelector('a')?.focus();
  };

  /** Fetches the next page of result data and redraws the list. */
  const loadMore = async (run: number, focus: boolean) => {
    const before = groupResults(loaded, query, strings.why).length;
    const page = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(page.map(resultData));
    if (run !== sequence) return;
    loaded = [...loaded, ...data];
    render(groupResults(loaded, query, strings.why), focus ? before : null);
  };

  const search = async (text: string) => {
    const run = ++sequence;
    query = text.trim();
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    show(failed, false);
    show(start, !query);
    if (!query) {
      pending = [];
      loaded = [];
      list.replaceChildren();
      status.textContent = '';
      show(none, false);
      show(more, false);
      return;
    }
    status.textContent = strings.loading;
    try {
      const found = await (await loadPagefind()).search(query);
      if (run !== sequence || !found) return;
      pending = found.results;
      loaded = [];
      await loadMore(run, false);
    } catch {
      if (run !== sequence) return;
      list.replaceChildren();
      status.textContent = strings.error;
      show(none, false);
      show(more, false);
      show(failed, true);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), TYPING_PAUSE_MS);
  });
  // Down arrow from the box goes to the first result, as in a search field with suggestions.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector('a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  more.addEventListener('click', () => void loadMore(sequence, true));
  // Loading starts when the visitor shows intent, not with the page (it stays light).
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  const shared = new URLSearchParams(window.location.search).get('q');
  if (shared) {
    input.value = shared;
    void search(shared);
  }
}
