/**
 * Finds what a CSP without 'unsafe-inline' would block in built HTML: inline
 * <script> (except data blocks such as application/ld+json) and <style>
 * elements whose hash the policy does not list, style="" attributes, on*=""
 * event handlers and javascript: URLs. Pure: HTML and policy in, findings out.
 */
import { createHash } from 'node:crypto';
import { parseCsp } from './header-policy';

export type BlockedKind =
  'inline-script' | 'style-element' | 'style-attribute' | 'event-handler' | 'javascript-url';

export interface BlockedInline {
  kind: BlockedKind;
  /** The first 80 characters of the offending tag or code. */
  snippet: string;
}

/** Script types that are data, not code: CSP does not apply to them. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules|text\/template)$/i;
const EXECUTABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript|text\/ecmascript)$/i;
const TAG =
  /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(raw: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of raw.matchAll(ATTR)) attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

function hashes(code: string): string[] {
  return ['sha256', 'sha384', 'sha512'].map(
    (alg) => `'${alg}-${createHash(alg).update(code, 'utf8').digest('base64')}'`,
  );
}

const SCRIPT_ELEM = ['script-src-elem', 'script-src', 'default-src'] as const;
const SCRIPT_ATTR = ['script-src-attr', 'script-src', 'default-src'] as const;
const STYLE_ELEM = ['style-src-elem', 'style-src', 'default-src'] as const;
const STYLE_ATTR = ['style-src-attr', 'style-src', 'default-src'] as const;

const snippet = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 80);

/**
 * Lists inline code in `rawHtml` that `cspPolicy` (the header policy) would
 * block. A `<meta http-equiv="Content-Security-Policy">` in the page is enforced
 * too (Astro's security.csp writes its hashes there): code must pass every policy.
 */
export function findBlockedInline(rawHtml: string, cspPolicy = ''): BlockedInline[] {
  // Comments are inert; dropping them keeps commented-out markup from counting.
  const html = rawHtml.replace(/<!--[\s\S]*?-->/g, '');
  const lowerHtml = html.toLowerCase();
  const tags: { name: string; attrs: Map<string, string>; raw: string; content: string }[] = [];
  const re = new RegExp(TAG.source, 'g');
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[1]!.toLowerCase();
    let content = '';
    if (name === 'script' || name === 'style') {
      // Raw-text elements: their content is not markup, so scanning resumes after the close tag.
      const start = m.index + m[0].length;
      const close = lowerHtml.indexOf(`</${name}`, start);
      content = close < 0 ? html.slice(start) : html.slice(start, close);
      re.lastIndex = close < 0 ? html.length : close;
    }
    tags.push({ name, attrs: attributes(m[2] ?? ''), raw: m[0], content });
  }
  const policies = [
    cspPolicy,
    ...tags
      .filter(
        (t) =>
          t.name === 'meta' &&
          t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
      )
      .map((t) => t.attrs.get('content') ?? ''),
  ]
    .filter((p) => p.trim() !== '')
    .map(parseCsp);
  // Every policy present is enforced, so code runs only if each one allows it.
  const blocked = (directives: readonly string[], code: string, attribute: boolean) =>
    policies.some((csp) => {
      const governing = directives
        .map((d) => csp.get(d))
        .find((l) => l !== undefined)
        ?.map((s) => s.toLowerCase());
      if (!governing) return false;
      const listed = hashes(code).some((h) => governing.includes(h.toLowerCase()));
      if (listed && (!attribute || governing.includes("'unsafe-hashes'"))) return false;
      // 'unsafe-inline' is ignored by browsers once a hash or nonce is listed.
      const hashOrNonce = governing.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
      return !(governing.includes("'unsafe-inline'") && !hashOrNonce);
    });
  const found: BlockedInline[] = [];
  for (const t of tags) {
    if (t.name === 'script' && !t.attrs.has('src')) {
      const type = (t.attrs.get('type') ?? '').trim();
      const executable = !DATA_SCRIPT.test(type) && EXECUTABLE_SCRIPT.test(type);
      if (executable && blocked(SCRIPT_ELEM, t.content, false))
        found.push({ kind: 'inline-script', snippet: snippet(t.content || t.raw) });
    }
    if (t.name === 'style' && blocked(STYLE_ELEM, t.content, false))
      found.push({ kind: 'style-element', snippet: snippet(t.content || t.raw) });
    for (const [name, value] of t.attrs) {
      if (name === 'style' && blocked(STYLE_ATTR, value, true))
        found.push({ kind: 'style-attribute', snippet: snippet(t.raw) });
      else if (/^on[a-z]+$/.test(name) && blocked(SCRIPT_ATTR, value, true))
        found.push({ kind: 'event-handler', snippet: snippet(t.raw) });
      else if (
        (name === 'href' || name === 'src' || name === 'action') &&
        /^\s*javascript:/i.test(value) &&
        blocked(SCRIPT_ELEM, value, true)
      ) {
        found.push({ kind: 'javascript-url', snippet: snippet(t.raw) });
      }
    }
  }
  return found;
}
