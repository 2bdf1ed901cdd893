import { describe, expect, it } from 'vitest';
import {
  allowedOrigins,
  isCrossSite,
  MIN_FILL_MS,
  screenSubmission,
} from '../../../netlify/lib/spam';

const req = (headers: Record<string, string>) =>
  new Request('https://parks.example.org/api/inquiry', { method: 'POST', headers });

describe('origin check', () => {
  it('allows the own origin and the deploy URLs from the environment', () => {
    const allowed = allowedOrigins(req({}), {
      URL: 'https://parks.example.org',
      DEPLOY_PRIME_URL: 'https://preview--parks.netlify.app',
      ALLOWED_ORIGINS: 'https://a.example, nonsense',
    });
    expect([...allowed].sort()).toEqual([
      'https://a.example',
      'https://parks.example.org',
      'https://preview--parks.netlify.app',
    ]);
  });
  it('flags another Origin or a cross-site fetch, not a missing or null Origin', () => {
    const allowed = allowedOrigins(req({}), {});
    expect(isCrossSite(req({ origin: 'https://evil.example' }), allowed)).toBe(true);
    expect(isCrossSite(req({ 'sec-fetch-site': 'cross-site' }), allowed)).toBe(true);
    expect(
      isCrossSite(
        req({ origin: 'https://parks.example.org', 'sec-fetch-site': 'same-origin' }),
        allowed,
      ),
    ).toBe(false);
    expect(isCrossSite(req({}), allowed)).toBe(false);
    expect(isCrossSite(req({ origin: 'null' }), allowed)).toBe(false);
  });
});

describe('screenSubmission', () => {
  const now = 1_750_000_000_000;
  it('sees nothing in an ordinary submission', () => {
    expect(
      screenSubmission(req({}), { honeypot: undefined, startedAtMs: now - 60_000 }, now, {}),
    ).toEqual({ honeypot: false, crossSite: false });
    expect(screenSubmission(req({}), { honeypot: '  ' }, now, {}).honeypot).toBe(false);
  });
  it('flags a filled honeypot and a form sent faster than a person can', () => {
    const signals = screenSubmission(
      req({}),
      { honeypot: 'http://spam.example', startedAtMs: now - 800 },
      now,
      {},
    );
    expect(signals).toEqual({ honeypot: true, crossSite: false, tooFastMs: 800 });
    expect(
      screenSubmission(req({}), { startedAtMs: now - MIN_FILL_MS }, now, {}).tooFastMs,
    ).toBeUndefined();
  });
  it('ignores a start time in the future (clock skew)', () => {
    expect(
      screenSubmission(req({}), { startedAtMs: now + 5000 }, now, {}).tooFastMs,
    ).toBeUndefined();
  });
});
