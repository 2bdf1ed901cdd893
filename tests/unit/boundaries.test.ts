import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findBoundaryViolations,
  formatViolations,
  importSpecifiers,
  type SourceFile,
} from '../gates/boundaries';

const file = (path: string, text: string): SourceFile => ({ path, text });

describe('boundary checker', () => {
  it('names the file and the specifier of a forbidden import', () => {
    const violations = findBoundaryViolations([
      file('src/domain/reach.ts', "import { getCollection } from 'astro:content';\n"),
    ]);
    expect(formatViolations(violations)).toBe(
      "src/domain/reach.ts: 'astro:content' (src/domain/ stays free of Astro)",
    );
  });

  it.each([
    ['src/domain/a.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/domain/a.ts', "import { join } from 'path';"],
    ['src/domain/a.ts', "import type { AstroGlobal } from 'astro';"],
    ['src/domain/inquiry/a.ts', "export { store } from '../../../netlify/lib/lead-store';"],
    ['src/domain/a.ts', "const m = await import('../data/catalog');"],
    ['src/domain/a.ts', "import '../components/park/labels';"],
    ['netlify/lib/a.ts', "import Form from '../../src/components/inquiry/InquiryForm.astro';"],
    ['netlify/lib/a.ts', "export * from '../../src/pages/index.astro';"],
    ['src/data/a.ts', "import { harness } from '../../tests/support/harness';"],
    ['src/components/A.astro', "---\nimport { serve } from '../../scripts/serve';\n---\n<p />"],
  ])('fails %s importing: %s', (path, text) => {
    expect(findBoundaryViolations([file(path, text)])).toHaveLength(1);
  });

  it('allows what the layers may import', () => {
    const allowed = [
      file('src/domain/a.ts', "import { z } from 'zod';\nimport { x } from './geo';"),
      file('src/data/a.ts', "import { getCollection } from 'astro:content';"),
      file('netlify/lib/a.ts', "import { qualify } from '../../src/domain/inquiry';"),
      file('src/pages/a.astro', "---\nimport { getCatalog } from '../data/catalog';\n---"),
    ];
    expect(findBoundaryViolations(allowed)).toEqual([]);
  });

  it('reads only module code: text that looks like an import in Markdown or a comment is ignored', () => {
    expect(
      importSpecifiers(file('src/a.astro', "---\n// import 'x'\n---\n<p>import 'y'</p>")),
    ).toEqual([]);
  });
});

function sources(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts|astro)$/.test(name))
    .map((name) => {
      const path = join(dir, name).replaceAll('\\', '/');
      return file(path, readFileSync(path, 'utf8'));
    });
}

describe('the repository', () => {
  it('keeps every layering rule', () => {
    const files = [...sources('src'), ...sources('netlify')];
    expect(files.length).toBeGreaterThan(50);
    expect(formatViolations(findBoundaryViolations(files))).toBe('');
  });
});
