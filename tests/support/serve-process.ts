/** `scripts/serve.ts` as a process of its own, as `npm start` runs it, for integration tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export interface ServeProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
}

/** Starts serve.ts with `env` added to this process's environment; resolves once it serves. */
export async function startServeProcess(env: Record<string, string>): Promise<ServeProcess> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--no-build'], {
    env: { ...process.env, LOG_LEVEL: 'silent', PARK_FACTS_PATH: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!output.includes('Serving')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`serve.ts did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return { child, output: () => output };
}
