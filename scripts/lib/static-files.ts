/**
 * Static file resolution for the local server: maps a URL path to a file in
 * dist/ the way Netlify does (directory index, trailing-slash redirect), never
 * outside dist/, with the content types the site uses.
 */
import { stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's bundle (dist/pagefind/): its index files and its WebAssembly are gzipped
  // bytes that pagefind.js fetches and inflates itself, so they go out as plain bytes.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Content type for a file name; unknown extensions are served as bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether a type is worth compressing (text, JSON, SVG). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|manifest\+json|javascript)|image\/svg\+xml)/.test(
    contentType,
  );
}

export type Resolution =
  | { kind: 'file'; file: string; size: number; mtimeMs: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

async function fileInfo(
  path: string,
): Promise<{ isFile: boolean; isDirectory: boolean; size: number; mtimeMs: number } | null> {
  try {
    const info = await stat(path);
    return {
      isFile: info.isFile(),
      isDirectory: info.isDirectory(),
      size: info.size,
      mtimeMs: info.mtimeMs,
    };
  } catch {
    return null;
  }
}

/**
 * The URL path of a folder inside `base`, rebuilt from the folder itself rather than
 * echoed from the request: `/.//evil.example/..%2fparks` resolves to dist/parks and
 * redirects to `/parks/`, never to the protocol-relative `//evil.example/…` that a
 * browser would take for another site. Every segment is re-encoded, so the result
 * always starts with one `/` followed by a plain segment.
 */
function canonicalPath(base: string, target: string): string {
  const segments = relative(base, target).split(sep).filter(Boolean);
  // The root itself yields '' so that the caller's trailing slash makes it `/`, not `//`.
  return segments.map((segment) => `/${encodeURIComponent(segment)}`).join('');
}

/**
 * Finds the file for a URL path. Percent-decoding happens here, and anything
 * that would leave `root` (`..`, encoded slashes, NUL) is treated as missing.
 */
export async function resolveStatic(
  root: string,
  pathname: string,
  search = '',
): Promise<Resolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'missing' };
  const base = resolve(root);
  const target = resolve(base, `.${decoded}`);
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'missing' };

  if (decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    const info = await fileInfo(index);
    return info?.isFile
      ? { kind: 'file', file: index, size: info.size, mtimeMs: info.mtimeMs }
      : { kind: 'missing' };
  }
  const info = await fileInfo(target);
  if (info?.isFile) return { kind: 'file', file: target, size: info.size, mtimeMs: info.mtimeMs };
  if (info?.isDirectory && (await fileInfo(join(target, 'index.html')))?.isFile) {
    return { kind: 'redirect', location: `${canonicalPath(base, target)}/${search}` };
  }
  return { kind: 'missing' };
}
