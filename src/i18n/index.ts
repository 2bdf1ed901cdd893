/**
 * UI strings per locale with a typed `t()`, in the shape Starlight uses (flat dotted
 * keys in <locale>.json). Both dictionaries must hold exactly the same keys: the two
 * `Record<…>` annotations below make a key missing in either file a type error.
 */
import en from './en.json';
import zh from './zh-CN.json';
import { keepUnits } from './format';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales';

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale };

export type UiKey = keyof typeof en;
type ZhKey = keyof typeof zh;
const enStrings: Record<ZhKey, string> = en;
const zhStrings: Record<UiKey, string> = zh;

type PluralBase<K> = K extends `${infer Base}.other`
  ? `${Base}.one` extends UiKey
    ? Base
    : never
  : never;
/** Keys that come in `.one` / `.other` pairs, named without the suffix. */
export type PluralKey = PluralBase<UiKey>;

/** Every dictionary, for gates that compare them (tests/gates/dictionary.ts). */
export const dictionaries: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = {
  'zh-CN': zhStrings,
  en: enStrings as Record<UiKey, string>,
};

/** BCP 47 tag per locale, for `<html lang>`, `hreflang` and `Intl`. */
export const htmlLang: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en' };
/** Open Graph `og:locale` per locale. */
export const ogLocale: Record<Locale, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };

/** The page's locale from `Astro.currentLocale` (set by the i18n config from the URL). */
export function localeOf(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatVar(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * The UI string for `key` in `locale`, with `{name}` placeholders filled from `vars`.
 * Numbers are formatted for the locale (thousands separators), so pass years and ids
 * as strings; a figure and the unit after it are joined by a no-break space.
 */
export function t(key: UiKey, vars: Record<string, string | number>, locale: Locale): string {
  const template = dictionaries[locale][key];
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? formatVar(value, locale) : value;
  });
  return keepUnits(text);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The singular or plural form of `base` for `count` (`{count}` is filled in), by the
 * locale's plural rules: Chinese has one form, so its `.one` and `.other` read alike.
 */
export function tn(
  base: PluralKey,
  count: number,
  vars: Record<string, string | number>,
  locale: Locale,
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(htmlLang[locale]);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as UiKey, { count, ...vars }, locale);
}

/** A `t` and `tn` bound to one locale, for pages and components that print many strings. */
export function translator(locale: Locale) {
  return {
    locale,
    t: (key: UiKey, vars: Record<string, string | number> = {}) => t(key, vars, locale),
    tn: (base: PluralKey, count: number, vars: Record<string, string | number> = {}) =>
      tn(base, count, vars, locale),
  };
}
export type Translator = ReturnType<typeof translator>;

export {
  labelOrder,
  localize,
  localized,
  textOrder,
  type LocalizedText,
  type TextIn,
} from './content';
