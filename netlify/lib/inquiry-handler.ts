/**
 * The inquiry pipeline: parse → validate → screen → qualify → store → notify →
 * respond. Each step is a named module; this file only wires them, with every
 * dependency injectable so tests can swap the store, the clock or the limits.
 */
import type { Context } from '@netlify/functions';
import {
  contentIdempotencyKey,
  fromFormFields,
  leadFingerprint,
  qualify,
  validateInquiry,
  type Inquiry,
  type RecentLead,
} from '../../src/domain/inquiry';
import type { ParkFacts } from '../../src/domain/park-facts';
import { fill, localizeErrors } from '../../src/forms/localize';
import { formMessages, type FormMessages } from '../../src/forms/messages';
import type { Locale } from '../../src/i18n/locales';
import { localizePath } from '../../src/i18n/routing';
import { renderInquiryFormPage, type FormPageInput } from './form-page';
import { BlobsLeadStore } from './blobs-lead-store';
import { parseBody, type BodyResult } from './body';
import {
  answerLocale,
  errorListPage,
  errorResponse,
  htmlResponse,
  jsonResponse,
  redirectResponse,
  wantsJson,
} from './http';
import { leadIdFor, leadInquiry, RECENT_WINDOW_MS, type StoredLead } from './lead';
import { StoreUnavailableError, type LeadStore } from './lead-store';
import { describeError, log } from './log';
import { notifierFromEnv, type Notifier } from './notifier';
import { deliver } from './outbox';
import { loadParkFactsFor } from './park-facts';
import { RateLimiter, rateLimitOptionsFromEnv } from './rate-limit';
import { screenSubmission, type SpamSignals } from './spam';

export interface InquiryDeps {
  store: LeadStore;
  notifier: Notifier;
  rateLimiter: RateLimiter;
  /** Facts of the parks among `slugs` that exist (unknown slugs left out). */
  loadParks: (slugs: readonly unknown[]) => Promise<ParkFacts[]>;
  renderFormPage: (state: FormPageInput) => Promise<string>;
  now: () => Date;
  env: NodeJS.ProcessEnv;
  /** How far back earlier leads count for template and many-parks detection, in ms. */
  recentWindowMs: number;
  /** Secret mixed into stored e-mail hashes (LEAD_EMAIL_SALT); must stay the same across deploys. */
  emailSalt: string;
}

/** What the function needs of Netlify's context (the local server and tests pass just this). */
export type InquiryContext = Pick<Context, 'ip' | 'requestId'> &
  Partial<Pick<Context, 'waitUntil'>>;

/** Seconds a client should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 30;
/** Committed answer time when a park states none, in business hours. */
const DEFAULT_RESPONSE_HOURS = 24;

/** Dependencies from the environment, created on first use so tests can set env first. */
export function defaultInquiryDeps(env: NodeJS.ProcessEnv = process.env): InquiryDeps {
  return {
    store: new BlobsLeadStore(),
    notifier: notifierFromEnv(env),
    rateLimiter: new RateLimiter(rateLimitOptionsFromEnv(env)),
    loadParks: (slugs) => loadParkFactsFor(slugs),
    renderFormPage: renderInquiryFormPage,
    now: () => new Date(),
    env,
    recentWindowMs: RECENT_WINDOW_MS,
    emailSalt: env['LEAD_EMAIL_SALT'] ?? '',
  };
}

type Parsed =
  | { ok: true; raw: unknown; source: StoredLead['source']; fileFields: string[]; locale: Locale }
  | { ok: false; response: Response };

/** Why a body could not be read, in the inquirer's words. */
const BODY_PROBLEM: Readonly<Record<400 | 413 | 415, keyof FormMessages['server']>> = {
  400: 'badRequest',
  413: 'tooLarge',
  415: 'unsupportedType',
};

/** The body as the schema's input: JSON as sent, form fields converted. */
const rawOf = (body: BodyResult & { ok: true }) =>
  body.kind === 'json' ? body.value : fromFormFields(body.entries);

async function parse(req: Request): Promise<Parsed> {
  const body = await parseBody(req);
  if (!body.ok) {
    // An unreadable body names no locale: Accept-Language decides.
    const locale = answerLocale(undefined, req);
    const message = formMessages(locale).server[BODY_PROBLEM[body.status]];
    return { ok: false, response: errorResponse(req, body.status, message, {}, locale) };
  }
  const raw = rawOf(body);
  const locale = answerLocale(raw, req);
  if (body.kind === 'json') return { ok: true, raw, source: 'json', fileFields: [], locale };
  return { ok: true, raw, source: 'form', fileFields: body.fileFields, locale };
}

/** The language of a request refused before its body was read (429): the body's field if readable. */
async function refusedLocale(req: Request): Promise<Locale> {
  const body = await parseBody(req).catch(() => undefined);
  return answerLocale(body?.ok ? rawOf(body) : undefined, req);
}

async function invalid(
  req: Request,
  deps: InquiryDeps,
  raw: unknown,
  errors: Record<string, string>,
  locale: Locale,
): Promise<Response> {
  if (wantsJson(req)) return jsonResponse(422, { errors });
  const values =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  try {
    return htmlResponse(422, await deps.renderFormPage({ values, errors, locale }));
  } catch (error) {
    // Without the built form page (site not built) the errors still reach the person.
    log({ event: 'form-page', error: describeError(error) });
    return htmlResponse(422, errorListPage(errors, locale));
  }
}

/** The park slugs an inquiry names (`parks` as sent: one string or a list), unchecked. */
function namedParks(raw: unknown): unknown[] {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'parks')) return [];
  const parks = (raw as { parks: unknown }).parks;
  return Array.isArray(parks) ? parks : [parks];
}

function buildLead(
  inquiry: Inquiry,
  parsed: { source: StoredLead['source']; locale: Locale },
  spam: SpamSignals,
  context: {
    parks: ParkFacts[];
    recent: RecentLead[];
    now: Date;
    notify: boolean;
    emailSalt: string;
  },
): StoredLead {
  const chosen = context.parks.filter((park) => inquiry.parks.includes(park.slug));
  const hours = chosen.map((park) => park.inquiryResponseHours).filter((h) => h > 0);
  return {
    schemaVersion: 1,
    // A plain form post has no key; its content stands in, so a double submit stays one lead.
    id: leadIdFor(inquiry.idempotencyKey ?? contentIdempotencyKey(inquiry), inquiry.email),
    receivedAt: context.now.toISOString(),
    source: parsed.source,
    locale: parsed.locale,
    inquiry: leadInquiry(inquiry),
    spam,
    qualification: qualify(inquiry, {
      parks: context.parks,
      recent: context.recent,
      now: context.now,
      spam,
      emailSalt: context.emailSalt,
    }),
    fingerprint: leadFingerprint(inquiry, context.emailSalt),
    responseHours: hours.length > 0 ? Math.min(...hours) : DEFAULT_RESPONSE_HOURS,
    notification: { status: context.notify ? 'pending' : 'not-configured', attempts: 0 },
  };
}

/** Creates the inquiry handler; anything not overridden comes from the environment. */
export function createInquiryHandler(overrides: Partial<InquiryDeps> = {}) {
  let deps: InquiryDeps | undefined;

  return async function handleInquiry(req: Request, context: InquiryContext): Promise<Response> {
    deps ??= { ...defaultInquiryDeps(overrides.env), ...overrides };
    const startedMs = performance.now();
    const done = (
      response: Response,
      fields: { leadId?: string; tier?: string; created?: boolean } = {},
    ) => {
      log({
        event: 'inquiry',
        status: response.status,
        ms: Math.round(performance.now() - startedMs),
        ...fields,
      });
      return response;
    };

    if (req.method !== 'POST') {
      const locale = answerLocale(undefined, req);
      const message = formMessages(locale).server.methodNotAllowed;
      return done(errorResponse(req, 405, message, { Allow: 'POST' }, locale));
    }
    const limit = deps.rateLimiter.check(context.ip || 'unknown');
    if (!limit.allowed) {
      const retryAfter = String(limit.retryAfterSeconds);
      const locale = await refusedLocale(req);
      const message = fill(formMessages(locale).server.tooMany, { seconds: retryAfter });
      return done(errorResponse(req, 429, message, { 'Retry-After': retryAfter }, locale));
    }

    // Until the body names a locale, faults are answered in the Accept-Language one.
    let locale = answerLocale(undefined, req);
    try {
      const parsed = await parse(req);
      if (!parsed.ok) return done(parsed.response);
      locale = parsed.locale;
      const words = formMessages(locale);
      // Only the parks the inquiry names: the cost stays the same at any number of parks.
      const parks = await deps.loadParks(namedParks(parsed.raw)).catch((error: unknown) => {
        throw new StoreUnavailableError('loading park facts', { cause: error });
      });
      const result = validateInquiry(parsed.raw, { parks: parks.map((park) => park.slug) });
      const fileErrors = Object.fromEntries(
        parsed.fileFields.map((name) => [name, words.errors['field.file']]),
      );
      if (!result.ok || parsed.fileFields.length > 0) {
        const errors = {
          ...(result.ok ? {} : localizeErrors(result.errors, words.errors)),
          ...fileErrors,
        };
        return done(await invalid(req, deps, parsed.raw, errors, locale));
      }

      const inquiry = result.data;
      const now = deps.now();
      const spam = screenSubmission(
        req,
        { honeypot: inquiry.website, startedAtMs: inquiry.startedAt },
        now.getTime(),
        deps.env,
      );
      // Template detection is worth less than the lead: without earlier fingerprints, go on.
      const recent = await deps.store
        .recent(now.getTime() - deps.recentWindowMs)
        .catch((error: unknown) => {
          log({ event: 'recent-leads', error: describeError(error) });
          return [];
        });
      const lead = buildLead(inquiry, parsed, spam, {
        parks,
        recent,
        now,
        notify: deps.notifier.configured,
        emailSalt: deps.emailSalt,
      });
      const { lead: stored, created } = await deps.store.create(lead);

      if (created && stored.notification.status === 'pending') {
        const { store, notifier } = deps;
        const delivery = deliver(store, notifier, stored).catch((error: unknown) =>
          log({ event: 'notify', leadId: stored.id, error: describeError(error) }),
        );
        // On Netlify the answer goes out now and delivery finishes in the background;
        // elsewhere the webhook's own short timeout bounds the wait.
        if (context.waitUntil) context.waitUntil(delivery);
        else await delivery;
      }

      const fields = { leadId: stored.id, tier: stored.qualification.tier, created };
      if (!wantsJson(req))
        return done(
          redirectResponse(
            `${localizePath('/inquire/thanks/', locale)}?ref=${encodeURIComponent(stored.id)}`,
          ),
          fields,
        );
      // The submitter learns the reference and the promise, never the tier or score.
      const body = {
        id: stored.id,
        receivedAt: stored.receivedAt,
        responseHours: stored.responseHours,
      };
      return done(
        jsonResponse(201, body, created ? {} : { 'Idempotent-Replayed': 'true' }),
        fields,
      );
    } catch (error) {
      log({ event: 'inquiry', error: describeError(error) });
      const { server } = formMessages(locale);
      if (error instanceof StoreUnavailableError) {
        const retryAfter = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
        return done(errorResponse(req, 503, server.unavailable, retryAfter, locale));
      }
      return done(errorResponse(req, 500, server.internal, {}, locale));
    }
  };
}
