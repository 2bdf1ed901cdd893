import { describe, expect, it } from 'vitest';
import { routeShape, routeTimings } from '../../../scripts/bench/lib/astro-log';

const log = `
17:03:07   ├─ /404.html (+25ms)
17:03:07   ├─ /data/parks.json (+2.24s)
17:03:10   ├─ /parks/a-b/index.html (+30ms)
17:03:10   ├─ /parks/c/index.html (+50ms)
17:03:41   ├─ /parks/index.html (+264ms)
17:03:42   └─ /processes/extrusion/index.html (+1m 2s)
17:03:42 [build] 1027 page(s) built in 1m 4s
`;

describe('Astro build log timings', () => {
  it('groups pages by route shape, slowest total first', () => {
    expect(routeTimings(log)).toEqual([
      {
        route: '/processes/*/index.html',
        pages: 1,
        totalMs: 62_000,
        meanMs: 62_000,
        maxMs: 62_000,
      },
      { route: '/data/parks.json', pages: 1, totalMs: 2240, meanMs: 2240, maxMs: 2240 },
      { route: '/parks/index.html', pages: 1, totalMs: 264, meanMs: 264, maxMs: 264 },
      { route: '/parks/*/index.html', pages: 2, totalMs: 80, meanMs: 40, maxMs: 50 },
      { route: '/404.html', pages: 1, totalMs: 25, meanMs: 25, maxMs: 25 },
    ]);
  });

  it('keeps the section and file name, replaces deeper folders', () => {
    expect(routeShape('/parks/x/y/index.html')).toBe('/parks/*/*/index.html');
    expect(routeShape('/index.html')).toBe('/index.html');
    expect(routeTimings('no pages here')).toEqual([]);
  });
});
