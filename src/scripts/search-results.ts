/**
 * The search page's pure part (no DOM): saying why each park Pagefind found matched
 * ("Supplier: Hengrui Precision Stamping · E-coating · 5.0 km"), from the sections of its
 * record that matched (Pagefind's sub-results) and the facts in its reasons file.
 * The records come from src/data/search-records.ts.
 */
import type { SearchReason } from '../data/search-records';

/** A section of a park's record that matched (Pagefind's sub-result). */
export interface SubResult {
  url: string;
  excerpt: string;
  anchor?: { id?: string };
}

/** What the page uses of one Pagefind result's data. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: SubResult[];
  /** A park's reasons (its file at `reasonsPath`), fetched beside Pagefind's data. */
  reasons?: Record<string, ReasonFacts>;
}

/** The facts behind one section of a park's record, as the build wrote them. */
export type ReasonFacts = SearchReason;
/** The facts of one supplier or institution: a line of its own (a process's facts list suppliers). */
export type ItemFacts = Exclude<ReasonFacts, { kind: 'process' }>;

/** The dictionary templates a reason is written with (`{name}` placeholders). */
export interface WhyStrings {
  supplier: string;
  supplierInPark: string;
  institution: string;
  /** Between process names: "、" / ", ". */
  listSeparator: string;
  /** "…and {count} more on the park's page". */
  more: string;
}

/** One reason a park matched: a line of text, and where it leads (a profile section). */
export interface Reason {
  kind: 'supplier' | 'institution' | 'park' | 'more';
  url: string;
  /** Plain text for supplier, institution and "more" reasons. */
  text?: string;
  /** Pagefind's excerpt (HTML with <mark>) when the park's own text matched. */
  excerptHtml?: string;
}

export type ResultGroup =
  | { kind: 'park'; slug: string; title: string; place: string; url: string; reasons: Reason[] }
  | { kind: 'process'; title: string; url: string; note: string; excerptHtml: string };

/** Reasons shown per park; the rest are counted in one "and N more" line. */
export const MAX_REASONS = 5;

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

/** Why a supplier or institution matched, as one line. */
export function reasonText(
  facts: ItemFacts,
  terms: readonly string[],
  strings: WhyStrings,
): string {
  if (facts.kind === 'supplier') {
    const processes = matchedLabels(facts.processes, terms).join(strings.listSeparator);
    const template = facts.inPark ? strings.supplierInPark : strings.supplier;
    return fill(template, { name: facts.name, processes, distance: facts.distance });
  }
  return fill(strings.institution, {
    kind: facts.type,
    name: facts.name,
    distance: facts.distance,
  });
}

/**
 * Where the build writes a park's reasons in one index language (scripts/build-search.ts),
 * and the search page fetches them for each park it shows: `/search-reasons/zh-cn/<slug>.json`.
 */
export function reasonsPath(language: string, slug: string): string {
  return `/search-reasons/${encodeURIComponent(language)}/${encodeURIComponent(slug)}.json`;
}

/** A park's reasons file (JSON by section id); empty when missing or unreadable. */
export function parseReasons(json: string | undefined): Record<string, ReasonFacts> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, ReasonFacts>) : {};
  } catch {
    return {};
  }
}

/**
 * Why a park matched: each matched section of its record (a supplier, an institution) as a
 * line with its facts, and a matched process as one line per supplier offering it (nearest
 * first, each supplier once); the park's own text as its excerpt; at most MAX_REASONS
 * lines and then one that counts the rest and leads to the profile.
 */
export function parkReasons(data: ResultData, query: string, strings: WhyStrings): Reason[] {
  const facts = data.reasons ?? {};
  const subs = data.sub_results?.length
    ? data.sub_results
    : [{ url: data.url, excerpt: data.excerpt }];
  const reasons: Reason[] = [];
  const add = (found: ItemFacts, terms: string[]) => {
    if (reasons.some((r) => r.url === found.url)) return;
    reasons.push({ kind: found.kind, url: found.url, text: reasonText(found, terms, strings) });
  };
  for (const sub of subs) {
    const found = sub.anchor?.id ? facts[sub.anchor.id] : undefined;
    const terms = matchTerms(query, sub.excerpt);
    if (found?.kind === 'process') {
      for (const id of found.suppliers) {
        const supplier = facts[id];
        // The process's own name is what matched: the line names it, whatever the words.
        if (supplier?.kind === 'supplier') add(supplier, [...terms, found.label.toLowerCase()]);
      }
    } else if (found) add(found, terms);
    else if (!reasons.some((r) => r.kind === 'park'))
      reasons.push({ kind: 'park', url: data.url, excerptHtml: sub.excerpt });
  }
  if (reasons.length <= MAX_REASONS) return reasons;
  const rest = reasons.length - MAX_REASONS;
  return [
    ...reasons.slice(0, MAX_REASONS),
    { kind: 'more', url: data.url, text: fill(strings.more, { count: String(rest) }) },
  ];
}

/** Results in Pagefind's order: one entry per park with every reason it matched, and processes. */
export function groupResults(
  results: readonly ResultData[],
  query: string,
  strings: WhyStrings,
): ResultGroup[] {
  return results.flatMap((data): ResultGroup[] => {
    const type = data.filters['type']?.[0];
    if (type === 'process')
      return [
        {
          kind: 'process',
          title: data.meta['title'] ?? '',
          url: data.url,
          note: data.meta['parks'] ?? '',
          excerptHtml: data.excerpt,
        },
      ];
    const slug = data.meta['slug'];
    if (type !== 'park' || !slug) return [];
    return [
      {
        kind: 'park',
        slug,
        title: data.meta['title'] ?? slug,
        place: data.meta['place'] ?? '',
        url: data.url,
        reasons: parkReasons(data, query, strings),
      },
    ];
  });
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
