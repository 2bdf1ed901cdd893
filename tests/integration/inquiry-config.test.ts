/**
 * Function configuration and the security-header contract: what Netlify reads
 * from `config`, and the one header list shared by netlify.toml and functions.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import inquiry, { config as inquiryConfig } from '../../netlify/functions/inquiry';
import health, { config as healthConfig } from '../../netlify/functions/health';
import { config as drainConfig } from '../../netlify/functions/outbox-drain';
import {
  CSP_DIRECTIVES,
  PAGEFIND_CSP,
  PAGEFIND_PATHS,
  SECURITY_HEADERS,
  STATIC_HEADERS,
  COOP_PATHS,
} from '../../netlify/lib/security-headers';
import { headersFor, matchPattern, parseNetlifyConfig } from '../../scripts/lib/netlify-config';
import { jsonRequest, testContext, validInquiry } from '../support/harness';
import { useInquiryHarness } from '../support/blobs-fixture';

useInquiryHarness();

describe('function config', () => {
  it('routes the inquiry at /api/inquiry with a platform rate limit aggregated by an array', () => {
    expect(inquiryConfig.path).toBe('/api/inquiry');
    const rateLimit = inquiryConfig.rateLimit;
    expect(Array.isArray(rateLimit?.aggregateBy)).toBe(true);
    expect(rateLimit?.aggregateBy).toEqual(['ip', 'domain']);
    expect(rateLimit?.windowLimit).toBeGreaterThan(0);
    expect(rateLimit?.windowSize).toBeGreaterThan(0);
    // A method filter would turn GET into 404; the handler answers 405 itself.
    expect(inquiryConfig).not.toHaveProperty('method');
  });

  it('routes health at /api/health and schedules the outbox drain', () => {
    expect(healthConfig.path).toBe('/api/health');
    expect(drainConfig.schedule).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(drainConfig).not.toHaveProperty('path');
  });

  it('the default exports answer: health 200, inquiry 405 for GET and 201 for a valid POST', async () => {
    const ok = health(new Request('http://127.0.0.1/api/health'));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    expect(ok.headers.get('content-security-policy')).toBe(
      SECURITY_HEADERS['Content-Security-Policy'],
    );

    const get = await inquiry(new Request('http://127.0.0.1/api/inquiry'), testContext());
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');

    const post = await inquiry(jsonRequest(validInquiry()), testContext('203.0.113.200'));
    expect(post.status).toBe(201);
  });
});

describe('security headers', () => {
  it('forbid inline script and style, framing and plugins', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy'] ?? '';
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(CSP_DIRECTIVES).toEqual(
      expect.arrayContaining([
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ]),
    );
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(
      /max-age=(\d+); includeSubDomains; preload/,
    );
    expect(
      Number(/max-age=(\d+)/.exec(SECURITY_HEADERS['Strict-Transport-Security'] ?? '')?.[1]),
    ).toBeGreaterThanOrEqual(31_536_000);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()');
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it("netlify.toml sends exactly the functions' list to every static page (no drift)", async () => {
    const config = parseNetlifyConfig(await readFile('netlify.toml', 'utf8'));
    for (const path of [
      '/',
      '/parks/xiangjiang-auto-parts-zone/',
      '/inquire/',
      '/data/parks.json',
    ]) {
      const headers = headersFor(config.headers, path);
      // Pages that load Pagefind differ in one source: script-src allows WebAssembly.
      const pagefind = PAGEFIND_PATHS.some((p) => matchPattern(p, path));
      // Only the inquiry pages add COOP (COOP_PATHS).
      const coop = COOP_PATHS.some((p) => matchPattern(p, path));
      const expectedList = coop ? SECURITY_HEADERS : STATIC_HEADERS;
      for (const [name, value] of Object.entries(expectedList)) {
        const expected = pagefind && name === 'Content-Security-Policy' ? PAGEFIND_CSP : value;
        expect(headers[name], `${name} on ${path}`).toBe(expected);
      }
      expect(headers['Cross-Origin-Opener-Policy'], path).toBe(
        coop ? SECURITY_HEADERS['Cross-Origin-Opener-Policy'] : undefined,
      );
    }
    expect(Object.keys(STATIC_HEADERS)).toEqual(
      Object.keys(SECURITY_HEADERS).filter((name) => name !== 'Cross-Origin-Opener-Policy'),
    );
    expect(headersFor(config.headers, '/_astro/index.abc123.css')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('netlify.toml ships the per-park facts files and the form page with the functions', async () => {
    const toml = await readFile('netlify.toml', 'utf8');
    expect(toml).toMatch(/included_files = \[[^\]]*"dist\/data\/facts\/\*.json"/);
    expect(toml).toMatch(/included_files = \[[^\]]*"dist\/inquire\/index.html"/);
    expect(toml).toMatch(/included_files = \[[^\]]*"dist\/en\/inquire\/index.html"/);
    // The park picker function's list shells.
    expect(toml).toMatch(/included_files = \[[^\]]*"dist\/inquire\/parks\/index.html"/);
    expect(toml).toMatch(/included_files = \[[^\]]*"dist\/en\/inquire\/parks\/index.html"/);
    expect(toml).toMatch(/directory = "netlify\/functions"/);
  });
});
