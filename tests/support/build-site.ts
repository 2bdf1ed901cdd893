/**
 * Builds the site from a copy of the content, for integration tests that change content
 * (a process nobody offers, a missing translation): `<work>/content` in, `<work>/dist`
 * out, with its own cache so builds never share state.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Runs `astro build` on `<work>/content`; returns the exit status and everything it printed.
 * `out` and `cache` move the output and Astro's cacheDir (default `<work>/dist`,
 * `<work>/cache`): two builds that share a cache are a cold build and a warm one.
 */
export function buildSiteFrom(
  work: string,
  folders: { out?: string; cache?: string } = {},
): { status: number | null; log: string } {
  const root = resolve('.');
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: join(work, 'content'),
        ASTRO_OUT_DIR: folders.out ?? join(work, 'dist'),
        ASTRO_CACHE_DIR: folders.cache ?? join(work, 'cache'),
      },
      encoding: 'utf8',
      // A large build logs megabytes (a missing-translation report per file); keep it all.
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  return { status: build.status, log: `${build.stdout}\n${build.stderr}` };
}
