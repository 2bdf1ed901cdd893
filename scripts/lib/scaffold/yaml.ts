/**
 * Writing answers into the skeletons' YAML: each value quoted by the `yaml` package (the
 * parser the tools read content with), so a name with a colon or a leading digit stays a
 * string, and lists are written inline (`[auto-parts, electronics-manufacturing]`).
 */
import { stringify } from 'yaml';

/** The answers by flag name (`name-zh` → "湘江…", `lat` → 27.8). */
export type Answers = Readonly<Record<string, unknown>>;

/** Text of a placeholder that staff must replace; also the placeholder source of figures. */
export const PLACEHOLDER = { zh: '待填写', en: 'To be filled in' } as const;

/**
 * The `asOf` of placeholder figures: long past, so the build warns, the report lists the
 * block as stale and the page marks it, until an officer enters real figures and a date.
 */
export const PLACEHOLDER_AS_OF = '2000-01-01';

/** One value as inline YAML. */
export function y(value: unknown): string {
  return stringify(value ?? null, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}
