/**
 * One measured `astro build` of the site ("ours") or of the bare reference
 * (scripts/bench/bare/, the same content files, no schemas, no joins) over a content
 * folder, and the edit that makes the next build a warm one.
 *
 * Cold and warm: a build's `cacheDir` holds Astro's content data store
 * (`data-store.json`: every entry's parsed data, body and digest); by default it is
 * `node_modules/.astro/`, which Netlify keeps between deploys with `node_modules`.
 * `dist/` is not kept there. So a cold build gets an empty cacheDir; a warm build reuses
 * the cacheDir of the cold build before it (after one park file was edited) and writes a
 * fresh outDir, as a Netlify deploy of one staff edit does.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { routeTimings, type RouteTiming } from './astro-log';
import { runMeasured, type Measured } from './measure';
import { childEnv, repoRoot } from './results';

export type Project = 'ours' | 'bare';
export type Temperature = 'cold' | 'warm';

export interface BuildRun {
  project: Project;
  temperature: Temperature;
  parks: number;
  pages: number;
  wallMs: number;
  /** Astro's own "N page(s) built in X" figure (its build without process start-up), in ms. */
  astroPagesMs: number | null;
  /** Loading the content files into the data store (see `contentSyncMs`), in ms. */
  contentSyncMs: number | null;
  pagesPerSec: number;
  peakTreeRssBytes: number;
  maxRssTimeBytes: number | null;
  /** The costliest route shapes by Astro's per-page times: where the build spends its time. */
  routes: RouteTiming[];
}

const astroBin = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const bareRoot = join(repoRoot, 'scripts/bench/bare');

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** Astro prints durations as "812ms", "3.56s" or "1m 27s". */
function duration(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000);
}

export const astroPagesMs = (log: string) =>
  duration(/page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)/.exec(log));

/**
 * Time from Astro's "Syncing content" line to its "Synced content" line (loading the content
 * files into the data store), from the lines' HH:MM:SS stamps, so to ±1 s.
 */
export function contentSyncMs(log: string): number | null {
  const stamp = (what: string) => {
    const m = new RegExp(`(\\d\\d):(\\d\\d):(\\d\\d) \\[content\\] ${what}`).exec(log);
    return m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000 : null;
  };
  const [from, to] = [stamp('Syncing content'), stamp('Synced content')];
  return from === null || to === null ? null : (to - from + 86_400_000) % 86_400_000;
}

/** The larger of the two peak-memory readings (sampled tree sum, GNU time's largest process). */
export const peakRss = (r: BuildRun) => Math.max(r.peakTreeRssBytes, r.maxRssTimeBytes ?? 0);

/**
 * Builds `project` over `contentDir` into `outDir` with `cacheDir` (kept by the caller
 * between a cold and a warm build). `extraArgs` go to node before Astro (profiling flags).
 */
export async function measuredBuild(opts: {
  project: Project;
  temperature: Temperature;
  parks: number;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  nodeArgs?: string[];
}): Promise<BuildRun> {
  const { project } = opts;
  const args = [
    ...(opts.nodeArgs ?? []),
    astroBin,
    'build',
    ...(project === 'bare' ? ['--root', bareRoot] : []),
  ];
  const env = childEnv({
    CONTENT_DIR: opts.contentDir,
    ASTRO_OUT_DIR: opts.outDir,
    ASTRO_CACHE_DIR: opts.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const m: Measured = await runMeasured(process.execPath, args, { cwd: repoRoot, env });
  // Astro writes generated types into the bare project's root; they are build output, not source.
  if (project === 'bare') await rm(join(bareRoot, '.astro'), { recursive: true, force: true });
  if (m.exitCode !== 0)
    throw new Error(
      `${project} ${opts.temperature} build at N=${opts.parks} failed (exit ${m.exitCode}):\n${m.outputTail}`,
    );
  const pages = await countHtml(opts.outDir);
  return {
    project,
    temperature: opts.temperature,
    parks: opts.parks,
    pages,
    wallMs: Math.round(m.wallMs),
    astroPagesMs: astroPagesMs(m.output),
    contentSyncMs: contentSyncMs(m.output),
    pagesPerSec: Math.round((pages / (m.wallMs / 1000)) * 10) / 10,
    peakTreeRssBytes: m.peakTreeRssBytes,
    maxRssTimeBytes: m.maxRssTimeBytes,
    routes: routeTimings(m.output).slice(0, 6),
  };
}

/**
 * A staff edit of one park: appends a sentence to the Chinese body of the first park
 * (by file name) in `contentDir`. Returns the file edited.
 */
export async function editOnePark(contentDir: string): Promise<string> {
  const dir = join(contentDir, 'parks');
  const first = (await readdir(dir))
    .filter((f) => f.endsWith('.md') && !f.endsWith('.en.md'))
    .sort()[0];
  if (!first) throw new Error(`no park file to edit in ${dir}`);
  const file = join(dir, first);
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text.trimEnd()}\n\n园区服务中心已更新本页的联系方式和办理时限。\n`);
  return file;
}
