/**
 * `npm test` after its install step: every check, in the order their inputs need, with the
 * two independent halves of the middle run side by side on this machine's two cores, and
 * a table of how long each step took at the end. Exits 1 when any step fails (the other
 * half still finishes, so its failures are reported too); the browser tests run only when
 * everything before them passed.
 *
 *   1. types (`npm run check`) — alone: it reads the `.astro/` types every build rewrites
 *   2. side by side:
 *        A: lint → unit → `npm run build` → integration (all but the large-site gate)
 *        B: `npm run build:large` (1,000 parks, both languages) → the large-site gate
 *   3. browser tests (`test:e2e`), then the large site's (`test:e2e:large`)
 *
 *   npx tsx scripts/run-tests.ts
 */
import { spawn } from 'node:child_process';

const LARGE_GATE = 'tests/integration/gates-budgets-large.test.ts';

interface Step {
  name: string;
  command: string[];
}
const npm = (script: string, args: string[] = [], name = script): Step => ({
  name,
  command: ['npm', 'run', '--silent', script, ...(args.length ? ['--', ...args] : [])],
});

const timings: { name: string; seconds: number; ok: boolean }[] = [];

/** Runs one step; with a prefix, each output line is labelled (two steps print at once). */
function run(step: Step, prefix?: string): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const [command, ...args] = step.command;
    const child = spawn(command!, args, { stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (prefix) {
      for (const [stream, out] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ] as const) {
        let rest = '';
        stream?.on('data', (chunk: Buffer) => {
          const lines = (rest + chunk.toString()).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) out.write(`${prefix} ${line}\n`);
        });
        stream?.on('end', () => rest && out.write(`${prefix} ${rest}\n`));
      }
    }
    child.on('close', (code) => {
      const ok = code === 0;
      timings.push({ name: step.name, seconds: (performance.now() - started) / 1000, ok });
      if (!ok) console.error(`\n✖ ${step.name} failed (exit ${code})\n`);
      resolve(ok);
    });
  });
}

/** Runs steps one after another and stops at the first failure. */
async function chain(steps: Step[], prefix?: string): Promise<boolean> {
  for (const step of steps) if (!(await run(step, prefix))) return false;
  return true;
}

function report(ok: boolean, started: number): void {
  const width = Math.max(...timings.map((t) => t.name.length));
  console.info('\nnpm test: time per step (A and B ran side by side)');
  for (const t of timings)
    console.info(
      `  ${t.ok ? '✓' : '✖'} ${t.name.padEnd(width)}  ${t.seconds.toFixed(0).padStart(4)} s`,
    );
  console.info(
    `  total ${((performance.now() - started) / 1000).toFixed(0)} s — ${ok ? 'passed' : 'FAILED'}`,
  );
}

const started = performance.now();
let ok = await chain([npm('check')]);
if (ok) {
  const [a, b] = await Promise.all([
    chain(
      [
        npm('lint'),
        npm('test:unit'),
        npm('build'),
        npm(
          'test:integration',
          ['--exclude', LARGE_GATE],
          'test:integration (all but the large gate)',
        ),
      ],
      '[A]',
    ),
    chain(
      [npm('build:large'), npm('test:integration', [LARGE_GATE], 'large-site budgets gate')],
      '[B]',
    ),
  ]);
  ok = a && b;
}
if (ok) ok = await chain([npm('test:e2e'), npm('test:e2e:large')]);
report(ok, started);
process.exitCode = ok ? 0 : 1;
