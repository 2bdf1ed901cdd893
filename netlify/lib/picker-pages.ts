/**
 * The park picker's pages without JavaScript, answered by netlify/functions/inquiry-picker.ts:
 * the park list (/inquire/parks/?park=…&page=n) and the form with the chosen parks
 * (/inquire/chosen/?park=…). Both start from pages the build wrote (the list's shell and
 * the form page), so they look exactly like the site, and both read the parks from the
 * published records (./park-directory.ts). The chosen parks travel in the URL as slugs;
 * nothing a visitor typed does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '../../src/domain/inquiry/field-values';
import { parseParkParams, parkQuery, PARK_PARAM } from '../../src/domain/inquiry/park-selection';
import { formMessages } from '../../src/forms/messages';
import { parkChoice } from '../../src/forms/park-choice';
import {
  chainStarts,
  orderParks,
  pageOfParks,
  parsePage,
  type ListPark,
} from '../../src/forms/park-list';
import {
  PARK_LIST_END_MARKER,
  PARK_LIST_START_MARKER,
  renderParkList,
} from '../../src/forms/render-park-list';
import type { Locale } from '../../src/i18n/locales';
import { localizePath, LOCALE_SEGMENT } from '../../src/i18n/routing';
import { formTemplate, renderInquiryFormPage } from './form-page';
import { loadParkDirectory, parkIndex } from './park-directory';

/** The built shell of the list page in `locale` (title, heading, markers). */
export function listShellPath(
  locale: Locale,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const page = localizePath('/inquire/parks/', locale).split('/').filter(Boolean);
  return path.resolve(env.DIST_DIR ?? path.join(process.cwd(), 'dist'), ...page, 'index.html');
}

const shells = new Map<string, Promise<{ before: string; after: string }>>();

function loadShell(file: string): Promise<{ before: string; after: string }> {
  let shell = shells.get(file);
  if (!shell) {
    shell = readFile(file, 'utf8').then((html) => {
      const start = html.indexOf(PARK_LIST_START_MARKER);
      const end = html.indexOf(PARK_LIST_END_MARKER, start);
      if (start < 0 || end < 0)
        throw new Error('The built park list page has no list markers; rebuild the site');
      return {
        before: html.slice(0, start + PARK_LIST_START_MARKER.length),
        after: html.slice(end),
      };
    });
    shell.catch(() => shells.delete(file));
    shells.set(file, shell);
  }
  return shell;
}

/** The locale of a picker URL: English under /en/, else Chinese. */
export function pickerLocale(url: URL): Locale {
  return url.pathname.startsWith(`/${LOCALE_SEGMENT.en}/`) ? 'en' : 'zh-CN';
}

/**
 * Points the language switch at the same picker page in the other language, with the same
 * parks (the built page links to the other language's page without them).
 */
function carryLanguageSwitch(html: string, path: string, query: string, locale: Locale): string {
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const from = localizePath(path, other);
  const to = from + query;
  return html.replace(
    /<a href="([^"]*)"([^>]*\bdata-language-switch\b[^>]*)>/g,
    (tag, href: string, rest: string) =>
      href === from ? `<a href="${to.replace(/&/g, '&amp;')}"${rest}>` : tag,
  );
}

async function selection(url: URL) {
  const index = await parkIndex();
  return {
    index,
    chosen: parseParkParams(
      url.searchParams.getAll(PARK_PARAM),
      (slug) => index.has(slug),
      LIMITS.parksMax,
    ),
  };
}

/** The form with the chosen parks ticked and a note about unusable ones. */
export async function renderChosenPage(url: URL): Promise<string> {
  const locale = pickerLocale(url);
  const { chosen } = await selection(url);
  const html = await renderInquiryFormPage({
    values: { parks: chosen.slugs },
    errors: {},
    locale,
    parkNotes: { unknown: chosen.unknown, overMax: chosen.overMax.length },
    markError: false,
  });
  return carryLanguageSwitch(html, '/inquire/', parkQuery(chosen.slugs), locale);
}

/** One page of the chain-grouped park list, carrying the chosen parks in every link. */
export async function renderListPage(url: URL): Promise<string> {
  const locale = pickerLocale(url);
  const words = formMessages(locale);
  const [{ index, chosen }, parks, template, shell] = await Promise.all([
    selection(url),
    loadParkDirectory(),
    formTemplate(locale),
    loadShell(listShellPath(locale)),
  ]);
  const chainLabels = new Map(
    template.choices.industries.map((chain) => [chain.value, chain.label]),
  );
  const listed: ListPark[] = parks.map((park) => {
    const chainId = park.chainIds[0] ?? 'other';
    return {
      ...parkChoice(park, locale),
      chainId,
      chainLabel: chainLabels.get(chainId) ?? chainId,
    };
  });
  const ordered = orderParks(listed, locale);
  const page = pageOfParks(ordered, parsePage(url.searchParams.get('page')));
  const body = renderParkList({
    page,
    chains: chainStarts(ordered),
    chosen: chosen.slugs.flatMap((slug) => {
      const park = index.get(slug);
      return park ? [parkChoice(park, locale)] : [];
    }),
    max: LIMITS.parksMax,
    words: words.parkList,
    picker: words.picker,
  });
  const query = parkQuery(chosen.slugs, { page: page.page > 1 ? page.page : undefined });
  return carryLanguageSwitch(shell.before + body + shell.after, '/inquire/parks/', query, locale);
}
