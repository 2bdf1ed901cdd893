/**
 * The pipeline and the scalable list: `leads status` appends to an append-only
 * history that parallel writers cannot lose entries from, `leads report --json`
 * gives the funnel the history implies, `list` filters through the index, skips
 * unreadable entries with a warning naming them, and indexes older stores.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BlobsLeadStore } from '../../netlify/lib/blobs-lead-store';
import { createInquiryHandler } from '../../netlify/lib/inquiry-handler';
import type { StoredLead } from '../../netlify/lib/lead';
import { indexKeys, META_INDEX_KEY } from '../../netlify/lib/lead-keys';
import { RateLimiter } from '../../netlify/lib/rate-limit';
import { getStore } from '@netlify/blobs';
import { useInquiryHarness } from '../support/blobs-fixture';
import { jsonRequest, testContext, validInquiry } from '../support/harness';
import { runLeads } from '../support/run-leads';
import type { FunnelRow } from '../../scripts/lib/leads-report';

vi.setConfig({ testTimeout: 120_000 });
const harness = useInquiryHarness();
const ids: string[] = [];
const leads = (args: string[]) => runLeads(harness.dir, args);

beforeAll(async () => {
  const handler = createInquiryHandler({
    rateLimiter: new RateLimiter({ max: 100, windowMs: 60_000, salt: 't' }),
  });
  const inquiries = [
    validInquiry(),
    validInquiry({ parks: ['xiangjiang-auto-parts-zone', 'qinling-medical-devices-park'] }),
    validInquiry({ parks: ['qinling-medical-devices-park'], company: 'Third Co' }),
  ];
  for (const inquiry of inquiries) {
    const res = await handler(jsonRequest(inquiry), testContext());
    ids.push(((await res.json()) as { id: string }).id);
    await new Promise((done) => setTimeout(done, 5));
  }
}, 120_000);

describe('leads status', () => {
  it('keeps every entry when many staff change one lead at once', async () => {
    const id = ids[0] as string;
    // Separate store instances (no shared in-process lock) and separate CLI processes,
    // each with its own local Blobs server on the same folder, all at once.
    const inProcess = Array.from({ length: 8 }, (_, n) =>
      new BlobsLeadStore().appendStatus(id, {
        status: 'contacted',
        at: new Date().toISOString(),
        by: `staff-${n}`,
      }),
    );
    const cli = ['visited', 'signed', 'visit-scheduled'].map((status, n) =>
      leads(['status', id, status, '--by', `cli-${n}`, '--json']),
    );
    const [stored, runs] = await Promise.all([Promise.all(inProcess), Promise.all(cli)]);
    expect(stored.every((entry) => entry !== null)).toBe(true);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const history = await harness.store().history(id);
    expect(history).toHaveLength(11);
    expect(new Set(history.map((entry) => entry.by)).size).toBe(11);
  });

  it('refuses unknown statuses and ids', async () => {
    expect((await leads(['status', ids[1] as string, 'married'])).code).toBe(2);
    const unknown = await leads(['status', 'ld_ffffffffffffffffffff', 'contacted']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No lead with id');
  });
});

describe('leads report', () => {
  it('counts the funnel the history implies, per park and for all', async () => {
    const second = ids[1] as string;
    expect((await leads(['status', second, 'contacted', '--note', 'called'])).code).toBe(0);
    expect((await leads(['status', second, 'lost', '--note', 'chose another city'])).code).toBe(0);
    const { code, stdout } = await leads(['report', '--json']);
    expect(code).toBe(0);
    const rows = (JSON.parse(stdout) as { rows: FunnelRow[] }).rows;
    const all = rows.find((row) => row.park === 'all');
    expect(all).toMatchObject({
      inquiries: 3,
      contacted: 2,
      contactedInTime: 2,
      visited: 1,
      signed: 1,
      landed: 0,
      lost: 1,
    });
    expect(all?.contactedInTimeShare).toBeCloseTo(2 / 3, 2);
    expect(rows.find((row) => row.park === 'qinling-medical-devices-park')).toMatchObject({
      inquiries: 2,
      contacted: 1,
      visited: 0,
      lost: 1,
    });
    const one = JSON.parse(
      (await leads(['report', '--park', 'xiangjiang-auto-parts-zone', '--json'])).stdout,
    ) as { rows: FunnelRow[] };
    expect(one.rows.map((row) => [row.park, row.inquiries])).toEqual([
      ['xiangjiang-auto-parts-zone', 2],
    ]);
  });
});

describe('leads list', () => {
  it('filters by park, status, tier and limit through the index', async () => {
    const json = async (args: string[]) =>
      (JSON.parse((await leads(['list', '--json', ...args])).stdout) as StoredLead[]).map(
        (l) => l.id,
      );
    expect(await json(['--park', 'qinling-medical-devices-park'])).toEqual([ids[2], ids[1]]);
    expect(await json(['--status', 'lost'])).toEqual([ids[1]]);
    expect(await json(['--status', 'new'])).toEqual([ids[2]]);
    expect(await json(['--limit', '1'])).toEqual([ids[2]]);
    expect(await json(['--since', '2999-01-01'])).toEqual([]);
    const tier = (await harness.store().get(ids[0] as string))?.qualification.tier ?? 'A';
    expect(await json(['--tier', tier])).toContain(ids[0]);
  });

  it('skips an unreadable entry with a warning naming it, and lists every lead once', async () => {
    const lead = (await harness.store().get(ids[0] as string)) as StoredLead;
    const [dayMarker] = indexKeys(lead);
    // The folder of that day's markers, wherever the local server files the store.
    const entries = join(harness.dir, 'blobs', 'entries');
    const folder = (dayMarker as string).split('/').slice(0, -1).join(sep);
    const found = (await readdir(entries, { recursive: true })).find((p) => p.endsWith(folder));
    const dayDir = join(entries, found as string);
    // A complete temporary file (a copy of a marker) and a broken lead behind a real marker.
    await writeFile(join(dayDir, '.k2j4h5'), '');
    const broken = { ...lead, id: 'ld_00000000000000000bad', receivedAt: lead.receivedAt };
    const store = getStore({ name: 'leads', consistency: 'strong' });
    for (const key of indexKeys(broken)) await store.set(key, '');
    await store.set(`lead/${broken.id}`, '{"id": "ld_00000000000000000bad", truncated');

    const list = await leads(['list', '--json', '--limit', '100']);
    expect(list.code).toBe(0);
    expect(list.stderr).toContain('.k2j4h5');
    expect(list.stderr).toContain(`lead/${broken.id}`);
    const listed = (JSON.parse(list.stdout) as StoredLead[]).map((l) => l.id);
    expect(listed.sort()).toEqual([...ids].sort());
    const exported = await leads(['export', '--format', 'csv']);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trimEnd().split('\r\n')).toHaveLength(1 + ids.length);
    await store.delete(`lead/${broken.id}`);
  });

  it('indexes leads stored before the index existed, once, on first use', async () => {
    const store = getStore({ name: 'leads', consistency: 'strong' });
    const old = { ...((await harness.store().get(ids[2] as string)) as StoredLead) };
    old.id = 'ld_0000000000000000001d';
    await store.setJSON(`lead/${old.id}`, old);
    await store.delete(META_INDEX_KEY);
    const list = await leads(['list', '--json']);
    expect(list.stderr).toContain('indexed 4 lead(s)');
    expect((JSON.parse(list.stdout) as StoredLead[]).map((l) => l.id)).toContain(old.id);
    expect((await leads(['list'])).stderr).not.toContain('indexed');
  });
});
