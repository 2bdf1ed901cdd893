/**
 * Gate: every environment variable the code reads is documented in docs/DEPLOY.md.
 * Pure: source texts in, names out. It finds `process.env.X`, `process.env['X']`,
 * `Netlify.env.get('X')` and, because the function code passes `process.env` around as
 * a parameter named `env`, `env.X` and `env['X']`; a template key such as
 * env[`LEAD_NOTIFY_${name}_URL`] becomes a pattern that some documented name must match.
 */

/** A variable the code reads: an exact name, or a pattern from a template-literal key. */
export interface EnvRead {
  file: string;
  /** The name, or the template with `*` for each `${…}` (e.g. "LEAD_NOTIFY_*_URL"). */
  name: string;
  pattern: boolean;
}

const NAME = '[A-Z][A-Z0-9_]*';
const READS: readonly RegExp[] = [
  new RegExp(`(?<!meta\\.)\\b(?:process\\.)?env\\.(${NAME})\\b`, 'g'),
  new RegExp(`(?<!meta\\.)\\b(?:process\\.)?env\\[\\s*['"](${NAME})['"]\\s*\\]`, 'g'),
  new RegExp(`\\bNetlify\\.env\\.get\\(\\s*['"](${NAME})['"]\\s*\\)`, 'g'),
];
const TEMPLATE_READ = /\b(?:process\.)?env\[\s*`([^`]*)`\s*\]/g;

/** Every environment variable read in `text`, in order of appearance, without repeats. */
export function envReads(file: string, text: string): EnvRead[] {
  const found = new Map<string, EnvRead>();
  for (const re of READS) {
    for (const m of text.matchAll(re)) {
      const name = m[1] as string;
      found.set(name, { file, name, pattern: false });
    }
  }
  for (const m of text.matchAll(TEMPLATE_READ)) {
    const name = (m[1] as string).replace(/\$\{[^}]*\}/g, '*');
    found.set(name, { file, name, pattern: name.includes('*') });
  }
  return [...found.values()];
}

/** Names written in backticks in a Markdown document (`` `LEAD_WEBHOOK_URL` ``). */
export function documentedNames(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(new RegExp(`\`(${NAME})(?:=[^\`]*)?\``, 'g'))].map((m) => m[1] as string),
  );
}

/** Reads the document does not cover: an exact name not listed, a pattern no listed name matches. */
export function undocumented(
  reads: readonly EnvRead[],
  documented: ReadonlySet<string>,
): EnvRead[] {
  return reads.filter((read) => {
    if (!read.pattern) return !documented.has(read.name);
    const re = new RegExp(`^${read.name.split('*').join('[A-Z0-9_]+')}$`);
    return ![...documented].some((name) => re.test(name));
  });
}
