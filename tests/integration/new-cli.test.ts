/**
 * `npm run new` as staff run it without a terminal (CI, scripts): missing flags are named
 * and nothing is written, an existing slug is refused, and a complete set of flags writes
 * a file the build's loader accepts. (The park case, built into a site, is in
 * site-fallback.test.ts.)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../scripts/lib/content/load';
import { runTool } from '../support/run-tool';

vi.setConfig({ testTimeout: 120_000 });

const work = mkdtempSync(join(tmpdir(), 'new-cli-'));
const content = join(work, 'content');
cpSync(resolve('content'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new without a terminal', () => {
  it('names every missing flag, exits 2 and writes nothing', async () => {
    const run = await runTool('new', content, [
      'supplier',
      'yichang-stamping',
      '--name-zh',
      '宜昌冲压',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Missing flags (no terminal to ask in): --name-en --lat --lng --processes --employees --source-zh --source-en',
    );
    expect(existsSync(join(content, 'suppliers', 'yichang-stamping.yaml'))).toBe(false);
  });

  it('refuses a slug that exists before asking anything', async () => {
    const run = await runTool('new', content, ['institution', 'luling-polytechnic']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/institutions/ already has "luling-polytechnic"');
  });

  it('writes a supplier from flags that the loader accepts, in the folder CONTENT_DIR names', async () => {
    const run = await runTool('new', content, [
      'supplier',
      'yichang-stamping',
      '--name-zh',
      '宜昌云河精密冲压有限公司',
      '--name-en',
      'Yichang Yunhe Precision Stamping Co., Ltd.',
      '--lat',
      '27.88',
      '--lng',
      '112.90',
      '--processes',
      'mold-stamping,electrophoresis',
      '--employees',
      '240',
      '--park',
      'xiangjiang-auto-parts-zone',
      '--source-zh',
      '湘潭市工信局2026年企业名录',
      '--source-en',
      'Xiangtan industry bureau, register 2026',
      '--as-of',
      '2026-10-31',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(content, 'suppliers', 'yichang-stamping.yaml'), 'utf8');
    expect(text).toContain('employees: 240 # 员工人数 / head count');
    const { input, problems } = loadContent(content);
    expect(problems).toEqual([]);
    expect(input.suppliers.find((s) => s.id === 'yichang-stamping')?.data).toMatchObject({
      processes: ['mold-stamping', 'electrophoresis'],
      park: 'xiangjiang-auto-parts-zone',
      asOf: new Date('2026-10-31'),
    });
  });
});
