/** The staff locale's texts: Chinese unless LEAD_STAFF_LOCALE=en. */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../src/i18n/locales';
import { en } from './en';
import type { StaffText } from './types';
import { zhCN } from './zh-CN';

export type { StaffText, Tier } from './types';

const TEXTS: Readonly<Record<Locale, StaffText>> = { 'zh-CN': zhCN, en };

export function staffText(locale: Locale): StaffText {
  return TEXTS[locale];
}

/** LEAD_STAFF_LOCALE (`zh-CN` or `en`), zh-CN when unset or unknown. */
export function staffLocaleFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const value = env['LEAD_STAFF_LOCALE'];
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
