/**
 * Application-level rate limit per client. Netlify's platform limit
 * (config.rateLimit) is not enforced locally and counts per edge, so this is
 * the limit tests and the local server can rely on. Clients are keyed by a
 * salted SHA-256 of the IP: the IP itself is never kept, and the salt makes the
 * key useless for looking anyone up.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  max: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Secret mixed into the IP hash. */
  salt: string;
}

/** Defaults: 10 inquiries per client per minute — generous for people, tight for scripts. */
export const DEFAULT_RATE_LIMIT = { max: 10, windowSeconds: 60 } as const;

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw !== undefined && raw !== '' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Reads the limit from the environment: INQUIRY_RATE_LIMIT_MAX,
 * INQUIRY_RATE_LIMIT_WINDOW_SECONDS and RATE_LIMIT_SALT (random per process
 * when unset, which only means keys differ between instances).
 */
export function rateLimitOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitOptions {
  return {
    max: positiveNumber(env['INQUIRY_RATE_LIMIT_MAX'], DEFAULT_RATE_LIMIT.max),
    windowMs:
      positiveNumber(env['INQUIRY_RATE_LIMIT_WINDOW_SECONDS'], DEFAULT_RATE_LIMIT.windowSeconds) *
      1000,
    salt: env['RATE_LIMIT_SALT'] || randomBytes(16).toString('hex'),
  };
}

/** The salted SHA-256 of a client IP, hex. */
export function clientKey(ip: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(ip).digest('hex');
}

export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** Fixed-window counter per client key, bounded in memory. */
export class RateLimiter {
  readonly #options: RateLimitOptions;
  readonly #windows = new Map<string, { startMs: number; count: number }>();
  #lastSweepMs = 0;

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  /** Counts one request from `ip` at `nowMs` and says whether it may proceed. */
  check(ip: string, nowMs: number = Date.now()): RateLimitDecision {
    const { max, windowMs, salt } = this.#options;
    this.#sweep(nowMs);
    const key = clientKey(ip, salt);
    let window = this.#windows.get(key);
    if (!window || nowMs - window.startMs >= windowMs) {
      window = { startMs: nowMs, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= max) return { allowed: true, remaining: max - window.count };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.startMs + windowMs - nowMs) / 1000)),
    };
  }

  /** Number of clients currently tracked (for tests of the memory bound). */
  get size(): number {
    return this.#windows.size;
  }

  // Expired windows are dropped once per window length, so memory follows active clients only.
  #sweep(nowMs: number): void {
    if (nowMs - this.#lastSweepMs < this.#options.windowMs) return;
    this.#lastSweepMs = nowMs;
    for (const [key, window] of this.#windows) {
      if (nowMs - window.startMs >= this.#options.windowMs) this.#windows.delete(key);
    }
  }
}
