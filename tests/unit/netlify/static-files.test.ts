import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, isCompressible, resolveStatic } from '../../../scripts/lib/static-files';

let root: string;
let outside: string;

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'static-'));
  root = join(outside, 'dist');
  await mkdir(join(root, 'parks', 'a'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(join(root, 'parks', 'a', 'index.html'), '<h1>a</h1>');
  await writeFile(join(root, 'site.webmanifest'), '{}');
  await writeFile(join(outside, 'secret.txt'), 'secret');
});
afterAll(() => rm(outside, { recursive: true, force: true }));

describe('resolveStatic', () => {
  it('serves directory indexes for trailing-slash paths', async () => {
    expect(await resolveStatic(root, '/')).toMatchObject({
      kind: 'file',
      file: join(root, 'index.html'),
    });
    expect(await resolveStatic(root, '/parks/a/')).toMatchObject({
      kind: 'file',
      file: join(root, 'parks', 'a', 'index.html'),
    });
  });
  it('redirects a directory without its slash, keeping the query', async () => {
    expect(await resolveStatic(root, '/parks/a', '?x=1')).toEqual({
      kind: 'redirect',
      location: '/parks/a/?x=1',
    });
  });
  it('reports missing files and directories without an index', async () => {
    expect(await resolveStatic(root, '/nope')).toEqual({ kind: 'missing' });
    expect(await resolveStatic(root, '/parks/')).toEqual({ kind: 'missing' });
  });
  it('never leaves the root, however the path is encoded', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/parks/../../secret.txt',
      '/%00',
      '/..%5csecret.txt',
      '/%E0%A4%A',
    ]) {
      expect(await resolveStatic(root, path)).toEqual({ kind: 'missing' });
    }
  });
});

describe('content types', () => {
  it('names the types the site serves', () => {
    expect(contentTypeFor('a.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('sitemap.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('site.webmanifest')).toBe('application/manifest+json');
    expect(contentTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
  it("serves Pagefind's bundle with its types, never re-compressed (its files are gzipped already)", () => {
    expect(contentTypeFor('pagefind/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('pagefind/pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('wasm.en.wasm')).toBe('application/wasm');
    for (const file of [
      'pagefind/pagefind.en_f772ba67a9.pf_meta',
      'pagefind/index/en_5dca8a1.pf_index',
      'pagefind/fragment/en_1a2b3c.pf_fragment',
      'pagefind/filter/en_1a2b3c.pf_filter',
      'pagefind/wasm.en.pagefind',
    ]) {
      expect(contentTypeFor(file), file).toBe('application/octet-stream');
      expect(isCompressible(contentTypeFor(file)), file).toBe(false);
    }
  });
  it('compresses text only', () => {
    expect(isCompressible('text/css; charset=utf-8')).toBe(true);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('image/png')).toBe(false);
  });
});
