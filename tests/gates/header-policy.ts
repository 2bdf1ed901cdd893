/**
 * The security-header policy the site must meet (issue 4; aims at MDN HTTP
 * Observatory A+), as a pure checker: headers in, list of problems out. Used by
 * the header gate on netlify.toml and on real function responses, and fed
 * deliberately bad headers by its unit test.
 */

/** One broken rule: which header and what is wrong with it. */
export interface HeaderProblem {
  header: string;
  problem: string;
}

/** Lower-cased header name → value. */
export type HeaderMap = Readonly<Record<string, string>>;

const ONE_YEAR_S = 31_536_000;

/** Normalises any header shape (Headers, record) to lower-case names. */
export function toHeaderMap(
  headers: Headers | Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) out[name.toLowerCase()] = value;
  return out;
}

/** Parses a CSP into directive → source list (first occurrence wins, as browsers do). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** The sources that govern `directive`, following CSP's fallback to default-src. */
export function effectiveSources(
  csp: Map<string, string[]>,
  directive: string,
): string[] | undefined {
  return csp.get(directive) ?? csp.get('default-src');
}

/** Each directive that can allow inline code, with the directives it falls back to (CSP Level 3). */
const INLINE_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'script-src': ['script-src', 'default-src'],
  'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
  'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
  'style-src': ['style-src', 'default-src'],
  'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
  'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
};

const lower = (list: string[] | undefined) => (list ?? []).map((s) => s.toLowerCase());

function checkCsp(value: string | undefined, problems: HeaderProblem[]): void {
  const header = 'Content-Security-Policy';
  if (!value) {
    problems.push({ header, problem: 'missing' });
    return;
  }
  const csp = parseCsp(value);
  if (!csp.has('default-src')) problems.push({ header, problem: 'no default-src fallback' });
  const script = effectiveSources(csp, 'script-src');
  if (!script)
    problems.push({ header, problem: 'no script-src (or default-src): scripts are unrestricted' });
  for (const [directive, chain] of Object.entries(INLINE_FALLBACKS)) {
    const governing = chain.map((d) => csp.get(d)).find((list) => list !== undefined);
    if (lower(governing).includes("'unsafe-inline'"))
      problems.push({ header, problem: `${directive} allows 'unsafe-inline'` });
  }
  const scriptish = lower(script);
  if (scriptish.includes("'unsafe-eval'"))
    problems.push({ header, problem: "script-src allows 'unsafe-eval'" });
  const wide = scriptish.filter(
    (s) => s === '*' || s === 'http:' || s === 'https:' || s === 'data:',
  );
  if (wide.length > 0)
    problems.push({ header, problem: `script-src allows any origin (${wide.join(' ')})` });
  const object = lower(effectiveSources(csp, 'object-src'));
  if (!(object.length === 1 && object[0] === "'none'"))
    problems.push({ header, problem: "object-src is not 'none'" });
  // frame-ancestors does not fall back to default-src.
  const frame = lower(csp.get('frame-ancestors'));
  if (!(frame.length === 1 && frame[0] === "'none'"))
    problems.push({ header, problem: "frame-ancestors is not 'none'" });
}

function checkHsts(value: string | undefined, problems: HeaderProblem[]): void {
  const header = 'Strict-Transport-Security';
  if (!value) {
    problems.push({ header, problem: 'missing' });
    return;
  }
  const parts = value.split(';').map((p) => p.trim().toLowerCase());
  const maxAge = parts.map((p) => /^max-age\s*=\s*"?(\d+)"?$/.exec(p)).find(Boolean);
  const seconds = maxAge ? Number(maxAge[1]) : 0;
  if (seconds < ONE_YEAR_S)
    problems.push({ header, problem: `max-age ${seconds} s is under one year (${ONE_YEAR_S} s)` });
  if (!parts.includes('includesubdomains'))
    problems.push({ header, problem: 'no includeSubDomains' });
  if (!parts.includes('preload')) problems.push({ header, problem: 'no preload' });
}

/** Checks one response's headers against the policy; the rules are the same for pages and function answers. */
export function checkSecurityHeaders(
  headers: Headers | Readonly<Record<string, string>>,
): HeaderProblem[] {
  const h = toHeaderMap(headers);
  const problems: HeaderProblem[] = [];
  checkCsp(h['content-security-policy'], problems);
  checkHsts(h['strict-transport-security'], problems);
  if ((h['x-content-type-options'] ?? '').trim().toLowerCase() !== 'nosniff') {
    problems.push({
      header: 'X-Content-Type-Options',
      problem: `is "${h['x-content-type-options'] ?? ''}", not nosniff`,
    });
  }
  // Browsers use the last policy they understand when several are listed.
  const referrer = (h['referrer-policy'] ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .at(-1);
  if (referrer !== 'strict-origin-when-cross-origin') {
    problems.push({
      header: 'Referrer-Policy',
      problem: `is "${referrer ?? ''}", not strict-origin-when-cross-origin`,
    });
  }
  if (!(h['permissions-policy'] ?? '').trim())
    problems.push({ header: 'Permissions-Policy', problem: 'missing' });
  return problems;
}

/** Formats problems one per line, for assertion messages and CLI output. */
export function formatProblems(problems: readonly HeaderProblem[]): string {
  return problems.map((p) => `${p.header}: ${p.problem}`).join('\n');
}
