/**
 * scripts/serve.ts as `npm start` runs it, against a small dist/ in a temp
 * folder: static files, directory redirects, the 404 page, netlify.toml headers
 * and redirects, and the functions mounted by their config.path.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, STATIC_HEADERS } from '../../netlify/lib/security-headers';
import { FIXTURE_PARKS, validInquiry } from '../support/harness';
import { freePort, startServeProcess } from '../support/serve-process';

let dir: string;
let server: ChildProcess;
let base: string;

async function writeDist(root: string): Promise<void> {
  const files: Record<string, string> = {
    'index.html': '<!doctype html><html lang="en"><title>Home</title><h1>Home</h1></html>',
    '404.html':
      '<!doctype html><html lang="en"><title>Not found</title><h1>Page not found</h1></html>',
    'parks/index.html': '<h1>Parks</h1>',
    '_astro/site.abc123.css': `body{color:#123}${'.x{margin:0}'.repeat(200)}`,
    'data/parks.json': JSON.stringify({
      parks: FIXTURE_PARKS.map((facts) => ({ slug: facts.slug, name: facts.name, facts })),
    }),
    'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex/>',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'site.webmanifest': '{"name":"Parks"}',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), content);
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serve-test-'));
  await writeDist(join(dir, 'dist'));
  await writeFile(join(dir, 'secret.txt'), 'outside dist');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  ({ child: server } = await startServeProcess({
    PORT: String(port),
    DIST_DIR: join(dir, 'dist'),
    LEADS_DATA_DIR: join(dir, 'data'),
  }));
});

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
  }
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { redirect: 'manual', ...init });

/** A request sent exactly as written (fetch would normalise the path and refuses TRACE). */
function raw(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((done, fail) => {
    const req = request(`${base}/`, { method, path }, (res) => {
      res.resume();
      res.once('end', () => done({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.once('error', fail);
    req.end();
  });
}

describe('static files', () => {
  it('serves index.html with the netlify.toml security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(STATIC_HEADERS))
      expect(res.headers.get(name), name).toBe(value);
    expect(await res.text()).toContain('<h1>Home</h1>');
  });

  it('redirects a directory to its trailing slash and serves its index', async () => {
    const res = await get('/parks?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/parks/?x=1');
    expect((await get('/parks/')).status).toBe(200);
  });

  it('never redirects to another origin, whatever the path spells', async () => {
    for (const path of [
      '/.//evil.example/..%2fparks',
      '//evil.example/..%2fparks',
      '/\\evil.example/..%2fparks',
      '/%2f%2fevil.example/..%2fparks',
      '/%5cevil.example/%2e%2e%2fparks',
      '/.%2f%2fevil.example%2f%2e%2e%2fparks',
      '/parks/..%2f.',
    ]) {
      const res = await raw('GET', path);
      const location = String(res.headers['location'] ?? '');
      expect(location, path).not.toMatch(/^(\/[\/\\]|[a-z]+:)/i);
      if (res.status === 301) expect(location, path).toMatch(/^\/(parks\/)?$/);
    }
  });

  it('answers unknown paths with dist/404.html and status 404', async () => {
    const res = await get('/no/such/page/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends the right content types, long caching for /_astro and compression', async () => {
    const types: Record<string, string> = {
      '/data/parks.json': 'application/json; charset=utf-8',
      '/sitemap-index.xml': 'application/xml; charset=utf-8',
      '/favicon.svg': 'image/svg+xml',
      '/site.webmanifest': 'application/manifest+json',
    };
    for (const [path, type] of Object.entries(types))
      expect((await get(path)).headers.get('content-type'), path).toBe(type);
    const css = await get('/_astro/site.abc123.css', { headers: { 'accept-encoding': 'gzip' } });
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-encoding')).toBe('gzip');
    expect(await css.text()).toContain('body{color:#123}');
    expect((await get('/data/parks.json')).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('never serves files outside dist/', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/parks/..%2f..%2fsecret.txt',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('outside dist');
    }
  });

  it('applies netlify.toml redirects', async () => {
    const res = await get('/parks/xiangjiang-auto-parts-zone/inquire');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inquire/?park=xiangjiang-auto-parts-zone');
  });

  it('matches redirects the way Netlify does: any case, with or without a trailing slash', async () => {
    const res = await get('/Parks/xiangjiang-auto-parts-zone/INQUIRE/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inquire/?park=xiangjiang-auto-parts-zone');
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});

describe('functions', () => {
  it('mounts /api/health and /api/inquiry by their config.path, with their own headers', async () => {
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect(health.headers.get('cache-control')).toBe('no-store');

    const getInquiry = await get('/api/inquiry');
    expect(getInquiry.status).toBe(405);
    expect(getInquiry.headers.get('allow')).toBe('POST');
    expect(getInquiry.headers.get('content-security-policy')).toBe(
      SECURITY_HEADERS['Content-Security-Policy'],
    );
  });

  it('answers every method a function does not serve with 405, Allow and security headers', async () => {
    const cases: [string, string, string][] = [
      ['TRACE', '/api/inquiry', 'POST'],
      ['PUT', '/api/inquiry', 'POST'],
      ['DELETE', '/api/inquiry', 'POST'],
      ['OPTIONS', '/api/inquiry', 'POST'],
      ['TRACE', '/api/health', 'GET, HEAD'],
      ['POST', '/api/health', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await raw(method, path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers['allow'], `${method} ${path}`).toBe(allow);
      for (const name of Object.keys(STATIC_HEADERS))
        expect(res.headers[name.toLowerCase()], `${method} ${path} ${name}`).toBeTruthy();
    }
  });

  it('stores a posted inquiry in the local Blobs store and answers 201', async () => {
    const res = await get('/api/inquiry', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', origin: base },
      body: JSON.stringify(validInquiry()),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { id?: unknown }).id).toMatch(/^ld_[0-9a-f]+$/);
  });

  it('passes the body through with its size limit (413 for 40 KB)', async () => {
    const res = await get('/api/inquiry', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(validInquiry({ message: 'x'.repeat(40 * 1024) })),
    });
    expect(res.status).toBe(413);
    // The server survives an oversized body and keeps answering.
    expect((await get('/api/health')).status).toBe(200);
  });
});

describe('shutdown', () => {
  it('exits cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
