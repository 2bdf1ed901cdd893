/**
 * Weighs built pages from a dist/ folder: the HTML plus every local resource it
 * loads (stylesheets and what they url()/@import, scripts and the chunks they
 * import, astro-island component URLs, images, icons, preloads, the data table a script
 * fetches on load), raw and gzip.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageWeight, Size } from '../../../tests/gates/budgets';

type Kind = 'css' | 'js' | 'images' | 'other';

const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg', '.ico']);
// Formats that are compressed already: a CDN sends them as they are.
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.woff', '.woff2']);

const kindOf = (file: string): Kind => {
  const ext = extname(file).toLowerCase();
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  return IMAGE.has(ext) ? 'images' : 'other';
};

/** The dist file serving a URL path ("/parks/" → dist/parks/index.html). */
export function fileForPath(dist: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Local URL paths referenced by an HTML document. */
function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  for (const m of html.matchAll(/<(link|script|img|source|astro-island|video|input)\b[^>]*>/gi)) {
    const tag = m[0];
    const name = m[1]!.toLowerCase();
    if (name === 'link') {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase();
      if (/\b(stylesheet|icon|apple-touch-icon|modulepreload|preload)\b/.test(rel))
        refs.push(attr(tag, 'href') ?? '');
    } else if (name === 'astro-island') {
      refs.push(
        attr(tag, 'component-url') ?? '',
        attr(tag, 'renderer-url') ?? '',
        attr(tag, 'before-hydration-url') ?? '',
      );
    } else {
      refs.push(attr(tag, 'src') ?? '');
      for (const part of (attr(tag, 'srcset') ?? '').split(','))
        refs.push(part.trim().split(/\s+/)[0] ?? '');
    }
  }
  // Data a page's script fetches as soon as it runs, named on the element it fills: the
  // filter page's park table (`<form data-table="/data/park-filter/zh-CN.json">`).
  for (const m of html.matchAll(/\sdata-table\s*=\s*["']([^"']+)["']/gi)) refs.push(m[1]!);
  return refs.filter((r) => r !== '' && !/^(https?:)?\/\//i.test(r) && !r.startsWith('data:'));
}

/**
 * Local URLs a CSS or JS file pulls in, resolved against its own URL path; `onDemand`
 * when a script imports a module dynamically or names one by its site path (loaded on
 * demand, e.g. Pagefind).
 */
function nestedReferences(
  urlPath: string,
  text: string,
  kind: Kind,
): { path: string; onDemand: boolean }[] {
  const found: string[] = [];
  const onDemand = new Set<string>();
  if (kind === 'css') {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) found.push(m[1]!);
    for (const m of text.matchAll(/@import\s+["']([^"']+)["']/g)) found.push(m[1]!);
  } else if (kind === 'js') {
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.m?js)["'`]/g))
      found.push(m[1]!);
    // `import("./chunk.js")` (bundlers may write it with backticks): a chunk the script loads
    // when it needs it (the estimate page's pricing code); it counts towards the page's
    // JavaScript, reported as on demand.
    for (const m of text.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)) {
      found.push(m[1]!);
      onDemand.add(m[1]!);
    }
    // A script that names a site path of a module loads it on demand (the search page's
    // `import(url)` of /pagefind/pagefind.js): it counts towards the page's JavaScript.
    for (const m of text.matchAll(/["'`](\/[\w./-]+\.m?js)["'`]/g)) {
      found.push(m[1]!);
      onDemand.add(m[1]!);
    }
  }
  return found
    .filter((r) => !/^(https?:)?\/\//i.test(r) && !r.startsWith('data:') && !r.startsWith('#'))
    .map((r) => ({ path: new URL(r, `http://x${urlPath}`).pathname, onDemand: onDemand.has(r) }));
}

const zero = (): Size => ({ rawBytes: 0, gzipBytes: 0 });
const gz = (buf: Buffer) => gzipSync(buf).length;

interface Resource {
  kind: Kind;
  rawBytes: number;
  gzipBytes: number;
  transferBytes: number;
  nested: { path: string; onDemand: boolean }[];
}
/**
 * Resources by file: thousands of pages share one stylesheet, so each file is read and
 * compressed once (dist is not rebuilt while it is weighed). null: the file does not exist.
 */
const resourceCache = new Map<string, Resource | null>();

function resource(file: string, path: string): Resource | null {
  let r = resourceCache.get(file);
  if (r === undefined) {
    if (!existsSync(file) || !statSync(file).isFile()) r = null;
    else {
      const buf = readFileSync(file);
      const kind = kindOf(file);
      const gzipBytes = gz(buf);
      r = {
        kind,
        rawBytes: buf.length,
        gzipBytes,
        transferBytes: BINARY.has(extname(file).toLowerCase()) ? buf.length : gzipBytes,
        nested:
          kind === 'css' || kind === 'js' ? nestedReferences(path, buf.toString('utf8'), kind) : [],
      };
    }
    resourceCache.set(file, r);
  }
  return r;
}

/** Weighs one page of `dist` by URL path. Throws when the page does not exist. */
export function weighPage(
  dist: string,
  urlPath: string,
  type: string,
): PageWeight & {
  resources: { path: string; kind: Kind; rawBytes: number; gzipBytes: number }[];
  missing: string[];
} {
  const htmlFile = fileForPath(dist, urlPath);
  const html = readFileSync(htmlFile);
  const weight = {
    path: urlPath,
    type,
    html: { rawBytes: html.length, gzipBytes: gz(html) },
    css: zero(),
    js: zero(),
    onDemandJs: zero(),
    images: zero(),
    other: zero(),
    transferBytes: gz(html),
  };
  const resources: { path: string; kind: Kind; rawBytes: number; gzipBytes: number }[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const queue = htmlReferences(html.toString('utf8')).map((r) => ({
    path: new URL(r, `http://x${urlPath}`).pathname,
    onDemand: false,
  }));
  while (queue.length > 0) {
    const { path, onDemand } = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const r = resource(fileForPath(dist, path), path);
    if (!r) {
      missing.push(path);
      continue;
    }
    weight[r.kind].rawBytes += r.rawBytes;
    weight[r.kind].gzipBytes += r.gzipBytes;
    if (onDemand && r.kind === 'js') {
      weight.onDemandJs.rawBytes += r.rawBytes;
      weight.onDemandJs.gzipBytes += r.gzipBytes;
    }
    weight.transferBytes += r.transferBytes;
    resources.push({ path, kind: r.kind, rawBytes: r.rawBytes, gzipBytes: r.gzipBytes });
    queue.push(...r.nested.map((ref) => ({ ...ref, onDemand: onDemand || ref.onDemand })));
  }
  return { ...weight, resources, missing };
}

/** An HTML file of the site; the staff CMS (public/admin/) is not one (it has its own gates). */
const isSitePage = (f: string) => f.endsWith('.html') && !/^admin[\\/]/.test(f);

/** Every HTML page in `dist` as a URL path ("/parks/x/"), sorted. */
export function allPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter(isSitePage)
    .map(
      (f) =>
        '/' +
        f
          .split('\\')
          .join('/')
          .replace(/index\.html$/, ''),
    )
    .sort();
}

/**
 * The page types the benchmark reports: home, directory, one profile and one
 * process page (the heaviest HTML of each kind: budgets are about the worst case),
 * the inquiry page, and the search, compare and estimate pages. Types whose page does not
 * exist are left out.
 */
export function representativePages(dist: string): { type: string; path: string }[] {
  const pages = allPages(dist);
  const heaviest = (prefix: string) =>
    pages
      .filter(
        (p) =>
          p.startsWith(prefix) &&
          p !== prefix &&
          p.split('/').length === prefix.split('/').length + 1,
      )
      .map((p) => ({ p, size: statSync(fileForPath(dist, p)).size }))
      .sort((a, b) => b.size - a.size)[0]?.p;
  // Each page type in Chinese (unprefixed) and in English (/en/), heaviest page per type.
  const candidates: [string, string | undefined][] = ['', '/en'].flatMap((prefix) => {
    const tag = prefix ? ' (en)' : '';
    return [
      [`home${tag}`, `${prefix}/`],
      [`directory${tag}`, `${prefix}/parks/`],
      [`profile${tag}`, heaviest(`${prefix}/parks/`)],
      [`process${tag}`, heaviest(`${prefix}/processes/`)],
      [`inquiry${tag}`, `${prefix}/inquire/`],
      [`search${tag}`, `${prefix}/search/`],
      [`compare${tag}`, `${prefix}/compare/`],
      [`estimate${tag}`, `${prefix}/estimate/`],
    ] satisfies [string, string | undefined][];
  });
  return candidates
    .filter((c): c is [string, string] => c[1] !== undefined && pages.includes(c[1]))
    .map(([type, path]) => ({ type, path }));
}
