/** The shape of one CMS label entry (see labels.ts). */

/** Collections a relation widget can point at (names in the CMS configuration). */
export type CollectionName =
  'parks' | 'suppliers' | 'institutions' | 'cases' | 'processes' | 'chains';

export interface FieldText {
  zh: string;
  en: string;
  /** Chinese and English hint. */
  hint?: [string, string];
  /** Unit shown after a number input, Chinese and English. */
  unit?: [string, string];
  /** For kebab-case ids: the collection whose file names they are. */
  relation?: CollectionName;
  /** For enums: the dictionary key prefix of their labels in src/i18n (e.g. `common.level.`). */
  options?: string;
  /** Localized texts: several lines (`text` widget) rather than one (`string`). */
  long?: boolean;
  /** For patterns: the message when the value does not match, Chinese and English. */
  patternMessage?: [string, string];
}

/** Builds a FieldText: `t('可供工业用地', 'Industrial land available', { unit: ['亩', 'mu'] })`. */
export const t = (zh: string, en: string, more: Omit<FieldText, 'zh' | 'en'> = {}): FieldText => ({
  zh,
  en,
  ...more,
});
