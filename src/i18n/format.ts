/**
 * Number, unit and date formatting per locale, shared by every page, so cards,
 * profiles and process pages print the same fact the same way in each language
 * ("5.0 km" / "5.0 公里", "Mar 2026" / "2026年3月", "CNY 150 million" / "1.5 亿元").
 * Dates are formatted in UTC because content dates are calendar days (YAML
 * `2026-03-31` parses as UTC midnight): the build machine's zone could shift them.
 */
import { compassPoint } from '../domain/geo';
import type { Locale } from './locales';

const intlLocale: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** No-break space: a figure and its unit never end up on two lines ("5.0 公里", "30 km"). */
export const NBSP = '\u00a0';
const FIGURE_SPACE_UNIT = /(\d) (?=[\u3400-\u9fff]|(?:km|mu|h|MW|kV|MVA|m²|m³|CNY|million|billion)\b)/g;

/** Joins every figure to the unit or Chinese word after it with a no-break space. */
export function keepUnits(text: string): string {
  return text.replace(FIGURE_SPACE_UNIT, `$1${NBSP}`);
}

/*
 * Constructing an Intl formatter costs ~100x more than calling it (locale data
 * lookup); a 1,000-park build formats ~100 figures per page, and building a new
 * formatter each time was a third of the build. Formatters are immutable, so one
 * per locale and option set is shared for the whole process.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

function numberFormat(locale: Locale, minDigits: number, maxDigits: number) {
  const key = `${locale}|${minDigits}|${maxDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale[locale], {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: Locale, withDay: boolean) {
  const key = `${locale}|${withDay ? 'day' : 'month'}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      ...(withDay ? { day: 'numeric' as const } : {}),
      month: locale === 'en' ? 'short' : 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** A number with digit grouping and at most `maxFractionDigits` decimals ("12,400", "0.62"). */
export function formatNumber(value: number, maxFractionDigits: number, locale: Locale): string {
  return numberFormat(locale, 0, maxFractionDigits).format(value);
}

const KM: Record<Locale, string> = { 'zh-CN': '公里', en: 'km' };

/**
 * A distance: one decimal under 10 km (5.1 km matters next door), whole kilometres
 * beyond (23 km), so near suppliers are not all rounded to "5 km".
 */
export function formatKm(distanceKm: number, locale: Locale): string {
  const digits = distanceKm < 9.95 ? 1 : 0;
  return `${numberFormat(locale, digits, digits).format(distanceKm)}${NBSP}${KM[locale]}`;
}

/** Hours of travel or response time ("1.5 h" / "1.5 小时"). */
export function formatHours(hours: number, locale: Locale): string {
  return `${formatNumber(hours, 1, locale)}${NBSP}${locale === 'en' ? 'h' : '小时'}`;
}

/** A percentage that is already in percent (80 → "80%"). */
export function formatPct(valuePct: number, locale: Locale): string {
  return `${formatNumber(valuePct, valuePct < 10 ? 1 : 0, locale)}%`;
}

/**
 * An amount given in 10k CNY (the unit parks quote). English readers misread 万元
 * multiples, so English gets plain amounts (15,000 → "CNY 150 million"); Chinese
 * keeps the units Chinese readers use (15,000 → "1.5 亿元", 800 → "800 万元").
 */
export function formatCny10k(amountCny10k: number, locale: Locale): string {
  if (locale === 'zh-CN') {
    if (amountCny10k >= 10_000)
      return `${formatNumber(amountCny10k / 10_000, 2, locale)}${NBSP}亿元`;
    return `${formatNumber(amountCny10k, 1, locale)}${NBSP}万元`;
  }
  const cny = amountCny10k * 10_000;
  if (cny >= 1e9) return `CNY${NBSP}${formatNumber(cny / 1e9, 2, locale)}${NBSP}billion`;
  if (cny >= 1e6) return `CNY${NBSP}${formatNumber(cny / 1e6, 1, locale)}${NBSP}million`;
  return `CNY${NBSP}${formatNumber(cny, 0, locale)}`;
}

/** A calendar date: "31 Mar 2026" (unambiguous worldwide) / "2026年3月31日". */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale, true).format(date);
}

/** The month a figure describes, for "as of" notes: "Mar 2026" / "2026年3月". */
export function formatMonth(date: Date, locale: Locale): string {
  return dateFormat(locale, false).format(date);
}

/** The ISO calendar date (YYYY-MM-DD) for `<time datetime>` and JSON. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A list in the locale's words: "a, b and c" / "a、b和c". */
export function listJoin(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(intlLocale[locale], { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

const COMPASS_ZH = {
  N: '北',
  NE: '东北',
  E: '东',
  SE: '东南',
  S: '南',
  SW: '西南',
  W: '西',
  NW: '西北',
};

/** The compass direction of a bearing: "NE" / "东北". */
export function formatCompass(bearingDeg: number, locale: Locale): string {
  const point = compassPoint(bearingDeg);
  return locale === 'en' ? point : COMPASS_ZH[point];
}

/**
 * Lower-cases the first letter of an English label for use mid-sentence ("Mold
 * stamping" → "mold stamping") but leaves acronyms ("CNC machining") and Chinese alone.
 */
export function midSentence(label: string, locale: Locale): string {
  const [first, second] = label;
  if (locale !== 'en' || first === undefined || second === undefined) return label;
  return second === second.toLowerCase() ? first.toLowerCase() + label.slice(1) : label;
}

/** Upper-cases the first letter ("mold stamping within 10 km" → "Mold stamping within 10 km"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
