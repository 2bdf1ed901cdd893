/**
 * Building blocks of the inquiry schema (./schema.ts): one zod/mini schema per kind of
 * field, each reporting error codes (./error-codes.ts) that the form's per-locale message
 * tables put into words. Split out so each module stays readable; not part of the
 * domain's public API (index.ts re-exports ./schema only).
 * Browser-safe: no Node APIs; zod/mini keeps the /inquire/ page within its JS budget.
 */
import * as z from 'zod/mini';
import type { InquiryErrorCode } from './error-codes';
import { isWellFormedUscc, normaliseUscc, USCC_CHARSET } from './uscc';

export const USCC_EXAMPLE = '91110000101623741K';
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{7,30}$/;

/** Code for a missing value, and another for a value of the wrong type. */
export const messages = (missing: InquiryErrorCode, wrongType: InquiryErrorCode = missing) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType),
});

/** Blank optional text means "not given", so JSON clients may send "". */
export const blankToUndefined = (value: string) => (value === '' ? undefined : value);

/** Drops repeats from a list of choices, keeping the first occurrence's order. */
export const unique = <T>(values: T[]) => [...new Set(values)];

/** Required text: trimmed first, so only spaces reads as missing. */
export const requiredText = (
  missing: InquiryErrorCode,
  maxChars: number,
  tooLong: InquiryErrorCode,
) =>
  z
    .string(messages(missing))
    .check(z.trim(), z.minLength(1, missing), z.maxLength(maxChars, tooLong));

/** Optional text: blank counts as not given, so JSON clients may send "". */
export const optionalText = (
  notText: InquiryErrorCode,
  maxChars: number,
  tooLong: InquiryErrorCode,
) =>
  z.optional(
    z.pipe(
      z.string(messages(notText)).check(z.trim(), z.maxLength(maxChars, tooLong)),
      z.transform(blankToUndefined),
    ),
  );

type AmountField = 'investmentCny' | 'landMu' | 'floorM2' | 'powerKw' | 'jobs';

/**
 * An optional non-negative quantity; absent means "not known yet", never zero. Whole
 * numbers only for yuan and jobs; land, floor space and power may have decimals.
 */
export const optionalAmount = (field: AmountField, max: number, whole: 'whole' | 'decimal') => {
  const nonNegative = z.nonnegative(`${field}.negative` satisfies InquiryErrorCode);
  const atMost = z.lte(max, `${field}.tooBig` satisfies InquiryErrorCode);
  const notWhole = field === 'jobs' ? 'jobs.notWhole' : 'investmentCny.notWhole';
  // z.int() doubles as a check, as `.int()` does in full zod; order kept: sign, whole, size.
  const checks = whole === 'whole' ? [nonNegative, z.int(notWhole), atMost] : [nonNegative, atMost];
  return z.optional(z.number(messages(`${field}.notNumber`)).check(...checks));
};

/** A list of content ids (park slugs, process ids); repeats are dropped, not refused. */
export const slugList = (
  invalid: InquiryErrorCode,
  missing: InquiryErrorCode,
  max: number,
  tooMany: InquiryErrorCode,
  min = 0,
) =>
  z.pipe(
    z
      .array(
        z.string(messages(invalid)).check(z.regex(ID_PATTERN, invalid)),
        messages(missing, invalid),
      )
      .check(z.minLength(min, missing), z.maxLength(max, tooMany)),
    z.transform(unique<string>),
  );

interface UsccProblem {
  message: InquiryErrorCode;
  params?: Record<string, string | number>;
}

function usccProblem(code: string): UsccProblem | null {
  if (code === '') return null;
  if (code.length !== 18) return { message: 'uscc.length', params: { count: code.length } };
  const foreign = [...code].filter((char) => !USCC_CHARSET.includes(char));
  if (foreign.length > 0) {
    return { message: 'uscc.charset', params: { chars: [...new Set(foreign)].join(', ') } };
  }
  if (!isWellFormedUscc(code)) return { message: 'uscc.malformed' };
  return null;
}

/**
 * The credit code: normalised (spaces, case) before it is judged, so the message says what
 * is actually wrong; blank means not given (whether it is required depends on country).
 */
export const usccField = z.optional(
  z.pipe(
    z.pipe(z.string(messages('uscc.notText')), z.transform(normaliseUscc)).check(
      z.superRefine((code: string, ctx) => {
        const problem = usccProblem(code);
        if (problem) ctx.addIssue({ code: 'custom', ...problem });
      }),
    ),
    z.transform(blankToUndefined),
  ),
);
