/**
 * The staff tools' content loader reads what the build reads (same folders, patterns,
 * ids and schemas) and reports a bad file by file and field instead of stopping.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, splitFrontmatter } from '../../../scripts/lib/content/load';

const work = mkdtempSync(join(tmpdir(), 'content-load-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), text);
}

describe('splitFrontmatter', () => {
  it('splits YAML from the body, and treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\nText\n')).toEqual({
      frontmatter: 'a: 1',
      body: '\nText\n',
    });
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\nText')).toEqual({
      frontmatter: 'a: 1',
      body: 'Text',
    });
    expect(splitFrontmatter('Just text\n---\n')).toEqual({
      frontmatter: '',
      body: 'Just text\n---\n',
    });
  });
});

describe('loadContent', () => {
  it('loads the sample content with no problems, one entry per file', () => {
    const { input, englishBodies, problems } = loadContent('content');
    expect(problems).toEqual([]);
    const count = (dir: string, re: RegExp) =>
      readdirSync(join('content', dir)).filter((f) => re.test(f)).length;
    expect(input.parks).toHaveLength(count('parks', /(?<!\.en)\.md$/));
    expect(input.suppliers).toHaveLength(count('suppliers', /\.ya?ml$/));
    expect(input.processes).toHaveLength(count('taxonomy/processes', /\.ya?ml$/));
    expect(englishBodies.cases.size).toBe(count('cases', /\.en\.md$/));
    expect(input.parks[0]?.entry.body.trim().length).toBeGreaterThan(20);
  });

  it('names the file and field of each bad file and keeps loading the rest', () => {
    write(
      'suppliers/group-a/ok-supplier.yaml',
      'name: { zh: 某公司 }\ncoordinates: { lat: 27.1, lon: 114.5 }\nprocesses: [forging]\nemployees: 10\nsource: { zh: 名录 }\nasOf: 2026-01-01\n',
    );
    write(
      'suppliers/bad-supplier.yaml',
      'name: { zh: 某公司 }\ncoordinates: { lat: 127.1, lon: 114.5 }\nprocesses: []\nemployees: 10\nsource: { zh: 名录 }\nasOf: 2026-01-01\n',
    );
    write('institutions/broken.yaml', 'name: [unclosed\n');
    write('parks/only-english.en.md', '---\nslug: only-english\n---\nText\n');
    const { input, englishBodies, problems } = loadContent(work);
    expect(input.suppliers.map((s) => [s.id, s.filePath])).toEqual([
      ['ok-supplier', 'content/suppliers/group-a/ok-supplier.yaml'],
    ]);
    expect(englishBodies.parks).toEqual(new Set(['only-english']));
    expect(problems.map((p) => [p.filePath, p.field])).toEqual([
      ['content/suppliers/bad-supplier.yaml', 'coordinates.lat'],
      ['content/suppliers/bad-supplier.yaml', 'processes'],
      ['content/institutions/broken.yaml', '(YAML)'],
      ['content/parks/only-english.en.md', '(file)'],
    ]);
    expect(problems.find((p) => p.field === 'processes')?.message).toBe(
      'List at least one process id',
    );
    expect(problems.at(-1)?.message).toMatch(/move slug to the \.md file/);
  });
});
