/** Reading reason params for a sentence: numbers formatted per locale, lists translated. */
import type { Locale } from '../../../i18n/locales';
import type { ReasonParams } from './types';
import { WORDS } from './words';

/** Readers of one reason's params in one locale. */
export function readers(locale: Locale, separator: string) {
  const num = (value: string | number | undefined) =>
    typeof value === 'number'
      ? value.toLocaleString(locale, { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 })
      : (value ?? '');
  const str = (p: ReasonParams, key: string) => String(p[key] ?? '');
  /** The word for a code in this locale; the code itself when none is known. */
  const word = (code: string) => WORDS[code]?.[locale] ?? code;
  const list = (p: ReasonParams, key: string) =>
    str(p, key).split(',').filter(Boolean).map(word).join(separator);
  return { num, str, list, word };
}
