/**
 * English words of the form's park picker and of the no-JavaScript park list
 * (/en/inquire/parks/).
 */
import { LIMITS } from '../../domain/inquiry/fields';
import { localizePath } from '../../i18n/routing';
import type { ParkListWords, PickerWords } from './types';

export const pickerEn: PickerWords = {
  locale: 'en',
  none: 'No park chosen yet.',
  unknown: 'The link named a park that is not in the showcase (“{parks}”); it was left out.',
  overMax: 'You can ask up to {max} parks; the other parks in the link were left out.',
  listLink: 'Choose from the list of parks',
  searchLabel: 'Find a park by name',
  searchHint:
    'Type part of its English or Chinese name; use the arrow keys to pick one and Enter to add it.',
  results: {
    none: 'No park has a matching name. Try another word or choose from the list.',
    one: '1 park found',
    other: '{count} parks found',
  },
  unavailable: 'Search is not available right now. Choose from the list of parks instead.',
  full: `You have chosen ${LIMITS.parksMax} parks, the most one inquiry can go to. Untick one to choose another.`,
  added: 'Added: {name}',
  already: '{name} is already chosen',
  listPath: localizePath('/inquire/parks/', 'en'),
  formPath: localizePath('/inquire/chosen/', 'en'),
};

export const parkListEn: ParkListWords = {
  title: 'Choose parks for your inquiry',
  description: 'Every park, grouped by industry chain, to add to your inquiry.',
  heading: 'Choose parks for your inquiry',
  intro:
    'Parks are grouped by their main industry chain, {perPage} to a page. “Add” takes you back to the form with the park chosen.',
  noScript:
    'Without JavaScript, answers you have already typed in the form are not kept when you add a park from this list, so choose the parks first and fill in the rest afterwards.',
  chosenHeading: 'Parks you have chosen',
  chosenNone: 'No park chosen yet.',
  chosenCount: '{count} chosen, up to {max}.',
  backToForm: 'Back to the form',
  full: 'You have chosen {max} parks, the most one inquiry can go to. To change one, untick it in the form and come back.',
  chainsHeading: 'Find parks by industry chain',
  parksCount: '{count} parks',
  continued: ' (continued)',
  add: 'Add',
  added: 'Chosen',
  pager: {
    label: 'Pages',
    prev: 'Previous page',
    next: 'Next page',
    status: 'Page {page} of {pages}',
  },
  unavailable: 'The list of parks is not available right now. Please try again in a minute.',
};
