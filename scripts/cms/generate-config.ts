/**
 * `npm run cms:config`: writes public/admin/config.yml (the Sveltia CMS configuration) from
 * the zod schemas and scripts/cms/labels*.ts. `--check` writes nothing and exits 1 when the
 * committed file differs from what the schemas give (tests/unit/cms/drift.test.ts does the
 * same in the unit suite).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { buildCmsConfig, type Dictionaries } from './build-config';

export const CONFIG_PATH = resolve(
  fileURLToPath(new URL('../../public/admin/config.yml', import.meta.url)),
);

const HEADER = [
  // Sveltia CMS looks for this line and otherwise suggests adding it in the console; it is a
  // comment for editors' YAML tooling, nothing is fetched from it.
  '# yaml-language-server: $schema=https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json',
  '# GENERATED from src/schemas/*.ts and scripts/cms/labels*.ts by `npm run cms:config`.',
  '# Do not edit by hand: change the schema or the label table and run the command again.',
  '',
].join('\n');

export function loadDictionaries(
  root = resolve(fileURLToPath(new URL('../..', import.meta.url))),
): Dictionaries {
  const read = (name: string) =>
    JSON.parse(readFileSync(resolve(root, 'src/i18n', name), 'utf8')) as Record<string, string>;
  return { zh: read('zh-CN.json'), en: read('en.json') };
}

/** The configuration file's text, exactly as committed. */
export function renderConfig(config: unknown): string {
  return HEADER + stringify(config, { lineWidth: 0 });
}

function main(argv: string[]): number {
  const text = renderConfig(buildCmsConfig(loadDictionaries()));
  if (argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(CONFIG_PATH, 'utf8');
    } catch {
      /* missing counts as different */
    }
    if (committed === text) return 0;
    console.error(`${CONFIG_PATH} is out of date with the schemas; run npm run cms:config`);
    return 1;
  }
  writeFileSync(CONFIG_PATH, text);
  console.info(`wrote ${CONFIG_PATH}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
