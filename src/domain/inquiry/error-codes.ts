/**
 * What can be wrong with an inquiry, as codes rather than sentences: the schema (shared by
 * browser and function) reports a code and, where the words need them, params; the form's
 * per-locale message tables (src/forms/messages/) turn them into words. So one schema
 * serves every language, and the browser bundle carries no sentences at all.
 * Types only: nothing here reaches the bundle.
 */

/** Number fields whose problems have their own words (unit and example). */
type AmountField = 'investmentCny' | 'landMu' | 'floorM2' | 'powerKw' | 'jobs';

export type InquiryErrorCode =
  | 'parks.missing'
  | 'parks.invalid'
  | 'parks.tooMany'
  | 'parks.unknown'
  | 'company.missing'
  | 'company.tooLong'
  | 'uscc.notText'
  | 'uscc.missing'
  /** params: count (characters entered) */
  | 'uscc.length'
  /** params: chars (the characters the code cannot contain, quoted and joined) */
  | 'uscc.charset'
  | 'uscc.malformed'
  | 'country.invalid'
  | 'contactName.missing'
  | 'contactName.tooLong'
  | 'role.missing'
  | 'role.tooLong'
  | 'email.missing'
  | 'email.tooLong'
  | 'email.format'
  | 'phone.notText'
  | 'phone.format'
  | 'industry.missing'
  | 'industry.invalid'
  | 'projectType.missing'
  | 'projectType.invalid'
  | 'products.notText'
  | 'products.tooLong'
  | `${AmountField}.notNumber`
  | `${AmountField}.negative`
  | `${AmountField}.tooBig`
  | 'investmentCny.notWhole'
  | 'jobs.notWhole'
  | 'timeline.missing'
  | 'timeline.invalid'
  | 'needs.invalid'
  | 'processesNeeded.invalid'
  | 'processesNeeded.tooMany'
  | 'processesOnSite.invalid'
  | 'processesOnSite.tooMany'
  | 'message.notText'
  | 'message.tooLong'
  | 'consent.missing'
  | 'idempotencyKey.invalid'
  | 'website.notText'
  | 'startedAt.invalid'
  | 'locale.invalid'
  /** A key the API does not take (a tampered or outdated form). */
  | 'field.unknown'
  /** A file in a multipart post. */
  | 'field.file'
  | 'form.notObject'
  | 'form.unreadable';

/** One field's problem: the code, and the values its message fills in. */
export interface FieldIssue {
  code: InquiryErrorCode;
  params?: Readonly<Record<string, string | number>>;
}
