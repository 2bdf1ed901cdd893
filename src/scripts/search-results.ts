/**
 * The search page's pure part (no DOM): grouping Pagefind results by park and saying
 * why each park matched ("Supplier: Hengrui Precision Stamping · E-coating · 5.0 km").
 * The records and their meta come from src/data/search-records.ts.
 */

/** What the page uses of one Pagefind result's data. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** The dictionary templates a reason is written with (`{name}` placeholders). */
export interface WhyStrings {
  supplier: string;
  supplierInPark: string;
  institution: string;
  /** Between process names: "、" / ", ". */
  listSeparator: string;
}

/** One reason a park matched: a line of text, and where it leads (a profile section). */
export interface Reason {
  kind: 'supplier' | 'institution' | 'park';
  url: string;
  /** Plain text for supplier and institution reasons. */
  text?: string;
  /** Pagefind's excerpt (HTML with <mark>) when the park's own record matched. */
  excerptHtml?: string;
}

export type ResultGroup =
  | { kind: 'park'; slug: string; title: string; place: string; url: string; reasons: Reason[] }
  | { kind: 'process'; title: string; url: string; note: string; excerptHtml: string };

/** Fills `{name}` placeholders; unknown ones stay as written, so a typo shows. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/**
 * The words a result matched, lower-cased: the query's own words and the words Pagefind
 * marked in the excerpt (which catch stems, "stamp" → "Stamping").
 */
export function matchTerms(query: string, excerptHtml = ''): string[] {
  const marked = [...excerptHtml.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1] ?? '');
  const words = [...query.split(/\s+/), ...marked].map((w) => w.trim().toLowerCase());
  return [...new Set(words.filter((w) => w.length > 0))];
}

/**
 * The labels a search was about: those containing a term or contained in one ("电泳" finds
 * "电泳涂装", "冲压件" finds "冲压"). All of them when none matches (the name matched).
 */
export function matchedLabels(labels: readonly string[], terms: readonly string[]): string[] {
  const hits = labels.filter((label) => {
    const l = label.toLowerCase();
    return terms.some((t) => l.includes(t) || t.includes(l));
  });
  return hits.length > 0 ? hits : [...labels];
}

/** Why a supplier or institution record matched, as one line; null for other kinds. */
export function reasonText(
  data: ResultData,
  terms: readonly string[],
  strings: WhyStrings,
): string | null {
  const type = data.filters['type']?.[0];
  const { meta } = data;
  const name = meta['name'] ?? '';
  const distance = meta['distance'] ?? '';
  if (type === 'supplier') {
    const labels = (meta['processes'] ?? '').split('|').filter(Boolean);
    const processes = matchedLabels(labels, terms).join(strings.listSeparator);
    const template = meta['inPark'] === 'true' ? strings.supplierInPark : strings.supplier;
    return fill(template, { name, processes, distance });
  }
  if (type === 'institution') {
    return fill(strings.institution, { kind: meta['kind'] ?? '', name, distance });
  }
  return null;
}

/** The profile URL without its section and text fragment. */
function pageOf(url: string): string {
  return url.split('#')[0] ?? url;
}

/**
 * Results in Pagefind's order, folded into one entry per park (in the order its first
 * record came) with every reason it matched; processes stay entries of their own.
 */
export function groupResults(
  results: readonly ResultData[],
  query: string,
  strings: WhyStrings,
): ResultGroup[] {
  const groups: ResultGroup[] = [];
  const parks = new Map<string, Extract<ResultGroup, { kind: 'park' }>>();
  for (const data of results) {
    const type = data.filters['type']?.[0];
    if (type === 'process') {
      groups.push({
        kind: 'process',
        title: data.meta['title'] ?? '',
        url: data.url,
        note: data.meta['parks'] ?? '',
        excerptHtml: data.excerpt,
      });
      continue;
    }
    const slug = data.meta['slug'];
    if (!slug) continue;
    let group = parks.get(slug);
    if (!group) {
      group = {
        kind: 'park',
        slug,
        title: data.meta['title'] ?? slug,
        place: data.meta['place'] ?? '',
        url: pageOf(data.url),
        reasons: [],
      };
      parks.set(slug, group);
      groups.push(group);
    }
    if (type === 'park') {
      group.reasons.push({ kind: 'park', url: data.url, excerptHtml: data.excerpt });
      continue;
    }
    const text = reasonText(data, matchTerms(query, data.excerpt), strings);
    if (text !== null && (type === 'supplier' || type === 'institution'))
      group.reasons.push({ kind: type, url: data.url, text });
  }
  return groups;
}

/** The words the page script needs, from the dictionaries (written into the page as JSON). */
export interface PageStrings {
  why: WhyStrings;
  /** Label of a park's own record as a reason: "About the park". */
  park: string;
  /** Label of a process result: "Process". */
  process: string;
  compare: string;
  /** The compare page in the page's language ("/en/compare/"); results add `?add=<slug>`. */
  compareUrl: string;
  loading: string;
  /** "{count} result(s) for “{query}”". */
  statusOne: string;
  statusOther: string;
  /** "Nothing matches “{query}”." */
  none: string;
  /** Search could not run (Pagefind failed to load). */
  error: string;
}
