import { describe, expect, it } from 'vitest';
import {
  findRedirect,
  headersFor,
  matchPattern,
  parseNetlifyConfig,
} from '../../../scripts/lib/netlify-config';

const TOML = `
[build]
  publish = "dist"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Content-Security-Policy = """
      default-src 'self';
      img-src 'self' data:"""

[[headers]]
  for = "/_astro/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"
    x-frame-options = "SAMEORIGIN"

[[headers]]
  for = "/parks/:slug/"
  [headers.values]
    X-Robots-Tag = ["noarchive", "nosnippet"]

[[redirects]]
  from = "/parks/:slug/inquire"
  to = "/inquire/?park=:slug"
  status = 302

[[redirects]]
  from = "/old/*"
  to = "/new/:splat"

[[redirects]]
  from = "/app/*"
  to = "/index.html"
  status = 200
  force = true
`;

describe('parseNetlifyConfig', () => {
  const config = parseNetlifyConfig(TOML);
  it('joins a multi-line header value into one line', () => {
    expect(config.headers[0]?.values['Content-Security-Policy']).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
  });
  it('joins an array of header values with commas', () => {
    expect(config.headers[2]?.values['X-Robots-Tag']).toBe('noarchive, nosnippet');
  });
  it('fills in Netlify defaults for redirects (301, not forced)', () => {
    expect(config.redirects.map((r) => [r.status, r.force])).toEqual([
      [302, false],
      [301, false],
      [200, true],
    ]);
  });
  it.each([
    ['headers = { for = "/*" }', /`headers` must be an array of tables/],
    ['[[headers]]\nfor = "*"\n[headers.values]\nA = "b"', /headers\[0\]\.for must be a path/],
    ['[[headers]]\nfor = "/*"', /headers\[0\]\.values must be a table/],
    ['[[redirects]]\nfrom = "/a"', /redirects\[0\]\.to must be a string/],
    ['[[redirects]]\nfrom = "a"\nto = "/b"', /redirects\[0\]\.from must be a path/],
  ])('refuses a malformed table, naming it: %s', (toml, message) => {
    expect(() => parseNetlifyConfig(toml)).toThrow(message);
  });
  it('reads a file without headers or redirects as no rules', () => {
    expect(parseNetlifyConfig('[build]\npublish = "dist"')).toEqual({ headers: [], redirects: [] });
  });
});

describe('headersFor', () => {
  const { headers } = parseNetlifyConfig(TOML);
  it('applies every matching rule, a later rule overriding a header in any spelling', () => {
    expect(headersFor(headers, '/_astro/a.css')).toEqual({
      'Content-Security-Policy': "default-src 'self'; img-src 'self' data:",
      'Cache-Control': 'public, max-age=31536000, immutable',
      'x-frame-options': 'SAMEORIGIN',
    });
  });
  it('leaves out rules whose pattern does not match', () => {
    expect(Object.keys(headersFor(headers, '/parks/a/b/'))).toEqual([
      'X-Frame-Options',
      'Content-Security-Policy',
    ]);
  });
});

describe('findRedirect', () => {
  const { redirects } = parseNetlifyConfig(TOML);
  it('fills placeholders into the target', () => {
    expect(findRedirect(redirects, '/parks/xiangjiang/inquire')?.target).toBe(
      '/inquire/?park=xiangjiang',
    );
  });
  it('fills the splat into the target', () => {
    expect(findRedirect(redirects, '/old/a/b.html')?.target).toBe('/new/a/b.html');
  });
  it('returns null when a placeholder would have to span two segments', () => {
    expect(findRedirect(redirects, '/parks/a/b/inquire')).toBeNull();
  });
});

// Netlify's own semantics (@netlify/headers-parser `getForRegExp`: flags `iu`, `/?$`;
// its CDN normalises a trailing slash before redirect rules run).
describe('matchPattern, as Netlify matches', () => {
  it('captures the splat', () => {
    expect(matchPattern('/*', '/anything/at/all')).toEqual({ splat: 'anything/at/all' });
  });
  it('matches the bare prefix of a trailing splat, with or without its slash', () => {
    expect(matchPattern('/_astro/*', '/_astro')).toEqual({ splat: '' });
    expect(matchPattern('/_astro/*', '/_astro/')).toEqual({ splat: '' });
  });
  // Deliberately stricter than headers-parser's regex (`/_astro/?(.*)`), which would.
  it('does not let a trailing splat match a longer first segment', () => {
    expect(matchPattern('/_astro/*', '/_astrology')).toBeNull();
  });
  it('captures a placeholder as one segment', () => {
    expect(matchPattern('/a/:id', '/a/42')).toEqual({ splat: '', id: '42' });
    expect(matchPattern('/a/:id', '/a/4/2')).toBeNull();
  });
  it('ignores case', () => {
    expect(matchPattern('/Data/parks.json', '/data/PARKS.json')).toEqual({ splat: '' });
  });
  it('allows a trailing slash on the path or the pattern', () => {
    expect(matchPattern('/parks/:slug', '/parks/a/')).toEqual({ splat: '', slug: 'a' });
    expect(matchPattern('/parks/:slug/', '/parks/a')).toEqual({ splat: '', slug: 'a' });
  });
  it('matches the root only with the root pattern', () => {
    expect(matchPattern('/', '/')).toEqual({ splat: '' });
    expect(matchPattern('/', '/a')).toBeNull();
  });
  it('escapes regular-expression characters in literal parts', () => {
    expect(matchPattern('/a.b', '/aXb')).toBeNull();
  });
});
