/**
 * Building blocks of the inquiry schema (./schema.ts): one zod/mini schema per kind of
 * field, each carrying its own messages. Split out so each module stays readable; not
 * part of the domain's public API (index.ts re-exports ./schema only).
 * Browser-safe: no Node APIs; zod/mini keeps the /inquire/ page within its JS budget.
 */
import { z } from 'zod/mini';
import { isWellFormedUscc, normaliseUscc, USCC_CHARSET } from './uscc';

export const USCC_EXAMPLE = '91110000101623741K';
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{7,30}$/;

/** Message for a missing value, and another for a value of the wrong type. */
export const messages = (missing: string, wrongType = missing) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType),
});

/** Blank optional text means "not given", so JSON clients may send "". */
export const blankToUndefined = (value: string) => (value === '' ? undefined : value);

/** Drops repeats from a list of choices, keeping the first occurrence's order. */
export const unique = <T>(values: T[]) => [...new Set(values)];

/** Required text: trimmed first, so only spaces reads as missing. */
export const requiredText = (missing: string, maxChars: number, tooLong: string) =>
  z
    .string(messages(missing))
    .check(z.trim(), z.minLength(1, missing), z.maxLength(maxChars, tooLong));

/** Optional text: blank counts as not given, so JSON clients may send "". */
export const optionalText = (what: string, maxChars: number, tooLong: string) =>
  z.optional(
    z.pipe(
      z.string(messages(`Enter ${what} as text`)).check(z.trim(), z.maxLength(maxChars, tooLong)),
      z.transform(blankToUndefined),
    ),
  );

export interface AmountRules {
  /** Shown for text or anything else that is not a number. */
  notNumber: string;
  max: number;
  tooBig: string;
  /** Whole numbers only (yuan, jobs); land, floor space and power may have decimals. */
  integer: boolean;
}

/** An optional non-negative quantity; absent means "not known yet", never zero. */
export const optionalAmount = ({ notNumber, max, tooBig, integer }: AmountRules) => {
  const nonNegative = z.nonnegative(`${notNumber}; it cannot be negative`);
  const atMost = z.lte(max, tooBig);
  // z.int() doubles as a check, as `.int()` does in full zod; order kept: sign, whole, size.
  const checks = integer
    ? [nonNegative, z.int(`${notNumber}, without decimals`), atMost]
    : [nonNegative, atMost];
  return z.optional(z.number(messages(notNumber)).check(...checks));
};

/** A list of content ids (park slugs, process ids); repeats are dropped, not refused. */
export const slugList = (what: string, missing: string, max: number, tooMany: string, min = 0) =>
  z.pipe(
    z
      .array(
        z
          .string(messages(`Choose ${what} from the list`))
          .check(z.regex(ID_PATTERN, `Choose ${what} from the list`)),
        messages(missing, `Choose ${what} from the list`),
      )
      .check(z.minLength(min, missing), z.maxLength(max, tooMany)),
    z.transform(unique<string>),
  );

function usccProblem(code: string): string | null {
  if (code === '') return null;
  if (code.length !== 18) {
    return `Enter the 18-character Unified Social Credit Code, for example ${USCC_EXAMPLE} (you entered ${code.length} characters)`;
  }
  const foreign = [...code].filter((char) => !USCC_CHARSET.includes(char));
  if (foreign.length > 0) {
    return `The Unified Social Credit Code uses digits and the capitals A–Y without I, O, S, V or Z; check "${[...new Set(foreign)].join('", "')}" (for example 0 rather than O)`;
  }
  if (!isWellFormedUscc(code)) {
    return `Enter the Unified Social Credit Code exactly as on your business licence, for example ${USCC_EXAMPLE}: it starts with the registration authority and type (such as 91) and six digits of region code`;
  }
  return null;
}

/**
 * The credit code: normalised (spaces, case) before it is judged, so the message says what
 * is actually wrong; blank means not given (whether it is required depends on country).
 */
export const usccField = z.optional(
  z.pipe(
    z
      .pipe(
        z.string(messages('Enter the Unified Social Credit Code as text')),
        z.transform(normaliseUscc),
      )
      .check(
        z.superRefine((code: string, ctx) => {
          const problem = usccProblem(code);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      ),
    z.transform(blankToUndefined),
  ),
);
