/**
 * Gate: each function's bundle, built with esbuild as Netlify's `node_bundler = "esbuild"`
 * builds it, stays small, because its size is most of the function's cold start
 * (scripts/bench/cold-start.ts). Full `zod` anywhere on a function's path (instead of
 * `zod/mini`) adds ~700 KB: on 29 November one import in netlify/lib/park-directory.ts
 * took the inquiry function from 258 KB to 956 KB and its cold start at N = 5,000 from
 * 231 to 284 ms, unnoticed until measured.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Bytes of unminified ESM output a function may reach (the inquiry function: ~265 KB). */
const FUNCTION_BUNDLE_BUDGET_BYTES = 400 * 1024;

async function bundleBytes(entry: string): Promise<{ bytes: number; zodFull: boolean }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    metafile: true,
    logLevel: 'error',
    external: ['@netlify/blobs'],
  });
  const bytes = result.outputFiles.reduce((n, f) => n + f.contents.byteLength, 0);
  const inputs = Object.keys(result.metafile.inputs);
  // zod/mini's files live under zod/v4/mini; full zod pulls in zod/v4/classic.
  const zodFull = inputs.some((path) => /node_modules\/zod\/(v4\/classic|v3)\//.test(path));
  return { bytes, zodFull };
}

const functions = readdirSync('netlify/functions').filter((f) => f.endsWith('.ts'));

describe('function bundles', () => {
  it('finds the functions', () => {
    expect(functions).toContain('inquiry.ts');
  });

  for (const file of functions) {
    it(`${file} stays under its budget and never bundles full zod`, async () => {
      const { bytes, zodFull } = await bundleBytes(join('netlify/functions', file));
      expect(zodFull, `${file} bundles full zod: import * as z from 'zod/mini' instead`).toBe(
        false,
      );
      expect(bytes, `${file}: ${(bytes / 1024).toFixed(0)} KB`).toBeLessThanOrEqual(
        FUNCTION_BUNDLE_BUDGET_BYTES,
      );
    });
  }
});
