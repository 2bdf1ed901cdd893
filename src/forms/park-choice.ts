/**
 * A park as the inquiry form shows it (name, place, committed response time) in one
 * language, from the `{ zh, en }` texts the content and the open data carry. One home for
 * the wording of a park's place, used by the page build, the function's no-JavaScript
 * pages and the browser script. Pure.
 */
import type { LocalizedText } from '../i18n/content';
import type { Locale } from '../i18n/locales';

/**
 * The text in `locale`, else the other language: src/i18n/content.ts `localize` for the two
 * languages, written small because the form's browser script carries it.
 */
const pick = (text: LocalizedText, locale: Locale): string =>
  (locale === 'en' ? text.en : text.zh) ?? text.zh ?? text.en ?? '';

/** A park a visitor can address, with its committed response time. */
export interface ParkChoice {
  slug: string;
  name: string;
  /** "Changsha, Hunan" / "湖南长沙" */
  place: string;
  responseHours: number;
}

/** The texts a park choice is made from (content data, /data/parks.json, /data/parks/<slug>.json). */
export interface ParkTexts {
  slug: string;
  name: LocalizedText;
  city: LocalizedText;
  province: LocalizedText;
  responseHours: number;
}

/** The park in `locale`; a missing translation falls back to the other language. */
export function parkChoice(park: ParkTexts, locale: Locale): ParkChoice {
  const city = pick(park.city, locale);
  const province = pick(park.province, locale);
  return {
    slug: park.slug,
    name: pick(park.name, locale),
    place: locale === 'zh-CN' ? `${province}${city}` : `${city}, ${province}`,
    responseHours: park.responseHours,
  };
}
