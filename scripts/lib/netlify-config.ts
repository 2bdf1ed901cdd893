/**
 * The parts of netlify.toml the local server and the header gate reproduce:
 * `[[headers]]` for static files and `[[redirects]]`. One matcher for both, with
 * Netlify's semantics: `*` splat, `:name` one segment, case-insensitive, a trailing
 * slash optional (Netlify's own `@netlify/headers-parser` builds its `for` regexps
 * this way, and its CDN normalises the trailing slash before redirect rules run);
 * every matching header rule applies, the first matching redirect wins.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'smol-toml';

/** One `[[headers]]` table. */
export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** One `[[redirects]]` table with Netlify's defaults filled in. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

/** The header and redirect rules of one netlify.toml, in file order. */
export interface NetlifyConfig {
  headers: HeaderRule[];
  redirects: RedirectRule[];
}

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function tables(toml: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const list = toml[key];
  if (list === undefined) return [];
  if (!Array.isArray(list))
    throw new Error(`netlify.toml: \`${key}\` must be an array of tables ([[${key}]])`);
  return list.map((entry: unknown, i) => {
    if (!isTable(entry)) throw new Error(`netlify.toml: ${key}[${i}] must be a table`);
    return entry;
  });
}

function text(table: Record<string, unknown>, key: string, where: string, isPath: boolean): string {
  const value = table[key];
  // Netlify refuses to deploy such a file, so the local copy refuses too.
  if (typeof value !== 'string' || (isPath && !value.startsWith('/')))
    throw new Error(
      `netlify.toml: ${where}.${key} must be ${isPath ? 'a path starting with /' : 'a string'}`,
    );
  return value;
}

function headerValue(value: unknown): string {
  // A TOML array means several values for one header, which Netlify joins with commas;
  // multi-line strings become one line because a header value is one line.
  const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Header and redirect rules of parsed netlify.toml; throws naming the malformed table. */
export function netlifyRules(toml: unknown): NetlifyConfig {
  const root = isTable(toml) ? toml : {};
  const headers = tables(root, 'headers').map((rule, i) => {
    if (!isTable(rule['values']))
      throw new Error(`netlify.toml: headers[${i}].values must be a table`);
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(rule['values'])) values[name] = headerValue(value);
    return { for: text(rule, 'for', `headers[${i}]`, true), values };
  });
  const redirects = tables(root, 'redirects').map((rule, i) => ({
    from: text(rule, 'from', `redirects[${i}]`, true),
    to: text(rule, 'to', `redirects[${i}]`, false),
    status: typeof rule['status'] === 'number' ? rule['status'] : 301,
    force: rule['force'] === true,
  }));
  return { headers, redirects };
}

/** Parses netlify.toml text (see `netlifyRules`). */
export function parseNetlifyConfig(text: string): NetlifyConfig {
  return netlifyRules(parse(text));
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

/** A Netlify path pattern as a RegExp (see the module comment for the semantics). */
export function patternToRegExp(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) {
    const source = pattern
      .replace(/\/+$/, '')
      .split(/(\/\*$|\*|:[A-Za-z_][A-Za-z0-9_]*)/)
      .map((part) => {
        // A trailing `/*` also matches the bare prefix: `/x/*` answers for `/x`.
        if (part === '/*') return '(?:/(?<splat>.*))?';
        if (part === '*') return '(?<splat>.*)';
        if (part.startsWith(':')) return `(?<${part.slice(1)}>[^/]+)`;
        return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    regex = new RegExp(`^${source}/?$`, 'i');
    patternCache.set(pattern, regex);
  }
  return regex;
}

/** Named captures (`splat` always present) when `path` matches `pattern`, else null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const match = patternToRegExp(pattern).exec(path);
  if (!match) return null;
  const params: Record<string, string> = { splat: '' };
  for (const [name, value] of Object.entries(match.groups ?? {}))
    if (value !== undefined) params[name] = value;
  return params;
}

/** Headers of every rule whose `for` matches `path`, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchPattern(rule.for, path)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      // Header names are case-insensitive: drop an earlier spelling before overriding.
      for (const existing of Object.keys(result))
        if (existing.toLowerCase() === name.toLowerCase()) delete result[existing];
      result[name] = value;
    }
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
