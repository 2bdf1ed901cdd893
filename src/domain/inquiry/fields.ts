/**
 * Field metadata for the inquiry: the one list the HTML form, the client script and the
 * function all read. Values, labels and limits are in ./field-values.ts, the field list
 * in ./field-list.ts; this module re-exports both under their usual names and adds the
 * lookup.
 */
import { INQUIRY_FIELDS } from './field-list';
import type { InquiryField, InquiryFieldName } from './field-values';

export * from './field-values';
export { INQUIRY_FIELDS } from './field-list';

/** Field metadata by name, for error summaries and server-rendered forms. */
export function inquiryField(name: InquiryFieldName): InquiryField {
  const field = INQUIRY_FIELDS.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`Unknown inquiry field ${name}`);
  return field;
}
