/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A page whose key is unchanged since the last build, and whose code
 * Astro finds unchanged, is copied from Astro's cache (in `cacheDir`) instead of being
 * rendered again, so a staff edit of one park re-renders that park's pages, not all of
 * them (issue 13).
 *
 * A key must change whenever anything the page prints from content changes, so it is a
 * digest of the page's whole input: the view model it renders (for a park, the park with
 * its content entries and every supplier, institution and case joined to it, which is
 * also where today's date shows, as stale-figure flags), plus what the page reads beside
 * it (English bodies, taxonomy labels). Code, dictionaries and the Astro config are
 * hashed by Astro itself.
 */
import { createHash } from 'node:crypto';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

// JSON drops a Map's or a Set's contents; a key must not.
const entries = (_key: string, value: unknown) =>
  value instanceof Map ? [...value] : value instanceof Set ? [...value] : value;

const digests = new WeakMap<object, string>();

/**
 * A digest of a value's JSON (Maps and Sets by their contents), computed once per object:
 * the same park view is keyed by both profiles and by its open-data files.
 */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = sha(JSON.stringify(value, entries) ?? 'undefined');
    digests.set(value, digest);
  }
  return digest;
}

/** One key from its parts: strings and numbers as they are, objects by their digest. */
export function cacheKey(...parts: (string | number | object | null | undefined)[]): string {
  return sha(
    parts
      .map((part) =>
        part !== null && typeof part === 'object' ? digestOf(part) : `${typeof part}:${part}`,
      )
      .join('\n'),
  );
}
