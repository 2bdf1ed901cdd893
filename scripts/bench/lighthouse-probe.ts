/**
 * Lighthouse probe: audits pages of any folder served by a bare static server, with only
 * the response headers asked for, to separate what the pages cost from what the headers
 * or the machine cost. This is how the COOP finding in docs/PERFORMANCE.md was measured
 * (a one-paragraph page as the machine's floor; the same built page with and without
 * `Cross-Origin-Opener-Policy`).
 *
 *   npx tsx scripts/bench/lighthouse-probe.ts <folder> <path> [<path>…] [--runs 3]
 *        [--headers csp,pp,xfo,coop] [--cpu 4] [--brotli]
 *
 * Prints one JSON line per run: performance score, TBT, FCP, Lighthouse's CPU benchmark
 * index, main-thread time by kind (unthrottled ms) and long tasks (simulated ms).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { brotliCompressSync } from 'node:zlib';
import { join, normalize } from 'node:path';
import { PAGEFIND_CSP, SECURITY_HEADERS } from '../../netlify/lib/security-headers';
import { contentTypeFor, isCompressible } from '../lib/static-files';
import { auditWithRetries } from './lib/lighthouse-run';
import { arg } from './lib/results';

/** Options that take a value; `--brotli` does not, so the word after it is a path. */
const WITH_VALUE = new Set(['--runs', '--headers', '--cpu']);
const [root, ...rest] = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !WITH_VALUE.has(all[i - 1] ?? ''));
if (!root || rest.length === 0) {
  console.error(
    'usage: lighthouse-probe.ts <folder> <path> [<path>…] [--runs 3] [--headers csp,pp,xfo,coop] [--cpu 4]',
  );
  process.exit(2);
}
const runs = Number(arg('runs') ?? 3);
const cpu = arg('cpu') ? Number(arg('cpu')) : undefined;
const brotli = process.argv.includes('--brotli');
const wanted = new Set((arg('headers') ?? '').split(',').filter(Boolean));
const HEADERS: Record<string, [string, string]> = {
  csp: ['Content-Security-Policy', SECURITY_HEADERS['Content-Security-Policy'] ?? ''],
  'csp-wasm': ['Content-Security-Policy', PAGEFIND_CSP],
  pp: ['Permissions-Policy', SECURITY_HEADERS['Permissions-Policy'] ?? ''],
  xfo: ['X-Frame-Options', 'DENY'],
  coop: ['Cross-Origin-Opener-Policy', 'same-origin'],
};
const extra = Object.fromEntries([...wanted].map((w) => HEADERS[w]).filter((h) => h !== undefined));
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (path.endsWith('/')) path += 'index.html';
  readFile(join(root, path)).then(
    (body) => {
      const type = contentTypeFor(path);
      // As scripts/serve.ts and Netlify do: text compressed when the browser accepts brotli.
      const compress =
        brotli && isCompressible(type) && /\bbr\b/.test(String(req.headers['accept-encoding']));
      res.writeHead(200, {
        'content-type': type,
        ...extra,
        ...(compress ? { 'content-encoding': 'br', vary: 'Accept-Encoding' } : {}),
      });
      res.end(compress ? brotliCompressSync(body) : body);
    },
    () => {
      res.writeHead(404);
      res.end('not found');
    },
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
for (const path of rest)
  for (let i = 0; i < runs; i++) {
    const r = await auditWithRetries(
      `http://127.0.0.1:${port}${path}`,
      `/tmp/lh-probe-${process.pid}-${i}`,
      cpu,
    );
    if ('error' in r) console.info(JSON.stringify({ path, error: r.error }));
    else
      console.info(
        JSON.stringify({
          path,
          headers: [...wanted],
          performance: r.scores.performance,
          tbtMs: r.metrics.tbtMs,
          fcpMs: r.metrics.fcpMs,
          benchmarkIndex: r.benchmarkIndex,
          mainThread: r.mainThread,
          longTasks: r.longTasks,
        }),
      );
  }
server.close();
