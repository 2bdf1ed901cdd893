/**
 * Incremental builds (experimental.incrementalBuild, cache keys in src/data/cache-key.ts):
 * after a staff edit, a build that keeps Astro's cacheDir must write exactly the site a
 * fresh build writes, while copying the pages the edit does not touch instead of
 * rendering them again. The sample content is built once, edited the way staff edit it,
 * then built warm (same cacheDir) and cold (an empty one), and the two outputs are
 * compared file by file. Each edit reaches a different park's pages by a different path,
 * so a cache key that missed one kind of input would leave a stale page here:
 * - Xiangjiang: a figure and its Chinese text (the park's own file);
 * - Shilong: a supplier within its reach renamed (a join);
 * - Taige: one of its cases' English text (a body the view model does not hold), and a
 *   new target chain, which puts it on the page of a process no park has in reach (that
 *   page lists the parks that need the process, from the whole catalog).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteFrom } from '../support/build-site';

const work = mkdtempSync(join(tmpdir(), 'site-incremental-'));
const content = join(work, 'content');
const cache = join(work, 'cache');
const warm = join(work, 'warm');
const cold = join(work, 'cold');
let warmLog = '';

const PARK = 'parks/xiangjiang-auto-parts-zone.md';
/** Within reach of Shilong only. */
const SUPPLIER = 'suppliers/foshan-jinrui-mold.yaml';
/** A case of Taige's. */
const CASE_EN = 'cases/linke-sensor-modules.en.md';
const ADDED_ZH = '园区二期标准厂房已于本月封顶，可按需定制。';
const ADDED_EN = 'The second line started shipping in the spring.';
const RENAMED = '佛山金锐精密模具有限公司';
/** A process no supplier offers, needed by the auto-parts chain. */
const EMPTY_PROCESS = 'gear-hobbing';

/** Replaces `from` in a content file; fails when the sample no longer has it. */
function edit(file: string, from: RegExp, to: string) {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  expect(before, `${file} no longer matches ${from}`).toMatch(from);
  writeFileSync(path, before.replace(from, to));
}

const files = (dir: string) =>
  (
    readdirSync(dir, { recursive: true, withFileTypes: true }) as {
      isFile(): boolean;
      parentPath: string;
      name: string;
    }[]
  )
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
// The open-data documents say when they were generated; nothing else may differ.
const comparable = (text: string) => text.replace(/"generatedAt":\s*"[^"]*"/g, '"generatedAt"');
const strip = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, '');
/** Output paths the warm build copied from its cache instead of rendering. */
const reused = (log: string) =>
  new Set([...strip(log).matchAll(/[├└]─ (\/\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!));

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  writeFileSync(
    join(content, 'taxonomy/processes', `${EMPTY_PROCESS}.yaml`),
    'label:\n  en: Gear hobbing\n  zh: 滚齿\ndescription:\n  en: Cutting gear teeth with a hob.\n  zh: 用滚刀加工齿轮齿形。\n',
  );
  const chain = join(content, 'taxonomy/chains/auto-parts.yaml');
  writeFileSync(chain, `${readFileSync(chain, 'utf8')}  - ${EMPTY_PROCESS}\n`);
  const first = buildSiteFrom(work, { out: join(work, 'first'), cache });
  expect(first.status, first.log.slice(-3000)).toBe(0);

  edit(PARK, /availableMu: \d+/, 'availableMu: 1234');
  writeFileSync(join(content, PARK), `${readFileSync(join(content, PARK), 'utf8')}\n${ADDED_ZH}\n`);
  edit(SUPPLIER, /zh: 佛山金锐模具有限公司/, `zh: ${RENAMED}`);
  writeFileSync(
    join(content, CASE_EN),
    `${readFileSync(join(content, CASE_EN), 'utf8')}\n${ADDED_EN}\n`,
  );

  edit('parks/taige-electronics-park.md', /targetChains:\n/, 'targetChains:\n  - auto-parts\n');

  const second = buildSiteFrom(work, { out: warm, cache });
  expect(second.status, second.log.slice(-3000)).toBe(0);
  warmLog = second.log;
  const fresh = buildSiteFrom(work, { out: cold, cache: join(work, 'cache-cold') });
  expect(fresh.status, fresh.log.slice(-3000)).toBe(0);
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('an incremental build after a staff edit', () => {
  it('writes the same files as a fresh build, byte for byte but the generation time', () => {
    const names = files(cold);
    expect(files(warm)).toEqual(names);
    const differing = names.filter(
      (name) =>
        comparable(readFileSync(join(warm, name), 'utf8')) !==
        comparable(readFileSync(join(cold, name), 'utf8')),
    );
    expect(differing).toEqual([]);
  });

  it('shows the edits on the pages they belong to', () => {
    // Booleans, so a failure names the page instead of printing it.
    const shows = (path: string, text: string) =>
      readFileSync(join(warm, path, 'index.html'), 'utf8').includes(text);
    expect(shows('parks/xiangjiang-auto-parts-zone', ADDED_ZH), 'Xiangjiang text').toBe(true);
    expect(shows('parks/xiangjiang-auto-parts-zone', '1,234'), 'Xiangjiang land').toBe(true);
    expect(shows('parks/shilong-smart-equipment-park', RENAMED), 'Shilong supplier').toBe(true);
    expect(shows('en/parks/taige-electronics-park', ADDED_EN), 'Taige case').toBe(true);
    expect(shows(`en/processes/${EMPTY_PROCESS}`, 'Taige'), 'Taige needs the process').toBe(true);
  });

  it('copies the pages the edit does not touch instead of rendering them', () => {
    const copied = reused(warmLog);
    // A park no edit reaches: its profiles and open data are reused...
    for (const path of [
      '/parks/minjiang-new-energy-park/index.html',
      '/en/parks/minjiang-new-energy-park/index.html',
      '/data/facts/minjiang-new-energy-park.json',
      '/data/parks/minjiang-new-energy-park.json',
    ])
      expect(copied, path).toContain(path);
    // ...the pages each edit reaches are rendered again.
    for (const path of [
      '/parks/xiangjiang-auto-parts-zone/index.html',
      '/en/parks/xiangjiang-auto-parts-zone/index.html',
      '/data/parks/xiangjiang-auto-parts-zone.json',
      '/parks/shilong-smart-equipment-park/index.html',
      '/en/parks/taige-electronics-park/index.html',
    ])
      expect(copied, path).not.toContain(path);
  });
});
