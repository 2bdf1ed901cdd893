/**
 * Reasons in the staff's language: `formatReason(reason, 'zh-CN')` for a Chinese officer,
 * `formatReason(reason, 'en')` for English, from the same stored data.
 */
import type { Locale } from '../../../i18n/locales';
import { en } from './en';
import type { Reason, ReasonCode, ReasonParams, ReasonSentences } from './types';
import { zhCN } from './zh-CN';

export * from './types';

const SENTENCES: Readonly<Record<Locale, ReasonSentences>> = { 'zh-CN': zhCN, en };

/** The sentence for a reason in a locale. */
export function formatReason(reason: Pick<Reason, 'code' | 'params'>, locale: Locale): string {
  return SENTENCES[locale][reason.code](reason.params);
}

/** Builds a reason with its English sentence filled in. */
export function makeReason(
  code: ReasonCode,
  effect: number,
  params: ReasonParams = {},
  park?: string,
): Reason {
  const reason: Reason = { code, params, effect, message: '' };
  if (park !== undefined) reason.park = park;
  reason.message = formatReason(reason, 'en');
  return reason;
}
