/**
 * The one order for ids (file names, slugs, taxonomy keys) wherever lists need a stable
 * tie-break: code-point order, so output does not depend on the build machine's locale
 * the way `localeCompare` does.
 */

/** Negative, zero or positive as `a` sorts before, equal to or after `b` by code point. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `compareIds` on the `id` of two entries, for `Array.prototype.sort`. */
export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareIds(a.id, b.id);
}
