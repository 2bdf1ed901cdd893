import { describe, expect, it } from 'vitest';
import { ADMIN_CSP_ALLOWANCES, cspWidening } from '../../gates/admin-policy';

const SITE =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

describe('admin CSP widening', () => {
  it('is empty for the same policy', () => {
    expect(cspWidening(SITE, SITE)).toEqual([]);
  });

  it('lists every source the admin policy adds, directive by directive', () => {
    const admin = SITE.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
      "connect-src 'self'",
      "connect-src 'self' https://api.github.com",
    );
    expect(cspWidening(SITE, admin)).toEqual([
      "style-src 'unsafe-inline'",
      // style-src-elem and -attr fall back to style-src, so they widen too.
      "style-src-elem 'unsafe-inline'",
      "style-src-attr 'unsafe-inline'",
      'connect-src https://api.github.com',
    ]);
  });

  it('catches what would weaken scripts or framing, which no allowance covers', () => {
    const admin = `${SITE.replace("script-src 'self'", "script-src 'self' 'unsafe-eval' https://unpkg.com").replace("frame-ancestors 'none'", "frame-ancestors 'self'")}`;
    const extra = cspWidening(SITE, admin);
    expect(extra).toEqual(
      expect.arrayContaining([
        "script-src 'unsafe-eval'",
        'script-src https://unpkg.com',
        "frame-ancestors 'self'",
      ]),
    );
    expect(extra.filter((e) => e.startsWith('script') && ADMIN_CSP_ALLOWANCES[e])).toEqual([]);
  });

  it('treats a dropped directive as falling back to default-src (or as unrestricted)', () => {
    const admin = SITE.replace(" img-src 'self' data:;", '').replace(
      "default-src 'self'",
      "default-src 'self' https:",
    );
    expect(cspWidening(SITE, admin)).toContain('img-src https:');
    expect(cspWidening(SITE, SITE.replace(" frame-ancestors 'none';", ''))).toContain(
      'frame-ancestors *',
    );
  });
});
