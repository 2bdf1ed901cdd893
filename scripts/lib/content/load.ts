/**
 * Content read from disk outside Astro, for the staff tools (`npm run content:report`,
 * `npm run new`) and the tests that need the catalog without `astro build`. It follows
 * src/content.config.ts: the same folders, the same file patterns (subfolders allowed,
 * the id is the file name), `<id>.en.md` as the English body, and the same zod schemas.
 * A file that fails its schema is returned as a problem (file and field) instead of
 * stopping the load, so a report can list it with everything else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { CatalogInput, RawEntry } from '../../../src/data/types';
import { caseSchema } from '../../../src/schemas/cases';
import { institutionSchema } from '../../../src/schemas/institutions';
import { parkSchema } from '../../../src/schemas/parks';
import { supplierSchema } from '../../../src/schemas/suppliers';
import { chainSchema, processSchema } from '../../../src/schemas/taxonomy';
import { translationBodySchema } from '../../../src/schemas/translation';
import { fieldPath, type Parser } from './validate';

/** The Markdown body of a park or case (Chinese), as the build's entries carry it. */
export interface Body {
  body: string;
}

/** A file that did not load: unreadable YAML or a schema error, with the field when known. */
export interface LoadProblem {
  filePath: string;
  field: string;
  message: string;
}

export interface LoadedContent {
  input: CatalogInput<Body, Body>;
  /** Ids with an English body file (`<id>.en.md`). */
  englishBodies: { parks: Set<string>; cases: Set<string> };
  problems: LoadProblem[];
}

/** Every collection folder under content/, with its schema and whether it holds Markdown. */
export const COLLECTIONS = {
  parks: { folder: 'parks', schema: parkSchema, markdown: true },
  suppliers: { folder: 'suppliers', schema: supplierSchema, markdown: false },
  institutions: { folder: 'institutions', schema: institutionSchema, markdown: false },
  cases: { folder: 'cases', schema: caseSchema, markdown: true },
  chains: { folder: 'taxonomy/chains', schema: chainSchema, markdown: false },
  processes: { folder: 'taxonomy/processes', schema: processSchema, markdown: false },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

const ENGLISH_BODY = /\.en\.mdx?$/;

/** `---\n<yaml>\n---\n<body>` → its two halves; a file without frontmatter is all body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  return match
    ? { frontmatter: match[1] ?? '', body: match[2] ?? '' }
    : { frontmatter: '', body: text };
}

/** Every file under `dir` (recursively), sorted, as paths relative to `dir`. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** The id of a content file: its name without folders and extension (`<id>.en.md` → `<id>`). */
export function fileId(file: string): string {
  return file
    .replace(/^.*\//, '')
    .replace(ENGLISH_BODY, '')
    .replace(/\.[^.]+$/, '');
}

function isEntryFile(file: string, markdown: boolean): boolean {
  return markdown ? /\.mdx?$/.test(file) && !ENGLISH_BODY.test(file) : /\.ya?ml$/.test(file);
}

/**
 * One file's YAML (a .yaml file, or a Markdown file's frontmatter) parsed and validated;
 * undefined, with its problems recorded by file and field, when it does not pass.
 */
function readData<D>(
  yamlText: string,
  schema: Parser<D>,
  filePath: string,
  problems: LoadProblem[],
): { data: D } | undefined {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    problems.push({ filePath, field: '(YAML)', message: (error as Error).message });
    return undefined;
  }
  const result = schema.safeParse(raw ?? {});
  if (result.success) return { data: result.data };
  for (const issue of result.error.issues) {
    problems.push({ filePath, field: fieldPath(issue.path), message: issue.message });
  }
  return undefined;
}

/**
 * Loads one collection. File paths in messages are written as the build writes them
 * (`content/parks/<id>.md`), whatever folder the content lives in.
 */
function loadCollection<D>(
  root: string,
  folder: string,
  schema: Parser<D>,
  markdown: boolean,
  problems: LoadProblem[],
): RawEntry<D, Body>[] {
  const dir = join(root, folder);
  return listFiles(dir)
    .filter((file) => isEntryFile(file, markdown))
    .flatMap((file) => {
      const filePath = `content/${folder}/${file}`;
      const text = readFileSync(join(dir, file), 'utf8');
      const { frontmatter, body } = markdown
        ? splitFrontmatter(text)
        : { frontmatter: text, body: '' };
      const read = readData(frontmatter, schema, filePath, problems);
      return read ? [{ id: fileId(file), filePath, data: read.data, entry: { body } }] : [];
    });
}

/**
 * Ids of the English body files of a Markdown collection. Each is checked as the build
 * checks it: prose only, so frontmatter there is a problem.
 */
function englishIds(root: string, folder: string, problems: LoadProblem[]): Set<string> {
  const files = listFiles(join(root, folder)).filter((f) => ENGLISH_BODY.test(f));
  for (const file of files) {
    const { frontmatter } = splitFrontmatter(readFileSync(join(root, folder, file), 'utf8'));
    readData(frontmatter, translationBodySchema, `content/${folder}/${file}`, problems);
  }
  return new Set(files.map(fileId));
}

/** Loads and validates every collection under `root` (a content/ folder). */
export function loadContent(root: string): LoadedContent {
  const problems: LoadProblem[] = [];
  const load = <N extends CollectionName>(name: N) => {
    const { folder, schema, markdown } = COLLECTIONS[name];
    return loadCollection(root, folder, schema as Parser<unknown>, markdown, problems);
  };
  const input = {
    parks: load('parks'),
    suppliers: load('suppliers'),
    institutions: load('institutions'),
    cases: load('cases'),
    chains: load('chains'),
    processes: load('processes'),
  } as CatalogInput<Body, Body>;
  return {
    input,
    englishBodies: {
      parks: englishIds(root, 'parks', problems),
      cases: englishIds(root, 'cases', problems),
    },
    problems,
  };
}
