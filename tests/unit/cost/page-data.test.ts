import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Loader = typeof import('../../../src/scripts/cost/page-data');

/** A fake server for /data/costs/<slug>.json: the given parks, 404 for the rest. */
function serve(parks: string[], failing: string[] = []) {
  const calls: string[] = [];
  const fetchStub = vi.fn((url: string) => {
    calls.push(url);
    const slug = /^\/data\/costs\/([^/]+)\.json$/.exec(url)?.[1];
    const status = slug && failing.includes(slug) ? 503 : slug && parks.includes(slug) ? 200 : 404;
    return Promise.resolve(
      new Response(status === 200 ? JSON.stringify({ version: 4, slug }) : 'no', { status }),
    );
  });
  vi.stubGlobal('fetch', fetchStub);
  return calls;
}

describe('loadCosts: only the parks a page shows', () => {
  let loader: Loader;
  beforeEach(async () => {
    vi.resetModules();
    loader = await import('../../../src/scripts/cost/page-data');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('fetches each asked park’s own file, once, and never /data/costs.json', async () => {
    const calls = serve(['a', 'b', 'c']);
    const { parks, unknown } = await loader.loadCosts(['b', 'a', 'b']);
    expect(parks.map((p) => p.slug)).toEqual(['b', 'a']);
    expect(unknown).toEqual([]);
    await loader.loadCosts(['a', 'c']);
    expect(calls).toEqual(['/data/costs/b.json', '/data/costs/a.json', '/data/costs/c.json']);
  });

  it('asks for all parks at once, not one after another', async () => {
    let pending = 0;
    let most = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        pending += 1;
        most = Math.max(most, pending);
        await new Promise((resolve) => setTimeout(resolve, 5));
        pending -= 1;
        return new Response(JSON.stringify({ slug: url }), { status: 200 });
      }),
    );
    await loader.loadCosts(['a', 'b', 'c', 'd']);
    expect(most).toBe(4);
  });

  it('reports a slug without a file (404) as unknown, in the order asked', async () => {
    serve(['a']);
    expect(await loader.loadCosts(['typo', 'a', 'gone'])).toEqual({
      parks: [{ version: 4, slug: 'a' }],
      unknown: ['typo', 'gone'],
    });
  });

  it('fails on any other error, and tries that park again on the next call', async () => {
    const calls = serve(['a', 'b'], ['b']);
    await expect(loader.loadCosts(['a', 'b'])).rejects.toThrow('/data/costs/b.json: 503');
    serve(['a', 'b']);
    const again = await loader.loadCosts(['a', 'b']);
    expect(again.parks.map((p) => p.slug)).toEqual(['a', 'b']);
    expect(calls).toEqual(['/data/costs/a.json', '/data/costs/b.json']);
  });

  it('keeps a slug inside the path', () => {
    expect(loader.costsPath('a b/c')).toBe('/data/costs/a%20b%2Fc.json');
  });
});
