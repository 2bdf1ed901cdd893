/**
 * Writes synthetic content (see lib/synthetic.ts) into a folder that a build reads
 * through CONTENT_DIR. Taxonomy comes from content/taxonomy when it is valid and
 * complete, so synthetic parks use the real site's chains and processes; otherwise
 * the built-in taxonomy is used.
 *
 *   npx tsx scripts/bench/generate-content.ts --parks 100 [--out /tmp/x] [--seed 1]
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { chainSchema, processSchema } from '../../src/schemas/taxonomy';
import { generateSynthetic, type SyntheticContent, type SyntheticEntry } from './lib/synthetic';
import type { TaxonomyEntry } from './lib/builtin-taxonomy';

const yaml = (data: unknown) => YAML.stringify(data, { lineWidth: 0 });

async function readTaxonomyDir(
  dir: string,
  parse: (d: unknown) => unknown,
): Promise<TaxonomyEntry[] | null> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    return null;
  }
  const entries: TaxonomyEntry[] = [];
  for (const f of files) {
    const data = YAML.parse(await readFile(join(dir, f), 'utf8')) as unknown;
    try {
      parse(data);
    } catch {
      return null;
    }
    entries.push({ id: f.replace(/\.ya?ml$/, ''), data: data as Record<string, unknown> });
  }
  return entries;
}

/**
 * Loads content/taxonomy when it has chains and processes, all valid, and every
 * chain's processes exist; returns null otherwise (the caller uses the built-in one).
 */
async function loadRepoTaxonomy(
  root = 'content/taxonomy',
): Promise<{ processes: TaxonomyEntry[]; chains: TaxonomyEntry[] } | null> {
  const processes = await readTaxonomyDir(join(root, 'processes'), (d) => processSchema.parse(d));
  const chains = await readTaxonomyDir(join(root, 'chains'), (d) => chainSchema.parse(d));
  if (!processes?.length || !chains?.length) return null;
  const known = new Set(processes.map((p) => p.id));
  const complete = chains.every((c) => (c.data.processes as string[]).every((p) => known.has(p)));
  return complete ? { processes, chains } : null;
}

const markdown = (e: SyntheticEntry) => `---\n${yaml(e.data)}---\n\n${e.body ?? ''}`;

/**
 * Writes `content` in the layout src/content.config.ts expects, replacing `dir`: parks and
 * cases as <id>.md (facts and the Chinese body) plus <id>.en.md (the English body).
 */
export async function writeSyntheticContent(
  dir: string,
  content: SyntheticContent,
): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  const groups: [string, SyntheticEntry[], 'md' | 'yaml'][] = [
    ['parks', content.parks, 'md'],
    ['cases', content.cases, 'md'],
    ['suppliers', content.suppliers, 'yaml'],
    ['institutions', content.institutions, 'yaml'],
    ['taxonomy/processes', content.processes, 'yaml'],
    ['taxonomy/chains', content.chains, 'yaml'],
  ];
  let files = 0;
  for (const [folder, entries, ext] of groups) {
    const target = join(dir, folder);
    await mkdir(target, { recursive: true });
    // Sequential batches keep the number of open files bounded at N = 5000.
    for (let i = 0; i < entries.length; i += 200) {
      await Promise.all(
        entries
          .slice(i, i + 200)
          .flatMap((e) => [
            writeFile(join(target, `${e.id}.${ext}`), ext === 'md' ? markdown(e) : yaml(e.data)),
            ...(ext === 'md' && e.bodyEn !== undefined
              ? [writeFile(join(target, `${e.id}.en.md`), e.bodyEn)]
              : []),
          ]),
      );
    }
    files += entries.length + entries.filter((e) => ext === 'md' && e.bodyEn !== undefined).length;
  }
  return files;
}

/** Generates and writes content for `parks` parks; returns the folder and file count. */
export async function generateContent(opts: {
  parks: number;
  out: string;
  seed?: number;
  builtinTaxonomy?: boolean;
}) {
  const taxonomy = opts.builtinTaxonomy ? null : await loadRepoTaxonomy();
  const content = generateSynthetic({
    parks: opts.parks,
    ...(opts.seed === undefined ? {} : { seed: opts.seed }),
    ...(taxonomy ? { taxonomy } : {}),
  });
  const files = await writeSyntheticContent(opts.out, content);
  return { dir: opts.out, files, taxonomy: taxonomy ? 'content/taxonomy' : 'built-in', content };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parks = Number(arg('parks') ?? 20);
  const out = arg('out') ?? join(tmpdir(), `bench-content-${parks}`);
  const seed = arg('seed');
  const r = await generateContent({
    parks,
    out,
    ...(seed ? { seed: Number(seed) } : {}),
    builtinTaxonomy: process.argv.includes('--builtin-taxonomy'),
  });
  console.info(`Wrote ${r.files} files for ${parks} parks into ${r.dir} (taxonomy: ${r.taxonomy})`);
}
