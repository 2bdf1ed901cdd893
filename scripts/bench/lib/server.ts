/**
 * Starts the project's own server (scripts/serve.ts: dist/ + functions + local
 * Blobs) on a free loopback port for a benchmark, and stops it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { childEnv, repoRoot } from './results';

export interface RunningServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Runs scripts/serve.ts with DIST_DIR and LEADS_DATA_DIR on a free port and waits
 * until `readyPath` answers. Server output is discarded (its logs carry no
 * inquiry contents, but a benchmark has no use for them) except the last lines
 * of stderr, which explain a failed start.
 */
export async function startServe(opts: {
  distDir: string;
  dataDir: string;
  env?: Record<string, string>;
  readyPath?: string;
}): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, join(repoRoot, 'scripts', 'serve.ts')], {
    cwd: repoRoot,
    env: childEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: opts.distDir,
      LEADS_DATA_DIR: opts.dataDir,
      NODE_ENV: 'production',
      ...opts.env,
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`serve.ts exited with ${child.exitCode} before it was ready:\n${stderr}`);
    try {
      const res = await fetch(`${origin}${opts.readyPath ?? '/'}`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`serve.ts did not answer ${opts.readyPath ?? '/'} within 60 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, pid: child.pid ?? 0, stop: () => stopChild(child) };
}
