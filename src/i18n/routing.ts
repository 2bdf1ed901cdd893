/**
 * URLs per language: zh-CN at unprefixed paths, English under /en/. Page files live once
 * under `src/pages/[...lang]/`, and their getStaticPaths combine `localeParams()` with
 * their own params, so every route exists in both languages without a copied file.
 * Pure TypeScript: usable by pages, the function (answers and redirects) and tests.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** The first path segment of each locale; none for the default. */
export const LOCALE_SEGMENT: Readonly<Record<Locale, string | undefined>> = {
  'zh-CN': undefined,
  en: 'en',
};

/** The `[...lang]` param and the locale prop for each language, for getStaticPaths. */
export function localeParams(): {
  params: { lang: string | undefined };
  props: { locale: Locale };
}[] {
  return LOCALES.map((locale) => ({ params: { lang: LOCALE_SEGMENT[locale] }, props: { locale } }));
}

/** The locale a `[...lang]` param stands for; throws on a segment no locale uses. */
export function localeFromParam(lang: string | undefined): Locale {
  if (lang === undefined || lang === '') return DEFAULT_LOCALE;
  const found = LOCALES.find((locale) => LOCALE_SEGMENT[locale] === lang);
  if (!found) throw new Error(`No locale is served under /${lang}/`);
  return found;
}

/** Splits a site path into its locale and the path the default locale would use. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const segment = LOCALE_SEGMENT[locale];
    if (segment === undefined) continue;
    if (path === `/${segment}` || path === `/${segment}/`) return { locale, path: '/' };
    if (path.startsWith(`/${segment}/`)) return { locale, path: path.slice(segment.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** The same page in `locale`: '/parks/a/' → '/en/parks/a/' for English, and back. */
export function localizePath(path: string, locale: Locale): string {
  const base = splitLocalePath(path).path;
  const segment = LOCALE_SEGMENT[locale];
  return segment === undefined ? base : `/${segment}${base}`;
}
