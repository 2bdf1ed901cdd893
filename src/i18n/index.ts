/**
 * UI strings per locale with a typed `t()`, in the shape Starlight uses
 * (flat dotted keys in translations/<lang>.json). English is the source of keys;
 * a Simplified Chinese file can be added later with the same keys.
 */
import en from './en.json';

export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export type UiKey = keyof typeof en;

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };

/** Returns the UI string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, locale: Locale = 'en'): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
