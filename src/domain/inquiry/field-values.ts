/**
 * Field values, limits and types of the inquiry: the data the field list (./field-list.ts),
 * the schema, the HTML form, the client script and the function share, so a limit or an
 * option never differs between them. Words (labels,
 * hints, option labels) live per locale in src/forms/messages/; content options and the
 * country list are filled in by the page. Static and safe to bundle for the browser.
 */

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
  | 'processesOnSite'
  | 'message'
  | 'consent';

export interface InquiryField {
  name: InquiryFieldName;
  kind: FieldKind;
  /** HTML autocomplete token, so browsers can fill contact details. */
  autocomplete?: string;
  /** True when the form marks the field "(optional)". */
  optional: boolean;
  /** Static option values (labels: src/forms/messages/); content choices, countries: none. */
  values?: readonly string[];
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

/** English labels of the options: the English form and staff-facing texts share them. */
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
