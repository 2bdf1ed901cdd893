/**
 * Inquiry load benchmark: scripts/serve.ts on a free loopback port with a
 * throwaway LEADS_DATA_DIR; autocannon sends valid, unique inquiries (a fresh
 * idempotencyKey each) at concurrency 50 for 20 s, then the same load hits the
 * no-op GET /api/health. Afterwards the requests still in flight when the clock
 * stopped are re-sent with their idempotency keys (as a real client retries),
 * and the stored leads, read back through the staff CLI (`leads export --format json`),
 * must be exactly the leads the 2xx answers named: none lost, none extra.
 *
 *   npx tsx scripts/bench/inquiry-load.ts [--dist dist] [--duration 20] [--connections 50]
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { usccCheckCharacter } from '../../src/domain/inquiry/uscc';
import { startServe } from './lib/server';
import { arg, childEnv, repoRoot, table } from './lib/results';
import type { BenchResult, GoalResult } from './lib/results';
import { finishResult, goalsAndFailures, runIfMain, startRun } from './lib/run';

const run = promisify(execFile);

/** A valid USCC for sequence number `i` (region 430200, Zhuzhou; check character computed). */
function usccFor(i: number): string {
  const org = String(i).padStart(9, '0').slice(-9);
  const first17 = `91430200${org}`;
  return `${first17}${usccCheckCharacter(first17) ?? '0'}`;
}

/** One valid inquiry body; `run` and `i` make its idempotency key and contact unique. */
function inquiryBody(
  runId: string,
  i: number,
  parks: { slug: string; chain: string }[],
): { key: string; body: string } {
  const park = parks[i % parks.length]!;
  const key = `bench-${runId}-${i}`;
  const body = {
    parks: [park.slug],
    company: `Benchmark Precision Parts ${i} Co., Ltd.`,
    uscc: usccFor(i),
    country: 'CN',
    contactName: `Load Tester ${i}`,
    role: 'General Manager',
    email: `buyer${i}@bench.example.com`,
    phone: '+86 731 5555 0101',
    industry: park.chain,
    projectType: 'new-plant',
    products: 'Stamped and e-coated brackets for car seats',
    investmentCny: 150_000_000 + i,
    landMu: 60,
    powerKw: 2500,
    jobs: 120,
    timeline: '6-12m',
    needs: ['suppliers', 'labor'],
    message: `We plan a stamping and e-coating line and need suppliers within 30 km. Request ${i}.`,
    consent: true,
    idempotencyKey: key,
    startedAt: Date.now() - 120_000,
  };
  return { key, body: JSON.stringify(body) };
}

function parksFrom(dist: string): { slug: string; chain: string }[] {
  const file = join(dist, 'data', 'parks.json');
  if (!existsSync(file))
    throw new Error(
      `inquiry-load: ${file} is missing; the function needs the park facts from a full build`,
    );
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    parks: { slug: string; facts: { targetChains: string[] } }[];
  };
  const parks = data.parks.map((p) => ({
    slug: p.slug,
    chain: p.facts.targetChains[0] ?? 'auto-parts',
  }));
  if (parks.length === 0) throw new Error(`inquiry-load: ${file} lists no parks`);
  return parks;
}

interface LoadFigures {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

const figures = (r: Result): LoadFigures => ({
  reqPerSec: Math.round(r.requests.average * 10) / 10,
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  total: r.requests.total,
  ok2xx: r['2xx'],
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
  statusCodes: Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, Number(v.count)]),
  ),
});

/** Runs the load and the lead reconciliation; writes bench/results/inquiry-load.json. */
export async function benchInquiryLoad(
  opts: { dist?: string; durationS?: number; connections?: number } = {},
): Promise<BenchResult> {
  const started = startRun();
  const dist = resolve(repoRoot, opts.dist ?? process.env['DIST_DIR'] ?? 'dist');
  const durationS = opts.durationS ?? 20;
  const connections = opts.connections ?? 50;
  const parks = parksFrom(dist);
  const work = await mkdtemp(join(tmpdir(), 'bench-load-'));
  const dataDir = join(work, 'data');
  // All requests come from 127.0.0.1: lift the per-client limit so it measures the pipeline, not the limiter.
  const server = await startServe({
    distDir: dist,
    dataDir,
    env: { INQUIRY_RATE_LIMIT_MAX: '100000000', LEAD_WEBHOOK_URL: '' },
    readyPath: '/api/health',
  });
  const runId = Date.now().toString(36);
  let next = 0;
  const sent = new Map<string, string>();
  const answered = new Set<string>();
  const createdIds = new Set<string>();
  const failures: string[] = [];
  let inquiry: LoadFigures;
  let noop: LoadFigures;
  let replayed = 0;
  try {
    const result = await autocannon({
      url: server.origin,
      connections,
      duration: durationS,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: '/api/inquiry',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          setupRequest: (request, context) => {
            const { key, body } = inquiryBody(runId, next++, parks);
            sent.set(key, body);
            context['key'] = key;
            return { ...request, body };
          },
          onResponse: (status, body, context) => {
            const key = String(context['key']);
            answered.add(key);
            if (status >= 200 && status < 300)
              createdIds.add((JSON.parse(body) as { id: string }).id);
          },
        },
      ],
    });
    inquiry = figures(result);
    // Requests cut off by the end of the run may or may not have been stored: a client would retry them.
    for (const [key, body] of sent) {
      if (answered.has(key)) continue;
      const res = await fetch(`${server.origin}/api/inquiry`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      const text = await res.text();
      replayed++;
      if (res.ok) createdIds.add((JSON.parse(text) as { id: string }).id);
      else failures.push(`replay of an unanswered request got ${res.status}`);
    }
    noop = figures(
      await autocannon({
        url: `${server.origin}/api/health`,
        connections,
        duration: durationS,
        timeout: 30,
      }),
    );
  } finally {
    await server.stop();
  }
  const { stdout } = await run(
    process.execPath,
    [
      join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      join(repoRoot, 'scripts/leads.ts'),
      // Every stored lead: `list` shows the newest 50 unless told otherwise.
      'export',
      '--format',
      'json',
    ],
    {
      cwd: repoRoot,
      env: childEnv({ LEADS_DATA_DIR: dataDir, NETLIFY_SITE_ID: '', NETLIFY_AUTH_TOKEN: '' }),
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const stored = (JSON.parse(stdout) as { id: string }[]).map((l) => l.id);
  await rm(work, { recursive: true, force: true });
  const storedSet = new Set(stored);
  const lost = [...createdIds].filter((id) => !storedSet.has(id)).length;
  const extra = stored.filter((id) => !createdIds.has(id)).length;
  if (lost > 0) failures.push(`${lost} lead(s) answered 2xx are not in the store`);
  if (extra > 0) failures.push(`${extra} stored lead(s) were never answered 2xx`);
  if (stored.length !== storedSet.size) failures.push('the store lists a lead twice');
  if (inquiry.errors > 0 || inquiry.non2xx > 0)
    failures.push(
      `inquiry load: ${inquiry.errors} connection errors, ${inquiry.non2xx} non-2xx answers (${JSON.stringify(inquiry.statusCodes)})`,
    );
  const ratio = noop.reqPerSec > 0 ? inquiry.reqPerSec / noop.reqPerSec : 0;
  const goals: GoalResult[] = [
    { goal: 'inquiry p99 <= 50 ms', actual: `${inquiry.p99Ms} ms`, met: inquiry.p99Ms <= 50 },
    { goal: 'inquiry req/s / no-op req/s >= 0.5', actual: ratio.toFixed(3), met: ratio >= 0.5 },
    {
      goal: 'stored leads = 2xx answers (0 lost)',
      actual: `${stored.length} stored, ${createdIds.size} distinct 2xx ids, ${lost} lost, ${extra} extra`,
      met: lost === 0 && extra === 0,
    },
  ];
  const row = (name: string, f: LoadFigures) => [
    name,
    f.reqPerSec,
    `${f.p50Ms} ms`,
    `${f.p99Ms} ms`,
    f.total,
    f.ok2xx,
    f.non2xx,
    f.errors + f.timeouts,
  ];
  const text = [
    `concurrency ${connections}, ${durationS} s per route, loopback; ${replayed} request(s) in flight at the cut-off re-sent with their idempotency key`,
    table(
      ['route', 'req/s', 'p50', 'p99', 'requests', '2xx', 'non-2xx', 'errors'],
      [row('POST /api/inquiry', inquiry), row('GET /api/health', noop)],
    ),
    ...goalsAndFailures(goals, failures),
  ].join('\n');
  return finishResult(started, 'inquiry-load', {
    goals,
    failures,
    data: {
      connections,
      durationS,
      inquiry,
      noop,
      ratio,
      replayed,
      stored: stored.length,
      distinct2xxIds: createdIds.size,
      lost,
      extra,
    },
    table: text,
  });
}

await runIfMain(import.meta.url, () => {
  const duration = arg('duration');
  const connections = arg('connections');
  const dist = arg('dist');
  return benchInquiryLoad({
    ...(dist ? { dist } : {}),
    ...(duration ? { durationS: Number(duration) } : {}),
    ...(connections ? { connections: Number(connections) } : {}),
  });
});
