/**
 * Staff-facing texts of the lead notifications, one module per locale. They are
 * TypeScript, not JSON, so a locale missing a key (or a sentence builder) is a
 * type error, and grammar that differs per language lives in functions.
 */
import type { Locale } from '../../../src/i18n/locales';

export type Tier = 'A' | 'B' | 'C';

export interface StaffText {
  /** Heading of the message, e.g. "新线索 · A 类（优先跟进）". */
  title(tier: Tier): string;
  tierName: Readonly<Record<Tier, string>>;
  label: {
    score: string;
    company: string;
    project: string;
    parks: string;
    reasons: string;
    replyBy: string;
    language: string;
    contact: string;
    reference: string;
  };
  /** Inquirer's language, by locale code. */
  localeName: Readonly<Record<Locale, string>>;
  projectType: Readonly<Record<string, string>>;
  /** "2.4 亿元" / "CNY 240 m". */
  investment(cny: number): string;
  /** Park line: slug and fit. */
  parkFit(slug: string, fit: number): string;
  /** Deadline in China time. */
  deadline(at: Date): string;
  /** Note shown when screening saw a spam signal. */
  spamNote: string;
}
