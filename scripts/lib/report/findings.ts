/**
 * What `npm run content:report` reports: one finding per problem, each naming the file,
 * the field, the park it concerns (when one does) and what to do.
 */

/** Kinds of finding, in the order the report groups them. */
export const FINDING_KINDS = [
  'invalid',
  'unknown-id',
  'stale',
  'no-contact',
  'no-response-time',
  'duplicate-name',
  'outside-china',
  'out-of-reach',
  'missing-translation',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * Kinds that make `--strict` exit non-zero: everything that is wrong or out of date.
 * A pending translation is a normal state (the page shows the other language, marked) and
 * a supplier beyond every park's reach is not an error (it may serve a park not yet added),
 * so those two are reported but do not fail CI.
 */
export const STRICT_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'invalid',
  'unknown-id',
  'stale',
  'no-contact',
  'no-response-time',
  'duplicate-name',
  'outside-china',
]);

export interface Finding {
  /** Repository-relative path, e.g. "content/parks/xiangjiang-auto-parts-zone.md". */
  file: string;
  /** Slug of the park the finding concerns, when there is one. */
  park?: string;
  /** Dotted field path inside the file ("utilities.asOf"), or "(file)". */
  field: string;
  kind: FindingKind;
  message: string;
}

/** Findings that fail `--strict`. */
export function strictFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => STRICT_KINDS.has(f.kind));
}

/**
 * Findings sorted by park (parks first, alphabetically; then files of no park), file and
 * kind; within a kind they keep the checks' order, which is the file's own order.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const kindIndex = (k: FindingKind) => FINDING_KINDS.indexOf(k);
  return [...findings].sort(
    (a, b) =>
      Number(a.park === undefined) - Number(b.park === undefined) ||
      (a.park ?? '').localeCompare(b.park ?? '') ||
      a.file.localeCompare(b.file) ||
      kindIndex(a.kind) - kindIndex(b.kind),
  );
}

/** The report's exit status: 1 with `--strict` when a strict finding exists, else 0. */
export function exitCode(findings: readonly Finding[], strict: boolean): number {
  return strict && strictFindings(findings).length > 0 ? 1 : 0;
}
