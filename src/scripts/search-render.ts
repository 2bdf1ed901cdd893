/**
 * Draws one search result (a park with why it matched, or a process) as DOM nodes.
 * Pagefind's excerpts are rebuilt as text and <mark> only, never inserted as HTML.
 */
import type { PageStrings, Reason, ResultGroup } from './search-results';

const LINK = 'text-brand-700 underline underline-offset-4 hover:text-brand-800';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = element('a', className, ...children);
  a.href = href;
  return a;
}

/** An excerpt's text with its <mark>ed words, and nothing else of its markup. */
function excerpt(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) =>
    node.nodeName === 'MARK'
      ? element('mark', 'bg-warn-50 font-semibold text-slate-900', node.textContent ?? '')
      : document.createTextNode(node.textContent ?? ''),
  );
}

function reasonItem(reason: Reason, strings: PageStrings): HTMLLIElement {
  if (reason.kind === 'park') {
    return element(
      'li',
      '',
      link(reason.url, LINK, strings.park),
      element('span', 'text-slate-700', ' — ', ...excerpt(reason.excerptHtml ?? '')),
    );
  }
  return element('li', '', link(reason.url, LINK, reason.text ?? ''));
}

/** One `<li>` of the result list. */
export function renderGroup(group: ResultGroup, strings: PageStrings): HTMLLIElement {
  const card = 'rounded-lg border border-slate-200 bg-white p-4';
  if (group.kind === 'process') {
    return element(
      'li',
      card,
      element('p', 'text-sm font-medium text-slate-700', strings.process),
      element('h3', 'text-lg font-semibold', link(group.url, LINK, group.title)),
      element('p', 'mt-1 text-slate-700', group.note),
      element('p', 'mt-1 text-sm text-slate-700', ...excerpt(group.excerptHtml)),
    );
  }
  const compare = link(
    `${strings.compareUrl}?add=${encodeURIComponent(group.slug)}`,
    `${LINK} text-sm`,
    strings.compare,
    element('span', 'sr-only', ` ${group.title}`),
  );
  return element(
    'li',
    card,
    element('h3', 'text-lg font-semibold', link(group.url, LINK, group.title)),
    element('p', 'text-sm text-slate-700', group.place),
    element(
      'ul',
      'mt-2 list-disc space-y-1 pl-5',
      ...group.reasons.map((r) => reasonItem(r, strings)),
    ),
    element('p', 'mt-3', compare),
  );
}
