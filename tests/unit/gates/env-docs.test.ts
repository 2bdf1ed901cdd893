/**
 * Every environment variable the code reads (src/, netlify/, scripts/, astro.config.mjs)
 * is listed in docs/DEPLOY.md, so a park's IT person sees all of them in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedNames, envReads, undocumented } from '../../gates/env-vars';

/** Operating-system variables the code only passes through to child processes. */
const SYSTEM = new Set(['PATH']);

function sources(): { path: string; text: string }[] {
  const files = ['src', 'netlify', 'scripts'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(ts|mts|js|mjs|astro)$/.test(d.name))
      .map((d) => join(d.parentPath, d.name)),
  );
  return [...files, 'astro.config.mjs'].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

describe('environment variable scanner', () => {
  it('finds process.env, Netlify.env.get and env parameters, but not import.meta.env', () => {
    const text = [
      "const a = process.env.SITE_URL ?? 'x';",
      "const b = process.env['LEAD_WEBHOOK_URL'];",
      'const c = Netlify.env.get("LEAD_EMAIL_SALT");',
      "const d = env['RATE_LIMIT_SALT'] || env.DIST_DIR;",
      'const e = env[`LEAD_NOTIFY_${name.toUpperCase()}_URL`];',
      'const f = import.meta.env.BASE_URL;',
    ].join('\n');
    expect(envReads('x.ts', text).map((r) => r.name)).toEqual([
      'SITE_URL',
      'DIST_DIR',
      'LEAD_WEBHOOK_URL',
      'RATE_LIMIT_SALT',
      'LEAD_EMAIL_SALT',
      'LEAD_NOTIFY_*_URL',
    ]);
  });

  it('fails a variable the document does not list, and a pattern no listed name matches', () => {
    const reads = envReads('x.ts', "env['NEW_SECRET']; env[`CHAT_${n}_URL`]; env['KNOWN']");
    expect(
      undocumented(reads, documentedNames('`KNOWN` and `OTHER_URL=1`')).map((r) => r.name),
    ).toEqual(['NEW_SECRET', 'CHAT_*_URL']);
    expect(undocumented(reads, documentedNames('`KNOWN`, `NEW_SECRET`, `CHAT_WECOM_URL`'))).toEqual(
      [],
    );
  });
});

describe('docs/DEPLOY.md', () => {
  it('lists every environment variable the code reads', () => {
    const documented = documentedNames(readFileSync('docs/DEPLOY.md', 'utf8'));
    const reads = sources()
      .flatMap((file) => envReads(file.path, file.text))
      .filter((read) => !SYSTEM.has(read.name));
    expect(reads.length).toBeGreaterThan(20);
    const missing = undocumented(reads, documented).map((r) => `${r.name} (read in ${r.file})`);
    expect(missing, 'add these to the table in docs/DEPLOY.md').toEqual([]);
  });
});
