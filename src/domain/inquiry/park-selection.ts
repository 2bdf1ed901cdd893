/**
 * The parks an inquiry is addressed to, as the picker carries them between pages: read
 * from `park` query parameters (`?park=a&park=b`, commas also accepted), checked against
 * the parks the site lists, deduplicated, and capped at the form's maximum. Pure: the
 * static page's script, the function's no-JavaScript pages and the tests share it.
 */
import { LIMITS } from './field-values';
import { ID_PATTERN } from './field-schemas';

/** What a list of `park` parameters amounts to. */
export interface ParkSelection {
  /** Known parks, first mention first, at most `max`. */
  slugs: string[];
  /** Values that name no park the site lists (or are not slugs at all), once each. */
  unknown: string[];
  /** Known parks left out because the maximum was already reached. */
  overMax: string[];
}

/** The query parameter that carries one chosen park. */
export const PARK_PARAM = 'park';

/**
 * Reads `park` values: each may hold one slug or several separated by commas. Unknown
 * values are reported (the page says so) rather than thrown: a stale link must not break
 * the form.
 */
export function parseParkParams(
  values: Iterable<string>,
  isKnown: (slug: string) => boolean,
  max: number = LIMITS.parksMax,
): ParkSelection {
  const slugs: string[] = [];
  const unknown: string[] = [];
  const overMax: string[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const slug = part.trim();
      if (slug === '' || slugs.includes(slug) || unknown.includes(slug) || overMax.includes(slug))
        continue;
      if (!ID_PATTERN.test(slug) || !isKnown(slug)) unknown.push(slug);
      else if (slugs.length >= max) overMax.push(slug);
      else slugs.push(slug);
    }
  }
  return { slugs, unknown, overMax };
}

/** `chosen` with `slug` added at the end, unless it is already there or the list is full. */
export function addPark(
  chosen: readonly string[],
  slug: string,
  max: number = LIMITS.parksMax,
): string[] {
  if (chosen.includes(slug) || chosen.length >= max) return [...chosen];
  return [...chosen, slug];
}

/** Whether no further park may be added. */
export const isFull = (chosen: readonly string[], max: number = LIMITS.parksMax): boolean =>
  chosen.length >= max;

/**
 * A query string (`?park=a&park=b&page=2`) carrying the chosen parks and any extra
 * parameters (skipped when undefined); empty when there is nothing to carry. Park slugs
 * only: personal data never goes into a URL.
 */
export function parkQuery(
  slugs: readonly string[],
  extra: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const params = new URLSearchParams(slugs.map((slug) => [PARK_PARAM, slug]));
  for (const [key, value] of Object.entries(extra))
    if (value !== undefined) params.append(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : '';
}
