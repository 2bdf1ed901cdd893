/**
 * The search step of `npm run build` (after `astro build`): indexes the records that
 * `astro build` wrote to <dist>/search-records/<n>.json (src/data/search-records.ts) with
 * Pagefind's Node API (parks as HTML documents with sections, processes as custom records),
 * one index per language, into <dist>/pagefind/; writes each park's reasons (why it
 * matched) to <dist>/search-reasons/<language>/<slug>.json; then deletes the records
 * (build input, not a published document). Exits non-zero with a message
 * that says what to do when indexing fails or a park lacks its record in a language.
 *
 *   ASTRO_OUT_DIR (dist)  the built site, as for `astro build`
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { recordHtml } from '../src/data/search-record-html';
import { reasonsPath } from '../src/data/search-records';
import {
  checkSearchRecords,
  folderSizes,
  readSearchRecords,
  type RecordsDocument,
} from './lib/search-index';

const distDir = resolve(process.env['ASTRO_OUT_DIR'] || 'dist');
const recordsPath = join(distDir, 'search-records');
const outputPath = join(distDir, 'pagefind');

function fail(message: string): never {
  console.error(`build-search: ${message}`);
  process.exit(1);
}

let document: RecordsDocument;
try {
  document = await readSearchRecords(recordsPath);
} catch (error) {
  fail(
    `cannot read ${recordsPath} (${error instanceof Error ? error.message : String(error)}). ` +
      'Run `astro build` first (npm run build does both), with the same ASTRO_OUT_DIR.',
  );
}

const problems = checkSearchRecords(document);
if (problems.length > 0) fail(`the search records are incomplete:\n  ${problems.join('\n  ')}`);

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
const failures: string[] = [];
for (const { sections, ...record } of document.records) {
  // Parks are HTML documents with a section per supplier, process and institution
  // (sub-results); their reasons go to files of their own below, never into the index.
  const added = sections
    ? await index.addHTMLFile({ url: record.url, content: recordHtml({ ...record, sections }) })
    : await index.addCustomRecord(record);
  if (added.errors.length > 0) failures.push(`${record.url}: ${added.errors.join('; ')}`);
}
if (failures.length > 0) fail(`Pagefind rejected records:\n  ${failures.join('\n  ')}`);
await rm(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0)
  fail(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
await pagefind.close();

// Why each park matched, as the search page shows it: a file per park and language, outside
// the index (Pagefind would index metadata as words).
await rm(join(distDir, 'search-reasons'), { recursive: true, force: true });
const reasonFiles = document.records.flatMap((record) =>
  record.reasons && record.meta['slug']
    ? [
        {
          path: join(distDir, reasonsPath(record.language, record.meta['slug'])),
          reasons: record.reasons,
        },
      ]
    : [],
);
for (const dir of new Set(reasonFiles.map((f) => dirname(f.path))))
  await mkdir(dir, { recursive: true });
for (const file of reasonFiles) await writeFile(file.path, JSON.stringify(file.reasons));
await rm(recordsPath, { recursive: true, force: true });

// Pagefind keeps one record per URL: fewer pages than records means two records collided.
const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};

const sizes = await folderSizes(outputPath);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const byLanguage = new Map<string, number>();
for (const record of document.records) {
  byLanguage.set(record.language, (byLanguage.get(record.language) ?? 0) + 1);
}
for (const [language, count] of byLanguage) {
  const indexed = entry.languages[language]?.page_count ?? 0;
  if (indexed !== count)
    fail(
      `the ${language} index holds ${indexed} records of ${count}: records that share a URL ` +
        'replace each other (src/data/search-records.ts must give each its own URL).',
    );
}
console.info(
  `build-search: indexed ${document.records.length} records ` +
    `(${[...byLanguage].map(([lang, n]) => `${lang} ${n}`).join(', ')}) ` +
    `into ${outputPath}: ${sizes.files} files, ${kb(sizes.bytes)}`,
);
