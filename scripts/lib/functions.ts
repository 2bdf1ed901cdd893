/**
 * Loads netlify/functions/*.ts and routes requests to them by their exported
 * `config.path` (URLPattern syntax, as on Netlify), bridging Node's
 * IncomingMessage/ServerResponse to the WHATWG Request/Response the v2
 * functions take. Scheduled functions (`config.schedule`) are run on a timer.
 */
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config, Context } from '@netlify/functions';

type FunctionHandler = (
  req: Request,
  context: Context,
) => Response | Promise<Response> | void | Promise<void>;

export interface MountedFunction {
  name: string;
  handler: FunctionHandler;
  /** Route patterns; empty for scheduled functions. */
  patterns: URLPattern[];
  paths: string[];
  schedule?: string;
}

/** Imports every function module in `directory` (only after the environment is set up). */
export async function loadFunctions(directory: string): Promise<MountedFunction[]> {
  let files: string[];
  try {
    files = (await readdir(directory)).filter(
      (file) => /\.(ts|mts|js|mjs)$/.test(file) && !file.endsWith('.d.ts'),
    );
  } catch {
    return [];
  }
  const mounted: MountedFunction[] = [];
  for (const file of files.sort()) {
    const module = (await import(pathToFileURL(resolve(directory, file)).href)) as {
      default?: unknown;
      config?: Config;
    };
    if (typeof module.default !== 'function') continue;
    const config = module.config ?? {};
    const rawPaths =
      config.path === undefined ? [] : Array.isArray(config.path) ? config.path : [config.path];
    const paths = rawPaths.map(String);
    mounted.push({
      name: basename(file).replace(/\.[^.]+$/, ''),
      handler: module.default as FunctionHandler,
      patterns: paths.map((pathname) => new URLPattern({ pathname })),
      paths,
      ...(config.schedule ? { schedule: config.schedule } : {}),
    });
  }
  return mounted;
}

/** The function whose path matches the URL, if any. */
export function routeFunction(
  functions: readonly MountedFunction[],
  url: URL,
): MountedFunction | undefined {
  return functions.find((fn) => fn.patterns.some((pattern) => pattern.test(url)));
}

/**
 * Minutes between runs for the schedules the local server imitates
 * (`*\/N * * * *`, `* * * * *`, `@hourly`); null for anything else, which runs on Netlify only.
 */
export function everyMinutes(schedule: string): number | null {
  const trimmed = schedule.trim();
  if (trimmed === '@hourly') return 60;
  if (trimmed === '* * * * *') return 1;
  const match = /^\*\/(\d{1,2}) \* \* \* \*$/.exec(trimmed);
  return match ? Number(match[1]) : null;
}

/** Background work the functions handed to `context.waitUntil`, awaited on shutdown. */
export const pendingWork = new Set<Promise<unknown>>();

/** The part of Netlify's Context a local run can honestly provide. */
export function localContext(ip: string, url: URL): Context {
  const context = {
    ip,
    requestId: randomUUID(),
    geo: {
      city: 'Local',
      country: { code: 'XX', name: 'Local' },
      subdivision: { code: 'XX', name: 'Local' },
      timezone: 'UTC',
      latitude: 0,
      longitude: 0,
    },
    site: { id: process.env['SITE_ID'] ?? 'local-site', name: 'local', url: url.origin },
    deploy: { context: 'dev', id: 'local', published: false },
    account: { id: 'local' },
    params: {},
    url,
    server: { region: 'local' },
    json: (input: unknown) => Response.json(input),
    log: (...data: unknown[]) => console.info(...data),
    waitUntil: (promise: Promise<unknown>) => {
      const tracked = promise.catch(() => undefined).finally(() => pendingWork.delete(tracked));
      pendingWork.add(tracked);
    },
  };
  return context as unknown as Context;
}

/**
 * The request body as a web stream. Cancelling it (the function stops reading
 * an oversized body) discards the rest instead of destroying the socket, so
 * the client still receives the function's 413.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  const onData = (chunk: Buffer, controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (!open) return;
    controller.enqueue(new Uint8Array(chunk));
    if ((controller.desiredSize ?? 1) <= 0) req.pause();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on('data', (chunk: Buffer) => onData(chunk, controller));
        req.once('end', () => {
          if (open) controller.close();
          open = false;
        });
        req.once('error', (error) => {
          if (open) controller.error(error);
          open = false;
        });
      },
      pull() {
        req.resume();
      },
      cancel() {
        // Keep draining (and dropping) the rest so the socket stays usable for the answer.
        open = false;
        req.resume();
      },
    },
    { highWaterMark: 4 },
  );
}

/** Converts a Node request to a WHATWG Request, streaming the body. */
function toWebRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    for (const value of values ?? []) headers.append(name, value);
  }
  const ip = req.socket.remoteAddress ?? '';
  headers.set('x-nf-client-connection-ip', ip);
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
  } as RequestInit);
}

/** Streams a WHATWG Response to a Node response. */
async function sendWebResponse(
  response: Response,
  res: ServerResponse,
  headOnly: boolean,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (!response.body || headOnly) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  // Answers are read whole and sent in one write: iterating the web stream chunk by chunk
  // cost more CPU than the rest of a small JSON answer. Only event streams stay streamed.
  if (!/^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '')) {
    const body = Buffer.from(await response.arrayBuffer());
    headers['content-length'] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(response.status, headers);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

/** Runs a function module's handler for a Node request. */
export async function invokeFunction(
  fn: MountedFunction,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  const request = toWebRequest(req, origin);
  const ip = req.socket.remoteAddress ?? '';
  const result = await fn.handler(request, localContext(ip, new URL(request.url)));
  const response = result instanceof Response ? result : new Response(null, { status: 204 });
  await sendWebResponse(response, res, request.method === 'HEAD');
}

/** Path of the functions folder from the repository root. */
export const FUNCTIONS_DIR = join('netlify', 'functions');
