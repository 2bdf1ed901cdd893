/**
 * The chosen parks with JavaScript on: parks from `?park=` and from the draft are added
 * to those the page rendered, named from the published record of each park
 * (/data/parks/<slug>.json, fetched only for parks the page does not name yet), and the
 * search box (./park-search.ts, started on first focus) adds more. The list link always
 * carries the chosen parks. Unknown parks in a link are dropped with a note, never an
 * error. Part of the inquiry form script (./inquiry-form.ts).
 */
import { LIMITS } from '../domain/inquiry/field-values';
import { fieldId } from '../forms/errors';
import type { ClientMessages } from '../forms/messages/types';
import { parkChoice, type ParkChoice } from '../forms/park-choice';
import { fill } from '../forms/localize';
import {
  listHref,
  renderChosenItems,
  type ChosenItem,
  CHOSEN_ID,
  LIST_LINK_ID,
  NONE_ID,
  NOTES_ID,
} from '../forms/park-picker';

export interface Picker {
  /** Adds a park by slug (and the name search found); false when full or already chosen. */
  add(slug: string, name?: string): boolean;
  /** Re-reads which boxes are ticked (after the visitor ticks or unticks one). */
  sync(): void;
  full(): boolean;
}

const $ = (id: string) => document.getElementById(id);

/** The park's record from the open data, in the page's language; undefined when it does not exist. */
async function fetchPark(slug: string, words: ClientMessages): Promise<ParkChoice | undefined> {
  const response = await fetch(`/data/parks/${slug}.json`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const { profile: p } = (await response.json()) as {
    profile: Parameters<typeof parkChoice>[0] & { service: { inquiryResponseHours: number } };
  };
  return parkChoice(
    { ...p, slug, responseHours: p.service.inquiryResponseHours },
    words.picker.locale,
  );
}

export function startPicker(
  form: HTMLFormElement,
  words: ClientMessages,
  extra: readonly string[],
  changed: () => void,
): Picker {
  const list = $(CHOSEN_ID);
  const link = form.querySelector<HTMLAnchorElement>('[data-park-list-link]');
  const items: ChosenItem[] = [
    ...form.querySelectorAll<HTMLInputElement>('input[name="parks"]'),
  ].map((box) => ({
    checked: box.checked,
    park: {
      slug: box.value,
      name: box.dataset.parkName ?? box.value,
      place: box.dataset.parkPlace ?? '',
      responseHours: Number(box.dataset.responseHours) || 0,
    },
  }));
  const unknown: string[] = [];
  const ticked = () => items.filter((item) => item.checked).map((item) => item.park.slug);
  /** Takes the boxes' ticks into the items (the visitor may have changed them). */
  const read = () => {
    for (const item of items)
      item.checked =
        form.querySelector<HTMLInputElement>(`input[name="parks"][value="${item.park.slug}"]`)
          ?.checked ?? item.checked;
  };

  const render = () => {
    if (list) list.innerHTML = renderChosenItems(items, words);
    $(NONE_ID)?.toggleAttribute('hidden', items.length > 0);
    if (link) {
      link.href = listHref(words, ticked());
      link.id = items.length > 0 ? LIST_LINK_ID : fieldId('parks');
    }
    const notes = $(NOTES_ID);
    // textContent: the slugs come from the address bar.
    if (notes && unknown.length > 0)
      notes.textContent = fill(words.picker.unknown, { parks: unknown.join('”“') });
    changed();
  };

  const name = (item: ChosenItem) => {
    void fetchPark(item.park.slug, words).then((park) => {
      if (park) item.park = park;
      else {
        items.splice(items.indexOf(item), 1);
        unknown.push(item.park.slug);
      }
      render();
    });
  };

  const picker: Picker = {
    full: () => (read(), ticked().length >= LIMITS.parksMax),
    add(slug, title) {
      const existing = items.find((item) => item.park.slug === slug);
      if (existing?.checked || picker.full()) return false;
      if (existing) existing.checked = true;
      else {
        const item = {
          checked: true,
          park: { slug, name: title ?? slug, place: '', responseHours: 0 },
        };
        items.push(item);
        name(item);
      }
      render();
      return true;
    },
    sync() {
      read();
      if (link) link.href = listHref(words, ticked());
    },
  };

  // add() skips repeats and stops at the maximum; the open data answers which parks exist.
  for (const slug of [...new URLSearchParams(location.search).getAll('park'), ...extra])
    if (/^[a-z0-9-]{1,100}$/.test(slug)) picker.add(slug);
  render();
  return picker;
}
