/**
 * Broken content must fail `astro build` with a message that names the file and
 * the field; stale figures must warn without failing. Each case copies content/
 * to a temp dir, breaks the copy, and builds it with its own out and cache dirs.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const brokenFixtures = join(root, 'tests/fixtures/content-broken');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh copy of content/ in a temp dir, with out and cache dirs beside it.
 * Astro puts prerender chunks in `<cwd>/.astro/.prerender` when outDir lies
 * outside the working directory, which parallel builds would share; so each
 * build runs with the temp dir as cwd (node_modules linked in for imports).
 */
function copyContent() {
  const dir = mkdtempSync(join(tmpdir(), 'content-validation-'));
  temps.push(dir);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  return { dir, content };
}

function build(dir: string, content: string) {
  const result = spawnSync(process.execPath, [astroBin, 'build', '--root', root], {
    cwd: dir,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 170_000,
  });
  // Strip ANSI colours in case a dependency ignores NO_COLOR.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** The first file (sorted) in a content folder, so the test does not depend on one sample name. */
function firstFile(folder: string, ext: string): string {
  // English body files (<id>.en.md) hold no frontmatter: the facts are in <id>.md.
  const name = readdirSync(folder)
    .filter((f) => f.endsWith(ext) && !f.endsWith(`.en${ext}`))
    .sort()[0];
  if (!name) throw new Error(`no ${ext} file in ${folder}`);
  return name;
}

describe('content validation in astro build', () => {
  it(
    'fails naming the park file and the field when a required field is missing',
    { timeout: 180_000 },
    () => {
      const { dir, content } = copyContent();
      const parkFile = firstFile(join(content, 'parks'), '.md');
      const path = join(content, 'parks', parkFile);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(/^level:/m);
      writeFileSync(path, text.replace(/^level:.*\n/m, ''));

      const { status, output } = build(dir, content);
      expect(status).not.toBe(0);
      expect(output).toContain(parkFile.replace(/\.md$/, ''));
      expect(output).toMatch(/level: .*expected one of "national"/);
    },
  );

  it(
    'fails naming each file, field and the expected ids for dangling references',
    { timeout: 180_000 },
    () => {
      const { dir, content } = copyContent();
      // Adds a supplier offering "mold-stampin" and a case naming a park that does not exist.
      cpSync(brokenFixtures, content, { recursive: true });

      const { status, output } = build(dir, content);
      expect(status).not.toBe(0);
      expect(output).toContain('suppliers/zz-broken-supplier.yaml');
      expect(output).toContain(
        'processes[0]: unknown process id "mold-stampin" (did you mean "mold-stamping"?)',
      );
      expect(output).toContain('cases/zz-orphan-case.md');
      expect(output).toContain('park: unknown park id "atlantis-industrial-park"; known ids:');
    },
  );

  it(
    'warns about stale figures without failing, and publishes park facts',
    { timeout: 180_000 },
    () => {
      const { dir, content } = copyContent();
      const supplierFile = firstFile(join(content, 'suppliers'), '.yaml');
      const path = join(content, 'suppliers', supplierFile);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^asOf:.*$/m, 'asOf: 2020-01-31'));

      const { status, output } = build(dir, content);
      expect(status, output.slice(-3000)).toBe(0);
      expect(output).toMatch(
        new RegExp(
          `stale figures: .*${supplierFile.replace('.', '\\.')} › asOf \\(asOf 2020-01-31`,
        ),
      );

      const doc = JSON.parse(readFileSync(join(dir, 'dist/data/parks.json'), 'utf8')) as {
        generatedAt: string;
        parks: { slug: string; facts: { slug: string; processesWithinReach: string[] } }[];
      };
      expect(Number.isNaN(Date.parse(doc.generatedAt))).toBe(false);
      expect(doc.parks.length).toBe(
        readdirSync(join(content, 'parks')).filter((f) => /(?<!\.en)\.mdx?$/.test(f)).length,
      );
      for (const park of doc.parks) expect(park.facts.slug).toBe(park.slug);
    },
  );
});
