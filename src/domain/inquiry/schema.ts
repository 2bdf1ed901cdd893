/**
 * The inquiry as the JSON API receives it (issue 3), validated by the same zod schema in
 * the browser and in the function. Every message names the field in words and says how
 * to fix it, because it is shown next to the field and in the error summary.
 * Browser-safe: no Node APIs. Written with `zod/mini` (the same Zod 4 engine as 'zod',
 * functional API) because /inquire/ ships this schema to the browser and full zod alone
 * would break the page's 15 KB gzip JavaScript budget.
 */
import { z } from 'zod/mini';
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
  USCC_EXAMPLE,
  usccField,
} from './field-schemas';

/** Error key for problems with the request as a whole (not an object, unreadable). */
export const FORM_ERROR_KEY = '_form';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

/** Process ids, from suppliers (processesNeeded) or run on site (processesOnSite). */
const processList = z._default(
  slugList(
    'processes',
    'Choose processes from the list',
    LIMITS.processesMax,
    `Choose at most ${LIMITS.processesMax} processes`,
  ),
  [],
);

const inquiryObject = z.strictObject({
  parks: slugList(
    'parks',
    'Choose at least one park',
    LIMITS.parksMax,
    `Choose at most ${LIMITS.parksMax} parks`,
    1,
  ),
  company: requiredText(
    'Enter the company name',
    LIMITS.companyMaxChars,
    `Company name must be ${LIMITS.companyMaxChars} characters or fewer`,
  ),
  uscc: usccField,
  country: z._default(
    z
      .string(messages('Choose the country where the company is registered'))
      .check(
        z.trim(),
        z.toUpperCase(),
        z.refine(
          isCountryCode,
          'Choose the country where the company is registered (a two-letter ISO code such as CN)',
        ),
      ),
    'CN',
  ),
  contactName: requiredText(
    'Enter your name',
    LIMITS.nameMaxChars,
    `Your name must be ${LIMITS.nameMaxChars} characters or fewer`,
  ),
  role: requiredText(
    'Enter your role, for example General Manager',
    LIMITS.roleMaxChars,
    `Your role must be ${LIMITS.roleMaxChars} characters or fewer`,
  ),
  email: z.pipe(
    z
      .string(messages('Enter your work email address'))
      .check(
        z.trim(),
        z.minLength(1, 'Enter your work email address'),
        z.maxLength(
          LIMITS.emailMaxChars,
          `Email address must be ${LIMITS.emailMaxChars} characters or fewer`,
        ),
      ),
    z.email('Enter an email address in the correct format, like name@example.com'),
  ),
  phone: z.optional(
    z.pipe(
      z.string(messages('Enter a phone number as text')).check(
        z.trim(),
        z.refine(
          (value: string) => value === '' || PHONE_PATTERN.test(value),
          'Enter a phone number with digits only, for example +86 731 5555 0101',
        ),
      ),
      z.transform(blankToUndefined),
    ),
  ),
  industry: z
    .string(messages('Choose your industry'))
    .check(z.regex(ID_PATTERN, 'Choose your industry from the list')),
  projectType: z.enum(
    PROJECT_TYPES,
    messages('Choose the type of project', 'Choose the type of project from the list'),
  ),
  products: optionalText(
    'your products',
    LIMITS.productsMaxChars,
    `Products must be ${LIMITS.productsMaxChars} characters or fewer`,
  ),
  investmentCny: optionalAmount({
    notNumber: 'Enter the investment as a number of yuan, for example 150000000',
    max: LIMITS.investmentCnyMax,
    tooBig: 'Enter an investment of at most 1,000,000,000,000 CNY (1 trillion)',
    integer: true,
  }),
  landMu: optionalAmount({
    notNumber: 'Enter the land needed as a number of mu, for example 80',
    max: LIMITS.landMuMax,
    tooBig: 'Enter at most 100,000 mu of land',
    integer: false,
  }),
  floorM2: optionalAmount({
    notNumber: 'Enter the floor space as a number of m², for example 12000',
    max: LIMITS.floorM2Max,
    tooBig: 'Enter at most 10,000,000 m² of floor space',
    integer: false,
  }),
  powerKw: optionalAmount({
    notNumber: 'Enter the power needed as a number of kW, for example 2500',
    max: LIMITS.powerKwMax,
    tooBig: 'Enter at most 10,000,000 kW (10 GW) of power',
    integer: false,
  }),
  jobs: optionalAmount({
    notNumber: 'Enter the number of jobs as a whole number, for example 120',
    max: LIMITS.jobsMax,
    tooBig: 'Enter at most 1,000,000 jobs',
    integer: true,
  }),
  timeline: z.enum(
    TIMELINES,
    messages('Choose when you want to start', 'Choose when you want to start from the list'),
  ),
  needs: z._default(
    z.pipe(
      z.array(
        z.enum(NEEDS, messages('Choose needs from the list')),
        messages('Choose needs from the list'),
      ),
      z.transform(unique<(typeof NEEDS)[number]>),
    ),
    [],
  ),
  processesNeeded: processList,
  processesOnSite: processList,
  message: optionalText(
    'your question',
    LIMITS.messageMaxChars,
    `Your question must be ${LIMITS.messageMaxChars.toLocaleString('en')} characters or fewer`,
  ),
  consent: z.literal(
    true,
    messages('Tick the box to agree that the parks may store this inquiry to answer it'),
  ),
  idempotencyKey: z.optional(
    z
      .string(messages('Send the idempotency key as text'))
      .check(
        z.regex(
          IDEMPOTENCY_KEY_PATTERN,
          'The idempotency key must be 8 to 128 letters, digits, "-" or "_"',
        ),
      ),
  ),
  website: z.optional(z.string(messages('Leave this field empty'))),
  startedAt: z.optional(
    z
      .number(messages('The form start time must be a number of milliseconds'))
      .check(
        z.int('The form start time must be a whole number of milliseconds'),
        z.nonnegative('The form start time must be a whole number of milliseconds'),
      ),
  ),
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
      message: `Enter the 18-character Unified Social Credit Code, for example ${USCC_EXAMPLE}; it is printed on the business licence`,
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
  { ok: true; data: Inquiry } | { ok: false; errors: Record<string, string> };

/**
 * Validates an inquiry from any source (parsed JSON, {@link fromFormFields} output).
 * Never throws: hostile input (null, arrays, strings, `__proto__` keys, throwing getters)
 * comes back as errors. One message per top-level field; unknown fields are reported
 * under their own name; problems with the whole input under {@link FORM_ERROR_KEY}.
 * With `known`, park, industry and process ids must also exist in content.
 */
export function validateInquiry(input: unknown, known?: KnownIds): ValidationResult {
  // A Map, then fromEntries: keys such as "__proto__" become plain own properties.
  const errors = new Map<string, string>();
  const add = (key: string, message: string) => {
    if (!errors.has(key)) errors.set(key, message);
  };
  let data: Inquiry | undefined;
  try {
    const result = inquirySchema.safeParse(input);
    if (result.success) data = result.data;
    else {
      for (const issue of result.error.issues) {
        const field = issue.path[0];
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) add(key, 'This field is not accepted');
        } else if (typeof field === 'string') add(field, issue.message);
        else add(FORM_ERROR_KEY, 'Send the inquiry as an object of named fields');
      }
    }
    if (known) checkKnownIds(data ?? input, known, errors, add);
  } catch {
    add(
      FORM_ERROR_KEY,
      'The inquiry could not be read; send it again as an object of named fields',
    );
  }
  if (data && errors.size === 0) return { ok: true, data };
  return { ok: false, errors: Object.fromEntries(errors) };
}

function checkKnownIds(
  value: unknown,
  known: KnownIds,
  errors: ReadonlyMap<string, string>,
  add: (key: string, message: string) => void,
): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const check = (field: string, ids: Iterable<string> | undefined, message: string) => {
    if (!ids || errors.has(field) || !Object.hasOwn(record, field)) return;
    const allowed = new Set(ids);
    const raw = record[field];
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.some((item) => typeof item === 'string' && !allowed.has(item))) add(field, message);
  };
  check('parks', known.parks, 'Choose parks from the list; one of them is not in the showcase');
  check('industry', known.industries, 'Choose your industry from the list');
  for (const field of ['processesNeeded', 'processesOnSite'])
    check(field, known.processes, 'Choose processes from the list');
}
