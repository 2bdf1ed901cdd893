/**
 * The form's message tables by locale. Build-time and server code import this; the
 * browser script never does: the page hands it `clientMessages()` as a JSON block, so
 * each language's page ships only its own words.
 */
import type { Locale } from '../../i18n/locales';
import { en } from './en';
import type { ClientMessages, FormMessages } from './types';
import { zhCN } from './zh-CN';

export type { ClientMessages, FieldText, FormMessages, ParkListWords, PickerWords } from './types';

const TABLES: Readonly<Record<Locale, FormMessages>> = { 'zh-CN': zhCN, en };

/** The form's words in `locale`. */
export function formMessages(locale: Locale): FormMessages {
  return TABLES[locale];
}

/** The part of a table the browser script uses (errors, status, response times). */
export function clientMessages(messages: FormMessages): ClientMessages {
  const { errors, summaryTitle, errorPrefix, responseTimes, status, thanksPath, parkNote, picker } =
    messages;
  return {
    errors,
    summaryTitle,
    errorPrefix,
    responseTimes,
    status,
    thanksPath,
    parkNote,
    picker,
  };
}
