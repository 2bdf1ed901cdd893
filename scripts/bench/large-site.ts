/**
 * The large site that `npm test` checks (issue 13): synthetic content for N parks
 * (default 1,000; LARGE_PARKS overrides) in both languages, built once into
 * bench/results/site-large/ (gitignored, inside the repo so Astro's prerender chunks stay
 * in the outDir). The budgets gate (tests/integration/gates-budgets-large.test.ts) weighs
 * every page of it; playwright.large.config.ts serves its dist/ for browser tests.
 *
 *   npm run build:large              generate and build (about 1–3 min)
 *   LARGE_PARKS=200 npm run build:large
 *
 * Writes <dir>/site.json: park count, one park slug to preselect, build time and load.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildSiteFrom } from '../../tests/support/build-site';
import { generateContent } from './generate-content';
import { isMain, repoRoot } from './lib/results';

/** Where the large site lives: <dir>/content, <dir>/dist, <dir>/cache, <dir>/site.json. */
export const LARGE_SITE_DIR =
  process.env['LARGE_SITE_DIR'] || join(repoRoot, 'bench/results/site-large');
export const largeDist = (dir = LARGE_SITE_DIR) => join(dir, 'dist');

export interface LargeSite {
  parks: number;
  /** Every park slug, sorted (the `<slug>.md` files). */
  slugs: string[];
  /** A park to preselect in browser tests (the first by slug). */
  sampleSlug: string;
  builtAt: string;
  buildSeconds: number;
  loadAvg1m: [number, number];
}

/** The large site's description, or null when it has not been built. */
export async function readLargeSite(dir = LARGE_SITE_DIR): Promise<LargeSite | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'site.json'), 'utf8')) as LargeSite;
  } catch {
    return null;
  }
}

/** Generates N parks' content and builds the site from it; throws with Astro's log on failure. */
export async function buildLargeSite(parks: number, dir = LARGE_SITE_DIR): Promise<LargeSite> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await generateContent({ parks, out: join(dir, 'content') });
  const slugs = (await readdir(join(dir, 'content', 'parks')))
    .filter((f) => f.endsWith('.md') && !f.endsWith('.en.md'))
    .map((f) => f.slice(0, -'.md'.length))
    .sort();
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const build = buildSiteFrom(dir);
  if (build.status !== 0)
    throw new Error(
      `build of ${parks} parks failed (exit ${build.status}):\n${build.log.slice(-4000)}`,
    );
  // The search step of `npm run build`: the park picker and the search page query it.
  const search = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/build-search.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ASTRO_OUT_DIR: largeDist(dir) },
    encoding: 'utf8',
  });
  if (search.status !== 0)
    throw new Error(
      `search index of ${parks} parks failed (exit ${search.status}):\n${`${search.stdout}\n${search.stderr}`.slice(-4000)}`,
    );
  console.info(search.stdout.trim());
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const site: LargeSite = {
    parks,
    slugs,
    sampleSlug: slugs[0]!,
    builtAt: new Date().toISOString(),
    buildSeconds,
    loadAvg1m: [loadBefore, loadavg()[0]!],
  };
  await writeFile(join(dir, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
  await rm(join(dir, 'cache'), { recursive: true, force: true });
  return site;
}

if (isMain(import.meta.url)) {
  const parks = Number(process.env['LARGE_PARKS'] || 1000);
  const site = await buildLargeSite(parks);
  console.info(
    `built ${site.parks} parks (both languages) into ${largeDist()} in ${site.buildSeconds} s ` +
      `(load ${site.loadAvg1m.map((l) => l.toFixed(1)).join(' → ')})`,
  );
}
