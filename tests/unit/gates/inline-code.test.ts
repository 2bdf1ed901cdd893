import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findBlockedInline } from '../../gates/inline-code';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
const kinds = (html: string, csp = STRICT) => findBlockedInline(html, csp).map((f) => f.kind);
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inline code a strict CSP would block', () => {
  it('passes external scripts and styles, JSON-LD and other data blocks', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>
      <script type="application/ld+json">{"@type":"Place","name":"<b style=\\"x\\">"}</script></head><body><p>style="not an attribute"</p></body></html>`;
    expect(kinds(html)).toEqual([]);
  });

  it('finds inline scripts, style elements, style attributes, handlers and javascript: URLs', () => {
    const html = `<script>alert(1)</script><script type="module">import "x"</script><style>p{color:red}</style>
      <div style="color:red" onclick="go()"><a href=" javascript:void(0)">x</a></div>`;
    expect(kinds(html)).toEqual([
      'inline-script',
      'inline-script',
      'style-element',
      'style-attribute',
      'event-handler',
      'javascript-url',
    ]);
  });

  it('ignores commented-out markup', () => {
    expect(kinds('<!-- <script>alert(1)</script> <p style="x"> -->')).toEqual([]);
  });

  it('allows inline code whose hash every policy lists (header or meta), blocks it when one policy lacks it', () => {
    const code = 'console.log(1)';
    const css = 'p{color:red}';
    const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${sha256(code)}; style-src 'self' ${sha256(css)}">`;
    expect(kinds(`${meta}<script>${code}</script><style>${css}</style>`, '')).toEqual([]);
    expect(kinds(`${meta}<script>${code}</script>`, STRICT)).toEqual(['inline-script']);
    expect(kinds(`<script>${code}</script>`, `script-src 'self' ${sha256(code)}`)).toEqual([]);
  });

  it("treats 'unsafe-inline' as allowing inline code only when no hash is listed", () => {
    expect(kinds('<p style="x"></p>', "style-src 'self' 'unsafe-inline'")).toEqual([]);
    expect(kinds('<p style="x"></p>', `style-src 'self' 'unsafe-inline' ${sha256('y')}`)).toEqual([
      'style-attribute',
    ]);
    expect(kinds('<p style="x"></p>', '')).toEqual([]);
  });
});
