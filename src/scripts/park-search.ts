/**
 * The park search box: an ARIA 1.2 combobox (list autocomplete) over the site's Pagefind
 * index, parks only (`filters: { type: 'park' }`; each park record carries
 * `meta: { slug, title }`). Pagefind is loaded from /pagefind/pagefind.js the first time
 * the box gets focus, so the page's own script stays small; Pagefind picks the index of
 * the page's `<html lang>`, and matches Chinese and English names. Arrow keys move
 * through the results, Enter adds the active one, Escape closes the list (then clears
 * the box); a polite live region says how many parks were found.
 */
import { escapeHtml } from '../forms/html';
import { fill } from '../forms/localize';
import type { ClientMessages } from '../forms/messages/types';
import { RESULTS_ID, SEARCH_BOX_ID, SEARCH_ID, STATUS_ID } from '../forms/park-picker';
import type { Picker } from './park-picker';

/** Results shown at once; the list link covers browsing everything. */
const SHOWN = 8;
const PAGEFIND = '/pagefind/pagefind.js';

interface PagefindResult {
  data(): Promise<{ meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  debouncedSearch(
    term: string,
    options: { filters: Record<string, string> },
    ms: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

export function startSearch(words: ClientMessages, picker: Picker): void {
  const box = document.getElementById(SEARCH_BOX_ID);
  const input = document.getElementById(SEARCH_ID) as HTMLInputElement | null;
  const listbox = document.getElementById(RESULTS_ID);
  const status = document.getElementById(STATUS_ID);
  if (!box || !input || !listbox || !status) return;
  const w = words.picker;
  box.hidden = false;
  let pagefind: Promise<Pagefind> | undefined;
  let options: HTMLElement[] = [];
  let active = -1;

  const say = (text: string) => (status.textContent = text);
  const open = (yes: boolean) => {
    listbox.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };
  function setActive(index: number): void {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    // At most SHOWN options and no scrolling box: the active one is always in view.
    input!.setAttribute('aria-activedescendant', options[index]?.id ?? '');
  }
  const choose = (option: HTMLElement | undefined) => {
    if (!option) return;
    const slug = option.dataset.slug ?? '';
    const name = option.textContent ?? slug;
    const added = picker.add(slug, name);
    say(fill(added ? w.added : picker.full() ? w.full : w.already, { name }));
    if (added) input.value = '';
    open(false);
  };

  // A path the bundler must not resolve: the index is written after the site build.
  const load = () => (pagefind ??= import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>);

  async function search(): Promise<void> {
    const term = input?.value.trim() ?? '';
    if (!term) return open(false);
    try {
      const found = await (await load()).debouncedSearch(term, { filters: { type: 'park' } }, 250);
      if (!found) return; // a newer keystroke took over
      const records = await Promise.all(
        found.results.slice(0, SHOWN).map((result) => result.data()),
      );
      listbox!.innerHTML = records
        .map(
          ({ meta }, i) =>
            `<li id="park-option-${i}" role="option" aria-selected="false" class="pick-opt" data-slug="${escapeHtml(meta.slug)}">${escapeHtml(meta.title)}</li>`,
        )
        .join('');
      options = [...listbox!.querySelectorAll<HTMLElement>('[role="option"]')];
      const count = found.results.length;
      say(
        count === 0
          ? w.results.none
          : fill(count === 1 ? w.results.one : w.results.other, { count }),
      );
      open(count > 0);
    } catch {
      pagefind = undefined;
      say(w.unavailable);
      open(false);
    }
  }

  // Fetched when the box is focused, not with the page: the page's own script stays small.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void search());
  input.addEventListener('keydown', (event) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (listbox.hidden) return void search();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active + step > last ? 0 : active + step < 0 ? last : active + step);
    } else if (event.key === 'Enter') {
      // Enter in the search box picks a park; it must never send the form.
      event.preventDefault();
      choose(options[active] ?? (options.length === 1 ? options[0] : undefined));
    } else if (event.key === 'Escape') {
      if (!listbox.hidden) open(false);
      else input.value = '';
    }
  });
  // mousedown would blur the input first and close the list before the click lands.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) =>
    choose((event.target as HTMLElement).closest<HTMLElement>('[role="option"]') ?? undefined),
  );
  input.addEventListener('blur', () => open(false));
}
