/**
 * The function reads only the facts of the parks an inquiry names, one file per park
 * (issue 13), and tells "no such park" (left out, so validation reports it) from a
 * deployment fault (no facts folder, a malformed file: thrown, so the caller answers 503).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clearParkFactsCache,
  loadParkFactsFor,
  parkFactsPath,
  parkFactsSource,
} from '../../../netlify/lib/park-facts';
import { FIXTURE_PARKS } from '../../support/harness';

let dir: string;
const [first, second] = FIXTURE_PARKS;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'park-facts-'));
  await mkdir(join(dir, 'facts'));
  for (const park of FIXTURE_PARKS)
    await writeFile(join(dir, 'facts', `${park.slug}.json`), JSON.stringify(park));
  await writeFile(join(dir, 'facts', 'broken-park.json'), JSON.stringify({ slug: 'broken-park' }));
  await writeFile(
    join(dir, 'parks.json'),
    JSON.stringify({ parks: FIXTURE_PARKS.map((facts) => ({ slug: facts.slug, facts })) }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(() => clearParkFactsCache());

describe('park facts per park', () => {
  it('reads the parks named, each once, in the order asked; unknown slugs are left out', async () => {
    const source = { dir: join(dir, 'facts') };
    const parks = await loadParkFactsFor(
      [second!.slug, 'no-such-park', first!.slug, second!.slug, 42, '../parks'],
      source,
    );
    expect(parks.map((p) => p.slug)).toEqual([second!.slug, first!.slug]);
    expect(parks[0]).toEqual(second);
  });

  it('reads nothing for an inquiry naming no park', async () => {
    expect(await loadParkFactsFor([], { dir: join(dir, 'nowhere') })).toEqual([]);
  });

  it('throws when the facts folder is missing or a file breaks the contract', async () => {
    await expect(loadParkFactsFor([first!.slug], { dir: join(dir, 'nowhere') })).rejects.toThrow(
      /folder .*nowhere is missing/,
    );
    await expect(loadParkFactsFor(['broken-park'], { dir: join(dir, 'facts') })).rejects.toThrow(
      /broken-park\.json do not match the ParkFacts contract/,
    );
  });

  it('gives the same facts from one file of all parks (fixtures, PARK_FACTS_PATH)', async () => {
    const file = join(dir, 'parks.json');
    expect(parkFactsSource({ PARK_FACTS_PATH: file })).toEqual({ file });
    expect(await loadParkFactsFor([first!.slug, 'no-such-park'], { file })).toEqual([first]);
  });

  it('defaults to dist/data/facts, or $PARK_FACTS_DIR', () => {
    expect(parkFactsSource({})).toEqual({ dir: join(process.cwd(), 'dist', 'data', 'facts') });
    // A site served from elsewhere (npm start's DIST_DIR, the large test site) is read there.
    expect(parkFactsSource({ DIST_DIR: '/srv/site' })).toEqual({ dir: '/srv/site/data/facts' });
    expect(parkFactsPath({ DIST_DIR: '/srv/site' })).toBe('/srv/site/data/parks.json');
    expect(parkFactsPath({ DIST_DIR: '/srv/site', PARK_FACTS_PATH: '/f.json' })).toBe('/f.json');
    expect(parkFactsSource({ PARK_FACTS_DIR: '/x' })).toEqual({ dir: '/x' });
  });

  it('reads at most 16 distinct parks however many are named', async () => {
    const many = Array.from({ length: 20 }, (_, i) => `many-${i}`);
    for (const slug of many)
      await writeFile(join(dir, 'facts', `${slug}.json`), JSON.stringify({ ...first, slug }));
    const parks = await loadParkFactsFor(many, { dir: join(dir, 'facts') });
    expect(parks.map((p) => p.slug)).toEqual(many.slice(0, 16));
  });
});
