import { describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { headerRules, headersForPath, pathPattern } from '../../gates/netlify-headers';

const toml = `
[[headers]]
for = "/*"
[headers.values]
X-Content-Type-Options = "nosniff"
Cache-Control = "public, max-age=0, must-revalidate"

[[headers]]
for = "/_astro/*"
[headers.values]
cache-control = "public, max-age=31536000, immutable"

[[headers]]
for = "/parks/:slug/"
[headers.values]
X-Robots-Tag = ["noarchive", "nosnippet"]
`;

describe('netlify.toml header rules', () => {
  const rules = headerRules(parse(toml));

  it('applies every matching rule, later rules overriding a header case-insensitively', () => {
    expect(headersForPath(rules, '/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    });
    expect(headersForPath(rules, '/_astro/a.css')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(headersForPath(rules, '/parks/foo/')['X-Robots-Tag']).toBe('noarchive, nosnippet');
    expect(headersForPath(rules, '/parks/foo/bar/')['X-Robots-Tag']).toBeUndefined();
  });

  it('matches placeholders to one segment and escapes regex characters', () => {
    expect(pathPattern('/parks/:slug/').test('/parks/a-b/')).toBe(true);
    expect(pathPattern('/parks/:slug/').test('/parks/a/b/')).toBe(false);
    expect(pathPattern('/data/parks.json').test('/data/parksXjson')).toBe(false);
  });

  it('rejects malformed tables', () => {
    expect(() => headerRules({ headers: { for: '/*' } })).toThrow(/array of tables/);
    expect(() => headerRules({ headers: [{ for: '*', values: {} }] })).toThrow(/starting with \//);
    expect(() => headerRules({ headers: [{ for: '/*' }] })).toThrow(/values must be a table/);
    expect(headerRules({})).toEqual([]);
  });
});
