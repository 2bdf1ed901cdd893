/**
 * Amounts as each reader counts them: Chinese in 万元 with two decimals (3,337.14 万元),
 * English in whole yuan (CNY 33,371,400), so totals match the worked examples exactly.
 */
import { NBSP, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export function formatCny(amountCny: number, locale: Locale): string {
  return locale === 'zh-CN'
    ? `${formatNumber(amountCny / 10_000, 2, locale)}${NBSP}万元`
    : `CNY${NBSP}${formatNumber(amountCny, 0, locale)}`;
}

/** An amount given in 10k CNY (admission minimums), in the same style. */
export function formatCny10k(amountCny10k: number, locale: Locale): string {
  return formatCny(amountCny10k * 10_000, locale);
}
