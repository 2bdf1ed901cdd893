import { describe, expect, it } from 'vitest';
import { checkSecurityHeaders, formatProblems, parseCsp } from '../../gates/header-policy';

const GOOD = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=()',
};

const with_ = (overrides: Record<string, string | undefined>) => {
  const h: Record<string, string> = { ...GOOD };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete h[k];
    else h[k] = v;
  }
  return h;
};
const problems = (h: Record<string, string>) => formatProblems(checkSecurityHeaders(h));

describe('security header policy', () => {
  it('accepts a policy that meets every rule, in any header-name case and as Headers', () => {
    expect(checkSecurityHeaders(GOOD)).toEqual([]);
    const lower = Object.fromEntries(Object.entries(GOOD).map(([k, v]) => [k.toLowerCase(), v]));
    expect(checkSecurityHeaders(lower)).toEqual([]);
    expect(checkSecurityHeaders(new Headers(GOOD))).toEqual([]);
  });

  it("fails 'unsafe-inline' in script-src, style-src, and through default-src fallback", () => {
    expect(
      problems(
        with_({
          'Content-Security-Policy': GOOD['Content-Security-Policy'].replace(
            "script-src 'self'",
            "script-src 'self' 'unsafe-inline'",
          ),
        }),
      ),
    ).toMatch(/script-src allows 'unsafe-inline'/);
    expect(
      problems(
        with_({
          'Content-Security-Policy': GOOD['Content-Security-Policy'].replace(
            "style-src 'self'",
            "style-src 'self' 'unsafe-inline'",
          ),
        }),
      ),
    ).toMatch(/style-src allows 'unsafe-inline'/);
    expect(
      problems(
        with_({
          'Content-Security-Policy':
            "default-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'",
        }),
      ),
    ).toMatch(/style-src allows 'unsafe-inline'/);
    expect(
      problems(
        with_({
          'Content-Security-Policy': `${GOOD['Content-Security-Policy']}; style-src-attr 'unsafe-inline'`,
        }),
      ),
    ).toMatch(/style-src-attr allows 'unsafe-inline'/);
  });

  it('fails a missing CSP, unsafe-eval, wildcard scripts, missing object-src none and frame-ancestors', () => {
    expect(problems(with_({ 'Content-Security-Policy': undefined }))).toMatch(
      /Content-Security-Policy: missing/,
    );
    expect(
      problems(
        with_({
          'Content-Security-Policy':
            "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; frame-ancestors 'none'",
        }),
      ),
    ).toMatch(/unsafe-eval/);
    expect(
      problems(
        with_({
          'Content-Security-Policy':
            "default-src 'self'; script-src https:; object-src 'none'; frame-ancestors 'none'",
        }),
      ),
    ).toMatch(/any origin \(https:\)/);
    expect(
      problems(with_({ 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" })),
    ).toMatch(/object-src is not 'none'/);
    // frame-ancestors does not inherit default-src 'none'.
    expect(problems(with_({ 'Content-Security-Policy': "default-src 'none'" }))).toMatch(
      /frame-ancestors is not 'none'/,
    );
    expect(
      problems(
        with_({
          'Content-Security-Policy':
            "default-src 'self'; object-src 'none'; frame-ancestors 'self'",
        }),
      ),
    ).toMatch(/frame-ancestors/);
  });

  it('fails weak HSTS', () => {
    expect(
      problems(with_({ 'Strict-Transport-Security': 'max-age=86400; includeSubDomains; preload' })),
    ).toMatch(/max-age 86400 s is under one year/);
    expect(problems(with_({ 'Strict-Transport-Security': 'max-age=31536000; preload' }))).toMatch(
      /no includeSubDomains/,
    );
    expect(
      problems(with_({ 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' })),
    ).toMatch(/no preload/);
    expect(problems(with_({ 'Strict-Transport-Security': undefined }))).toMatch(
      /Strict-Transport-Security: missing/,
    );
    expect(
      checkSecurityHeaders(
        with_({ 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload' }),
      ),
    ).toEqual([]);
  });

  it('fails nosniff, Referrer-Policy and Permissions-Policy problems', () => {
    expect(problems(with_({ 'X-Content-Type-Options': undefined }))).toMatch(
      /X-Content-Type-Options/,
    );
    expect(problems(with_({ 'Referrer-Policy': 'unsafe-url' }))).toMatch(
      /Referrer-Policy: is "unsafe-url"/,
    );
    // The last understood token wins, so a fallback list ending in the right policy passes.
    expect(
      checkSecurityHeaders(
        with_({ 'Referrer-Policy': 'no-referrer, strict-origin-when-cross-origin' }),
      ),
    ).toEqual([]);
    expect(problems(with_({ 'Permissions-Policy': '  ' }))).toMatch(/Permissions-Policy: missing/);
  });

  it('parses CSP directives case-insensitively, first occurrence winning', () => {
    const csp = parseCsp("Script-Src 'self'; script-src *; ; img-src data:");
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(['data:']);
  });
});
