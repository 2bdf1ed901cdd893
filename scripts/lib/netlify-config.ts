/**
 * The parts of netlify.toml the local server reproduces: `[[headers]]` for
 * static files and `[[redirects]]`, matched the way Netlify matches them
 * (`*` splat, `:name` placeholders, first matching redirect wins, redirects
 * shadowed by an existing file unless `force`).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'smol-toml';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

export interface NetlifyConfig {
  headers: HeaderRule[];
  redirects: RedirectRule[];
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Parses netlify.toml text; entries without the required keys are skipped. */
export function parseNetlifyConfig(text: string): NetlifyConfig {
  const toml = asRecord(parse(text));
  const headers: HeaderRule[] = [];
  for (const entry of asArray(toml['headers'])) {
    const rule = asRecord(entry);
    if (typeof rule['for'] !== 'string') continue;
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(asRecord(rule['values']))) {
      // Netlify accepts multi-line values; header values are one line.
      if (typeof value === 'string' || typeof value === 'number')
        values[name] = String(value)
          .replace(/\s*\n\s*/g, ' ')
          .trim();
    }
    headers.push({ for: rule['for'], values });
  }
  const redirects: RedirectRule[] = [];
  for (const entry of asArray(toml['redirects'])) {
    const rule = asRecord(entry);
    if (typeof rule['from'] !== 'string' || typeof rule['to'] !== 'string') continue;
    redirects.push({
      from: rule['from'],
      to: rule['to'],
      status: typeof rule['status'] === 'number' ? rule['status'] : 301,
      force: rule['force'] === true,
    });
  }
  return { headers, redirects };
}

/** Reads netlify.toml; a missing file means no headers and no redirects. */
export async function loadNetlifyConfig(path: string): Promise<NetlifyConfig> {
  try {
    return parseNetlifyConfig(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { headers: [], redirects: [] };
    throw error;
  }
}

const patternCache = new Map<string, RegExp>();

/** A Netlify path pattern as a RegExp: `*` captures the splat, `:name` one segment. */
export function patternToRegExp(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) {
    const source = pattern
      .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
      .map((part) => {
        if (part === '*') return '(?<splat>.*)';
        if (part.startsWith(':')) return `(?<${part.slice(1)}>[^/]+)`;
        return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    regex = new RegExp(`^${source}$`);
    patternCache.set(pattern, regex);
  }
  return regex;
}

/** Named captures when `path` matches `pattern`, else null. `/x/*` also matches `/x`. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const match =
    patternToRegExp(pattern).exec(path) ??
    (pattern.endsWith('/*') ? patternToRegExp(pattern.slice(0, -2)).exec(path) : null);
  if (!match) return null;
  return { splat: '', ...match.groups };
}

/** Headers of every rule whose `for` matches, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (matchPattern(rule.for, path)) Object.assign(result, rule.values);
  }
  return result;
}

/** The first redirect that matches, with `:splat` and placeholders filled into its target. */
export function findRedirect(
  rules: readonly RedirectRule[],
  path: string,
): (RedirectRule & { target: string }) | null {
  for (const rule of rules) {
    const params = matchPattern(rule.from, path);
    if (!params) continue;
    const target = rule.to.replace(
      /:([A-Za-z_][A-Za-z0-9_]*)/g,
      (whole, name: string) => params[name] ?? whole,
    );
    return { ...rule, target };
  }
  return null;
}
