/**
 * UI strings per locale with a typed `t()`, in the shape Starlight uses
 * (flat dotted keys in translations/<lang>.json). English is the source of keys;
 * a Simplified Chinese file can be added later with the same keys.
 */
import en from './en.json';

export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export type UiKey = keyof typeof en;
type PluralBase<K> = K extends `${infer Base}.other`
  ? `${Base}.one` extends UiKey
    ? Base
    : never
  : never;
/** Keys that come in `.one` / `.other` pairs, named without the suffix. */
export type PluralKey = PluralBase<UiKey>;

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };
/** BCP 47 tag per locale, for `<html lang>` and number formatting. */
export const htmlLang: Record<Locale, string> = { en: 'en' };

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * Returns the UI string for `key`, with `{name}` placeholders filled from `vars`.
 * Numbers are formatted for the locale (thousands separators), so pass years and
 * ids as strings.
 */
export function t(
  key: UiKey,
  vars: Record<string, string | number> = {},
  locale: Locale = 'en',
): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Returns the singular or plural form of `base` for `count` (`{count}` is filled in),
 * using the locale's plural rules so that Chinese (no plural forms) needs one string.
 */
export function tn(
  base: PluralKey,
  count: number,
  vars: Record<string, string | number> = {},
  locale: Locale = 'en',
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(htmlLang[locale]);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as UiKey, { count, ...vars }, locale);
}

/** Content text in `locale`, falling back to English until a translation exists. */
export function localize(
  text: { en: string; zh?: string | undefined },
  locale: Locale = 'en',
): string {
  return (locale === 'en' ? text.en : text[locale]) ?? text.en;
}
