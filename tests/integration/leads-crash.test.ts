/**
 * The kill -9 test: a burst of submissions to a real `scripts/serve.ts`, the
 * process killed without warning in the middle, then restarted. Every lead that
 * was acknowledged (2xx) is listed exactly once, the restart removes what the
 * crash left behind (and says so), no warning remains, and list and export exit 0.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { StoredLead } from '../../netlify/lib/lead';
import { FIXTURE_PARKS, validInquiry } from '../support/harness';
import { runLeads } from '../support/run-leads';
import { freePort, startServeProcess, type ServeProcess } from '../support/serve-process';

vi.setConfig({ testTimeout: 240_000 });
let dir = '';
const running = new Set<ChildProcess>();

async function serve(port: number): Promise<ServeProcess> {
  const started = await startServeProcess({
    PORT: String(port),
    DIST_DIR: join(dir, 'dist'),
    LEADS_DATA_DIR: join(dir, 'data'),
    INQUIRY_RATE_LIMIT_MAX: '100000',
    LEAD_WEBHOOK_URL: '',
  });
  running.add(started.child);
  started.child.once('exit', () => running.delete(started.child));
  return started;
}

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('kill -9 in the middle of a burst', () => {
  it('keeps every acknowledged lead, listed once, with nothing left to warn about', async () => {
    dir = await mkdtemp(join(tmpdir(), 'crash-test-'));
    await mkdir(join(dir, 'dist', 'data'), { recursive: true });
    await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><html lang="en"></html>');
    await writeFile(
      join(dir, 'dist', 'data', 'parks.json'),
      JSON.stringify({ parks: FIXTURE_PARKS.map((facts) => ({ slug: facts.slug, facts })) }),
    );
    const port = await freePort();
    const first = await serve(port);

    const acknowledged: string[] = [];
    let sent = 0;
    const submit = async (): Promise<void> => {
      while (sent < 400) {
        sent += 1;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/inquiry`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify(validInquiry()),
          });
          if (res.ok) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the server is gone: unacknowledged, so it may or may not be stored
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 12 }, submit));
    while (acknowledged.length < 40) await new Promise((done) => setTimeout(done, 10));
    first.child.kill('SIGKILL');
    await burst;
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    // What a crash between writing and renaming leaves: a temporary file beside the
    // entries (the local Blobs server's `.<random>` name), here a complete copy of a lead.
    const entries = join(dir, 'data', 'blobs', 'entries');
    const leadDir = (await readdir(entries, { recursive: true })).find((p) => p.endsWith('lead'));
    await writeFile(join(entries, leadDir as string, '.crash7x'), JSON.stringify({ id: 'x' }));

    const second = await serve(port);
    expect(second.output()).toMatch(/removed [1-9]\d* temporary file/);
    second.child.kill('SIGTERM');
    await new Promise((done) => second.child.once('exit', done));

    const list = await runLeads(join(dir, 'data'), ['list', '--json', '--limit', '100000']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).not.toMatch(/warning/i);
    const listed = (JSON.parse(list.stdout) as StoredLead[]).map((lead) => lead.id);
    expect(new Set(listed).size).toBe(listed.length);
    for (const id of acknowledged) expect(listed).toContain(id);

    const exported = await runLeads(join(dir, 'data'), ['export', '--format', 'json']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).not.toMatch(/warning/i);
    expect((JSON.parse(exported.stdout) as unknown[]).length).toBe(listed.length);
  });
});
