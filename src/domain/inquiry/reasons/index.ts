/**
 * Reasons in the staff's language: `formatReason(reason, 'zh-CN')` for a Chinese officer,
 * `formatReason(reason, 'en')` for English, from the same stored data.
 */
import type { Locale } from '../../../i18n/locales';
import { en } from './en';
import {
  REASON_CODES,
  type Reason,
  type ReasonCode,
  type ReasonParams,
  type ReasonSentences,
} from './types';
import { zhCN } from './zh-CN';

export * from './types';

const SENTENCES: Readonly<Record<Locale, ReasonSentences>> = { 'zh-CN': zhCN, en };

/** The sentence for a reason in a locale. */
export function formatReason(reason: Pick<Reason, 'code' | 'params'>, locale: Locale): string {
  return SENTENCES[locale][reason.code](reason.params);
}

/**
 * The text of a reason as stored, in `locale`: leads scored before reasons had codes
 * (rules version 1) keep only their English sentence, which is shown as it is.
 */
export function storedReasonText(
  reason: { code?: unknown; params?: unknown; message: string },
  locale: Locale,
): string {
  const { code, params } = reason;
  if (typeof code !== 'string' || !(REASON_CODES as readonly string[]).includes(code))
    return reason.message;
  if (typeof params !== 'object' || params === null) return reason.message;
  return formatReason({ code: code as ReasonCode, params: params as ReasonParams }, locale);
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
