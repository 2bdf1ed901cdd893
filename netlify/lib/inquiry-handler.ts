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
import { renderInquiryFormPage } from './form-page';
import { BlobsLeadStore } from './blobs-lead-store';
import { parseBody } from './body';
import {
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
import { loadParkFacts } from './park-facts';
import { RateLimiter, rateLimitOptionsFromEnv } from './rate-limit';
import { screenSubmission, type SpamSignals } from './spam';

export interface InquiryDeps {
  store: LeadStore;
  notifier: Notifier;
  rateLimiter: RateLimiter;
  loadParks: () => Promise<ParkFacts[]>;
  renderFormPage: (state: {
    values: Record<string, unknown>;
    errors: Record<string, string>;
  }) => Promise<string>;
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
    loadParks: () => loadParkFacts(),
    renderFormPage: renderInquiryFormPage,
    now: () => new Date(),
    env,
    recentWindowMs: RECENT_WINDOW_MS,
    emailSalt: env['LEAD_EMAIL_SALT'] ?? '',
  };
}

type Parsed =
  | { ok: true; raw: unknown; source: StoredLead['source']; fileFields: string[] }
  | { ok: false; response: Response };

async function parse(req: Request): Promise<Parsed> {
  const body = await parseBody(req);
  if (!body.ok) return { ok: false, response: errorResponse(req, body.status, body.message) };
  if (body.kind === 'json') return { ok: true, raw: body.value, source: 'json', fileFields: [] };
  return {
    ok: true,
    raw: fromFormFields(body.entries),
    source: 'form',
    fileFields: body.fileFields,
  };
}

async function invalid(
  req: Request,
  deps: InquiryDeps,
  raw: unknown,
  errors: Record<string, string>,
): Promise<Response> {
  if (wantsJson(req)) return jsonResponse(422, { errors });
  const values =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  try {
    return htmlResponse(422, await deps.renderFormPage({ values, errors }));
  } catch (error) {
    // Without the built form page (site not built) the errors still reach the person.
    log({ event: 'form-page', error: describeError(error) });
    return htmlResponse(422, errorListPage(errors));
  }
}

function buildLead(
  inquiry: Inquiry,
  parsed: { source: StoredLead['source'] },
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
      return done(errorResponse(req, 405, 'Send the inquiry with POST.', { Allow: 'POST' }));
    }
    const limit = deps.rateLimiter.check(context.ip || 'unknown');
    if (!limit.allowed) {
      const retryAfter = String(limit.retryAfterSeconds);
      return done(
        errorResponse(
          req,
          429,
          `Too many inquiries from this connection; try again in ${retryAfter} seconds.`,
          { 'Retry-After': retryAfter },
        ),
      );
    }

    try {
      const parsed = await parse(req);
      if (!parsed.ok) return done(parsed.response);
      const parks = await deps.loadParks().catch((error: unknown) => {
        throw new StoreUnavailableError('loading park facts', { cause: error });
      });
      const result = validateInquiry(parsed.raw, { parks: parks.map((park) => park.slug) });
      const fileErrors = Object.fromEntries(
        parsed.fileFields.map((name) => [
          name,
          'Files are not accepted; describe it in your question instead',
        ]),
      );
      if (!result.ok || parsed.fileFields.length > 0) {
        return done(
          await invalid(req, deps, parsed.raw, {
            ...(result.ok ? {} : result.errors),
            ...fileErrors,
          }),
        );
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
          redirectResponse(`/inquire/thanks/?ref=${encodeURIComponent(stored.id)}`),
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
      if (error instanceof StoreUnavailableError) {
        const message =
          'Inquiries cannot be stored right now; nothing was saved. Please send it again in a minute.';
        return done(
          errorResponse(req, 503, message, { 'Retry-After': String(RETRY_AFTER_SECONDS) }),
        );
      }
      return done(
        errorResponse(req, 500, 'The inquiry could not be processed; nothing was saved.'),
      );
    }
  };
}
