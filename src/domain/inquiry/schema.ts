/**
 * The inquiry as the JSON API receives it (issue 3), validated by the same zod schema in
 * the browser and in the function. Problems come back as codes (./error-codes.ts); the
 * form's message table for the inquirer's language (src/forms/messages/) puts each into
 * words that name the field and say how to fix it.
 * Browser-safe: no Node APIs. Written with `zod/mini` (the same Zod 4 engine as 'zod',
 * functional API) because /inquire/ ships this schema to the browser and full zod alone
 * would break the page's 15 KB gzip JavaScript budget.
 */
import * as z from 'zod/mini';
import { isCountryCode } from './countries';
import { LIMITS, NEEDS, PROJECT_TYPES, TIMELINES } from './fields';
import {
  blankToUndefined,
  ID_PATTERN,
  messages,
  optionalAmount,
  optionalText,
  PHONE_PATTERN,
  requiredText,
  slugList,
  unique,
  usccField,
} from './field-schemas';
import type { FieldIssue, InquiryErrorCode } from './error-codes';
import { LOCALES } from '../../i18n/locales';

export type { FieldIssue, InquiryErrorCode } from './error-codes';

/** Error key for problems with the request as a whole (not an object, unreadable). */
export const FORM_ERROR_KEY = '_form';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

const inquiryObject = z.strictObject({
  parks: slugList('parks.invalid', 'parks.missing', LIMITS.parksMax, 'parks.tooMany', 1),
  company: requiredText('company.missing', LIMITS.companyMaxChars, 'company.tooLong'),
  uscc: usccField,
  country: z._default(
    z
      .string(messages('country.invalid'))
      .check(z.trim(), z.toUpperCase(), z.refine(isCountryCode, 'country.invalid')),
    'CN',
  ),
  contactName: requiredText('contactName.missing', LIMITS.nameMaxChars, 'contactName.tooLong'),
  role: requiredText('role.missing', LIMITS.roleMaxChars, 'role.tooLong'),
  email: z.pipe(
    z
      .string(messages('email.missing'))
      .check(
        z.trim(),
        z.minLength(1, 'email.missing'),
        z.maxLength(LIMITS.emailMaxChars, 'email.tooLong'),
      ),
    z.email('email.format'),
  ),
  phone: z.optional(
    z.pipe(
      z.string(messages('phone.notText')).check(
        z.trim(),
        z.refine((value: string) => value === '' || PHONE_PATTERN.test(value), 'phone.format'),
      ),
      z.transform(blankToUndefined),
    ),
  ),
  industry: z.string(messages('industry.missing')).check(z.regex(ID_PATTERN, 'industry.invalid')),
  projectType: z.enum(PROJECT_TYPES, messages('projectType.missing', 'projectType.invalid')),
  products: optionalText('products.notText', LIMITS.productsMaxChars, 'products.tooLong'),
  investmentCny: optionalAmount('investmentCny', LIMITS.investmentCnyMax, 'whole'),
  landMu: optionalAmount('landMu', LIMITS.landMuMax, 'decimal'),
  floorM2: optionalAmount('floorM2', LIMITS.floorM2Max, 'decimal'),
  powerKw: optionalAmount('powerKw', LIMITS.powerKwMax, 'decimal'),
  jobs: optionalAmount('jobs', LIMITS.jobsMax, 'whole'),
  timeline: z.enum(TIMELINES, messages('timeline.missing', 'timeline.invalid')),
  needs: z._default(
    z.pipe(
      z.array(z.enum(NEEDS, messages('needs.invalid')), messages('needs.invalid')),
      z.transform(unique<(typeof NEEDS)[number]>),
    ),
    [],
  ),
  processesNeeded: z._default(
    slugList(
      'processesNeeded.invalid',
      'processesNeeded.invalid',
      LIMITS.processesMax,
      'processesNeeded.tooMany',
    ),
    [],
  ),
  processesOnSite: z._default(
    slugList(
      'processesOnSite.invalid',
      'processesOnSite.invalid',
      LIMITS.processesMax,
      'processesOnSite.tooMany',
    ),
    [],
  ),
  message: optionalText('message.notText', LIMITS.messageMaxChars, 'message.tooLong'),
  consent: z.literal(true, messages('consent.missing')),
  idempotencyKey: z.optional(
    z
      .string(messages('idempotencyKey.invalid'))
      .check(z.regex(IDEMPOTENCY_KEY_PATTERN, 'idempotencyKey.invalid')),
  ),
  website: z.optional(z.string(messages('website.notText'))),
  startedAt: z.optional(
    z
      .number(messages('startedAt.invalid'))
      .check(z.int('startedAt.invalid'), z.nonnegative('startedAt.invalid')),
  ),
  /** The inquirer's language: the answers (messages, pages) use it and the lead keeps it. */
  locale: z.optional(z.enum(LOCALES, messages('locale.invalid'))),
});

/**
 * The inquiry schema. The credit code is required for companies registered in mainland
 * China only (country CN, the default); `when` lets that rule report even while other
 * fields are still wrong, so `{}` lists every required field at once.
 */
export const inquirySchema = inquiryObject.check(
  z.refine(
    (inquiry: z.output<typeof inquiryObject>) =>
      inquiry.country !== 'CN' || inquiry.uscc !== undefined,
    {
      path: ['uscc'],
      message: 'uscc.missing' satisfies InquiryErrorCode,
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !payload.issues.some((issue) =>
          ['country', 'uscc'].includes(String(issue.path?.[0] ?? '')),
        ),
    },
  ),
);

export type Inquiry = z.output<typeof inquirySchema>;
export type InquiryInput = z.input<typeof inquirySchema>;

export { fromFormFields } from './form-data';

/** Ids that exist in content right now; when given, references are checked against them. */
export interface KnownIds {
  parks?: Iterable<string>;
  industries?: Iterable<string>;
  processes?: Iterable<string>;
}

export type ValidationResult =
  { ok: true; data: Inquiry } | { ok: false; errors: Record<string, FieldIssue> };

/**
 * Validates an inquiry from any source (parsed JSON, {@link fromFormFields} output).
 * Never throws: hostile input (null, arrays, strings, `__proto__` keys, throwing getters)
 * comes back as errors. One issue per top-level field; unknown fields are reported
 * under their own name; problems with the whole input under {@link FORM_ERROR_KEY}.
 * With `known`, park, industry and process ids must also exist in content.
 */
export function validateInquiry(input: unknown, known?: KnownIds): ValidationResult {
  // A Map, then fromEntries: keys such as "__proto__" become plain own properties.
  const errors = new Map<string, FieldIssue>();
  const add = (key: string, code: InquiryErrorCode, params?: FieldIssue['params']) => {
    if (!errors.has(key)) errors.set(key, params ? { code, params } : { code });
  };
  let data: Inquiry | undefined;
  try {
    const result = inquirySchema.safeParse(input);
    if (result.success) data = result.data;
    else {
      for (const issue of result.error.issues) {
        const field = issue.path[0];
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) add(key, 'field.unknown');
        } else if (typeof field === 'string') {
          // Every message in the schema is a code; params ride on the custom issues.
          add(
            field,
            issue.message as InquiryErrorCode,
            issue.code === 'custom' ? issue.params : undefined,
          );
        } else add(FORM_ERROR_KEY, 'form.notObject');
      }
    }
    if (known) checkKnownIds(data ?? input, known, errors, add);
  } catch {
    add(FORM_ERROR_KEY, 'form.unreadable');
  }
  if (data && errors.size === 0) return { ok: true, data };
  return { ok: false, errors: Object.fromEntries(errors) };
}

function checkKnownIds(
  value: unknown,
  known: KnownIds,
  errors: ReadonlyMap<string, FieldIssue>,
  add: (key: string, code: InquiryErrorCode) => void,
): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const check = (field: string, ids: Iterable<string> | undefined, code: InquiryErrorCode) => {
    if (!ids || errors.has(field) || !Object.hasOwn(record, field)) return;
    const allowed = new Set(ids);
    const raw = record[field];
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.some((item) => typeof item === 'string' && !allowed.has(item))) add(field, code);
  };
  check('parks', known.parks, 'parks.unknown');
  check('industry', known.industries, 'industry.invalid');
  check('processesNeeded', known.processes, 'processesNeeded.invalid');
  check('processesOnSite', known.processes, 'processesOnSite.invalid');
}
