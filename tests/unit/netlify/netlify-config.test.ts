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
    X-Frame-Options = "SAMEORIGIN"

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
  it('reads header rules, joining multi-line values', () => {
    expect(config.headers).toHaveLength(2);
    expect(config.headers[0]?.values['Content-Security-Policy']).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
  });
  it('reads redirects with Netlify defaults (301, not forced)', () => {
    expect(config.redirects.map((r) => [r.status, r.force])).toEqual([
      [302, false],
      [301, false],
      [200, true],
    ]);
  });
  it('merges matching header rules, later ones overriding', () => {
    expect(headersFor(config.headers, '/_astro/a.css')).toMatchObject({
      'X-Frame-Options': 'SAMEORIGIN',
      'Cache-Control': expect.stringContaining('immutable'),
    });
    expect(headersFor(config.headers, '/parks/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': expect.any(String),
    });
  });
  it('fills placeholders and splats into redirect targets', () => {
    expect(findRedirect(config.redirects, '/parks/xiangjiang/inquire')?.target).toBe(
      '/inquire/?park=xiangjiang',
    );
    expect(findRedirect(config.redirects, '/old/a/b.html')?.target).toBe('/new/a/b.html');
    expect(findRedirect(config.redirects, '/parks/a/b/inquire')).toBeNull();
  });
  it('ignores entries without their required keys', () => {
    expect(parseNetlifyConfig('[[headers]]\n[[redirects]]\nfrom = "/a"\n')).toEqual({
      headers: [],
      redirects: [],
    });
  });
});

describe('matchPattern', () => {
  it('matches splats, placeholders and the bare prefix of a splat', () => {
    expect(matchPattern('/*', '/anything/at/all')).toEqual({ splat: 'anything/at/all' });
    expect(matchPattern('/_astro/*', '/_astro')).toEqual({ splat: '' });
    expect(matchPattern('/a/:id', '/a/42')).toEqual({ splat: '', id: '42' });
    expect(matchPattern('/a.b', '/aXb')).toBeNull();
  });
});
