/**
 * A park as the inquiry form shows it (name, place, committed response time) in one
 * language, from the `{ zh, en }` texts the content and the open data carry. One home for
 * the wording of a park's place, used by the page build, the function's no-JavaScript
 * pages and the browser script. Pure.
 */
import { localize, type LocalizedText } from '../i18n/content';
import type { Locale } from '../i18n/locales';

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
  const city = localize(park.city, locale);
  const province = localize(park.province, locale);
  return {
    slug: park.slug,
    name: localize(park.name, locale),
    place: locale === 'zh-CN' ? `${province}${city}` : `${city}, ${province}`,
    responseHours: park.responseHours,
  };
}
