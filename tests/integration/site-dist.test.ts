/**
 * Site-wide checks over the built site (run after `npm run build`; DIST_DIR points
 * elsewhere, e.g. DIST_DIR=/tmp/h7-dist). Astro's output is well-formed, so a few
 * regular expressions are enough to read tags and attributes without a parser dependency.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFor } from '../gates/budgets';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const site = new URL(process.env.SITE_URL ?? 'https://parks.example.org');
/**
 * Pages allowed to ship JavaScript, as the budget gate says (the inquiry form enhances
 * itself progressively; tool pages such as the directory's filter page, search, compare and
 * estimate run a script).
 */
const scriptAllowed = (urlPath: string) => budgetFor(urlPath).jsGzipBytes > 0;

interface Tag {
  name: string;
  attrs: Map<string, string>;
}

interface Page {
  /** URL path, e.g. "/parks/x/". */
  urlPath: string;
  file: string;
  html: string;
  tags: Tag[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** Every start tag with its attributes; comments and script/style bodies are skipped. */
function parseTags(html: string): Tag[] {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  const tags: Tag[] = [];
  for (const match of stripped.matchAll(
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
  )) {
    const attrs = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(
      /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      attrs.set((a[1] ?? '').toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attrs });
  }
  return tags;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function loadPages(): Page[] {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first (or set DIST_DIR).`);
  }
  return (
    walk(distDir)
      .filter((file) => file.endsWith('.html'))
      // The staff CMS is not a site page (tests/e2e/cms.spec.ts, gates-headers.test.ts).
      .filter((file) => !relative(distDir, file).split(sep).join('/').startsWith('admin/'))
      .map((file) => {
        const rel = relative(distDir, file).split(sep).join('/');
        const urlPath =
          rel === '404.html' ? '/404/' : `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
        const html = readFileSync(file, 'utf8');
        return { urlPath, file: rel, html, tags: parseTags(html) };
      })
  );
}

/** The dist/ file a same-site path is served from, or null when nothing serves it. */
function fileFor(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidate = decoded.endsWith('/')
    ? join(distDir, decoded, 'index.html')
    : join(distDir, decoded);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

/** Entry ids of a content folder (English body files `<id>.en.md` share their entry's id). */
const ids = (content: string) =>
  readdirSync(join(contentDir, content))
    .filter((f) => !f.endsWith('.en.md'))
    .map((f) => f.replace(/\.[^.]+$/, ''));
/** The language a path is in: English under /en/, Simplified Chinese elsewhere. */
const langOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'zh-CN');

const pages = loadPages();

describe('every HTML page in dist/', () => {
  it('found pages to check', () => {
    expect(pages.map((p) => p.urlPath)).toEqual(
      expect.arrayContaining([
        '/',
        '/parks/',
        '/processes/',
        '/404/',
        '/en/',
        '/en/parks/',
        '/en/processes/',
        '/en/404/',
      ]),
    );
  });

  it.each(pages.map((p) => [p.urlPath, p] as const))(
    '%s has lang, title, one h1, description, canonical',
    (_, page) => {
      const html = page.tags.find((t) => t.name === 'html');
      expect(html?.attrs.get('lang'), 'html lang').toBe(langOf(page.urlPath));
      const title = /<title>([^<]*)<\/title>/.exec(page.html)?.[1]?.trim();
      expect(title, 'title').toBeTruthy();
      expect(
        page.tags.filter((t) => t.name === 'h1'),
        'exactly one h1',
      ).toHaveLength(1);
      const description = page.tags.find(
        (t) => t.name === 'meta' && t.attrs.get('name') === 'description',
      );
      expect(
        description?.attrs.get('content')?.trim().length ?? 0,
        'meta description',
      ).toBeGreaterThan(20);
      const canonical = page.tags.find(
        (t) => t.name === 'link' && t.attrs.get('rel') === 'canonical',
      );
      expect(canonical?.attrs.get('href'), 'canonical').toMatch(/^https?:\/\//);
      if (!page.urlPath.endsWith('/404/')) {
        expect(new URL(canonical?.attrs.get('href') ?? '').pathname, 'canonical path').toBe(
          page.urlPath,
        );
      }
    },
  );

  it('has no broken internal links, assets or same-page anchors', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const pageIds = new Set(page.tags.map((t) => t.attrs.get('id')).filter(Boolean));
      const pageUrl = new URL(page.urlPath, site);
      for (const tag of page.tags) {
        const refs = ['href', 'src', 'poster', 'action']
          .map((name) => tag.attrs.get(name))
          .concat((tag.attrs.get('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]))
          .filter((ref): ref is string => !!ref);
        for (const ref of refs) {
          if (/^(mailto|tel|data|javascript):/i.test(ref)) continue;
          const url = new URL(ref, pageUrl);
          if (url.origin !== site.origin) continue;
          if (url.pathname.startsWith('/api/')) continue;
          if (ref.startsWith('#')) {
            if (ref.length > 1 && !pageIds.has(decodeURIComponent(ref.slice(1))))
              broken.push(`${page.file}: ${ref} (no such id)`);
            continue;
          }
          if (!fileFor(url.pathname)) broken.push(`${page.file}: <${tag.name}> ${ref}`);
        }
      }
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('ships no JavaScript outside the pages the budget allows it on, and no inline styles', () => {
    const offenders: string[] = [];
    for (const page of pages) {
      for (const tag of page.tags) {
        if (
          tag.name === 'script' &&
          tag.attrs.get('type') !== 'application/ld+json' &&
          !scriptAllowed(page.urlPath)
        ) {
          offenders.push(`${page.file}: <script ${tag.attrs.get('src') ?? 'inline'}>`);
        }
        // The CSP has no 'unsafe-inline': inline styles would be blocked in production.
        if (tag.attrs.has('style')) offenders.push(`${page.file}: style="" on <${tag.name}>`);
        if (tag.name === 'style') offenders.push(`${page.file}: <style> element`);
        const handler = [...tag.attrs.keys()].find((name) => name.startsWith('on'));
        if (handler) offenders.push(`${page.file}: ${handler}="" on <${tag.name}>`);
      }
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  it('JSON-LD blocks parse as JSON', () => {
    for (const page of pages) {
      for (const match of page.html.matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
      )) {
        expect(() => JSON.parse(match[1] ?? ''), page.file).not.toThrow();
      }
    }
  });
});

describe('pages for every park and process', () => {
  const sitemapXml = () => {
    const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '').pathname,
    );
    expect(files.length).toBeGreaterThan(0);
    return files.map((f) => readFileSync(join(distDir, f), 'utf8')).join('\n');
  };
  const sitemapPaths = () =>
    new Set(
      [...sitemapXml().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
    );

  it.each([
    ['parks', 'parks'],
    ['processes', 'taxonomy/processes'],
  ])('every %s content file has a page listed in the sitemap', (route, folder) => {
    const expected = ids(folder).flatMap((id) => [`/${route}/${id}/`, `/en/${route}/${id}/`]);
    expect(expected.length).toBeGreaterThan(0);
    const inSitemap = sitemapPaths();
    for (const path of expected) {
      expect(fileFor(path), `${path} built`).not.toBeNull();
      expect(inSitemap.has(path), `${path} in sitemap`).toBe(true);
    }
  });

  it('every sitemap URL is on the configured site and resolves to a page; 404 is not listed', () => {
    const locs = [...sitemapXml().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
    for (const url of locs) {
      expect(url.origin).toBe(site.origin);
      expect(fileFor(url.pathname), url.pathname).not.toBeNull();
    }
    expect(locs.map((u) => u.pathname)).not.toContain('/404/');
    expect(locs.map((u) => u.pathname)).not.toContain('/en/404/');
  });

  it('robots.txt points crawlers at the sitemap index on the configured site', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
    expect(fileFor('/sitemap-index.xml')).not.toBeNull();
  });
});
