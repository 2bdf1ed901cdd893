/**
 * Profile weight (issue 11, item 5 "lighter profiles"): a supplier is described once
 * per profile, and the Xiangjiang zone's profile HTML stays at most two-thirds of what
 * it weighed before process cards stopped repeating supplier descriptions. Pure: HTML
 * and sizes in, violations out; tests/integration/gates-profile.test.ts feeds it the
 * built site, tests/unit/gates/profile-weight.test.ts feeds it bad input.
 */

/**
 * The Xiangjiang zone's profile HTML before issue 11 item 5, in bytes (raw UTF-8, as
 * written to dist/): `astro build` of commit ced1b8b on 2026-11-29. gzip (level 6):
 * 16,061 and 15,701 bytes.
 */
export const PROFILE_HTML_BEFORE = {
  date: '2026-11-29',
  commit: 'ced1b8b',
  bytes: {
    '/parks/xiangjiang-auto-parts-zone/': 95_726,
    '/en/parks/xiangjiang-auto-parts-zone/': 98_653,
  },
} as const;

/** The share of the old size a profile may keep: "shrinks by at least a third". */
export const PROFILE_MAX_SHARE = 2 / 3;

export interface SizeViolation {
  path: string;
  bytes: number;
  limitBytes: number;
  message: string;
}

/** Pages heavier than `share` of their recorded old size (pages without a record are not judged). */
export function checkProfileSizes(
  sizes: Readonly<Record<string, number>>,
  before: Readonly<Record<string, number>> = PROFILE_HTML_BEFORE.bytes,
  share = PROFILE_MAX_SHARE,
): SizeViolation[] {
  return Object.entries(before).flatMap(([path, old]) => {
    const bytes = sizes[path];
    const limitBytes = Math.floor(old * share);
    if (bytes === undefined)
      return [{ path, bytes: -1, limitBytes, message: `${path}: page not found in the build` }];
    return bytes > limitBytes
      ? [
          {
            path,
            bytes,
            limitBytes,
            message: `${path}: ${bytes} bytes of HTML, over ${limitBytes} (${Math.round(share * 100)} % of ${old} bytes on ${PROFILE_HTML_BEFORE.date})`,
          },
        ]
      : [];
  });
}

/** A supplier's describing texts in one language: its note and what buying from it replaces. */
export interface SupplierTexts {
  id: string;
  texts: string[];
}

export interface RepeatViolation {
  id: string;
  text: string;
  count: number;
  message: string;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text a reader sees: no scripts, styles or tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#')
        return String.fromCodePoint(
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
        );
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length))
    n++;
  return n;
}

/**
 * Supplier descriptions shown more than once on one page. A description is recognised
 * by its note and its "replaces" text; names and distances may repeat (process cards
 * name their suppliers), descriptions may not.
 */
export function repeatedDescriptions(
  html: string,
  suppliers: readonly SupplierTexts[],
  path = 'page',
): RepeatViolation[] {
  const text = visibleText(html);
  return suppliers.flatMap(({ id, texts }) =>
    texts
      .filter((t) => t.trim().length > 0)
      .map((t) => ({ t, n: count(text, t) }))
      .filter(({ n }) => n > 1)
      .map(({ t, n }) => ({
        id,
        text: t,
        count: n,
        message: `${path}: supplier ${id} is described ${n} times ("${t.slice(0, 40)}…"); describe it once and link to it`,
      })),
  );
}
