/**
 * HTML string helpers for the inquiry form renderer. The same strings are produced at
 * build time (Astro page), on the server (no-JS error page) and in the browser (client
 * errors), so escaping lives in one tiny module every one of them imports.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Renders attributes from a record: `true` → bare attribute, `false`/`undefined`/`''`
 * → omitted (so optional ARIA references never render empty), everything else escaped.
 */
export function attrs(
  record: Readonly<Record<string, string | number | boolean | undefined>>,
): string {
  let out = '';
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined || value === false || value === '') continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}
