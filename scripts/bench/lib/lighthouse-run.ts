/**
 * One Lighthouse run: Debian's Chromium started with a fresh profile, the npm
 * `lighthouse` package (default mobile config, optionally another CPU slowdown)
 * against it, and what the report says about scores, metrics and the main thread.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import lighthouse from 'lighthouse';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** One Lighthouse run of one page. */
export interface RunResult {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits below full score that carry weight in a category: why a score is not 100. */
  lostPoints: {
    category: string;
    audit: string;
    title: string;
    score: number | null;
    displayValue?: string;
    items: string[];
  }[];
  metrics: {
    lcpMs: number | null;
    clsScore: number | null;
    tbtMs: number | null;
    fcpMs: number | null;
  };
  /** Lighthouse's CPU benchmark of this machine at run time; low values mean a slow or busy host. */
  benchmarkIndex: number | null;
  /** The CPU slowdown Lighthouse applied (from the report's own settings). */
  cpuSlowdown: number | null;
  /** Main-thread time by kind of work (parse HTML, style and layout, paint…), unthrottled ms. */
  mainThread: { group: string; ms: number }[];
  /** Long tasks (> 50 ms, as simulated under the slowdown) with what they belong to. */
  longTasks: { url: string; ms: number; startMs: number }[];
  /** Runs it took (Lighthouse trace failures are retried). */
  attempts: number;
}

/** Starts Chromium with a DevTools port chosen by the OS and returns that port. */
async function launchChromium(profileDir: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    CHROMIUM,
    [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolvePort, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not report a DevTools port:\n${buffer.slice(-2000)}`)),
      30_000,
    );
    child.stderr?.on('data', (b: Buffer) => {
      buffer += b.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(buffer);
      if (m) {
        clearTimeout(timer);
        resolvePort({ port: Number(m[1]), child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}:\n${buffer.slice(-2000)}`));
    });
  });
}

async function audit(url: string, port: number, cpuSlowdown?: number): Promise<RunResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    // Merged over the default mobile throttling: only the CPU multiplier changes.
    ...(cpuSlowdown === undefined ? {} : { throttling: { cpuSlowdownMultiplier: cpuSlowdown } }),
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError)
    throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      lhr.categories[c]?.score == null ? null : Math.round((lhr.categories[c]?.score ?? 0) * 100),
    ]),
  ) as RunResult['scores'];
  const items = (id: string) =>
    (lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const lostPoints = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, a: lhr.audits[ref.id] }))
      .filter(({ a }) => a && a.score !== null && a.score < 1)
      .map(({ ref, a }) => ({
        category: c,
        audit: ref.id,
        title: a!.title,
        score: a!.score,
        ...(a!.displayValue ? { displayValue: a!.displayValue } : {}),
        // The first few offending items say what to fix (which request, which issue).
        items: items(ref.id)
          .slice(0, 3)
          .map((i) => JSON.stringify(i).slice(0, 300)),
      })),
  );
  const num = (id: string) =>
    typeof lhr.audits[id]?.numericValue === 'number'
      ? Math.round(lhr.audits[id].numericValue * 1000) / 1000
      : null;
  const ms = (v: unknown) => (typeof v === 'number' ? Math.round(v) : 0);
  return {
    scores,
    lostPoints,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    cpuSlowdown: lhr.configSettings.throttling?.cpuSlowdownMultiplier ?? null,
    metrics: {
      lcpMs: num('largest-contentful-paint'),
      clsScore: num('cumulative-layout-shift'),
      tbtMs: num('total-blocking-time'),
      fcpMs: num('first-contentful-paint'),
    },
    mainThread: items('mainthread-work-breakdown').map((i) => ({
      group: String(i['groupLabel'] ?? i['group']),
      ms: ms(i['duration']),
    })),
    longTasks: items('long-tasks').map((i) => ({
      url: String(i['url'] ?? ''),
      ms: ms(i['duration']),
      startMs: ms(i['startTime']),
    })),
    attempts: 1,
  };
}

const ATTEMPTS = 3;

/**
 * Audits `url` in a fresh Chromium (new profile: no cache carries over). Lighthouse
 * itself asks to "run again" after trace failures such as NO_NAVSTART, which a busy
 * machine provokes, so a failed attempt is retried before the run is given up.
 */
export async function auditWithRetries(
  url: string,
  profileBase: string,
  cpuSlowdown?: number,
): Promise<RunResult | { error: string }> {
  let lastError = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const chrome = await launchChromium(`${profileBase}-${attempt}`);
    try {
      return { ...(await audit(url, chrome.port, cpuSlowdown)), attempts: attempt };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      console.error(`  attempt ${attempt} failed: ${lastError}`);
    } finally {
      chrome.child.kill('SIGTERM');
      await new Promise((r) =>
        chrome.child.exitCode !== null ? r(null) : chrome.child.once('exit', r),
      );
    }
  }
  return { error: lastError };
}
