/**
 * Gate: security headers. netlify.toml's rules resolved for every built page
 * (what Netlify sends with static files), real answers of the functions (which
 * netlify.toml does not reach), and the same over HTTP from scripts/serve.ts.
 * Also: no built page carries inline code that the CSP would block.
 * Needs a built site (npm test builds first; DIST_DIR points elsewhere).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSecurityHeaders, formatProblems } from '../gates/header-policy';
import { ADMIN_CSP_ALLOWANCES, cspWidening } from '../gates/admin-policy';
import { findBlockedInline } from '../gates/inline-code';
import { allPages, fileForPath } from '../../scripts/bench/lib/weigh';
import { headersFor, matchPattern, parseNetlifyConfig } from '../../scripts/lib/netlify-config';
import { PAGEFIND_CSP, PAGEFIND_PATHS } from '../../netlify/lib/security-headers';
import { startServe, type RunningServer } from '../../scripts/bench/lib/server';

const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const rules = parseNetlifyConfig(readFileSync('netlify.toml', 'utf8')).headers;
const pages = existsSync(dist) ? allPages(dist) : [];
const context = { ip: '127.0.0.1', requestId: 'gate' };

describe('header gate: static pages (netlify.toml)', () => {
  it('has a built site to check', () => {
    expect(pages.length, `no HTML pages in ${dist}; run npm run build first`).toBeGreaterThan(0);
  });

  it('sends the full policy with every built page', () => {
    const failing = pages
      .map((path) => ({ path, problems: checkSecurityHeaders(headersFor(rules, path)) }))
      .filter((p) => p.problems.length > 0)
      .map((p) => `${p.path}:\n  ${formatProblems(p.problems).replaceAll('\n', '\n  ')}`);
    expect(failing.join('\n')).toBe('');
  });

  it('serves no inline script, style or handler that the CSP would block', () => {
    const blocked = pages.flatMap((path) => {
      const csp = headersFor(rules, path)['Content-Security-Policy'] ?? '';
      return findBlockedInline(readFileSync(fileForPath(dist, path), 'utf8'), csp).map(
        (f) => `${path}: ${f.kind}: ${f.snippet}`,
      );
    });
    expect(blocked.join('\n')).toBe('');
  });
});

describe('header gate: WebAssembly only where Pagefind runs', () => {
  const loadsPagefind = (path: string) => PAGEFIND_PATHS.some((p) => matchPattern(p, path));
  const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'] ?? '';

  it("gives the search pages, the inquiry form and Pagefind's files 'wasm-unsafe-eval'", () => {
    const paths = [
      '/search/',
      '/en/search/',
      '/inquire/',
      '/en/inquire/',
      '/pagefind/pagefind-worker.js',
    ];
    for (const path of paths) expect(csp(path), path).toBe(PAGEFIND_CSP);
    for (const pattern of PAGEFIND_PATHS)
      expect(
        rules.some((r) => r.for === pattern),
        `netlify.toml has a rule for ${pattern}`,
      ).toBe(true);
  });

  it('gives no other built page WebAssembly (content pages keep the strict policy)', () => {
    const others = pages.filter((path) => !loadsPagefind(path));
    expect(others.length).toBeGreaterThan(10);
    const loose = others.filter((path) => csp(path).includes('wasm-unsafe-eval'));
    expect(loose).toEqual([]);
    expect(csp('/parks/xiangjiang-auto-parts-zone/')).not.toContain('wasm-unsafe-eval');
    expect(csp('/en/search-tips/')).not.toContain('wasm-unsafe-eval');
  });
});

describe('header gate: the staff CMS at /admin/ (netlify.toml)', () => {
  const admin = headersFor(rules, '/admin/');
  const site = headersFor(rules, '/');
  const adminCsp = admin['Content-Security-Policy'] ?? '';

  it('has its own policy, weaker than the site’s only where the CMS needs it', () => {
    expect(adminCsp).not.toBe(site['Content-Security-Policy']);
    const extra = cspWidening(site['Content-Security-Policy'] ?? '', adminCsp);
    expect(
      extra.filter(
        (source) => !ADMIN_CSP_ALLOWANCES[source.replace(/^style-src-(elem|attr)/, 'style-src')],
      ),
    ).toEqual([]);
    // Every other rule of the policy holds; the only finding is the inline styles Svelte injects.
    expect(formatProblems(checkSecurityHeaders(admin))).toBe(
      [
        "Content-Security-Policy: style-src allows 'unsafe-inline'",
        "Content-Security-Policy: style-src-elem allows 'unsafe-inline'",
        "Content-Security-Policy: style-src-attr allows 'unsafe-inline'",
      ].join('\n'),
    );
  });

  it('applies to the CMS files and nowhere else', () => {
    for (const path of ['/admin/', '/admin/config.yml', '/admin/sveltia-cms.js'])
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(adminCsp);
    for (const path of pages)
      expect(headersFor(rules, path)['Content-Security-Policy'], path).not.toBe(adminCsp);
  });

  it('is kept out of search engines and lets the GitHub sign-in popup answer it', () => {
    expect(admin['X-Robots-Tag']).toMatch(/noindex/);
    expect(admin['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(headersFor(rules, '/inquire/')['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(site['Cross-Origin-Opener-Policy']).toBeUndefined();
  });

  it('the built admin page carries noindex, no inline code and nothing from a CDN', () => {
    const html = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).toMatch(/<body data-pagefind-ignore="all">/);
    expect(findBlockedInline(html, adminCsp)).toEqual([]);
    expect(html).not.toMatch(/\bsrc="https?:/);
    for (const file of [
      'sveltia-cms.js',
      'cms-offline.js',
      'config.yml',
      'fonts/material-symbols-outlined.woff2',
    ])
      expect(existsSync(join(dist, 'admin', file)), file).toBe(true);
    expect(readFileSync(join(dist, 'admin', 'sveltia-cms.js'), 'utf8')).not.toContain(
      'cdn.jsdelivr.net',
    );
  });
});

describe('header gate: function responses', () => {
  const saved = { facts: process.env['PARK_FACTS_PATH'], log: process.env['LOG_LEVEL'] };
  afterAll(() => {
    for (const [key, value] of [
      ['PARK_FACTS_PATH', saved.facts],
      ['LOG_LEVEL', saved.log],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('inquiry answers (405, 415, 422) carry the full policy', async () => {
    // The function reads park facts from the build it ships with; point it at this one.
    process.env['PARK_FACTS_PATH'] = join(dist, 'data', 'parks.json');
    process.env['LOG_LEVEL'] = 'silent';
    const { default: inquiry } = await import('../../netlify/functions/inquiry');
    const requests = [
      new Request('http://127.0.0.1/api/inquiry', {
        method: 'GET',
        headers: { accept: 'application/json' },
      }),
      new Request('http://127.0.0.1/api/inquiry', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', accept: 'application/json' },
        body: 'x',
      }),
      new Request('http://127.0.0.1/api/inquiry', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: '[]',
      }),
    ];
    const statuses: number[] = [];
    for (const req of requests) {
      const res = await inquiry(req, context);
      statuses.push(res.status);
      expect(
        formatProblems(checkSecurityHeaders(res.headers)),
        `${req.method} → ${res.status}`,
      ).toBe('');
    }
    expect(statuses).toEqual([405, 415, 422]);
  });

  it('the health route carries the full policy', async () => {
    const { default: health } = await import('../../netlify/functions/health');
    const res = health(new Request('http://127.0.0.1/api/health'));
    expect(res.status).toBe(200);
    expect(formatProblems(checkSecurityHeaders(res.headers))).toBe('');
  });
});

describe('header gate: over HTTP from the local server', () => {
  let server: RunningServer | undefined;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gates-headers-'));
    server = await startServe({ distDir: dist, dataDir, readyPath: '/api/health' });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('pages, the 404 page and the functions all answer with the policy', async () => {
    for (const path of [
      '/',
      pages.find((p) => p.startsWith('/parks/') && p !== '/parks/') ?? '/parks/',
      '/inquire/',
      '/no-such-page/',
      '/api/health',
    ]) {
      const res = await fetch(`${server!.origin}${path}`);
      await res.arrayBuffer();
      expect(formatProblems(checkSecurityHeaders(res.headers)), `${path} → ${res.status}`).toBe('');
    }
  });

  it('the staff CMS answers with its own policy and noindex', async () => {
    const res = await fetch(`${server!.origin}/admin/`);
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      headersFor(rules, '/admin/')['Content-Security-Policy'],
    );
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
  });
});
