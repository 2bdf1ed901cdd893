/**
 * `npm run content:report` on a copy of content/: with every stale date brought up to
 * date it passes `--strict`; with one supplier's `asOf` moved back 19 months `--json`
 * lists that figure and `--strict` exits non-zero; an unknown id fails `--strict` too.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../../scripts/lib/content/load';
import type { Finding } from '../../scripts/lib/report/findings';
import { addMonthsUtc } from '../../src/domain/staleness';
import { runTool } from '../support/run-tool';

// Each case starts the tool as a process (a few seconds each on a busy machine).
vi.setConfig({ testTimeout: 120_000 });

const work = mkdtempSync(join(tmpdir(), 'content-report-'));
const content = join(work, 'content');
const supplier = 'content/suppliers/hengrui-precision-stamping.yaml';
const caseFile = 'content/cases/jinxiang-seat-frames.md';
const day = (d: Date) => d.toISOString().slice(0, 10);
const today = new Date();

const report = async (...args: string[]) => {
  const run = await runTool('content-report', content, args);
  const findings = args.includes('--json') ? (JSON.parse(run.stdout) as Finding[]) : [];
  return { ...run, findings };
};

/** Sets one field (dotted path, as findings name it) in a YAML or Markdown content file. */
function setField(file: string, field: string, value: unknown): void {
  const path = join(work, file);
  const text = readFileSync(path, 'utf8');
  const markdown = file.endsWith('.md');
  const { frontmatter, body } = markdown ? splitFrontmatter(text) : { frontmatter: text, body: '' };
  const doc = parseDocument(frontmatter);
  doc.setIn(field.split('.'), value);
  writeFileSync(path, markdown ? `---\n${doc.toString()}---\n${body}` : doc.toString());
}

let baseline: Finding[] = [];

beforeAll(async () => {
  cpSync(resolve('content'), content, { recursive: true });
  baseline = (await report('--json')).findings;
  // Staff act on the report: every stale block gets figures dated this month.
  for (const f of baseline.filter((x) => x.kind === 'stale')) setField(f.file, f.field, day(today));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('content:report', () => {
  it('passes --strict once stale figures are updated (sample content has nothing else strict)', async () => {
    const run = await report('--strict');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\d+ findings?, 0 of which fail --strict/);
  });

  it('lists a figure moved back 19 months with --json, and --strict exits non-zero on it', async () => {
    expect(baseline.some((f) => f.file === supplier && f.kind === 'stale')).toBe(false);
    const asOf = day(addMonthsUtc(today, -19));
    setField(supplier, 'asOf', asOf);
    const run = await report('--json', '--strict');
    expect(run.code).toBe(1);
    expect(run.findings).toContainEqual({
      file: supplier,
      park: 'xiangjiang-auto-parts-zone',
      field: 'asOf',
      kind: 'stale',
      message: `figures dated ${asOf} are 19 months old (limit 18); check them and update asOf and source`,
    });
    const strict = run.findings.filter(
      (f) => !['missing-translation', 'out-of-reach'].includes(f.kind),
    );
    expect(strict).toHaveLength(1);
    setField(supplier, 'asOf', day(today));
  });

  it('fails --strict on a reference to an unknown id, naming file, field and park', async () => {
    setField(caseFile, 'chain', 'auto-part');
    const run = await report('--json', '--strict');
    expect(run.code).toBe(1);
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        file: caseFile,
        park: 'xiangjiang-auto-parts-zone',
        field: 'chain',
        kind: 'unknown-id',
        message: expect.stringContaining(
          'unknown chain id "auto-part" (did you mean "auto-parts"?)',
        ),
      }),
    );
  });
});
