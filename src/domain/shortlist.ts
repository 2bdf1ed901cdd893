/**
 * The visitor's shortlist of parks to compare: 2 to 4 slugs, kept by the compare page
 * in localStorage and shared as `?parks=a,b`. "Add to compare" links elsewhere are plain
 * `?add=<slug>` links; these rules merge them. Pure: the page does the storing.
 */

import { PARKS_PER_PAGE } from './paging';

/** At most this many parks side by side (a phone shows them one after another). */
export const MAX_COMPARED_PARKS = 4;

/**
 * The estimate page prices at most this many parks at once (one page of the directory):
 * with no park chosen it prices every park only while the site has no more than this;
 * above it, it asks the visitor to choose, so the page never fetches every park.
 */
export const MAX_ESTIMATED_PARKS = PARKS_PER_PAGE;

/** The slugs the estimate page prices when no park is chosen: all, or null past the limit. */
export function estimateDefault(allSlugs: readonly string[]): string[] | null {
  return allSlugs.length <= MAX_ESTIMATED_PARKS ? [...allSlugs] : null;
}

/** Slugs from a comma-separated list (`?parks=` or storage), trimmed, each once, in order. */
export function parseSlugs(value: string | null | undefined): string[] {
  if (!value) return [];
  const slugs = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '' && s.length <= 120);
  return [...new Set(slugs)];
}

export interface Shortlist {
  /** The parks to compare, at most MAX_COMPARED_PARKS. */
  slugs: string[];
  /** Parks asked for beyond the limit, left out. */
  overflow: string[];
}

/**
 * The shortlist after a visit: the shared list when the URL has one (a link someone
 * sent wins over what this browser remembers), else the stored one; then `add`
 * appended when new. Beyond the limit, the first ones stay and the rest are named.
 */
export function mergeShortlist(input: {
  fromUrl: string[] | null;
  stored: string[];
  add: string | null;
}): Shortlist {
  const base = [...(input.fromUrl ?? input.stored)];
  if (input.add && !base.includes(input.add)) base.push(input.add);
  return { slugs: base.slice(0, MAX_COMPARED_PARKS), overflow: base.slice(MAX_COMPARED_PARKS) };
}

/** Splits slugs into parks that exist and ones that do not (a typo, a removed park). */
export function splitKnown(
  slugs: readonly string[],
  known: ReadonlySet<string>,
): { known: string[]; unknown: string[] } {
  return {
    known: slugs.filter((s) => known.has(s)),
    unknown: slugs.filter((s) => !known.has(s)),
  };
}
