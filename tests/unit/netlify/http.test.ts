import { describe, expect, it } from 'vitest';
import { errorListPage, errorResponse, escapeHtml, wantsJson } from '../../../netlify/lib/http';
import { SECURITY_HEADERS } from '../../../netlify/lib/security-headers';

const req = (headers: Record<string, string>) =>
  new Request('http://local/api/inquiry', { method: 'POST', headers });

describe('wantsJson', () => {
  it('follows Accept, and without a preference the body type', () => {
    expect(wantsJson(req({ accept: 'application/json' }))).toBe(true);
    expect(
      wantsJson(
        req({ accept: 'text/html,application/xhtml+xml', 'content-type': 'application/json' }),
      ),
    ).toBe(false);
    expect(wantsJson(req({ accept: '*/*', 'content-type': 'application/json' }))).toBe(true);
    expect(wantsJson(req({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(false);
  });
});

describe('error answers', () => {
  it('are JSON for JSON clients and an escaped page otherwise, with security headers', async () => {
    const json = errorResponse(req({ accept: 'application/json' }), 429, 'Slow down', {
      'Retry-After': '5',
    });
    expect(await json.json()).toEqual({ error: 'Slow down' });
    expect(json.headers.get('retry-after')).toBe('5');
    const html = errorResponse(req({ accept: 'text/html' }), 413, 'Too <big>');
    expect(await html.text()).toContain('Too &lt;big&gt;');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(html.headers.get(name)).toBe(value);
    expect(html.headers.get('cache-control')).toBe('no-store');
  });

  it('list validation errors escaped when the form page is unavailable', () => {
    const page = errorListPage({ email: 'Enter <b>an</b> email', '"><script>': 'x' });
    expect(page).toContain('<strong>email</strong>: Enter &lt;b&gt;an&lt;/b&gt; email');
    expect(page).not.toContain('<script>');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
