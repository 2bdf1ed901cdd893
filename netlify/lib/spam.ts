/**
 * Spam signals for one request. They never reject anything: the lead is stored
 * and flagged (qualification turns a signal into tier C), and the sender gets
 * exactly the answer a person would, so a bot learns nothing from probing.
 */

/** What the screening saw; qualify() turns these into flags and reasons. */
export interface SpamSignals {
  /** The hidden honeypot field was filled in. */
  honeypot: boolean;
  /** Milliseconds between the page showing the form and the submission, when that is too fast for a person. */
  tooFastMs?: number;
  /** The request came from another site (Origin or Sec-Fetch-Site). */
  crossSite: boolean;
}

/** Fastest plausible time for a person to fill in the form. */
export const MIN_FILL_MS = 3000;

/**
 * Origins allowed to post the form: the function's own origin plus the site's
 * public URLs (Netlify sets URL, DEPLOY_URL, DEPLOY_PRIME_URL; SITE_URL and a
 * comma-separated ALLOWED_ORIGINS add more).
 */
export function allowedOrigins(req: Request, env: NodeJS.ProcessEnv = process.env): Set<string> {
  const candidates = [
    req.url,
    env['URL'],
    env['DEPLOY_URL'],
    env['DEPLOY_PRIME_URL'],
    env['SITE_URL'],
    ...(env['ALLOWED_ORIGINS'] ?? '').split(','),
  ];
  const origins = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    try {
      origins.add(new URL(candidate.trim()).origin);
    } catch {
      // A malformed environment value allows nothing extra.
    }
  }
  return origins;
}

/**
 * Whether the request was sent from another site. `Origin: null` alone is not
 * counted: privacy settings and some redirects produce it for genuine posts.
 */
export function isCrossSite(req: Request, allowed: Set<string>): boolean {
  if ((req.headers.get('sec-fetch-site') ?? '').toLowerCase() === 'cross-site') return true;
  const origin = req.headers.get('origin');
  if (!origin || origin === 'null') return false;
  return !allowed.has(origin);
}

/**
 * Screens one submission: the honeypot value and the time-trap timestamp
 * (`startedAt`, ms since epoch, written by the page's script) come from the
 * submitted fields; the origin check from the request headers.
 */
export function screenSubmission(
  req: Request,
  fields: { honeypot?: unknown; startedAtMs?: unknown },
  nowMs: number,
  env: NodeJS.ProcessEnv = process.env,
): SpamSignals {
  const honeypot =
    typeof fields.honeypot === 'string' ? fields.honeypot.trim() !== '' : fields.honeypot != null;
  const signals: SpamSignals = { honeypot, crossSite: isCrossSite(req, allowedOrigins(req, env)) };
  const startedAt = Number(fields.startedAtMs);
  if (fields.startedAtMs != null && Number.isFinite(startedAt)) {
    const elapsedMs = nowMs - startedAt;
    // A timestamp from the future is clock skew, not evidence.
    if (elapsedMs >= 0 && elapsedMs < MIN_FILL_MS) signals.tooFastMs = elapsedMs;
  }
  return signals;
}
