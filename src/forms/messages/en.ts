/**
 * The inquiry form, its pages and the function's answers in English (/en/inquire/).
 * Option labels of project types, timelines and needs are the domain's own English
 * labels, which staff-facing texts use too, so the two cannot drift.
 */
import { USCC_EXAMPLE } from '../../domain/inquiry/field-schemas';
import {
  LIMITS,
  NEED_LABELS,
  PROJECT_TYPE_LABELS,
  TIMELINE_LABELS,
} from '../../domain/inquiry/fields';
import { localizePath } from '../../i18n/routing';
import { parkListEn, pickerEn } from './picker.en';
import type { FormMessages } from './types';

const n = (value: number) => value.toLocaleString('en');
const tooLong = (what: string, max: number) => `${what} must be ${n(max)} characters or fewer`;
const USCC = 'Unified Social Credit Code';

export const en: FormMessages = {
  locale: 'en',
  errors: {
    'parks.missing': 'Choose at least one park',
    'parks.invalid': 'Choose parks from the list',
    'parks.tooMany': `Choose at most ${LIMITS.parksMax} parks`,
    'parks.unknown': 'Choose parks from the list; one of them is not in the showcase',
    'company.missing': 'Enter the company name',
    'company.tooLong': tooLong('Company name', LIMITS.companyMaxChars),
    'uscc.notText': `Enter the ${USCC} as text`,
    'uscc.missing': `Enter the 18-character ${USCC}, for example ${USCC_EXAMPLE}; it is printed on the business licence`,
    'uscc.length': `Enter the 18-character ${USCC}, for example ${USCC_EXAMPLE} (you entered {count} characters)`,
    'uscc.charset': `The ${USCC} uses digits and the capitals A–Y without I, O, S, V or Z; check "{chars}" (for example 0 rather than O)`,
    'uscc.malformed': `Enter the ${USCC} exactly as on your business licence, for example ${USCC_EXAMPLE}: it starts with the registration authority and type (such as 91) and six digits of region code`,
    'country.invalid':
      'Choose the country where the company is registered (a two-letter ISO code such as CN)',
    'contactName.missing': 'Enter your name',
    'contactName.tooLong': tooLong('Your name', LIMITS.nameMaxChars),
    'role.missing': 'Enter your role, for example General Manager',
    'role.tooLong': tooLong('Your role', LIMITS.roleMaxChars),
    'email.missing': 'Enter your work email address',
    'email.tooLong': tooLong('Email address', LIMITS.emailMaxChars),
    'email.format': 'Enter an email address in the correct format, like name@example.com',
    'phone.notText': 'Enter a phone number as text',
    'phone.format': 'Enter a phone number with digits only, for example +86 731 5555 0101',
    'industry.missing': 'Choose your industry',
    'industry.invalid': 'Choose your industry from the list',
    'projectType.missing': 'Choose the type of project',
    'projectType.invalid': 'Choose the type of project from the list',
    'products.notText': 'Enter your products as text',
    'products.tooLong': tooLong('Products', LIMITS.productsMaxChars),
    'investmentCny.notNumber': 'Enter the investment as a number of yuan, for example 150000000',
    'investmentCny.negative':
      'Enter the investment as a number of yuan, for example 150000000; it cannot be negative',
    'investmentCny.notWhole':
      'Enter the investment as a number of yuan, for example 150000000, without decimals',
    'investmentCny.tooBig': 'Enter an investment of at most 1,000,000,000,000 CNY (1 trillion)',
    'landMu.notNumber': 'Enter the land needed as a number of mu, for example 80',
    'landMu.negative':
      'Enter the land needed as a number of mu, for example 80; it cannot be negative',
    'landMu.tooBig': `Enter at most ${n(LIMITS.landMuMax)} mu of land`,
    'floorM2.notNumber': 'Enter the floor space as a number of m², for example 12000',
    'floorM2.negative':
      'Enter the floor space as a number of m², for example 12000; it cannot be negative',
    'floorM2.tooBig': `Enter at most ${n(LIMITS.floorM2Max)} m² of floor space`,
    'powerKw.notNumber': 'Enter the power needed as a number of kW, for example 2500',
    'powerKw.negative':
      'Enter the power needed as a number of kW, for example 2500; it cannot be negative',
    'powerKw.tooBig': `Enter at most ${n(LIMITS.powerKwMax)} kW (10 GW) of power`,
    'jobs.notNumber': 'Enter the number of jobs as a whole number, for example 120',
    'jobs.negative':
      'Enter the number of jobs as a whole number, for example 120; it cannot be negative',
    'jobs.notWhole':
      'Enter the number of jobs as a whole number, for example 120, without decimals',
    'jobs.tooBig': `Enter at most ${n(LIMITS.jobsMax)} jobs`,
    'timeline.missing': 'Choose when you want to start',
    'timeline.invalid': 'Choose when you want to start from the list',
    'needs.invalid': 'Choose needs from the list',
    'processesNeeded.invalid': 'Choose processes from the list',
    'processesNeeded.tooMany': `Choose at most ${LIMITS.processesMax} processes`,
    'processesOnSite.invalid': 'Choose processes from the list',
    'processesOnSite.tooMany': `Choose at most ${LIMITS.processesMax} processes`,
    'message.notText': 'Enter your question as text',
    'message.tooLong': tooLong('Your question', LIMITS.messageMaxChars),
    'consent.missing': 'Tick the box to agree that the parks may store this inquiry to answer it',
    'idempotencyKey.invalid': 'The idempotency key must be 8 to 128 letters, digits, "-" or "_"',
    'website.notText': 'Leave this field empty',
    'startedAt.invalid': 'The form start time must be a whole number of milliseconds',
    'locale.invalid': 'Send the locale as zh-CN or en',
    'field.unknown': 'This field is not accepted',
    'field.file': 'Files are not accepted; describe it in your question instead',
    'form.notObject': 'Send the inquiry as an object of named fields',
    'form.unreadable': 'The inquiry could not be read; send it again as an object of named fields',
  },
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error: ',
  responseTimes: {
    heading: 'Committed response times',
    one: '{name} answers within {hours} business hour.',
    other: '{name} answers within {hours} business hours.',
  },
  status: {
    sending: 'Sending your inquiry…',
    notSent: 'Your inquiry has not been sent yet.',
    offline: 'We could not reach the server. Check your connection.',
    tooLarge: 'Your inquiry is too long. Shorten your question and send it again.',
    tooMany:
      'Too many inquiries came from your connection just now. Wait a minute, then try again.',
    unavailable: 'The server could not store your inquiry just now.',
    kept: 'Your answers are still here.',
    retry: 'Try again',
  },
  thanksPath: localizePath('/inquire/thanks/', 'en'),
  fields: {
    parks: {
      label: 'Parks you are asking',
      hint: `Choose up to ${LIMITS.parksMax}. Each park answers for itself.`,
    },
    company: { label: 'Company name', hint: 'The legal name, as on your business licence.' },
    country: { label: 'Country where the company is registered' },
    uscc: {
      label: USCC,
      hint: `18 characters, printed on your business licence, for example ${USCC_EXAMPLE}. Needed for companies registered in mainland China.`,
    },
    contactName: { label: 'Your name' },
    role: {
      label: 'Your role',
      hint: 'For example General Manager or Head of site selection.',
    },
    email: { label: 'Work email address', hint: 'We only use it to answer this inquiry.' },
    phone: {
      label: 'Phone number',
      hint: 'Include the country code, for example +86 731 5555 0101.',
    },
    industry: { label: 'Industry' },
    projectType: { label: 'Type of project' },
    products: { label: 'Products', hint: 'What the project will make or develop.' },
    investmentCny: {
      label: 'Investment (CNY)',
      hint: 'Total fixed-asset investment in yuan, for example 150000000 for 150 million.',
    },
    landMu: {
      label: 'Land needed (mu)',
      hint: '1 mu = 666.67 m². Leave empty if you want to rent a factory building.',
    },
    floorM2: { label: 'Floor space (m²)', hint: 'Factory or office floor space you need.' },
    powerKw: { label: 'Power needed (kW)', hint: 'Peak electrical load; 1,000 kW = 1 MW.' },
    jobs: { label: 'Jobs', hint: 'People employed once the project runs.' },
    timeline: { label: 'When do you want to start?' },
    needs: { label: 'What do you need from the park?', hint: 'Select all that apply.' },
    processesNeeded: {
      label: 'Processes you need from nearby suppliers',
      hint: 'For example mold stamping or heat treatment.',
    },
    processesOnSite: {
      label: 'Processes your plant will run itself',
      hint: 'Some parks do not allow a process, such as plating, on their land.',
    },
    message: { label: 'Your question', hint: 'The more precise, the more useful the answer.' },
    consent: {
      label:
        'I agree that the parks I chose store this inquiry to answer it, as the privacy notice explains.',
    },
  },
  groups: {
    parks: 'Parks',
    company: 'Your company',
    contact: 'How the parks can reach you',
    project: 'Your project',
    needs: 'What you need nearby',
    message: 'Question and consent',
  },
  options: { projectType: PROJECT_TYPE_LABELS, timeline: TIMELINE_LABELS, needs: NEED_LABELS },
  optional: ' (optional)',
  chooseOne: 'Choose one',
  parkNote: '{place} · answers within {hours} business hours',
  picker: pickerEn,
  parkList: parkListEn,
  privacy: {
    before: ' Read the ',
    link: 'privacy notice',
    after: ': what is kept, why, for how long and who sees it.',
    href: localizePath('/privacy/', 'en'),
  },
  honeypotLabel: 'Leave this empty',
  recipients: 'Your inquiry goes only to the parks you chose.',
  submit: 'Send inquiry',
  page: {
    title: 'Send an inquiry to a park',
    description:
      'Ask one or more industrial parks a precise question about land, suppliers, workers, power or approvals. Each park commits to a response time.',
    heading: 'Send an inquiry',
    intro:
      'Ask one or more parks a precise question: land, suppliers for the processes you outsource, workers, power or approvals. Each park commits to answering within the business hours shown next to its name.',
    duration: 'It takes about five minutes. Fields you may skip say "(optional)".',
  },
  thanks: {
    title: 'Inquiry sent',
    description: 'Your inquiry has been stored and sent to the parks you chose. What happens next.',
    heading: 'Inquiry sent',
    reference: 'Your reference is',
    stored:
      'We have stored your inquiry and passed it to the parks you chose. Quote the reference if you write to a park about it.',
    nextHeading: 'What happens next',
    next: [
      'Investment staff at each park read your inquiry and check it against their land, power and suppliers.',
      "A named person answers by e-mail or phone within the park's committed response time, counted in business hours.",
      'If your project fits, they propose a call or a site visit with the people who can decide.',
    ],
    timesHeading: 'Committed response times',
    askedHeading: 'When the parks you asked will answer',
    within: 'within {hours} business hours',
    timesGeneral: "Each park's committed response time, in business hours, is on its profile.",
    late: "No answer in time? Write to the park's contacts listed on its profile.",
    privacyBefore: 'How we keep your inquiry is explained in the ',
    privacyLink: 'privacy notice',
    privacyAfter: '.',
    back: 'Back to all parks',
  },
  server: {
    notSent: 'Your inquiry was not sent',
    backToForm: 'Back to the inquiry form',
    fixAndResend: 'Some answers need correcting; go back, correct them and send the form again.',
    badRequest:
      'The request body could not be read; send valid JSON, URL-encoded or multipart form data.',
    tooLarge: 'The request body is larger than 32 KB.',
    unsupportedType:
      'Send the inquiry as application/json, application/x-www-form-urlencoded, multipart/form-data.',
    methodNotAllowed: 'Send the inquiry with POST.',
    tooMany: 'Too many inquiries from this connection; try again in {seconds} seconds.',
    unavailable:
      'Inquiries cannot be stored right now; nothing was saved. Please send it again in a minute.',
    internal: 'The inquiry could not be processed; nothing was saved.',
  },
};
