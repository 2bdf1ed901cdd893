/**
 * A park's search record as the HTML document Pagefind indexes (scripts/build-search.ts).
 */
import { escapeHtml } from '../forms/html';
import type { SearchRecord } from './search-records';

/**
 * A park record as the HTML document Pagefind indexes (`addHTMLFile`): the park's name
 * and text first, then each section under a heading with its anchor id, so a match in a
 * section comes back as a sub-result at `<url>#<id>`. Meta and the `type` filter are set
 * from attributes of `<body>`; the park's name weighs more than a supplier's (the inquiry
 * form's picker looks parks up by name in the same index).
 */
export function recordHtml(record: SearchRecord): string {
  const keys = Object.keys(record.meta);
  const meta = keys.map((k) => `${k}[data-m-${k}]`).join(', ');
  const attributes = keys.map((k) => ` data-m-${k}="${escapeHtml(record.meta[k] ?? '')}"`).join('');
  const [name = '', ...rest] = record.content.split('\n');
  const sections = (record.sections ?? [])
    .map(
      (s) =>
        `<h2 id="${escapeHtml(s.id)}" data-pagefind-weight="1">${escapeHtml(s.title)}</h2>` +
        (s.text ? `<p>${escapeHtml(s.text)}</p>` : ''),
    )
    .join('');
  return (
    `<!doctype html><html lang="${escapeHtml(record.language)}"><head><title>${escapeHtml(record.meta['title'] ?? name)}</title></head>` +
    `<body data-pagefind-filter="type:${escapeHtml(record.filters.type[0])}" data-pagefind-meta="${meta}"${attributes}>` +
    `<h1 data-pagefind-weight="10">${escapeHtml(name)}</h1><p>${escapeHtml(rest.join(' '))}</p>${sections}</body></html>`
  );
}
