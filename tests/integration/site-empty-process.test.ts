/**
 * A process that no supplier near any park offers still gets a page, and the page
 * helps: it says so in the heading, names the parks whose chains need the process,
 * links to the inquiry form and to processes that are available. The sample content
 * covers every process, so this builds a copy of content/ with one extra process.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'site-empty-process-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const processId = 'glass-blowing-test';

/** Visible text of an HTML fragment, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

let page = '';
let index = '';
let pageZh = '';
let indexZh = '';

beforeAll(() => {
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  writeFileSync(
    join(contentDir, 'taxonomy/processes', `${processId}.yaml`),
    'label:\n  en: Glass blowing\n  zh: 玻璃吹制\ndescription:\n  en: Shaping molten glass with air pressure into bottles, tubes and lamp bulbs.\n',
  );
  // Make a target chain need it, so the page can name parks that may know a supplier.
  appendFileSync(join(contentDir, 'taxonomy/chains/auto-parts.yaml'), `  - ${processId}\n`);
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: join(work, 'cache'),
      },
      encoding: 'utf8',
    },
  );
  expect(build.status, build.stderr.slice(-2000) || build.stdout.slice(-2000)).toBe(0);
  page = readFileSync(join(outDir, 'en/processes', processId, 'index.html'), 'utf8');
  index = readFileSync(join(outDir, 'en/processes', 'index.html'), 'utf8');
  pageZh = readFileSync(join(outDir, 'processes', processId, 'index.html'), 'utf8');
  indexZh = readFileSync(join(outDir, 'processes', 'index.html'), 'utf8');
});

afterAll(() => {
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
});

const h1s = (html: string) =>
  [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => text(m[1] ?? ''));

describe('a process with no park in reach', () => {
  it('says so in the one heading, in both languages', () => {
    expect(h1s(page)).toEqual(['No park has glass blowing within 30 km yet']);
    expect(h1s(pageZh)).toEqual(['30 公里内暂无园区有玻璃吹制配套']);
  });

  it('names the parks whose target chains need it, linked to their profiles', () => {
    const targeting = readdirSync(join(contentDir, 'parks'))
      .filter((file) => !file.endsWith('.en.md'))
      .map((file) => readFileSync(join(contentDir, 'parks', file), 'utf8'))
      .map(
        (md) =>
          parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(md)?.[1] ?? '') as {
            slug: string;
            targetChains: string[];
          },
      )
      .filter((park) => park.targetChains.includes('auto-parts'));
    expect(targeting.length).toBeGreaterThan(0);
    const section =
      /<section[^>]*aria-labelledby="parks-needing"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(text(section)).toContain('Parks whose target chains need glass blowing');
    for (const park of targeting) expect(section).toContain(`href="/en/parks/${park.slug}/"`);
    expect(section.match(/href="\/en\/parks\//g)).toHaveLength(targeting.length);
    const sectionZh =
      /<section[^>]*aria-labelledby="parks-needing"[\s\S]*?<\/section>/.exec(pageZh)?.[0] ?? '';
    expect(text(sectionZh)).toContain('主导产业需要玻璃吹制的园区');
    for (const park of targeting) expect(sectionZh).toContain(`href="/parks/${park.slug}/"`);
  });

  it('offers the inquiry form and the processes that are available', () => {
    expect(page).toMatch(/<a[^>]*href="\/en\/inquire\/"[^>]*>\s*Send an inquiry\s*<\/a>/);
    expect(pageZh).toMatch(/<a[^>]*href="\/inquire\/"[^>]*>\s*投资咨询\s*<\/a>/);
    const others =
      /<section[^>]*aria-labelledby="other-processes"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(others).toContain('href="/en/processes/mold-stamping/"');
    expect(others).not.toContain(`href="/en/processes/${processId}/"`);
  });

  it('is listed on the processes index among those without a supplier', () => {
    const missing =
      /<section[^>]*aria-labelledby="missing"[\s\S]*?<\/section>/.exec(index)?.[0] ?? '';
    expect(missing).toContain(`href="/en/processes/${processId}/"`);
    expect(text(missing)).toContain('No park within 30 km yet');
    const missingZh =
      /<section[^>]*aria-labelledby="missing"[\s\S]*?<\/section>/.exec(indexZh)?.[0] ?? '';
    expect(missingZh).toContain(`href="/processes/${processId}/"`);
    expect(text(missingZh)).toContain('30 公里内暂无园区');
  });
});
