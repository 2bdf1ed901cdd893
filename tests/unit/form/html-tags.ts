/**
 * A tiny start-tag reader for the renderer's own output (always double-quoted, escaped
 * attributes), so tests can assert on elements and attributes without a DOM library.
 */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of the tag in the HTML, to check order. */
  index: number;
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every start tag in `html`, with decoded attribute values (bare attributes read as ""). */
export function tags(html: string): Tag[] {
  const result: Tag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const attr of (match[2] ?? '').matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) {
      attrs[attr[1] ?? ''] = decode(attr[2] ?? '');
    }
    result.push({ name: (match[1] ?? '').toLowerCase(), attrs, index: match.index });
  }
  return result;
}

/** The one start tag with this id; throws when there is none or more than one. */
export function byId(html: string, id: string): Tag {
  const found = tags(html).filter((tag) => tag.attrs.id === id);
  if (found.length !== 1) throw new Error(`Expected one element #${id}, found ${found.length}`);
  return found[0] as Tag;
}

/** Start tags matching a predicate. */
export function where(html: string, predicate: (tag: Tag) => boolean): Tag[] {
  return tags(html).filter(predicate);
}
