/**
 * Processes a plant will run on site, as a park's restrictions see them: those the
 * enterprise ticks (`processesOnSite`) and those it names in its products or message,
 * by the taxonomy's labels (from the park facts) or a common synonym. An officer reading
 * "年产 50 万套镀锌支架" knows there is a plating line, whatever was ticked.
 */
import type { ExcludedProcessName } from '../park-facts';
import type { Inquiry } from './schema';

/**
 * Words officers and engineers use for a process besides its taxonomy label, by process
 * id. English entries match whole words; Chinese ones anywhere in the text.
 */
export const PROCESS_SYNONYMS: Readonly<Record<string, { en: string[]; zh: string[] }>> = {
  electroplating: {
    en: [
      'plating',
      'electroplating',
      'galvanizing',
      'galvanising',
      'galvanized',
      'galvanised',
      'chrome-plated',
      'zinc-plated',
      'nickel-plated',
      'chromium plating',
    ],
    zh: ['电镀', '镀锌', '镀铬', '镀镍', '镀铜', '镀金', '镀银', '镀层', '酸洗磷化'],
  },
  'surface-coating': {
    en: ['spray painting', 'powder coating', 'paint shop', 'painting line', 'spray coating'],
    zh: ['喷涂', '涂装', '喷漆', '喷粉', '烤漆'],
  },
  electrophoresis: {
    en: ['e-coating', 'e-coat', 'electrocoating', 'electrophoretic', 'cathodic dip'],
    zh: ['电泳'],
  },
  forging: { en: ['forging', 'forged', 'forge shop'], zh: ['锻造', '锻压', '锻件'] },
  'die-casting': { en: ['die casting', 'die-casting', 'die-cast'], zh: ['压铸'] },
  'heat-treatment': {
    en: ['heat treatment', 'heat-treatment', 'quenching', 'carburizing', 'carburising'],
    zh: ['热处理', '淬火', '渗碳'],
  },
  anodizing: { en: ['anodizing', 'anodising', 'anodized', 'anodised'], zh: ['阳极氧化'] },
  fermentation: { en: ['fermentation', 'fermenter', 'bioreactor'], zh: ['发酵'] },
  'precision-casting': { en: ['investment casting', 'lost-wax'], zh: ['精密铸造', '熔模铸造'] },
};

/**
 * Words near a mention that say the process is not run on site ("电镀外协",
 * "plating is outsourced", "no plating"), so the mention does not count.
 */
const NOT_ON_SITE = {
  en: [
    'outsource',
    'outsourced',
    'subcontract',
    'subcontracted',
    'bought in',
    'supplier',
    'no',
    'without',
    'not',
    'free of',
  ],
  zh: ['外协', '外包', '委外', '外购', '不含', '无需', '没有', '不涉及', '不做', '供应商'],
};
/** Characters either side of a mention searched for {@link NOT_ON_SITE} words. */
const NEGATION_WINDOW_CHARS = 16;

export interface ExcludedOnSite {
  id: string;
  en: string;
  zh: string;
  /** The words the inquiry used, when found in text rather than ticked. */
  quote?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAscii = (term: string) => /^[\x20-\x7e]+$/.test(term);

function findTerm(text: string, term: string): number {
  if (!isAscii(term)) return text.indexOf(term);
  const match = new RegExp(`(^|[^a-z])${escapeRegExp(term.toLowerCase())}($|[^a-z])`).exec(text);
  return match ? match.index + (match[1] ?? '').length : -1;
}

function negated(text: string, at: number, length: number): boolean {
  const around = text.slice(
    Math.max(0, at - NEGATION_WINDOW_CHARS),
    at + length + NEGATION_WINDOW_CHARS,
  );
  return [...NOT_ON_SITE.zh, ...NOT_ON_SITE.en].some((word) => findTerm(around, word) >= 0);
}

/** The first term for a process that the text uses on-site, quoted as written. */
function mention(text: string, terms: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  for (const term of terms) {
    if (term === '') continue;
    const at = findTerm(lower, term.toLowerCase());
    if (at >= 0 && !negated(lower, at, term.length)) return text.slice(at, at + term.length);
  }
  return undefined;
}

/**
 * The park's excluded processes this plant would run on its land: ticked on the form, or
 * named in the products or message (a process the enterprise also asks suppliers for is
 * being bought in, so its mention does not count).
 */
export function excludedOnSite(
  inquiry: Pick<Inquiry, 'processesOnSite' | 'processesNeeded' | 'products' | 'message'>,
  excluded: readonly ExcludedProcessName[],
): ExcludedOnSite[] {
  const text = [inquiry.products ?? '', inquiry.message ?? ''].join('\n');
  const found: ExcludedOnSite[] = [];
  for (const process of excluded) {
    const names = { id: process.id, en: process.en, zh: process.zh };
    if (inquiry.processesOnSite.includes(process.id)) {
      found.push(names);
      continue;
    }
    if (inquiry.processesNeeded.includes(process.id)) continue;
    const synonyms = PROCESS_SYNONYMS[process.id];
    const quote = mention(text, [
      process.zh,
      process.en,
      ...(synonyms?.zh ?? []),
      ...(synonyms?.en ?? []),
    ]);
    if (quote !== undefined) found.push({ ...names, quote });
  }
  return found;
}
