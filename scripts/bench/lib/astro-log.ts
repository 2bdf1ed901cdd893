/**
 * Reads per-page render times from `astro build`'s log ("├─ /parks/x/index.html
 * (+31ms)") and groups them by route shape, so a slow build says which kind of
 * page costs the time (profiles, process pages, the open-data file…).
 */

export interface RouteTiming {
  /** Route shape: directory segments after the first replaced by "*", e.g. "/parks/*\/index.html". */
  route: string;
  pages: number;
  totalMs: number;
  meanMs: number;
  maxMs: number;
}

const LINE = /[├└]─ (\/\S*) \(\+(?:(\d+)m )?([\d.]+)(ms|s)\)/g;

/** The route shape of an output path. */
export function routeShape(path: string): string {
  const parts = path.split('/');
  // parts[0] is "" (leading slash), parts[1] the section, the last part the file.
  return parts.map((part, i) => (i >= 2 && i < parts.length - 1 ? '*' : part)).join('/');
}

/** Per-route-shape timings from a build log, slowest total first. */
export function routeTimings(log: string): RouteTiming[] {
  const groups = new Map<string, { pages: number; totalMs: number; maxMs: number }>();
  for (const m of log.matchAll(LINE)) {
    const ms = Number(m[2] ?? 0) * 60_000 + Number(m[3]) * (m[4] === 'ms' ? 1 : 1000);
    const route = routeShape(m[1]!);
    const g = groups.get(route) ?? { pages: 0, totalMs: 0, maxMs: 0 };
    g.pages += 1;
    g.totalMs += ms;
    g.maxMs = Math.max(g.maxMs, ms);
    groups.set(route, g);
  }
  return [...groups]
    .map(([route, g]) => ({
      route,
      pages: g.pages,
      totalMs: Math.round(g.totalMs),
      meanMs: Math.round((g.totalMs / g.pages) * 10) / 10,
      maxMs: g.maxMs,
    }))
    .sort((a, b) => b.totalMs - a.totalMs);
}
