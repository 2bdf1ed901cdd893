/**
 * Number, unit and date formatting shared by every page. One place decides how a
 * figure looks (grouping, decimals, units), so cards, profiles and process pages
 * print the same fact the same way. Dates are formatted in UTC because content
 * dates are calendar days (YAML `2026-03-31` parses as UTC midnight): formatting
 * them in the build machine's zone could shift them by a day.
 */

/** Locales the site formats for; `zh` comes with the Chinese site. */
export type FormatLocale = 'en' | 'zh';

const intlLocale: Record<FormatLocale, string> = { en: 'en-US', zh: 'zh-CN' };

/*
 * Constructing an Intl formatter costs ~100x more than calling it (locale data
 * lookup); a 1,000-park build formats ~100 figures per page, and building a new
 * formatter each time was a third of the build. Formatters are immutable, so one
 * per locale and option set is shared for the whole process.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: FormatLocale, minDigits: number, maxDigits: number) {
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

function dateFormat(locale: FormatLocale, withDay: boolean) {
  const key = `${locale}|${withDay ? 'day' : 'month'}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : intlLocale[locale], {
      ...(withDay ? { day: 'numeric' as const } : {}),
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a number with digit grouping and at most `maxFractionDigits` decimals ("12,400", "0.62"). */
export function formatNumber(
  value: number,
  maxFractionDigits = 0,
  locale: FormatLocale = 'en',
): string {
  return numberFormat(locale, 0, maxFractionDigits).format(value);
}

/**
 * Formats a distance: one decimal under 10 km (5.1 km matters next door), whole
 * kilometres beyond (23 km), so near suppliers are not all rounded to "5 km".
 */
export function formatKm(distanceKm: number, locale: FormatLocale = 'en'): string {
  const digits = distanceKm < 9.95 ? 1 : 0;
  const text = numberFormat(locale, digits, digits).format(distanceKm);
  return `${text} km`;
}

/** Formats hours of travel or response time ("1.5 h"). */
export function formatHours(hours: number, locale: FormatLocale = 'en'): string {
  return `${formatNumber(hours, 1, locale)} h`;
}

/** Formats a percentage that is already in percent (80 → "80%"). */
export function formatPct(valuePct: number, locale: FormatLocale = 'en'): string {
  return `${formatNumber(valuePct, valuePct < 10 ? 1 : 0, locale)}%`;
}

/**
 * Formats an amount given in 10k CNY (the unit Chinese parks quote) as a plain
 * English amount: 15,000 → "CNY 150 million", 250,000 → "CNY 2.5 billion",
 * 80 → "CNY 800,000". Readers in a second language misread "万元" multiples.
 */
export function formatCny10k(amountCny10k: number, locale: FormatLocale = 'en'): string {
  const cny = amountCny10k * 10_000;
  if (cny >= 1e9) return `CNY ${formatNumber(cny / 1e9, 2, locale)} billion`;
  if (cny >= 1e6) return `CNY ${formatNumber(cny / 1e6, 1, locale)} million`;
  return `CNY ${formatNumber(cny, 0, locale)}`;
}

/** Formats a calendar date as "31 Mar 2026" (day-month order is unambiguous worldwide). */
export function formatDate(date: Date, locale: FormatLocale = 'en'): string {
  return dateFormat(locale, true).format(date);
}

/** Formats the month a figure describes, for "as of" notes ("Mar 2026"). */
export function formatMonth(date: Date, locale: FormatLocale = 'en'): string {
  return dateFormat(locale, false).format(date);
}

/** The ISO calendar date (YYYY-MM-DD) for `<time datetime>` and JSON. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Joins items as an English list: "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 supplier" / "3 suppliers": count plus a noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * Lower-cases the first letter of a label for use mid-sentence ("Mold stamping" →
 * "mold stamping") but leaves acronyms alone ("CNC machining", "PCB assembly").
 */
export function midSentence(label: string): string {
  const [first, second] = label;
  if (first === undefined || second === undefined) return label;
  return second === second.toLowerCase() ? first.toLowerCase() + label.slice(1) : label;
}

/** Upper-cases the first letter ("mold stamping within 10 km" → "Mold stamping within 10 km"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
