/**
 * Content text (`{ en, zh }` short fields) in the page's language. A missing side never
 * shows a blank: the other language is used and reported as a fallback, so the page can
 * mark it with its own `lang` and a visible "not yet translated" note (Tr.astro).
 */
import { LOCALES, type Locale } from './locales';

/** A short content text; the schema requires at least one side. */
export interface LocalizedText {
  en?: string | undefined;
  zh?: string | undefined;
}

/** Text chosen for a locale: its language, and whether it stands in for a missing one. */
export interface TextIn {
  text: string;
  lang: Locale;
  fallback: boolean;
}

/** The content field that holds each locale's text. */
export const CONTENT_FIELD: Readonly<Record<Locale, 'en' | 'zh'>> = { 'zh-CN': 'zh', en: 'en' };

/** The text in `locale`, else in the other language (marked as a fallback). */
export function localized(text: LocalizedText, locale: Locale): TextIn {
  const own = text[CONTENT_FIELD[locale]];
  if (own) return { text: own, lang: locale, fallback: false };
  for (const other of LOCALES) {
    const value = text[CONTENT_FIELD[other]];
    if (other !== locale && value) return { text: value, lang: other, fallback: true };
  }
  return { text: '', lang: locale, fallback: true };
}

/** The plain string in `locale` (or the other language): for attributes and sorting. */
export function localize(text: LocalizedText, locale: Locale): string {
  return localized(text, locale).text;
}

const collators = new Map<Locale, Intl.Collator>();

/** Orders texts as a reader of `locale` would (pinyin for Chinese); one collator per locale. */
export function textOrder(locale: Locale): (a: LocalizedText, b: LocalizedText) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  const { compare } = collator;
  return (a, b) => compare(localize(a, locale), localize(b, locale));
}

/** Orders taxonomy entries (chains, processes) by their label in `locale`. */
export function labelOrder(
  locale: Locale,
): (a: { label: LocalizedText }, b: { label: LocalizedText }) => number {
  const order = textOrder(locale);
  return (a, b) => order(a.label, b.label);
}

/** A stable sort and id key: the English text, else the Chinese. */
export function sortKey(text: LocalizedText): string {
  return text.en ?? text.zh ?? '';
}
