/**
 * The form's park picker as HTML strings: the chosen parks (ticked boxes of the `parks`
 * field, so unticking removes one and the post is what it always was), notes about a
 * link's unusable parks, the search box the script reveals, and the link to the
 * paginated list that works without JavaScript. The page never lists every park, so it
 * stays the same size at any number of parks. Shared by the server renderer and the
 * browser script (which re-renders the chosen list as parks are added). Pure.
 */
import { parkQuery } from '../domain/inquiry/park-selection';
import { fieldId } from './errors';
import { attrs, escapeHtml } from './html';
import { fill } from './localize';
import type { ClientMessages } from './messages/types';
import type { ParkChoice } from './park-choice';

// Ids the browser script looks up; single constants so its bundle carries only those it uses.
export const CHOSEN_ID = 'park-chosen';
export const NONE_ID = 'park-none';
export const NOTES_ID = 'park-notes';
export const LIST_LINK_ID = 'park-list-link';
export const SEARCH_BOX_ID = 'park-search-box';
export const SEARCH_ID = 'park-search';
export const SEARCH_HINT_ID = 'park-search-hint';
export const RESULTS_ID = 'park-search-results';
export const STATUS_ID = 'park-search-status';

const BOX = 'mt-0.5 size-6 shrink-0 accent-brand-700';

/** A park in the chosen list and whether its box is ticked. */
export interface ChosenItem {
  park: ParkChoice;
  checked: boolean;
}

/** What the notes under the chosen list report about the link the page was opened with. */
export interface PickerNotes {
  /** Values of `?park=` that name no listed park. */
  unknown: readonly string[];
  /** How many listed parks were left out because of the maximum. */
  overMax: number;
}

type Words = Pick<ClientMessages, 'parkNote' | 'picker'>;

/** The list items of the chosen parks; the first box carries the field's id (error summary target). */
export function renderChosenItems(
  items: readonly ChosenItem[],
  words: Words,
  invalid = false,
): string {
  return items
    .map(({ park, checked }, index) => {
      const id = index === 0 ? fieldId('parks') : `${fieldId('parks')}-${park.slug}`;
      const note = park.place
        ? fill(words.parkNote, { place: park.place, hours: park.responseHours })
        : '';
      return (
        `<li class="choice">` +
        `<input${attrs({ type: 'checkbox', class: BOX, id, name: 'parks', value: park.slug, checked, 'aria-describedby': note ? `${id}-note` : undefined, 'aria-invalid': invalid ? 'true' : undefined, 'data-park-name': park.name, 'data-park-place': park.place || undefined, 'data-response-hours': park.responseHours || undefined })} />` +
        `<label for="${escapeHtml(id)}">${escapeHtml(park.name)}` +
        (note
          ? `<span id="${escapeHtml(id)}-note" class="choice-note">${escapeHtml(note)}</span>`
          : '') +
        `</label></li>`
      );
    })
    .join('');
}

/** The notes about a link's parks (unknown slugs, too many), or '' when there is nothing to say. */
export function renderPickerNotes(
  notes: PickerNotes | undefined,
  words: Words,
  max: number,
): string {
  if (!notes) return '';
  const lines = [
    notes.unknown.length > 0 ? fill(words.picker.unknown, { parks: notes.unknown.join('”“') }) : '',
    notes.overMax > 0 ? fill(words.picker.overMax, { max }) : '',
  ].filter(Boolean);
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

/** Href of the list page carrying the chosen parks. */
export const listHref = (words: Words, slugs: readonly string[]): string =>
  words.picker.listPath + parkQuery(slugs);

/**
 * Everything inside the parks fieldset after its legend, hint and error slot: the chosen
 * parks, the notes, the search box (hidden until the script starts it) and the list link.
 * With no park chosen, the list link carries the field's id so the error summary can
 * focus it.
 */
export function renderPicker(
  items: readonly ChosenItem[],
  words: Words,
  options: { invalid: boolean; notes?: PickerNotes | undefined; max: number },
): string {
  const { picker } = words;
  const notes = renderPickerNotes(options.notes, words, options.max);
  const slugs = items.filter((item) => item.checked).map((item) => item.park.slug);
  const search =
    `<div${attrs({ id: SEARCH_BOX_ID, class: 'relative mt-5', hidden: true })}>` +
    `<label class="block font-semibold" for="${SEARCH_ID}">${escapeHtml(picker.searchLabel)}</label>` +
    `<p id="${SEARCH_HINT_ID}" class="mt-1 text-slate-700">${escapeHtml(picker.searchHint)}</p>` +
    `<input${attrs({ id: SEARCH_ID, type: 'text', role: 'combobox', class: 'mt-2 block w-full max-w-xl rounded-none border-2 border-slate-700 bg-white px-3 py-2 text-base text-slate-900', autocomplete: 'off', spellcheck: 'false', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': RESULTS_ID, 'aria-describedby': SEARCH_HINT_ID })} />` +
    `<ul${attrs({ id: RESULTS_ID, role: 'listbox', 'aria-label': picker.searchLabel, class: 'mt-1 max-w-xl divide-y divide-slate-200 border-2 border-slate-700 bg-white', hidden: true })}></ul>` +
    `<p id="${STATUS_ID}" role="status" class="mt-1 text-sm text-slate-700"></p>` +
    `</div>`;
  return (
    `<ul id="${CHOSEN_ID}" class="mt-3 grid gap-3 empty:hidden">${renderChosenItems(items, words, options.invalid)}</ul>` +
    `<p${attrs({ id: NONE_ID, class: 'mt-3 text-slate-700', hidden: items.length > 0 })}>${escapeHtml(picker.none)}</p>` +
    `<div id="${NOTES_ID}" class="mt-3 border-l-4 border-warn-700 bg-warn-50 p-3 text-warn-700 empty:hidden">${notes}</div>` +
    search +
    `<p class="mt-4"><a${attrs({ id: items.length === 0 ? fieldId('parks') : LIST_LINK_ID, 'data-park-list-link': true, class: 'font-semibold text-brand-700 underline underline-offset-2', href: listHref(words, slugs) })}>${escapeHtml(picker.listLink)}</a></p>`
  );
}
