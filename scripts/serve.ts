/**
 * `npm start`'s server (after `astro build`): serves dist/ with netlify.toml's
 * headers and redirects and mounts every Netlify function by its exported
 * `config.path`, with leads kept by a local Netlify Blobs server on disk.
 *
 *   PORT (4321)  HOST (127.0.0.1)  DIST_DIR (dist)  LEADS_DATA_DIR (.data)
 *   --no-build is accepted for symmetry with `npm start`; this script never builds.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import {
  FUNCTIONS_DIR,
  everyMinutes,
  loadFunctions,
  localContext,
  pendingWork,
} from './lib/functions';
import { BlobsLeadStore } from '../netlify/lib/blobs-lead-store';
import { useBlobsContext } from './lib/local-blobs';
import { removeLeftoverTempFiles } from './lib/local-blobs-cleanup';
import { startLocalBlobsThread } from './lib/local-blobs-thread';
import { loadNetlifyConfig } from './lib/netlify-config';
import { createSiteHandler, NETLIFY_TOML } from './lib/site-server';

const port = Number(process.env['PORT'] || 4321);
const host = process.env['HOST'] || '127.0.0.1';
const distDir = resolve(process.env['DIST_DIR'] || 'dist');
const dataDir = resolve(process.env['LEADS_DATA_DIR'] || '.data');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--no-build');
if (unknown.length > 0) console.warn(`serve: ignoring unknown arguments ${unknown.join(' ')}`);

// A crash in the middle of a write leaves the local store's temporary file behind; remove
// it before this process's Blobs server starts writing.
const leftovers = await removeLeftoverTempFiles(join(dataDir, 'blobs'));
if (leftovers > 0)
  console.info(
    `serve: removed ${leftovers} temporary file(s) left in ${join(dataDir, 'blobs')} by an interrupted write`,
  );
// On its own thread the Blobs service uses a second core instead of the handler's event loop.
const blobs = await startLocalBlobsThread(dataDir);
// The functions read these when they run, exactly as on Netlify.
useBlobsContext(blobs.context);
// Leads stored before the index keys get them once (cheap when already done).
try {
  const migration = await new BlobsLeadStore({ timeoutMs: 60_000 }).migrate();
  if (migration.ran && migration.leads > 0)
    console.info(`serve: indexed ${migration.leads} lead(s) stored before the lead index`);
} catch (error) {
  // Serving inquiries matters more; `npm run leads -- migrate` can finish the index later.
  console.warn(
    `serve: could not index older leads: ${error instanceof Error ? error.message : error}`,
  );
}
process.env['DIST_DIR'] = distDir;
// The inquiry function reads one facts file per park named (dist/data/facts/), as on Netlify;
// a dist without that folder (built before it existed, or a test fixture) gives parks.json.
if (!process.env['PARK_FACTS_PATH'] && !process.env['PARK_FACTS_DIR']) {
  if (existsSync(join(distDir, 'data', 'facts')))
    process.env['PARK_FACTS_DIR'] = join(distDir, 'data', 'facts');
  else process.env['PARK_FACTS_PATH'] = join(distDir, 'data', 'parks.json');
}

const functions = await loadFunctions(resolve(FUNCTIONS_DIR));
const config = await loadNetlifyConfig(NETLIFY_TOML);
const origin = `http://${host}:${port}`;
const handle = createSiteHandler({ distDir, config, functions, fallbackOrigin: origin });

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(
      `serve: ${req.method} ${req.url?.split('?')[0]} failed:`,
      error instanceof Error ? error.message : error,
    );
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Internal error\n');
  });
});

// Scheduled functions (the outbox drain) run on a timer, as Netlify would run them.
const timers = functions.flatMap((fn) => {
  const minutes = fn.schedule ? everyMinutes(fn.schedule) : null;
  if (minutes === null) return [];
  const run = () => {
    const result = fn.handler(
      new Request(`${origin}/.netlify/functions/${fn.name}`, { method: 'POST' }),
      localContext('127.0.0.1', new URL(origin)),
    );
    Promise.resolve(result).catch((error: unknown) =>
      console.error(`serve: scheduled ${fn.name} failed:`, error),
    );
  };
  return [setInterval(run, minutes * 60_000).unref()];
});

server.listen(port, host, () => {
  const routes = functions.flatMap((fn) => fn.paths).join(', ') || 'none';
  console.info(`Serving ${distDir} on ${origin}/`);
  console.info(`Functions: ${routes}; leads stored in ${blobs.directory}`);
});

server.on('error', async (error: NodeJS.ErrnoException) => {
  console.error(
    `serve: ${error.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT)` : error.message}`,
  );
  await blobs.stop();
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.info(`serve: ${signal}, shutting down`);
  for (const timer of timers) clearInterval(timer);
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeIdleConnections();
  // Requests in flight and background deliveries get a few seconds to finish.
  const grace = new Promise<void>((done) => setTimeout(done, 5000).unref());
  await Promise.race([Promise.all([closed, Promise.allSettled([...pendingWork])]), grace]);
  server.closeAllConnections();
  await blobs.stop();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
