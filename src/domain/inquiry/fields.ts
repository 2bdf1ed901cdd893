/**
 * Field metadata for the inquiry: the one list the HTML form, the client script and the
 * function all read, so a label, a limit or an option never differs between them.
 * Options that depend on content (industries, parks, processes) are filled in at build
 * time by the page; everything here is static and safe to bundle for the browser.
 */
import { countryOptions } from './countries';

/** What kind of project the enterprise plans (API values from issue 3). */
export const PROJECT_TYPES = [
  'new-plant',
  'expansion',
  'relocation',
  'rnd-center',
  'regional-hq',
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** When the enterprise wants to start, as a range from today. */
export const TIMELINES = ['0-6m', '6-12m', '12-24m', '24m+'] as const;
export type Timeline = (typeof TIMELINES)[number];

/** What the enterprise needs from the park. */
export const NEEDS = ['suppliers', 'labor', 'rnd', 'approvals', 'financing', 'logistics'] as const;
export type Need = (typeof NEEDS)[number];

/** Hidden field a person never sees or fills in; bots that fill every input do. */
export const HONEYPOT_FIELD = 'website';
/** Hidden field the page's script sets to Date.now() when the form is shown (ms epoch). */
export const STARTED_AT_FIELD = 'startedAt';

/**
 * Limits shared by the schema (server and client validation) and the HTML attributes
 * (maxlength, max), so the browser never lets people type what the server refuses.
 */
export const LIMITS = {
  parksMax: 10,
  companyMaxChars: 200,
  nameMaxChars: 100,
  roleMaxChars: 100,
  emailMaxChars: 254,
  phoneMaxChars: 30,
  productsMaxChars: 500,
  messageMaxChars: 5000,
  processesMax: 30,
  /** 1 trillion CNY: above any single manufacturing project on record. */
  investmentCnyMax: 1_000_000_000_000,
  /** 100,000 mu ≈ 67 km², larger than most whole parks. */
  landMuMax: 100_000,
  /** 10 million m² of floor space. */
  floorM2Max: 10_000_000,
  /** 10 GW, the output of several large power stations. */
  powerKwMax: 10_000_000,
  jobsMax: 1_000_000,
} as const;

export type FieldKind =
  'text' | 'email' | 'tel' | 'number' | 'select' | 'checkboxes' | 'textarea' | 'checkbox';
export type FieldGroup = 'parks' | 'company' | 'contact' | 'project' | 'needs' | 'message';
export interface FieldOption {
  value: string;
  label: string;
}

/** The user-facing fields of the inquiry, in the order the form shows them. */
export type InquiryFieldName =
  | 'parks'
  | 'company'
  | 'country'
  | 'uscc'
  | 'contactName'
  | 'role'
  | 'email'
  | 'phone'
  | 'industry'
  | 'projectType'
  | 'products'
  | 'investmentCny'
  | 'landMu'
  | 'floorM2'
  | 'powerKw'
  | 'jobs'
  | 'timeline'
  | 'needs'
  | 'processesNeeded'
  | 'message'
  | 'consent';

export interface InquiryField {
  name: InquiryFieldName;
  /** Visible label, units included in brackets. */
  label: string;
  /** Help text under the label: what to enter and where to find it. */
  hint?: string;
  kind: FieldKind;
  /** Unit of a number field, for screen readers and suffixes. */
  unit?: string;
  /** HTML autocomplete token, so browsers can fill contact details. */
  autocomplete?: string;
  /** True when the form marks the field "(optional)". */
  optional: boolean;
  /** Static options; content-driven selects (industry, parks, processes) have none. */
  options?: readonly FieldOption[];
  group: FieldGroup;
  /** Maximum characters (text) or items (checkboxes). */
  maxLength?: number;
  /** Largest accepted value of a number field. */
  max?: number;
  /** HTML step of a number field: 1 for whole numbers; absent means any decimal. */
  step?: number;
  /** Input mode hint for mobile keyboards. */
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
}

export const PROJECT_TYPE_LABELS: Readonly<Record<ProjectType, string>> = {
  'new-plant': 'New factory',
  expansion: 'Expansion of an existing site',
  relocation: 'Relocation',
  'rnd-center': 'R&D centre',
  'regional-hq': 'Regional headquarters',
};

export const TIMELINE_LABELS: Readonly<Record<Timeline, string>> = {
  '0-6m': 'Within 6 months',
  '6-12m': 'In 6 to 12 months',
  '12-24m': 'In 1 to 2 years',
  '24m+': 'In more than 2 years',
};

export const NEED_LABELS: Readonly<Record<Need, string>> = {
  suppliers: 'Suppliers for processes we outsource',
  labor: 'Workers and technicians',
  rnd: 'University or research partners',
  approvals: 'Help with approvals and permits',
  financing: 'Financing',
  logistics: 'Logistics',
};

const toOptions = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const INQUIRY_FIELDS: readonly InquiryField[] = [
  {
    name: 'parks',
    label: 'Parks you are asking',
    hint: `Choose up to ${LIMITS.parksMax}. Each park answers for itself.`,
    kind: 'checkboxes',
    optional: false,
    group: 'parks',
    maxLength: LIMITS.parksMax,
  },
  {
    name: 'company',
    label: 'Company name',
    hint: 'The legal name, as on your business licence.',
    kind: 'text',
    autocomplete: 'organization',
    optional: false,
    group: 'company',
    maxLength: LIMITS.companyMaxChars,
  },
  {
    name: 'country',
    label: 'Country where the company is registered',
    kind: 'select',
    autocomplete: 'country',
    optional: false,
    group: 'company',
    options: countryOptions('en'),
  },
  {
    name: 'uscc',
    label: 'Unified Social Credit Code',
    hint: '18 characters, printed on your business licence, for example 91110000101623741K. Needed for companies registered in mainland China.',
    kind: 'text',
    optional: false,
    group: 'company',
    maxLength: 24,
  },
  {
    name: 'contactName',
    label: 'Your name',
    kind: 'text',
    autocomplete: 'name',
    optional: false,
    group: 'contact',
    maxLength: LIMITS.nameMaxChars,
  },
  {
    name: 'role',
    label: 'Your role',
    hint: 'For example General Manager, Head of site selection, 总经理.',
    kind: 'text',
    autocomplete: 'organization-title',
    optional: false,
    group: 'contact',
    maxLength: LIMITS.roleMaxChars,
  },
  {
    name: 'email',
    label: 'Work email address',
    hint: 'We only use it to answer this inquiry.',
    kind: 'email',
    autocomplete: 'email',
    optional: false,
    group: 'contact',
    maxLength: LIMITS.emailMaxChars,
    inputMode: 'email',
  },
  {
    name: 'phone',
    label: 'Phone number',
    hint: 'Include the country code, for example +86 731 5555 0101.',
    kind: 'tel',
    autocomplete: 'tel',
    optional: true,
    group: 'contact',
    maxLength: LIMITS.phoneMaxChars,
    inputMode: 'tel',
  },
  {
    name: 'industry',
    label: 'Industry',
    kind: 'select',
    optional: false,
    group: 'project',
  },
  {
    name: 'projectType',
    label: 'Type of project',
    kind: 'select',
    optional: false,
    group: 'project',
    options: toOptions(PROJECT_TYPES, PROJECT_TYPE_LABELS),
  },
  {
    name: 'products',
    label: 'Products',
    hint: 'What the project will make or develop.',
    kind: 'text',
    optional: true,
    group: 'project',
    maxLength: LIMITS.productsMaxChars,
  },
  {
    name: 'investmentCny',
    label: 'Investment (CNY)',
    hint: 'Total fixed-asset investment in yuan, for example 150000000 for 150 million.',
    kind: 'number',
    unit: 'CNY',
    optional: true,
    group: 'project',
    max: LIMITS.investmentCnyMax,
    step: 1,
    inputMode: 'numeric',
  },
  {
    name: 'landMu',
    label: 'Land needed (mu)',
    hint: '1 mu = 666.67 m². Leave empty if you want to rent a factory building.',
    kind: 'number',
    unit: 'mu',
    optional: true,
    group: 'project',
    max: LIMITS.landMuMax,
    inputMode: 'decimal',
  },
  {
    name: 'floorM2',
    label: 'Floor space (m²)',
    hint: 'Factory or office floor space you need.',
    kind: 'number',
    unit: 'm²',
    optional: true,
    group: 'project',
    max: LIMITS.floorM2Max,
    inputMode: 'decimal',
  },
  {
    name: 'powerKw',
    label: 'Power needed (kW)',
    hint: 'Peak electrical load; 1,000 kW = 1 MW.',
    kind: 'number',
    unit: 'kW',
    optional: true,
    group: 'project',
    max: LIMITS.powerKwMax,
    inputMode: 'decimal',
  },
  {
    name: 'jobs',
    label: 'Jobs',
    hint: 'People employed once the project runs.',
    kind: 'number',
    optional: true,
    group: 'project',
    max: LIMITS.jobsMax,
    step: 1,
    inputMode: 'numeric',
  },
  {
    name: 'timeline',
    label: 'When do you want to start?',
    kind: 'select',
    optional: false,
    group: 'project',
    options: toOptions(TIMELINES, TIMELINE_LABELS),
  },
  {
    name: 'needs',
    label: 'What do you need from the park?',
    hint: 'Select all that apply.',
    kind: 'checkboxes',
    optional: true,
    group: 'needs',
    options: toOptions(NEEDS, NEED_LABELS),
  },
  {
    name: 'processesNeeded',
    label: 'Processes you need from nearby suppliers',
    hint: 'For example mold stamping or heat treatment.',
    kind: 'checkboxes',
    optional: true,
    group: 'needs',
    maxLength: LIMITS.processesMax,
  },
  {
    name: 'message',
    label: 'Your question',
    hint: 'The more precise, the more useful the answer.',
    kind: 'textarea',
    optional: true,
    group: 'message',
    maxLength: LIMITS.messageMaxChars,
  },
  {
    name: 'consent',
    label:
      'I agree that the parks I chose store this inquiry to answer it, as the privacy notice explains.',
    kind: 'checkbox',
    optional: false,
    group: 'message',
  },
];

/** Field metadata by name, for error summaries and server-rendered forms. */
export function inquiryField(name: InquiryFieldName): InquiryField {
  const field = INQUIRY_FIELDS.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`Unknown inquiry field ${name}`);
  return field;
}
