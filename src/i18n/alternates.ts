/**
 * The language versions of one page: its canonical URL (per language, never pointing
 * at the other language) and the reciprocal hreflang alternates plus `x-default`
 * (the Chinese page, the site's default). Pure, so tests and the layout share it.
 */
import { htmlLang } from './index';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { localizePath } from './routing';

export interface Alternate {
  /** BCP 47 tag, or "x-default". */
  hreflang: string;
  locale: Locale;
  /** Absolute URL. */
  href: string;
  /** Site path of the same page in this language. */
  path: string;
}

/** Canonical URL of `path` in `locale`, and every language version of it. */
export function pageAlternates(
  path: string,
  locale: Locale,
  site: URL,
): { canonical: string; alternates: Alternate[] } {
  const versions = LOCALES.map((l) => {
    const localPath = localizePath(path, l);
    return {
      hreflang: htmlLang[l],
      locale: l,
      path: localPath,
      href: new URL(localPath, site).href,
    };
  });
  const fallback = versions.find((v) => v.locale === DEFAULT_LOCALE);
  const alternates = fallback ? [...versions, { ...fallback, hreflang: 'x-default' }] : versions;
  return { canonical: new URL(localizePath(path, locale), site).href, alternates };
}
