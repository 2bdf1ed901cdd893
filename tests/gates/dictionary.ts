/**
 * The language gate (issue 8): both dictionaries hold the same keys with non-empty
 * values, and no page shows a text from the other language's dictionary (a zh-CN page
 * with "Send an inquiry", an English page with "投资咨询"). Text the page marks with the
 * other language's `lang` (a fallback, the language switch, a Chinese name on an English
 * page) is allowed. Pure: dictionaries and HTML in, problems out.
 */

export type Dictionary = Readonly<Record<string, string>>;

/** Keys missing in one dictionary but present in another, and empty values. */
export function dictionaryProblems(dictionaries: Readonly<Record<string, Dictionary>>): string[] {
  const names = Object.keys(dictionaries);
  const allKeys = new Set(names.flatMap((name) => Object.keys(dictionaries[name] ?? {})));
  const problems: string[] = [];
  for (const key of [...allKeys].sort()) {
    for (const name of names) {
      const value = dictionaries[name]?.[key];
      if (value === undefined) problems.push(`${name}: key "${key}" is missing`);
    }
  }
  return problems;
}

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/**
 * The fragments of a dictionary worth looking for on pages of another language: each
 * value's literal parts between `{placeholders}`, leaving out values identical in both
 * languages and fragments too short to be telling (under 4 Chinese characters, or
 * under 12 Latin characters or a single word).
 */
export function telltaleFragments(own: Dictionary, other: Dictionary): string[] {
  const fragments = new Set<string>();
  for (const [key, value] of Object.entries(other)) {
    if (own[key] === value) continue;
    for (const part of value.split(/\{\w+\}/)) {
      const text = part.replace(/\s+/g, ' ').trim();
      const telling = CJK.test(text)
        ? [...text].filter((c) => CJK.test(c)).length >= 4
        : text.length >= 12 && text.includes(' ');
      if (telling) fragments.add(text);
    }
  }
  return [...fragments];
}

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (/^#x/i.test(code)) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return entities[code.toLowerCase()] ?? whole;
  });

/** Base language of a tag ("zh-CN" → "zh"). */
const base = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

/**
 * The text a reader meets in the page's own language: element text and the
 * attributes people read or hear (alt, title, aria-label, placeholder, meta
 * description), without scripts, styles and anything inside an element whose `lang`
 * is another language.
 */
export function ownLanguageText(html: string): { lang: string; text: string } {
  const lang = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? '';
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const out: string[] = [];
  const stack: { name: string; foreign: boolean }[] = [];
  const foreign = () => stack.some((entry) => entry.foreign);
  let last = 0;
  for (const match of source.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!foreign()) out.push(source.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    const [, closing, rawName = '', attrs = ''] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const elementLang = /\blang="([^"]*)"/i.exec(attrs)?.[1];
    const isForeign = elementLang !== undefined && base(elementLang) !== base(lang);
    if (!isForeign && !foreign()) {
      for (const attr of attrs.matchAll(
        /\b(alt|title|aria-label|placeholder|content)="([^"]*)"/gi,
      )) {
        const isMetaContent = attr[1]?.toLowerCase() === 'content';
        if (!isMetaContent || /\bname="description"|property="og:(title|description)"/.test(attrs))
          out.push(` ${attr[2] ?? ''} `);
      }
    }
    if (!VOID.has(name) && !attrs.trim().endsWith('/')) stack.push({ name, foreign: isForeign });
  }
  if (!foreign()) out.push(source.slice(last));
  return { lang, text: decode(out.join(' ')).replace(/\s+/g, ' ') };
}

/**
 * Fragments of the other languages' dictionaries found on a page, as messages naming
 * the page, the page's language and the fragment.
 */
export function foreignDictionaryTexts(
  page: { path: string; html: string },
  dictionaries: Readonly<Record<string, Dictionary>>,
): string[] {
  const { lang, text } = ownLanguageText(page.html);
  const ownName = Object.keys(dictionaries).find((name) => base(name) === base(lang));
  if (ownName === undefined) return [`${page.path}: <html lang="${lang}"> is not a site language`];
  const own = dictionaries[ownName] ?? {};
  const problems: string[] = [];
  for (const [name, other] of Object.entries(dictionaries)) {
    if (name === ownName) continue;
    for (const fragment of telltaleFragments(own, other)) {
      if (text.includes(fragment)) {
        problems.push(`${page.path} (${lang}) shows "${fragment}" from the ${name} dictionary`);
      }
    }
  }
  return problems;
}
