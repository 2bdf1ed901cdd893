/**
 * The filter page's script, kept thin: the rules are in src/domain/park-filter.ts and
 * the table format in src/domain/filter-table.ts. It reads the filters from the URL,
 * fills the form, fetches the page language's table once and lists the matches; a
 * change or submit writes the filters back to the URL (a history entry, so back and
 * forward step through them). Words, labels and units come from the page itself.
 */
import { decodeFilterTable, type NamedFilterPark } from '../domain/filter-table';
import { filterEntries, filterParks, parseFilters, type ParkFilters } from '../domain/park-filter';

/** Results added to the list at a time ("show more" adds the next batch). */
const BATCH = 48;

const form = document.querySelector<HTMLFormElement>('#park-filter');
const status = document.querySelector<HTMLElement>('#filter-status');
const list = document.querySelector<HTMLUListElement>('#filter-list');
const empty = document.querySelector<HTMLElement>('#filter-empty');
const invalid = document.querySelector<HTMLElement>('#filter-invalid');
const more = document.querySelector<HTMLButtonElement>('#filter-more');
const item = document.querySelector<HTMLTemplateElement>('#filter-item');

const lang = document.documentElement.lang;
const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
const plural = new Intl.PluralRules(lang);

if (form && status && list && empty && invalid && more && item) {
  const elements = { form, status, list, empty, invalid, more, item };
  for (const note of document.querySelectorAll<HTMLElement>('[data-filter-nojs]'))
    note.hidden = true;
  void start(elements);
}

type Elements = {
  form: HTMLFormElement;
  status: HTMLElement;
  list: HTMLUListElement;
  empty: HTMLElement;
  invalid: HTMLElement;
  more: HTMLButtonElement;
  item: HTMLTemplateElement;
};

async function start(el: Elements): Promise<void> {
  el.status.textContent = el.status.dataset['loading'] ?? '';
  let parks: NamedFilterPark[];
  try {
    const response = await fetch(el.form.dataset['table'] ?? '', { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    parks = decodeFilterTable(await response.json());
  } catch {
    el.status.textContent = el.status.dataset['failed'] ?? '';
    for (const note of document.querySelectorAll<HTMLElement>('[data-filter-nojs]'))
      note.hidden = false;
    return;
  }
  const labels = optionLabels(el.form);
  let shown = 0;
  let matches: NamedFilterPark[] = [];

  const showFromUrl = () => {
    const parsed = parseFilters(new URLSearchParams(location.search));
    // A plain GET form sends its empty fields too: keep the address to what filters.
    const url = urlOf(parsed.filters);
    if (parsed.invalid.length === 0 && url !== `${location.pathname}${location.search}`)
      history.replaceState(null, '', url);
    fillForm(el.form, parsed.filters);
    el.invalid.hidden = parsed.invalid.length === 0;
    el.invalid.textContent = (el.invalid.dataset['text'] ?? '').replace(
      '{fields}',
      parsed.invalid.join(', '),
    );
    render(parsed.filters);
    keepFiltersAcrossLanguages();
  };
  const render = (filters: ParkFilters) => {
    matches = filterParks(parks, filters);
    el.list.replaceChildren();
    shown = 0;
    showMore();
    const count = matches.length;
    const template = el.status.dataset[plural.select(count) === 'one' ? 'one' : 'other'] ?? '';
    el.status.textContent = template.replace('{count}', numbers.format(count));
    el.empty.hidden = count > 0;
  };
  const showMore = () => {
    const next = matches.slice(shown, shown + BATCH);
    el.list.append(...next.map((park) => card(el, park, labels)));
    shown += next.length;
    const left = Math.min(BATCH, matches.length - shown);
    el.more.hidden = left <= 0;
    el.more.textContent = (el.more.dataset['text'] ?? '').replace('{count}', numbers.format(left));
  };
  const apply = () => {
    const filters = readForm(el.form);
    const url = urlOf(filters);
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    el.invalid.hidden = true;
    render(filters);
    keepFiltersAcrossLanguages();
  };

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  el.form.addEventListener('change', apply);
  el.more.addEventListener('click', showMore);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-filter-clear]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      el.form.reset();
      fillForm(el.form, { processes: [] });
      apply();
      el.form.querySelector<HTMLElement>('select, input')?.focus();
    });
  }
  window.addEventListener('popstate', showFromUrl);
  showFromUrl();
}

/** The language switch (links with hreflang) opens the other language with the same filters. */
function keepFiltersAcrossLanguages(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('header a[hreflang]'))
    link.search = location.search;
}

/** This page's address with `filters` as its query (none when nothing filters). */
function urlOf(filters: ParkFilters): string {
  const query = new URLSearchParams(filterEntries(filters)).toString();
  return query === '' ? location.pathname : `${location.pathname}?${query}`;
}

/** The filters as the form holds them (the same rules as a shared URL). */
function readForm(form: HTMLFormElement): ParkFilters {
  const entries: [string, string][] = [];
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') entries.push([key, value]);
  });
  return parseFilters(entries).filters;
}

/** Puts `filters` into the form, clearing what they leave unset; chosen processes show. */
function fillForm(form: HTMLFormElement, filters: ParkFilters): void {
  const processes = form.querySelector('details');
  if (processes && filters.processes.length > 0) processes.open = true;
  const values = new Map<string, string[]>();
  for (const [key, value] of filterEntries(filters))
    values.set(key, [...(values.get(key) ?? []), value]);
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    'input[name], select[name]',
  )) {
    const set = values.get(control.name) ?? [];
    if (control instanceof HTMLInputElement && control.type === 'checkbox')
      control.checked = set.includes(control.value);
    else control.value = set[0] ?? '';
  }
}

/** Option labels of the form's selects by select name and option value. */
function optionLabels(form: HTMLFormElement): Map<string, string> {
  const labels = new Map<string, string>();
  for (const option of form.querySelectorAll<HTMLOptionElement>('select[name] option[value]'))
    if (option.value !== '' && option.parentElement instanceof HTMLSelectElement)
      labels.set(`${option.parentElement.name}:${option.value}`, option.text);
  return labels;
}

/** One result from the page's template. */
function card(el: Elements, park: NamedFilterPark, labels: Map<string, string>): Node {
  const node = el.item.content.cloneNode(true) as DocumentFragment;
  const field = (name: string) => node.querySelector<HTMLElement>(`[data-field="${name}"]`);
  const link = field('name');
  if (link instanceof HTMLAnchorElement) {
    link.textContent = park.name;
    link.href = `${el.list.dataset['parkPath'] ?? '/parks/'}${park.slug}/`;
  }
  const place = field('place');
  if (place)
    place.textContent = [labels.get(`province:${park.province}`), labels.get(`level:${park.level}`)]
      .filter(Boolean)
      .join(' · ');
  const figures: [string, number][] = [
    ['land', park.landMu],
    ['intensity', park.intensityCny10kPerMu],
    ['power', park.spareMw],
    ['approval', park.approvalDays],
  ];
  for (const [name, value] of figures) {
    const slot = field(name);
    if (slot) slot.textContent = numbers.format(value);
  }
  return node;
}
