import { describe, expect, it } from 'vitest';
import {
  clientKey,
  DEFAULT_RATE_LIMIT,
  RateLimiter,
  rateLimitOptionsFromEnv,
} from '../../../netlify/lib/rate-limit';

describe('clientKey', () => {
  it('is a salted SHA-256 that never contains the IP', () => {
    const key = clientKey('198.51.100.23', 'salt-a');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('198.51.100.23');
    expect(clientKey('198.51.100.23', 'salt-b')).not.toBe(key);
    expect(clientKey('198.51.100.23', 'salt-a')).toBe(key);
  });
});

describe('RateLimiter', () => {
  it('allows max requests per window per client, then says when to retry', () => {
    const limiter = new RateLimiter({ max: 2, windowMs: 60_000, salt: 's' });
    expect(limiter.check('a', 0)).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.check('a', 1000)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.check('a', 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.check('b', 20_000).allowed).toBe(true);
    expect(limiter.check('a', 60_000).allowed).toBe(true);
  });
  it('forgets clients whose window has passed', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 1000, salt: 's' });
    for (let i = 0; i < 100; i++) limiter.check(`10.0.0.${i}`, 0);
    expect(limiter.size).toBe(100);
    limiter.check('10.1.0.1', 5000);
    expect(limiter.size).toBe(1);
  });
});

describe('rateLimitOptionsFromEnv', () => {
  it('reads limits from the environment and falls back to defaults', () => {
    expect(
      rateLimitOptionsFromEnv({
        INQUIRY_RATE_LIMIT_MAX: '500',
        INQUIRY_RATE_LIMIT_WINDOW_SECONDS: '10',
        RATE_LIMIT_SALT: 'x',
      }),
    ).toEqual({ max: 500, windowMs: 10_000, salt: 'x' });
    const defaults = rateLimitOptionsFromEnv({ INQUIRY_RATE_LIMIT_MAX: 'lots' });
    expect(defaults.max).toBe(DEFAULT_RATE_LIMIT.max);
    expect(defaults.windowMs).toBe(DEFAULT_RATE_LIMIT.windowSeconds * 1000);
    expect(defaults.salt).toMatch(/^[0-9a-f]{32}$/);
  });
});
