/**
 * Minimal reproduction of what Astro's build costs per content byte (issue 13): the
 * project in scripts/bench/repro/data-store/ has one collection of YAML files and ONE
 * page that only counts them, so everything that grows with the content is Astro's
 * (content sync, the data store — written to cacheDir/data-store.json and, in a build,
 * inlined into the server bundle as one JSON string — and loading it back to render).
 * Builds it with `files` files of `kb` KB each, cold, and prints wall time, peak RSS of
 * the build's process tree and the data store's size.
 *
 *   npx tsx scripts/bench/repro/data-store.ts [--files 2000,10000] [--kb 4]
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runMeasured } from '../lib/measure';
import { arg, childEnv, inRepoWorkDir, mb, repoRoot, table } from '../lib/results';

const root = join(repoRoot, 'scripts/bench/repro/data-store');

const counts = (arg('files') ?? '2000,10000').split(',').map(Number);
const kb = Number(arg('kb') ?? 4);
const rows: (string | number)[][] = [];
for (const files of counts) {
  const work = await inRepoWorkDir(`repro-store-${files}`);
  const content = join(work, 'content');
  await mkdir(content, { recursive: true });
  // Each file's text differs (the data store would share identical strings).
  const text = (n: number) =>
    `item ${n} `.repeat(Math.ceil((kb * 1024) / 12)).slice(0, kb * 1024 - 40);
  for (let i = 0; i < files; i += 500)
    await Promise.all(
      Array.from({ length: Math.min(500, files - i) }, (_, k) =>
        writeFile(join(content, `item-${i + k}.yaml`), `id: ${i + k}\ntext: ${text(i + k)}\n`),
      ),
    );
  const m = await runMeasured(
    process.execPath,
    [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    {
      cwd: repoRoot,
      env: childEnv({
        REPRO_CONTENT_DIR: content,
        ASTRO_OUT_DIR: join(work, 'dist'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      }),
    },
  );
  if (m.exitCode !== 0) throw new Error(`build failed:\n${m.outputTail}`);
  const store = (await stat(join(work, 'cache', 'data-store.json'))).size;
  rows.push([
    files,
    `${mb(files * kb * 1024)}`,
    mb(store),
    `${(m.wallMs / 1000).toFixed(1)} s`,
    mb(Math.max(m.peakTreeRssBytes, m.maxRssTimeBytes ?? 0)),
  ]);
  await rm(work, { recursive: true, force: true });
  await rm(join(root, '.astro'), { recursive: true, force: true });
}
console.info(table(['files', 'content', 'data-store.json', 'wall', 'peak RSS'], rows));
