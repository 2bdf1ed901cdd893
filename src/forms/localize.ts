/**
 * Puts validation results into words: the schema reports codes and params
 * (src/domain/inquiry/error-codes.ts), a locale's message table holds the sentences.
 * Tiny and browser-safe: the client script runs it with the table from the page.
 */
import type { FieldIssue, InquiryErrorCode } from '../domain/inquiry/error-codes';

/** Id of the page's JSON block holding the browser script's words (ClientMessages). */
export const MESSAGES_ELEMENT_ID = 'inquiry-form-messages';

/** Fills `{name}` placeholders from `params`; unknown names stay as written. */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** One sentence per field, in the table's language; keys such as "__proto__" stay plain. */
export function localizeErrors(
  issues: Readonly<Record<string, FieldIssue>>,
  table: Readonly<Record<InquiryErrorCode, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(issues).map(([field, issue]) => [field, fill(table[issue.code], issue.params)]),
  );
}
