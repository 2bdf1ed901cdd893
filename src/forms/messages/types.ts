/**
 * The words of the inquiry form, its pages and the function's answers, one table per
 * locale (./zh-CN.ts, ./en.ts) typed by this interface, so a key missing in either
 * language is a type error. `{name}` placeholders are filled by `fill()` (../localize.ts).
 */
import type { InquiryErrorCode } from '../../domain/inquiry/error-codes';
import type {
  FieldGroup,
  InquiryFieldName,
  Need,
  ProjectType,
  Timeline,
} from '../../domain/inquiry/fields';
import type { Locale } from '../../i18n/locales';

/** What the browser script needs: it travels as a JSON block in the page, not in the bundle. */
export interface ClientMessages {
  /** One sentence per error code that says what to do. */
  errors: Readonly<Record<InquiryErrorCode, string>>;
  /** Heading of the error summary (GOV.UK: "There is a problem"). */
  summaryTitle: string;
  /** Hidden before each field message, and put before the page title while errors show. */
  errorPrefix: string;
  /** The committed-response-time box as parks are ticked: heading and one sentence per park. */
  responseTimes: { heading: string; one: string; other: string };
  /** What the script says while sending and when sending fails. */
  status: {
    sending: string;
    notSent: string;
    offline: string;
    tooLarge: string;
    tooMany: string;
    unavailable: string;
    kept: string;
    retry: string;
  };
  /** Path of the thanks page in this locale. */
  thanksPath: string;
  /** Under each chosen park's name: `{place}`, `{hours}`. */
  parkNote: string;
  /** The park picker of the form: chosen parks, search (JavaScript) and the list link. */
  picker: PickerWords;
}

/** Words of the park picker in the form (server-rendered and used by the browser script). */
export interface PickerWords {
  locale: Locale;
  /** Where nothing is chosen yet. */
  none: string;
  /** `{parks}`: values of `?park=` that name no listed park. */
  unknown: string;
  /** `{max}`: more parks in the link than the form takes. */
  overMax: string;
  /** Link to the paginated list (works without JavaScript). */
  listLink: string;
  searchLabel: string;
  searchHint: string;
  /** Live-region counts: `{count}`. */
  results: { none: string; one: string; other: string };
  /** Search could not load (offline, no index): points to the list instead. */
  unavailable: string;
  /** `{max}` */
  full: string;
  /** `{name}` */
  added: string;
  /** `{name}` */
  already: string;
  /** The list's path and the path of the form page that shows chosen parks, in this locale. */
  listPath: string;
  formPath: string;
}

/** Words of the no-JavaScript park list (/inquire/parks/), served by the picker function. */
export interface ParkListWords {
  title: string;
  description: string;
  heading: string;
  /** `{perPage}` */
  intro: string;
  /** Without JavaScript, the form's other answers are not carried to the list and back. */
  noScript: string;
  chosenHeading: string;
  chosenNone: string;
  /** `{count}`, `{max}` */
  chosenCount: string;
  backToForm: string;
  /** `{max}` */
  full: string;
  chainsHeading: string;
  /** `{count}` */
  parksCount: string;
  /** After a chain heading continued from the previous page. */
  continued: string;
  /** Link text; the park's name follows for screen readers. */
  add: string;
  added: string;
  pager: { label: string; prev: string; next: string; status: string };
  /** When the list cannot be read (park records missing): tried again shortly. */
  unavailable: string;
}

/** A field's label (units in brackets) and the hint under it. */
export interface FieldText {
  label: string;
  hint?: string;
}

export interface FormMessages extends ClientMessages {
  locale: Locale;
  fields: Readonly<Record<InquiryFieldName, FieldText>>;
  groups: Readonly<Record<FieldGroup, string>>;
  options: {
    projectType: Readonly<Record<ProjectType, string>>;
    timeline: Readonly<Record<Timeline, string>>;
    needs: Readonly<Record<Need, string>>;
  };
  /** After the label of a field people may skip. */
  optional: string;
  /** First option of a select with nothing chosen. */
  chooseOne: string;
  /** After the consent label: a sentence around a link to the privacy notice. */
  privacy: { before: string; link: string; after: string; href: string };
  honeypotLabel: string;
  /** Above the button. */
  recipients: string;
  submit: string;
  /** The no-JavaScript park list. */
  parkList: ParkListWords;
  /** The /inquire/ page around the form. */
  page: { title: string; description: string; heading: string; intro: string; duration: string };
  /** The thanks page. */
  thanks: {
    title: string;
    description: string;
    heading: string;
    reference: string;
    stored: string;
    nextHeading: string;
    next: readonly string[];
    timesHeading: string;
    /** Heading when the page knows which parks were asked (?parks=). */
    askedHeading: string;
    /** `{hours}` */
    within: string;
    /** Where the page does not know the parks asked (no JavaScript): where to find their times. */
    timesGeneral: string;
    /** A sentence, then one that ends in a link to the privacy notice. */
    late: string;
    privacyBefore: string;
    privacyLink: string;
    privacyAfter: string;
    back: string;
  };
  /** The function's answers other than field errors. */
  server: {
    /** Heading of the plain error page. */
    notSent: string;
    backToForm: string;
    /** 422 page when the built form page is missing. */
    fixAndResend: string;
    badRequest: string;
    tooLarge: string;
    unsupportedType: string;
    methodNotAllowed: string;
    /** `{seconds}` */
    tooMany: string;
    unavailable: string;
    internal: string;
  };
}
