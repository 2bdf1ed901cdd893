/**
 * Which netlify.toml `[[headers]]` rules apply to a path, resolved the way
 * Netlify does (every matching rule applies; for the same header a later rule
 * overrides an earlier one). Pure: takes the parsed TOML object.
 */

/** One `[[headers]]` table. */
export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** Extracts the header rules from a parsed netlify.toml; throws on a malformed table. */
export function headerRules(config: unknown): HeaderRule[] {
  const list = (config as { headers?: unknown } | null)?.headers;
  if (list === undefined) return [];
  if (!Array.isArray(list))
    throw new Error('netlify.toml: `headers` must be an array of tables ([[headers]])');
  return list.map((raw: unknown, i) => {
    const rule = raw as { for?: unknown; values?: unknown };
    if (typeof rule.for !== 'string' || !rule.for.startsWith('/'))
      throw new Error(`netlify.toml: headers[${i}].for must be a path starting with /`);
    if (typeof rule.values !== 'object' || rule.values === null)
      throw new Error(`netlify.toml: headers[${i}].values must be a table`);
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(rule.values)) {
      // A TOML array means several values for one header; Netlify joins them with commas.
      values[name] = Array.isArray(value) ? value.map(String).join(', ') : String(value);
    }
    return { for: rule.for, values };
  });
}

/** Converts a Netlify path pattern (`/*`, `/parks/:slug/`) to a RegExp. */
export function pathPattern(pattern: string): RegExp {
  const body = pattern
    .replace(/\/+$/, '')
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${body}/?$`, 'i');
}

/** The headers Netlify would send for `path` under `rules`. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathPattern(rule.for).test(path)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      // Header names are case-insensitive: drop an earlier spelling before overriding.
      for (const existing of Object.keys(out))
        if (existing.toLowerCase() === name.toLowerCase()) delete out[existing];
      out[name] = value;
    }
  }
  return out;
}
