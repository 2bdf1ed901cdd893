/**
 * The no-JavaScript park list as an HTML string: the parks chosen so far with a link back
 * to the form, an index of chains (each links to the page where its parks start), one
 * page of parks grouped by chain with an "Add" link each, and previous/next links. Every
 * link is a plain GET carrying the chosen parks as `?park=` (park slugs only, never the
 * form's other answers). At the maximum the list says so and offers no more "Add" links.
 * Pure.
 */
import { addPark, isFull, parkQuery } from '../domain/inquiry/park-selection';
import { attrs, escapeHtml } from './html';
import { fill } from './localize';
import type { ParkListWords, PickerWords } from './messages/types';
import type { ParkChoice } from './park-choice';
import { PARKS_PER_PAGE, type ChainStart, type ListPage } from './park-list';

export const PARK_LIST_START_MARKER = '<!-- park-list:start -->';
export const PARK_LIST_END_MARKER = '<!-- park-list:end -->';

export interface ParkListView {
  page: ListPage;
  chains: readonly ChainStart[];
  /** The parks chosen so far, in order. */
  chosen: readonly ParkChoice[];
  max: number;
  words: ParkListWords;
  /** For the list's and the form's paths in the page's language. */
  picker: Pick<PickerWords, 'listPath' | 'formPath'>;
}

const LINK = 'text-brand-700 underline underline-offset-2';

function chosenBox(view: ParkListView, slugs: string[]): string {
  const { words, chosen, max, picker } = view;
  const items = chosen.map((park) => `<li>${escapeHtml(park.name)}</li>`).join('');
  const status =
    chosen.length === 0 ? words.chosenNone : fill(words.chosenCount, { count: chosen.length, max });
  return (
    `<section aria-labelledby="park-list-chosen" class="mt-6 border-l-4 border-brand-700 bg-slate-50 p-4">` +
    `<h2 id="park-list-chosen" class="text-lg font-bold">${escapeHtml(words.chosenHeading)}</h2>` +
    `<p class="mt-1">${escapeHtml(status)}</p>` +
    (items ? `<ul class="mt-2 list-disc pl-5">${items}</ul>` : '') +
    (isFull(slugs, max)
      ? `<p class="mt-2 font-semibold">${escapeHtml(fill(words.full, { max }))}</p>`
      : '') +
    `<p class="mt-3"><a class="font-semibold ${LINK}" href="${escapeHtml(picker.formPath + parkQuery(slugs))}">${escapeHtml(words.backToForm)}</a></p>` +
    `</section>`
  );
}

function chainIndex(view: ParkListView, slugs: string[]): string {
  const { words, chains, picker } = view;
  const links = chains
    .map(
      (chain) =>
        `<li><a class="${LINK}" href="${escapeHtml(`${picker.listPath}${parkQuery(slugs, { page: chain.page })}#chain-${chain.chainId}`)}">${escapeHtml(chain.label)}</a> <span class="text-sm text-slate-700">${escapeHtml(fill(words.parksCount, { count: chain.count }))}</span></li>`,
    )
    .join('');
  return (
    `<nav aria-labelledby="park-list-chains" class="mt-6">` +
    `<h2 id="park-list-chains" class="text-lg font-bold">${escapeHtml(words.chainsHeading)}</h2>` +
    `<ul class="mt-2 grid gap-1 sm:grid-cols-2">${links}</ul></nav>`
  );
}

function groups(view: ParkListView, slugs: string[]): string {
  const { words, page, max, picker } = view;
  const full = isFull(slugs, max);
  return page.groups
    .map((group) => {
      const headingId = `chain-${group.chainId}`;
      const parks = group.parks
        .map((park) => {
          const action = slugs.includes(park.slug)
            ? `<span class="font-semibold text-reach-700">${escapeHtml(words.added)}</span>`
            : full
              ? ''
              : `<a class="font-semibold ${LINK}" data-add-park="${escapeHtml(park.slug)}" href="${escapeHtml(picker.formPath + parkQuery(addPark(slugs, park.slug, max)))}">${escapeHtml(words.add)}<span class="sr-only">${escapeHtml(`: ${park.name}`)}</span></a>`;
          return (
            `<li class="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">` +
            `<div><span class="font-semibold">${escapeHtml(park.name)}</span>` +
            `<span class="block text-sm text-slate-700">${escapeHtml(park.place)}</span></div>${action}</li>`
          );
        })
        .join('');
      const label = group.label + (group.continued ? words.continued : '');
      return (
        `<section aria-labelledby="${escapeHtml(headingId)}" class="mt-8">` +
        `<h2 id="${escapeHtml(headingId)}" class="text-xl font-bold">${escapeHtml(label)}</h2>` +
        `<ul class="mt-2 divide-y divide-slate-200 border-y border-slate-200">${parks}</ul></section>`
      );
    })
    .join('');
}

function pager(view: ParkListView, slugs: string[]): string {
  const { words, page, picker } = view;
  const link = (target: number, text: string, rel: string) =>
    `<a${attrs({ class: `font-semibold ${LINK}`, rel, href: picker.listPath + parkQuery(slugs, { page: target }) })}>${escapeHtml(text)}</a>`;
  return (
    `<nav aria-label="${escapeHtml(words.pager.label)}" class="mt-8 flex flex-wrap items-center gap-x-6 gap-y-2">` +
    (page.page > 1 ? link(page.page - 1, words.pager.prev, 'prev') : '') +
    `<span>${escapeHtml(fill(words.pager.status, { page: page.page, pages: page.pages }))}</span>` +
    (page.page < page.pages ? link(page.page + 1, words.pager.next, 'next') : '') +
    `</nav>`
  );
}

/** The list's content under the page heading. */
export function renderParkList(view: ParkListView): string {
  const slugs = view.chosen.map((park) => park.slug);
  const { words } = view;
  return (
    `<p class="mt-4 max-w-prose text-lg">${escapeHtml(fill(words.intro, { perPage: PARKS_PER_PAGE }))}</p>` +
    `<p class="mt-2 max-w-prose text-slate-700">${escapeHtml(words.noScript)}</p>` +
    chosenBox(view, slugs) +
    chainIndex(view, slugs) +
    groups(view, slugs) +
    pager(view, slugs)
  );
}
