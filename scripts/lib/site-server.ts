/**
 * The local server's request handling, in Netlify's order: functions by their
 * `config.path`, then `[[redirects]]` (shadowed by existing files unless
 * forced), then static files from dist/ with netlify.toml `[[headers]]`, and
 * dist/404.html with status 404 for anything else.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { invokeFunction, routeFunction, type MountedFunction } from './functions';
import { findRedirect, headersFor, type NetlifyConfig } from './netlify-config';
import { contentTypeFor, isCompressible, resolveStatic } from './static-files';

export interface SiteOptions {
  distDir: string;
  config: NetlifyConfig;
  functions: readonly MountedFunction[];
  /** Origin used when a request has no Host header. */
  fallbackOrigin: string;
}

type Encoding = 'br' | 'gzip' | 'identity';
const compressed = new Map<string, Buffer>();

function pickEncoding(req: IncomingMessage): Encoding {
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  return /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
}

async function fileBody(file: string, mtimeMs: number, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'identity') return readFile(file);
  // Files in dist/ do not change while serving; the mtime in the key covers rebuilds.
  const key = `${encoding}:${mtimeMs}:${file}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw);
    compressed.set(key, body);
  }
  return body;
}

interface FileAnswer {
  status: number;
  file: string;
  size: number;
  mtimeMs: number;
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  answer: FileAnswer,
  pathHeaders: Record<string, string>,
): Promise<void> {
  const type = contentTypeFor(answer.file);
  const etag = `W/"${answer.size.toString(16)}-${Math.floor(answer.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ETag: etag,
    ...pathHeaders,
  };
  if (answer.status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const encoding = isCompressible(type) && answer.size > 1024 ? pickEncoding(req) : 'identity';
  const body = await fileBody(answer.file, answer.mtimeMs, encoding);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  if (isCompressible(type)) headers['Vary'] = 'Accept-Encoding';
  headers['Content-Length'] = String(body.length);
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function sendNotFound(
  req: IncomingMessage,
  res: ServerResponse,
  distDir: string,
  pathHeaders: Record<string, string>,
): Promise<void> {
  const page = await resolveStatic(distDir, '/404.html');
  if (page.kind === 'file') return sendFile(req, res, { ...page, status: 404 }, pathHeaders);
  res
    .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...pathHeaders })
    .end('Not found\n');
}

/** Creates the request listener for the local server. */
export function createSiteHandler(options: SiteOptions) {
  const { distDir, config, functions, fallbackOrigin } = options;

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.host ? `http://${req.headers.host}` : fallbackOrigin;
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }

    // Functions answer with their own headers: netlify.toml headers do not reach them on Netlify either.
    const fn = routeFunction(functions, url);
    if (fn) return invokeFunction(fn, req, res, url.origin);

    const pathHeaders = headersFor(config.headers, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, {
          Allow: 'GET, HEAD',
          'Content-Type': 'text/plain; charset=utf-8',
          ...pathHeaders,
        })
        .end('Method not allowed\n');
      return;
    }

    let resolved = await resolveStatic(distDir, url.pathname, url.search);
    const redirect = findRedirect(config.redirects, url.pathname);
    if (redirect && (redirect.force || resolved.kind === 'missing')) {
      const external = /^https?:\/\//.test(redirect.target);
      if (external || (redirect.status >= 301 && redirect.status <= 308)) {
        const target =
          redirect.target.includes('?') || !url.search
            ? redirect.target
            : `${redirect.target}${url.search}`;
        res.writeHead(redirect.status, { Location: target, ...pathHeaders }).end();
        return;
      }
      // 200 rewrites and 404s serve the target's file under the requested URL.
      const targetUrl = new URL(redirect.target, url.origin);
      resolved = await resolveStatic(distDir, targetUrl.pathname, targetUrl.search);
      if (resolved.kind === 'file')
        return sendFile(req, res, { ...resolved, status: redirect.status }, pathHeaders);
    }

    if (resolved.kind === 'redirect') {
      res.writeHead(301, { Location: resolved.location, ...pathHeaders }).end();
      return;
    }
    if (resolved.kind === 'file')
      return sendFile(req, res, { ...resolved, status: 200 }, pathHeaders);
    return sendNotFound(req, res, distDir, pathHeaders);
  };
}

/** netlify.toml next to the repository root. */
export const NETLIFY_TOML = join(process.cwd(), 'netlify.toml');
