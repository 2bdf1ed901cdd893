/**
 * Gate: the layering rules of ARCHITECTURE.md as a check on import specifiers, so
 * the one-way data flow holds by test rather than by habit. Pure: takes file paths
 * (relative to the repository, `/`-separated) and their source text.
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';

/** A file to check: repository-relative path and source text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One import that crosses a boundary. */
export interface BoundaryViolation {
  file: string;
  specifier: string;
  rule: string;
}

interface Rule {
  /** Files the rule applies to (path prefix). */
  from: string;
  rule: string;
  /** True when the import, resolved against the repository root, is forbidden. */
  forbids: (target: string) => boolean;
}

const nodeBuiltins = new Set(builtinModules);
const isNodeBuiltin = (target: string) =>
  target.startsWith('node:') || nodeBuiltins.has(target.split('/')[0] ?? target);
const under =
  (...folders: string[]) =>
  (target: string) =>
    folders.some((folder) => target.startsWith(folder));

const RULES: readonly Rule[] = [
  {
    from: 'src/domain/',
    rule: 'src/domain/ stays free of Astro',
    forbids: (t) => t === 'astro' || t.startsWith('astro/') || t.startsWith('astro:'),
  },
  { from: 'src/domain/', rule: 'src/domain/ uses no Node built-ins', forbids: isNodeBuiltin },
  {
    from: 'src/domain/',
    rule: 'src/domain/ imports nothing from Netlify, components or data',
    forbids: under('netlify/', '@netlify/', 'src/components/', 'src/data/'),
  },
  {
    from: 'netlify/',
    rule: 'netlify/ imports no components or pages',
    forbids: under('src/components/', 'src/pages/'),
  },
  {
    from: 'src/',
    rule: 'src/ imports nothing from scripts/ or tests/',
    forbids: under('scripts/', 'tests/'),
  },
];

/** The module code of a file: all of a `.ts` file; frontmatter and scripts of an `.astro` one. */
export function moduleCode(file: SourceFile): string {
  if (!file.path.endsWith('.astro')) return file.text;
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(file.text)?.[1] ?? '';
  const scripts = [...file.text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Every module specifier a file imports: static, `export … from`, and dynamic `import()`. */
export function importSpecifiers(file: SourceFile): string[] {
  return ts.preProcessFile(moduleCode(file), true, true).importedFiles.map((f) => f.fileName);
}

/** A specifier as a repository path when relative (`../data/x` from `src/domain/a.ts`), else itself. */
export function resolveSpecifier(fromFile: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return posix.normalize(posix.join(posix.dirname(fromFile), specifier));
}

/** Imports in `files` that break a layering rule, in file order. */
export function findBoundaryViolations(files: readonly SourceFile[]): BoundaryViolation[] {
  const violations: BoundaryViolation[] = [];
  for (const file of files) {
    const rules = RULES.filter((r) => file.path.startsWith(r.from));
    if (rules.length === 0) continue;
    for (const specifier of importSpecifiers(file)) {
      const target = resolveSpecifier(file.path, specifier);
      for (const r of rules)
        if (r.forbids(target)) violations.push({ file: file.path, specifier, rule: r.rule });
    }
  }
  return violations;
}

/** One line per violation: `file: 'specifier' (rule)`. */
export function formatViolations(violations: readonly BoundaryViolation[]): string {
  return violations.map((v) => `${v.file}: '${v.specifier}' (${v.rule})`).join('\n');
}
